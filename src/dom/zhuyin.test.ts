import { describe, expect, it } from 'vitest';
import { toZhuyin } from './zhuyin';

describe('zhuyin', () => {
  it.each([
    ['fā', 'ㄈㄚ'],
    ['zhǎn', 'ㄓㄢˇ'],
    ['zhōng', 'ㄓㄨㄥ'],
    ['guó', 'ㄍㄨㄛˊ'],
    ['shì', 'ㄕˋ'],
    ['zì', 'ㄗˋ'],
    ['rì', 'ㄖˋ'],
    ['le', '˙ㄌㄜ'],
    ['yī', 'ㄧ'],
    ['yǒu', 'ㄧㄡˇ'],
    ['yuán', 'ㄩㄢˊ'],
    ['wèi', 'ㄨㄟˋ'],
    ['jú', 'ㄐㄩˊ'],
    ['xué', 'ㄒㄩㄝˊ'],
    ['qióng', 'ㄑㄩㄥˊ'],
    ['lǜ', 'ㄌㄩˋ'],
    ['nv3', 'ㄋㄩˇ'],
    ['liù', 'ㄌㄧㄡˋ'],
    ['duì', 'ㄉㄨㄟˋ'],
    ['lùn', 'ㄌㄨㄣˋ'],
    ['ér', 'ㄦˊ'],
    ['ài', 'ㄞˋ'],
  ])('%s → %s', (pinyin, zhuyin) => {
    expect(toZhuyin(pinyin)).toBe(zhuyin);
  });

  it('gives back what it cannot spell', () => {
    expect(toZhuyin('hm')).toBe('hm');
    expect(toZhuyin('xyz')).toBe('xyz');
  });
});
