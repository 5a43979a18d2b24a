import { expect, it } from 'vitest';
import { runConversionGold } from '../../../scripts/eval-convert';

it('converts ≥ 99.5% of the gold rows right (tests/gold/conversion.tsv)', () => {
  const results = runConversionGold();
  expect(results.length).toBeGreaterThanOrEqual(200);
  const wrong = results.filter((r) => r.engine !== r.row.expected);
  for (const { row, engine } of wrong) {
    console.log(`line ${row.line} ${row.target}: ${row.input}\n  expected ${row.expected}\n  got      ${engine}`);
  }
  expect((results.length - wrong.length) / results.length).toBeGreaterThanOrEqual(0.995);
});
