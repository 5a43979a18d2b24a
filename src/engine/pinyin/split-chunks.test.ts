import { describe, expect, it } from 'vitest';
import { MAX_CHUNK, splitChunks } from './split-chunks';

describe('splitChunks', () => {
  it('cuts after clause punctuation and gives back the text', () => {
    expect(splitChunks('甲，乙、丙。丁\n戊')).toEqual(['甲，', '乙、丙。', '丁\n', '戊']);
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
