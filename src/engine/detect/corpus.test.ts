/**
 * The detector against the labelled corpus in tests/fixtures/detect: prints a
 * confusion table (label × verdict) and holds precision and recall for
 * government news at 0.95 or better.
 */
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../shared/detect-report';
import { parseHtml, readCorpus } from '../../../tests/fixtures/detect/load-corpus';
import { detectPage } from './index';

const VERDICTS: Verdict[] = ['gov-news', 'gov-other', 'zh-other', 'non-zh'];
const MIN_SCORE = 0.95;

function confusionTable(rows: { label: Verdict; verdict: Verdict }[]): string {
  const cell = (s: string | number) => String(s).padStart(10);
  const lines = [`${'label \\ verdict'.padEnd(16)}${VERDICTS.map(cell).join('')}`];
  for (const label of VERDICTS) {
    const counts = VERDICTS.map((verdict) => rows.filter((r) => r.label === label && r.verdict === verdict).length);
    lines.push(`${label.padEnd(16)}${counts.map(cell).join('')}`);
  }
  return lines.join('\n');
}

describe('detector corpus', () => {
  const corpus = readCorpus();
  const rows = corpus.map((page) => ({ ...page, ...detectPage(parseHtml(page.html, page.url), page.url) }));

  it('holds at least 20 government-news pages and 20 hard negatives', () => {
    expect(corpus.filter((p) => p.label === 'gov-news').length).toBeGreaterThanOrEqual(20);
    expect(corpus.filter((p) => p.label !== 'gov-news').length).toBeGreaterThanOrEqual(20);
  });

  it(`finds government news with precision and recall of at least ${MIN_SCORE}`, () => {
    const truePositives = rows.filter((r) => r.label === 'gov-news' && r.verdict === 'gov-news').length;
    const predicted = rows.filter((r) => r.verdict === 'gov-news').length;
    const actual = rows.filter((r) => r.label === 'gov-news').length;
    const precision = predicted ? truePositives / predicted : 0;
    const recall = truePositives / actual;
    const misses = rows.filter((r) => r.label !== r.verdict).map((r) => `  ${r.file}: ${r.label} → ${r.verdict} (${r.score}) ${r.reasons.join('; ')}`);
    console.log(
      [
        `detector corpus: ${rows.length} pages, gov-news precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
        confusionTable(rows),
        ...(misses.length ? ['misclassified:', ...misses] : []),
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(recall).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('gives every page at least one reason', () => {
    for (const row of rows) expect(row.reasons.length, row.file).toBeGreaterThan(0);
  });
});
