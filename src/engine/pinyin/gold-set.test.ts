import { describe, expect, it } from 'vitest';
import { readWithEngine, readWithPlain, scoreInDocuments, scorePinyin, type Failure } from '../../../scripts/eval-pinyin';

function printFailures(failures: Failure[]): void {
  for (const f of failures) console.log(`FAIL ${f.clause}\n  expected ${f.expected}\n  got      ${f.got}`);
}

describe('pinyin gold set (tests/gold/pinyin.tsv)', () => {
  it('has at least 300 hand-checked rows', () => {
    expect(scorePinyin(readWithEngine).score.rows).toBeGreaterThanOrEqual(300);
  });

  it('engine gets ≥ 99% of rows fully right', () => {
    const { score, failures } = scorePinyin(readWithEngine);
    printFailures(failures);
    expect(score.rowsRight / score.rows).toBeGreaterThanOrEqual(0.99);
  });

  it('engine gets ≥ 99% of rows right when reading the whole documents', () => {
    const { score, failures } = scoreInDocuments();
    printFailures(failures);
    expect(score.rowsRight / score.rows).toBeGreaterThanOrEqual(0.99);
  });

  it('beats plain pinyin-pro', () => {
    expect(scorePinyin(readWithEngine).score.rowsRight).toBeGreaterThan(scorePinyin(readWithPlain).score.rowsRight);
  });
});
