import { describe, expect, it } from 'vitest';
import { readPinyin, type Segment } from './index';
import { engineReads } from './test-helpers';

const HAN = /\p{Script=Han}/u;

/** The invariants every result must keep, whatever the input. */
function expectWellFormed(text: string, segments: Segment[]): void {
  expect(segments.map((s) => s.text).join('')).toBe(text);
  // One expect per result, not per character: 1 MB inputs are checked too.
  const broken = segments.filter(
    (s) =>
      s.text === '' ||
      (s.pinyin !== null &&
        (s.pinyin.length !== Array.from(s.text).length ||
          !Array.from(s.text).every((ch) => HAN.test(ch)) ||
          s.pinyin.some((syllable) => syllable === ''))),
  );
  expect(broken).toEqual([]);
}

describe('readPinyin', () => {
  it('reads a Han word per character and leaves the rest null', () => {
    const text = '2024年地区生产总值增长6%左右';
    const segments = readPinyin(text);
    expectWellFormed(text, segments);
    expect(segments[0]).toEqual({ text: '2024', pinyin: null });
    expect(segments.find((s) => s.text.includes('%'))?.pinyin).toBeNull();
  });

  it('groups a dictionary word into one segment', () => {
    expect(readPinyin('区长李俊杰')[0]).toEqual({ text: '区长', pinyin: ['qū', 'zhǎng'] });
  });

  it('uses citation tones for 一 and 不 (no sandhi), as the gold set does', () => {
    expect(engineReads('一年一个样 不断 不确定')).toBe('yī nián yī gè yàng bù duàn bù què dìng');
  });

  it('reads Traditional text exactly like its Simplified form', () => {
    const pairs: [string, string][] = [
      ['爲北京率先基本實現社會主義現代化作出新的更大貢獻', '为北京率先基本实现社会主义现代化作出新的更大贡献'],
      ['推動更多科技創新成果轉化爲經濟發展動力', '推动更多科技创新成果转化为经济发展动力'],
      ['市政府副秘書長劉聖國', '市政府副秘书长刘圣国'],
      ['發出了撸起袖子加油幹的動員令', '发出了撸起袖子加油干的动员令'],
      ['是打造最具投資價值之城的重要著力點', '是打造最具投资价值之城的重要着力点'],
    ];
    for (const [traditional, simplified] of pairs) {
      expect(engineReads(traditional)).toBe(engineReads(simplified));
      expectWellFormed(traditional, readPinyin(traditional));
    }
  });

  it('keeps 著 zhù in Simplified text (显著), where the Taiwan table would make it 着', () => {
    expect(engineReads('显著增强')).toBe('xiǎn zhù zēng qiáng');
  });

  it('reads mixed-script text and keeps the original characters', () => {
    const text = '海澱区高质量發展';
    const segments = readPinyin(text);
    expectWellFormed(text, segments);
    expect(engineReads(text)).toBe('hǎi diàn qū gāo zhì liàng fā zhǎn');
  });

  it('shares one frozen array per one-syllable tone-mark reading across results', () => {
    const [first] = readPinyin('中');
    const again = readPinyin('中国的中，中').filter((s) => s.text === '中');
    expect(again.length).toBeGreaterThanOrEqual(2);
    for (const s of again) expect(s.pinyin).toBe(first.pinyin);
    expect(Object.isFrozen(first.pinyin)).toBe(true);
    // Other forms and longer words are the caller's own arrays.
    expect(Object.isFrozen(readPinyin('中', { tone: 'numbers' })[0].pinyin)).toBe(false);
    expect(Object.isFrozen(readPinyin('区长')[0].pinyin)).toBe(false);
  });

  it('formats tones as numbers, bare letters, v for ü, or Zhuyin', () => {
    expect(readPinyin('绿色的', { tone: 'numbers' }).flatMap((s) => s.pinyin ?? [])).toEqual(['lü4', 'se4', 'de5']);
    expect(readPinyin('绿色', { tone: 'none', v: true }).flatMap((s) => s.pinyin ?? [])).toEqual(['lv', 'se']);
    expect(readPinyin('中国的', { zhuyin: true }).flatMap((s) => s.pinyin ?? [])).toEqual(['ㄓㄨㄥ', 'ㄍㄨㄛˊ', '˙ㄉㄜ']);
  });
});

describe('readPinyin on bad input', () => {
  it('returns nothing for the empty string', () => {
    expect(readPinyin('')).toEqual([]);
  });

  it('keeps lone surrogates in a null segment', () => {
    const text = '中\uD800国\uDC00';
    const segments = readPinyin(text);
    expectWellFormed(text, segments);
    expect(segments).toEqual([
      { text: '中', pinyin: ['zhōng'] },
      { text: '\uD800', pinyin: null },
      { text: '国', pinyin: ['guó'] },
      { text: '\uDC00', pinyin: null },
    ]);
  });

  it('reads a non-BMP Han character pinyin-pro knows, and gives null to one it does not', () => {
    const text = '𫖮𠀀好';
    const segments = readPinyin(text);
    expectWellFormed(text, segments);
    expect(segments).toEqual([
      { text: '𫖮', pinyin: ['yǐ'] },
      { text: '𠀀', pinyin: null },
      { text: '好', pinyin: ['hǎo'] },
    ]);
  });

  it('keeps combining marks and variation selectors out of the Han segments', () => {
    const text = 'e\u0301葛\uFE00葛\u{E0100}';
    const segments = readPinyin(text);
    expectWellFormed(text, segments);
    expect(segments.filter((s) => s.pinyin).map((s) => s.text)).toEqual(['葛', '葛']);
  });

  it('leaves full-width digits and Latin unread', () => {
    const text = '增长１２％ＡＢ';
    const segments = readPinyin(text);
    expectWellFormed(text, segments);
    expect(segments.at(-1)).toEqual({ text: '１２％ＡＢ', pinyin: null });
  });

  it('reads a 1 MB string in linear time without corruption', () => {
    const clause = '推动更多科技创新成果转化为经济发展动力，';
    const small = clause.repeat(2_000);
    const big = clause.repeat(50_000); // ≈ 1 MB of UTF-16
    // CPU time of this process, so other work on a busy machine does not count.
    const cpuMs = () => process.cpuUsage().user / 1000;
    const t0 = cpuMs();
    expectWellFormed(small, readPinyin(small));
    const t1 = cpuMs();
    const segments = readPinyin(big);
    const t2 = cpuMs();
    expectWellFormed(big, segments);
    // 25× the text must not cost much more than 25× the time (quadratic would be ~600×).
    expect(t2 - t1).toBeLessThan(25 * (t1 - t0) * 4 + 200);
  });

  it('reads a 1 MB string without any punctuation, cut safely between surrogate pairs', () => {
    const big = '发展𫖮'.repeat(120_000);
    expectWellFormed(big, readPinyin(big));
  });
});
