import { describe, expect, it } from 'vitest';
import { codePoints, isHan } from './code-points';

describe('codePoints', () => {
  it('splits like Array.from, lone surrogates included', () => {
    for (const text of ['', '中文', 'a𫖮b', '\uD800x\uDC00', '\uDC00\uD800', '𠀀\uD800', 'e\u0301葛\uFE00']) {
      expect(codePoints(text)).toEqual(Array.from(text));
    }
  });
});

describe('isHan', () => {
  it('agrees with \\p{Script=Han}', () => {
    for (const ch of ['中', '〇', '𫖮', '𠀀', '々', 'a', '１', '，', '\u0301', '\uFE00', 'ㄅ', 'か']) {
      expect(isHan(ch)).toBe(/\p{Script=Han}/u.test(ch));
    }
  });
});
