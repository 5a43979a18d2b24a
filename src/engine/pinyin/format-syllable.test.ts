import { describe, expect, it } from 'vitest';
import { formatSyllable, splitTone } from './format-syllable';

describe('formatSyllable', () => {
  it('splits tone marks, neutral tone = 5', () => {
    expect(splitTone('lǜ')).toEqual({ letters: 'lü', tone: 4 });
    expect(splitTone('de')).toEqual({ letters: 'de', tone: 5 });
    expect(splitTone('ńg')).toEqual({ letters: 'ng', tone: 2 });
  });

  it('writes numbers, bare letters and v', () => {
    expect(formatSyllable('lǜ', { tone: 'numbers' })).toBe('lü4');
    expect(formatSyllable('lǜ', { tone: 'numbers', v: true })).toBe('lv4');
    expect(formatSyllable('nǚ', { tone: 'none', v: true })).toBe('nv');
    expect(formatSyllable('lǜ', { v: true })).toBe('lǜ');
  });

  it.each([
    ['zhōng', 'ㄓㄨㄥ'],
    ['shì', 'ㄕˋ'],
    ['zì', 'ㄗˋ'],
    ['jú', 'ㄐㄩˊ'],
    ['quán', 'ㄑㄩㄢˊ'],
    ['xué', 'ㄒㄩㄝˊ'],
    ['yǒu', 'ㄧㄡˇ'],
    ['wèi', 'ㄨㄟˋ'],
    ['lüè', 'ㄌㄩㄝˋ'],
    ['xióng', 'ㄒㄩㄥˊ'],
    ['liù', 'ㄌㄧㄡˋ'],
    ['duì', 'ㄉㄨㄟˋ'],
    ['zhe', '˙ㄓㄜ'],
    ['ér', 'ㄦˊ'],
  ])('Zhuyin of %s is %s', (syllable, zhuyin) => {
    expect(formatSyllable(syllable, { zhuyin: true })).toBe(zhuyin);
  });
});
