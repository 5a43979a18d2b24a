/**
 * How readPinyin calls pinyin-pro: once per clause that has Han characters,
 * never for one without, and safely when pinyin-pro's characters do not line
 * up with the text's code points. pinyin-pro's segment() is wrapped in a spy.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { segment } from 'pinyin-pro';
import { readPinyin } from './read-pinyin';

vi.mock('pinyin-pro', async (importOriginal) => {
  const real = await importOriginal<typeof import('pinyin-pro')>();
  return { ...real, segment: vi.fn(real.segment) };
});

const segmentSpy = vi.mocked(segment);

afterEach(() => segmentSpy.mockClear());

describe('readPinyin and pinyin-pro', () => {
  it('calls pinyin-pro once per clause with Han characters and never for one without', () => {
    readPinyin('2024, 6%; GDP! 甲乙，丙丁。\nabc');
    expect(segmentSpy.mock.calls.map(([text]) => text)).toEqual([' 甲乙，', '丙丁。']);
  });

  it('reads each Han character on its own when pinyin-pro splits the text differently', () => {
    // One group per UTF-16 unit: the surrogate pair of 𫖮 comes back as two halves.
    segmentSpy.mockImplementationOnce(((text: string) => Array.from(text.split(''), (unit) => [{ origin: unit, result: unit }])) as typeof segment);
    expect(readPinyin('发展𫖮')).toEqual([
      { text: '发', pinyin: ['fā'] },
      { text: '展', pinyin: ['zhǎn'] },
      { text: '𫖮', pinyin: ['yǐ'] },
    ]);
  });
});
