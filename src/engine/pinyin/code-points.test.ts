import { describe, expect, it } from 'vitest';
import { codePointLength, codePoints, hasHan, isHan, isHanAt } from './code-points';

const HAN = /\p{Script=Han}/u;
const EDGE_CASES = ['', '中文', 'a𫖮b', '\uD800x\uDC00', '\uDC00\uD800', '𠀀\uD800', 'e\u0301葛\uFE00', '、。《》〇々', '，１２％ＡＢ', 'abc'];

describe('codePoints', () => {
  it('splits like Array.from, lone surrogates included', () => {
    for (const text of EDGE_CASES) expect(codePoints(text)).toEqual(Array.from(text));
  });

  it('gives each code point its UTF-16 length', () => {
    for (const text of EDGE_CASES) {
      const lengths: number[] = [];
      for (let at = 0; at < text.length; at += codePointLength(text, at)) lengths.push(codePointLength(text, at));
      expect(lengths).toEqual(Array.from(text).map((ch) => ch.length));
    }
  });
});

describe('isHan', () => {
  it('agrees with \\p{Script=Han}', () => {
    for (const ch of ['中', '〇', '𫖮', '𠀀', '々', 'a', '１', '，', '\u0301', '\uFE00', 'ㄅ', 'か']) {
      expect(isHan(ch)).toBe(HAN.test(ch));
    }
  });

  // The code-unit shortcuts (CJK Unified, punctuation blocks, full-width forms) must never disagree with the regex.
  it('agrees with \\p{Script=Han} on every code point', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      const ch = String.fromCodePoint(code); // a lone surrogate for D800–DFFF
      if (isHanAt(ch, 0) !== HAN.test(ch)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe('hasHan', () => {
  it('is codePoints(text).some(isHan) without splitting', () => {
    for (const text of [...EDGE_CASES, '\uD840', '\uDC00\uD840\uDC00']) {
      expect(hasHan(text)).toBe(codePoints(text).some(isHan));
    }
  });
});
