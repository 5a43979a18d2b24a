/**
 * Words whose reading pinyin-pro gets wrong in government prose, found by
 * reading the corpus (assets/corpus) against 现代汉语词典. Each class has a
 * test in corpus-words.test.ts that fails without it.
 */
import { addWordReadings } from './word-overrides';

const WORDS: Record<string, string> = {
  // pinyin-pro's own word or character reading is wrong.
  率先: 'shuài xiān',
  解放: 'jiě fàng',
  强调: 'qiáng diào',
  调研: 'diào yán',
  重编程: 'chóng biān chéng',
  慢行: 'màn xíng',
  // Titles ending in 长 (zhǎng) that pinyin-pro reads cháng.
  秘书长: 'mì shū zhǎng',
  // 干 as the verb "to do" (gàn), not 干 "dry" (gān).
  干出: 'gàn chū',
  加油干: 'jiā yóu gàn',
  // Aspect particle 着 (zhe) that pinyin-pro glues to the next word as 着重 zhuózhòng.
  担负着: 'dān fù zhe',
  肩负着: 'jiān fù zhe',
  发挥着: 'fā huī zhe',
  // Words that win back a character a wrong pinyin-pro word stole:
  // 的确定性 (not 的确), 人参加 (not 人参), 创建行动 (not 建行 jiànháng), 携手同行 (not 同行 tóngháng),
  // 担当作为 (not 当作 dàngzuò).
  确定: 'què dìng',
  担当: 'dān dāng',
  参加: 'cān jiā',
  行动: 'xíng dòng',
  携手同行: 'xié shǒu tóng xíng',
  // 可以 + 为 (wèi, "for"), which pinyin-pro reads as 可 + 以为 (yǐwéi, "think").
  可以为: 'kě yǐ wèi',
  // Nouns whose suffix 子 is toneless (现汉 ·zi); pinyin-pro reads zǐ.
  班子: 'bān zi',
  袖子: 'xiù zi',
  路子: 'lù zi',
  // People in the corpus whose surname has a surname-only reading.
  曾劲: 'zēng jìn',
};

let registered = false;

/** Registers the corpus words once, on first reading (a few hundred µs). */
export function ensureCorpusWords(): void {
  if (registered) return;
  registered = true;
  addWordReadings(Object.fromEntries(Object.entries(WORDS).map(([word, reading]) => [word, reading.split(' ')])));
}
