import { describe, expect, it } from 'vitest';
import { CLAUSE_END, MAX_CHUNK, isClauseEnd, splitChunks } from './split-chunks';

describe('splitChunks', () => {
  it('cuts after clause punctuation and gives back the text', () => {
    expect(splitChunks('甲，乙、丙。丁\n戊')).toEqual(['甲，', '乙、丙。', '丁\n', '戊']);
    expect(splitChunks('a,b;c!d?e；f！g？h\ri')).toEqual(['a,', 'b;', 'c!', 'd?', 'e；', 'f！', 'g？', 'h\r', 'i']);
  });

  it('caps chunk length without splitting a surrogate pair', () => {
    const text = '𫖮'.repeat(MAX_CHUNK);
    const chunks = splitChunks(text);
    expect(chunks.join('')).toBe(text);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(MAX_CHUNK + 1);
      expect(Array.from(chunk).every((ch) => ch === '𫖮')).toBe(true);
    }
  });
});

describe('isClauseEnd', () => {
  // The splitter's code-unit test and the regex the context rules use must mean the same clauses.
  it('agrees with CLAUSE_END on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isClauseEnd(code) !== CLAUSE_END.test(String.fromCharCode(code))) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });
});
