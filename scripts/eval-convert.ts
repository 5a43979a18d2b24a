/**
 * Scores script conversion on tests/gold/conversion.tsv: our engine against
 * plain opencc-js (cn→t / cn→tw / cn→hk / t→cn, applied as is), in the same run.
 *
 * Run: npx tsx scripts/eval-convert.ts        (per-row table, then totals)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { convertScript, type ScriptTarget } from '../src/engine/convert';

export interface GoldRow {
  input: string;
  target: ScriptTarget;
  expected: string;
  note: string;
  line: number;
}

export interface Score {
  rows: number;
  right: number;
}

const goldPath = fileURLToPath(new URL('../tests/gold/conversion.tsv', import.meta.url));
const targets: readonly ScriptTarget[] = ['zh-Hans', 'zh-Hant', 'zh-TW', 'zh-HK'];

export function readConversionGold(): GoldRow[] {
  const lines = readFileSync(goldPath, 'utf8').split('\n');
  const rows: GoldRow[] = [];
  lines.forEach((text, index) => {
    if (index === 0 || text.trim() === '') return; // header, blank lines
    const [input, target, expected, note] = text.split('\t');
    if (!targets.includes(target as ScriptTarget) || expected === undefined) {
      throw new Error(`conversion.tsv line ${index + 1}: bad row`);
    }
    rows.push({ input, target: target as ScriptTarget, expected, note: note ?? '', line: index + 1 });
  });
  return rows;
}

/** What a caller using opencc-js directly would pick: one preset per target. */
export const plainOpenccOptions: Record<ScriptTarget, { from: string; to: string }> = {
  'zh-Hans': { from: 't', to: 'cn' },
  'zh-Hant': { from: 'cn', to: 't' },
  'zh-TW': { from: 'cn', to: 'tw' },
  'zh-HK': { from: 'cn', to: 'hk' },
};

export function plainOpenccConverter(target: ScriptTarget): (text: string) => string {
  return OpenCC.Converter(plainOpenccOptions[target]);
}

export interface RowResult {
  row: GoldRow;
  engine: string;
  plain: string;
}

export function runConversionGold(): RowResult[] {
  const plain = new Map(targets.map((t) => [t, plainOpenccConverter(t)]));
  return readConversionGold().map((row) => ({
    row,
    engine: convertScript(row.input, row.target),
    plain: (plain.get(row.target) as (text: string) => string)(row.input),
  }));
}

export async function evalConversion(): Promise<{ engine: Score; plain: Score }> {
  const results = runConversionGold();
  return {
    engine: { rows: results.length, right: results.filter((r) => r.engine === r.row.expected).length },
    plain: { rows: results.length, right: results.filter((r) => r.plain === r.row.expected).length },
  };
}

async function main(): Promise<void> {
  for (const { row, engine, plain } of runConversionGold()) {
    const mark = (out: string) => (out === row.expected ? 'ok ' : 'BAD');
    console.log(`${row.line}\t${row.target}\tengine ${mark(engine)}\tplain ${mark(plain)}\t${row.input}`);
    if (engine !== row.expected) console.log(`\t\texpected ${row.expected}\n\t\tengine   ${engine}`);
    if (plain !== row.expected) console.log(`\t\tplain    ${plain}`);
  }
  const { engine, plain } = await evalConversion();
  const pct = (s: Score) => `${s.right}/${s.rows} = ${((100 * s.right) / s.rows).toFixed(1)}%`;
  console.log(`\nengine ${pct(engine)}\nplain opencc-js ${pct(plain)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
