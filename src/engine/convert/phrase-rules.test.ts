import { describe, expect, it } from 'vitest';
import { table as s2t } from './generated/s2t';
import { table as t2s } from './generated/t2s';
import { PhraseTable } from './phrase-table';
import { simplifiedToTraditionalRules, traditionalToSimplifiedRules, type PhraseRuleEntry } from './phrase-rules';
import type { TableData } from './table-data';

const directions: [string, TableData, readonly PhraseRuleEntry[]][] = [
  ['Simplified → Traditional', s2t, simplifiedToTraditionalRules],
  ['Traditional → Simplified', t2s, traditionalToSimplifiedRules],
];

for (const [name, base, rules] of directions) {
  describe(`phrase rules (${name})`, () => {
    const withRules = new PhraseTable(base, null, rules);
    for (const rule of rules) {
      it(`${rule.from} → ${rule.to} is needed and works: ${rule.why}`, () => {
        const withoutIt = new PhraseTable(base, null, rules.filter((r) => r !== rule));
        const [input, output] = rule.example;
        expect(withoutIt.convert(input)).not.toBe(output);
        expect(withRules.convert(input)).toBe(output);
      });
    }
  });
}
