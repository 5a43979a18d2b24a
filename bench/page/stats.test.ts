import { describe, expect, it } from 'vitest';
import { quantile, repeat, summarize } from './stats';

describe('summarize', () => {
  it('gives the median and the spread of odd and even run counts', () => {
    expect(summarize([5, 1, 3])).toMatchObject({ median: 3, min: 1, max: 5 });
    expect(summarize([4, 1, 3, 2])).toMatchObject({ median: 2.5, min: 1, max: 4 });
  });
});

describe('quantile', () => {
  it('takes the nearest rank, so p95 of 20 values is the 19th', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(quantile(values, 0.95)).toBe(19);
    expect(quantile(values, 0.5)).toBe(10);
  });
});

describe('repeat', () => {
  it('leaves the warm-up runs out', async () => {
    const kept = await repeat(3, 2, async (i) => i);
    expect(kept).toEqual([2, 3, 4]);
  });
});
