import { describe, expect, it } from 'vitest';
import { summarize } from './stats';
import { formatCell, ratio, renderTable } from './table';

describe('formatCell', () => {
  it('shows the median with the spread of the runs', () => {
    expect(formatCell(summarize([12, 10, 14]), 'ms')).toBe('12.0 [10.0–14.0]');
  });

  it('shows bytes as megabytes when the unit says so', () => {
    expect(formatCell(3 * 1024 * 1024, 'MB')).toBe('3.00');
  });
});

describe('ratio', () => {
  it('divides the medians and leaves a zero baseline out', () => {
    expect(ratio({ figure: '3', measure: 'x', unit: 'ms', ours: summarize([30]), baseline: summarize([10]) })).toBe('3.00×');
    expect(ratio({ figure: '3', measure: 'x', unit: 'ms', ours: 5, baseline: 0 })).toBe('');
  });
});

describe('renderTable', () => {
  it('lines every row up under the header', () => {
    const lines = renderTable([{ figure: '1', measure: 'content.js', unit: 'KB', ours: 13.7, target: '< 20' }]).split('\n');
    expect(lines).toHaveLength(3);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });
});
