import { describe, expect, it } from 'vitest';
import { countHan, makeWorkReport } from './make-work-report';

const lines = ['一、工作回顾', '我们坚持以人民为中心的发展思想，推动高质量发展。', '加快建设<科技>强区 & 人才高地。'];

describe('makeWorkReport', () => {
  it('repeats the paragraphs until the page holds the Han characters asked for', () => {
    const report = makeWorkReport({ targetHan: 500, lines });
    expect(report.hanChars).toBeGreaterThanOrEqual(500);
    expect(countHan(report.html)).toBe(report.hanChars);
  });

  it('builds the same page from the same seed and another from another seed', () => {
    const a = makeWorkReport({ targetHan: 300, lines, seed: 1 }).html;
    expect(makeWorkReport({ targetHan: 300, lines, seed: 1 }).html).toBe(a);
    expect(makeWorkReport({ targetHan: 300, lines, seed: 2 }).html).not.toBe(a);
  });

  it('escapes the text it puts into markup', () => {
    const { html } = makeWorkReport({ targetHan: 100, lines });
    expect(html).toContain('加快建设&#60;科技&#62;强区 &#38; 人才高地');
    expect(html).toContain('<h2>一、工作回顾</h2>');
  });
});
