import { describe, expect, it } from 'vitest';
import { formatReading, toneOf } from './pinyin-format';

describe('reading formats', () => {
  it.each([
    ['fā', 1, 'fa1', 'fa'],
    ['zhǎn', 3, 'zhan3', 'zhan'],
    ['wéi', 2, 'wei2', 'wei'],
    ['lǜ', 4, 'lü4', 'lü'],
    ['nǚ', 3, 'nü3', 'nü'],
    ['le', 5, 'le5', 'le'],
    ['ḿ', 2, 'm2', 'm'],
  ])('%s is tone %i, %s with numbers, %s without', (marks, tone, numbers, none) => {
    expect(toneOf(marks)).toBe(tone);
    expect(formatReading(marks, 'numbers')).toBe(numbers);
    expect(formatReading(marks, 'none')).toBe(none);
    expect(formatReading(marks, 'marks')).toBe(marks);
  });

  it('reads a trailing digit as the tone', () => {
    expect(toneOf('zhang3')).toBe(3);
  });
});
