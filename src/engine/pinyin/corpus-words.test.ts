import { describe, expect, it } from 'vitest';
import { engineReads, plainReads } from './test-helpers';

// Each case: a corpus phrase, the 现代汉语词典 reading, and proof that
// pinyin-pro alone reads it wrong (so the entry is needed).
const CASES: [string, string, string][] = [
  ['wrong pinyin-pro word: 率先', '为北京率先基本实现', 'wèi běi jīng shuài xiān jī běn shí xiàn'],
  ['wrong pinyin-pro word: 解放', '解放思想', 'jiě fàng sī xiǎng'],
  [
    'wrong pinyin-pro words: 调研, 强调 (in a long clause pinyin-pro reads tiáo)',
    '殷勇围绕推动首都高质量发展到海淀区调研时强调 聚焦发展战略性新兴产业 打造经济增长新引擎',
    'yīn yǒng wéi rào tuī dòng shǒu dū gāo zhì liàng fā zhǎn dào hǎi diàn qū diào yán shí qiáng diào ' +
      'jù jiāo fā zhǎn zhàn lüè xìng xīn xīng chǎn yè dǎ zào jīng jì zēng zhǎng xīn yǐn qíng',
  ],
  ['wrong pinyin-pro word: 重编程 chóng', '化学重编程方法', 'huà xué chóng biān chéng fāng fǎ'],
  ['wrong pinyin-pro word: 慢行', '滨水慢行道路', 'bīn shuǐ màn xíng dào lù'],
  ['title 秘书长 zhǎng', '市政府副秘书长', 'shì zhèng fǔ fù mì shū zhǎng'],
  ['verb 干 gàn: 干出', '奋力干出新气象', 'fèn lì gàn chū xīn qì xiàng'],
  ['verb 干 gàn: 加油干', '撸起袖子加油干', 'lū qǐ xiù zi jiā yóu gàn'],
  ['aspect 着 zhe before 重要', '担负着重要职责', 'dān fù zhe zhòng yào zhí zé'],
  ['的 de, not 的确', '以高质量发展的确定性', 'yǐ gāo zhì liàng fā zhǎn de què dìng xìng'],
  ['参 cān, not 人参', '国际友人参加大会', 'guó jì yǒu rén cān jiā dà huì'],
  ['行 xíng, not 建行', '名区创建行动', 'míng qū chuàng jiàn xíng dòng'],
  ['行 xíng, not 同行 tóngháng', '与我们携手同行', 'yǔ wǒ men xié shǒu tóng xíng'],
  ['当 dāng, not 当作 dàngzuò (pinyin-pro flips with a trailing comma)', '在新时代首都高质量发展中担当作为、引领示范，', 'zài xīn shí dài shǒu dū gāo zhì liàng fā zhǎn zhōng dān dāng zuò wéi yǐn lǐng shì fàn'],
  ['为 wèi, not 以为 in 可以为', '我们可以为群众做更多实事', 'wǒ men kě yǐ wèi qún zhòng zuò gèng duō shí shì'],
  ['toneless suffix 子', '区四套班子领导', 'qū sì tào bān zi lǐng dǎo'],
  ['surname 曾 zēng', '市政府党组成员曾劲参加', 'shì zhèng fǔ dǎng zǔ chéng yuán zēng jìn cān jiā'],
];

describe('corpus words', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    expect(engineReads(text)).toBe(expected);
    expect(plainReads(text)).not.toBe(expected);
  });
});
