/**
 * Context rules for the polyphones that no word list can settle, because the
 * deciding context is a grammatical frame rather than a fixed word:
 * 地 after an adverbial (较好地完成 de), 为 after a verb of becoming/naming
 * (转化为 wéi), 为 closing a frame (以人民为中心, 聘任…为 wéi) and a
 * clause-final 干 (带头干 gàn).
 * Rules only touch a character pinyin-pro read on its own (not inside one of
 * its words), so dictionary words such as 为了 and 土地 are never overridden.
 */

import { CLAUSE_END } from './split-chunks';
import { isHan } from './code-points';

export interface ReadingContext {
  /** Simplified code points of one chunk (whole clauses, see split-chunks.ts). */
  chars: string[];
  /** Tone-mark reading per code point, null for non-Han. */
  readings: (string | null)[];
  /** Word id per code point: equal ids = one word. */
  wordOf: number[];
}

export function applyContextRules(ctx: ReadingContext): void {
  for (let i = 0; i < ctx.chars.length; i++) {
    const ch = ctx.chars[i];
    if ((ch !== '地' && ch !== '为' && ch !== '干') || !isSingle(ctx, i)) continue;
    if (ch === '地' && isAdverbialDe(ctx.chars, i)) ctx.readings[i] = 'de';
    else if (ch === '为' && (isCopula(ctx, i) || statesRatio(ctx.chars, i))) ctx.readings[i] = 'wéi';
    else if (ch === '干' && isClauseFinalVerbGan(ctx.chars, i)) ctx.readings[i] = 'gàn';
  }
}

function isSingle({ wordOf }: ReadingContext, i: number): boolean {
  return wordOf[i - 1] !== wordOf[i] && wordOf[i + 1] !== wordOf[i];
}

/** Two-character adverbials that take 地 before the verb in government prose. */
const ADVERBIALS = new Set([
  '较好', '更好', '很好', '积极', '认真', '深入', '扎实', '稳步', '有序', '全面', '充分', '切实', '主动',
  '有效', '有力', '不断', '持续', '大力', '精准', '高效', '坚决', '逐步', '努力', '科学', '系统', '创造',
  '牢牢', '紧紧', '真正', '广泛', '迅速', '及时', '明显', '显著', '彻底', '严格', '热烈', '高度', '稳妥',
  '快速', '明确', '深刻', '准确', '密切', '正确', '合理', '妥善', '自觉', '尽快', '大幅', '健康', '平稳',
  '顺利', '精心', '全力', '依法', '务实', '有机', '适度', '果断', '细致', '清醒', '清楚', '客观', '辩证',
  '历史', '集中', '普遍', '反复', '统筹', '协调', '优先', '率先', '创新', '长期', '稳定', '自主', '独立',
  // Last two characters of four-character adverbials: 坚定不移地, 实事求是地, 一心一意地, 坚持不懈地, 有计划地.
  '不移', '求是', '一意', '全意', '不懈', '计划', '步骤',
]);

/** Second characters that make 地 a noun (地区, 地位, 地方…): 地 stays dì before them. */
const DI_NOUN_TAIL = new Set(Array.from('区位方标带面铁址块图球震产域理形貌段基盘'));

function isAdverbialDe(chars: string[], i: number): boolean {
  if (i < 2 || DI_NOUN_TAIL.has(chars[i + 1])) return false;
  const before = chars[i - 2] + chars[i - 1];
  return (
    ADVERBIALS.has(before) ||
    // 创造性地 / 历史性地, 突然地: adverbs built with 性 / 然.
    chars[i - 1] === '性' ||
    chars[i - 1] === '然' ||
    // Reduplications: 慢慢地, 清清楚楚地.
    (chars[i - 1] === chars[i - 2] && isHan(chars[i - 1]))
  );
}

/** 为 = "be / as" right after these: 作为 成为 转化为 定为 视为 改为 更为 敢为 … */
const WEI_AFTER = new Set(Array.from('作成化定视称换改变列评选分设转认译聘誉奉尊命更最较极尤颇甚广大善敢互约即均皆仅比'));
const WEI_AFTER_WORDS = new Set(['注明', '分别', '认定', '简称', '统称']);

/**
 * Verbs of giving and serving: a 为 followed by a short beneficiary and one of
 * these is "for" (wèi) even after 以 or 定: 以实际行动为党旗增辉, 决定为群众办实事.
 * A verb further on belongs to the frame's own clause: 以…为“头雁”引领和赋能千行百业 (wéi).
 */
const BENEFIT_VERBS = [
  '服务', '提供', '贡献', '献礼', '增辉', '添彩', '助力', '护航', '保驾', '赋能', '减负', '办事', '实事',
  '谋利', '谋福', '铺路', '搭台', '鼓劲', '点赞', '负责', '作出', '做出', '营造', '注入', '指明', '奠定',
  '开辟', '排忧', '解难', '争光', '付出', '担当',
];

/** The longest beneficiary between 为 and its verb, in characters (为建党百年献礼). */
const BENEFICIARY_SPAN = 5;

/** 为 = "be / as" (wéi) after a verb of becoming or naming, or closing a frame, unless it serves someone. */
function isCopula(ctx: ReadingContext, i: number): boolean {
  if (!isWeiAfterVerb(ctx.chars, i) && !closesFrame(ctx, i)) return false;
  let rest = '';
  for (let k = i + 1; k < ctx.chars.length && !CLAUSE_END.test(ctx.chars[k]); k++) rest += ctx.chars[k];
  return !BENEFIT_VERBS.some((verb) => {
    const at = rest.indexOf(verb);
    return at >= 0 && at <= BENEFICIARY_SPAN;
  });
}

function isWeiAfterVerb(chars: string[], i: number): boolean {
  if (i < 1 || chars[i + 1] === '了') return false;
  return WEI_AFTER.has(chars[i - 1]) || (i >= 2 && WEI_AFTER_WORDS.has(chars[i - 2] + chars[i - 1]));
}

/** Openers of a "X … 为 Y" frame in which 为 reads wéi: 以人民为中心, 聘任某人为镇长. */
const FRAME_OPENERS = ['聘任', '任命', '聘请', '推选', '选举', '评选', '命名', '以'];
/** 以 in these words is not the frame 以 (以及, 可以, 以来 …). */
const NOT_FRAME_YI_NEXT = new Set(Array.from('及来上下后前外内便免期至致往'));
const NOT_FRAME_YI_PREV = new Set(Array.from('可所用予加难足得借是何据藉'));
/** The farthest 为 may sit from its opener, in characters. */
const FRAME_SPAN = 24;

function closesFrame({ chars }: ReadingContext, i: number): boolean {
  // 为了 / 为人民 are the purpose/beneficiary 为 (wèi) even inside a frame.
  if (chars[i + 1] === '了' || (chars[i + 1] === '人' && chars[i + 2] === '民')) return false;
  for (let k = i - 1; k >= 0 && k >= i - FRAME_SPAN; k--) {
    if (chars[k] === '为' || CLAUSE_END.test(chars[k])) return false;
    const opener = FRAME_OPENERS.find((word) => k + 1 >= word.length && word === chars.slice(k + 1 - word.length, k + 1).join(''));
    if (!opener) continue;
    if (opener !== '以') return true;
    if (!NOT_FRAME_YI_NEXT.has(chars[k + 1]) && !NOT_FRAME_YI_PREV.has(chars[k - 1])) return true;
  }
  return false;
}

const NUMERAL = /[0-9０-９一二两三四五六七八九十百千万几多数]/u;

/** 为 stating a ratio is the copula: 为全市水平的3倍, 人均收入为全国平均水平的两倍. */
function statesRatio(chars: string[], i: number): boolean {
  if (chars[i + 1] === '了') return false;
  for (let k = i + 1; k < chars.length && !CLAUSE_END.test(chars[k]); k++) {
    if (chars[k] === '倍' && NUMERAL.test(chars[k - 1])) return true;
  }
  return false;
}

/**
 * Characters that end an adverbial or modal before the verb 干 "do":
 * 带头干 敢干 一起干 加油干 接着干 苦干 大干 肯干 要干 放手干 撸起袖子干.
 * A whitelist, because clause-final 干 is also "dry" (晒干, 饼干, 若干).
 */
const BEFORE_VERB_GAN = new Set(Array.from('头敢起油着苦大巧蛮硬肯要能会就来去该快真手子劲'));

function isClauseFinalVerbGan(chars: string[], i: number): boolean {
  const next = chars[i + 1];
  const clauseFinal = next === undefined || CLAUSE_END.test(next) || !isHan(next);
  return clauseFinal && BEFORE_VERB_GAN.has(chars[i - 1]);
}
