/**
 * Pinyin accuracy on tests/gold/pinyin.tsv: the engine vs plain pinyin-pro
 * (default options, citation tones like the gold) and, when installed, plain
 * pinyin-pro with the @pinyin-pro/data complete dictionary.
 *
 *   npx tsx scripts/eval-pinyin.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { pinyin, addDict, removeDict } from 'pinyin-pro';
import { readPinyin } from '../src/engine/pinyin';

export interface GoldRow {
  clause: string;
  /** Accepted readings per Han character (a|b in the file = either is right). */
  expected: string[][];
  note: string;
}

export interface Score {
  rows: number;
  rowsRight: number;
  syllables: number;
  syllablesRight: number;
}

export interface Failure {
  clause: string;
  expected: string;
  got: string;
}

const GOLD = fileURLToPath(new URL('../tests/gold/pinyin.tsv', import.meta.url));
const CORPUS = fileURLToPath(new URL('../assets/corpus/', import.meta.url));
/** The source pages' naive inline pinyin, 發(fā)展 / 爲(wéi / wèi): stripped, as in the gold clauses. */
const INLINE_PINYIN = /\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\s*(?:\/\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\s*)*)\)/giu;
/** How the gold clauses were cut from the corpus. */
const GOLD_CLAUSE = /[^，。；：！？、,;:!?\n]+/gu;
const HAN = /\p{Script=Han}/u;

export function loadPinyinGold(path = GOLD): GoldRow[] {
  const lines = readFileSync(path, 'utf8').split('\n').slice(1).filter((line) => line.trim() !== '');
  return lines.map((line) => {
    const [clause, syllables, note = ''] = line.split('\t');
    return { clause, expected: syllables.split(' ').map((s) => s.split('|')), note };
  });
}

/** Scores a reader that returns one syllable per Han character of the clause. */
export function scorePinyin(read: (clause: string) => string[], rows = loadPinyinGold()): { score: Score; failures: Failure[] } {
  const score: Score = { rows: rows.length, rowsRight: 0, syllables: 0, syllablesRight: 0 };
  const failures: Failure[] = [];
  for (const row of rows) {
    const got = read(row.clause);
    let right = got.length === row.expected.length;
    row.expected.forEach((accepted, i) => {
      score.syllables++;
      if (accepted.includes(got[i])) score.syllablesRight++;
      else right = false;
    });
    if (right) score.rowsRight++;
    else failures.push({ clause: row.clause, expected: row.expected.map((a) => a.join('|')).join(' '), got: got.join(' ') });
  }
  return { score, failures };
}

export function readWithEngine(clause: string): string[] {
  return readPinyin(clause).flatMap((segment) => segment.pinyin ?? []);
}

/**
 * The engine reading whole corpus documents (as the extension does), scored on
 * the gold clauses found in them: catches readings that shift with the
 * surrounding text, which per-clause scoring cannot see.
 */
export function scoreInDocuments(rows = loadPinyinGold()): { score: Score; failures: Failure[] } {
  const inDocuments = new Map<string, string[]>();
  for (const name of readdirSync(CORPUS).filter((file) => file.endsWith('.txt'))) {
    const text = readFileSync(CORPUS + name, 'utf8').replace(INLINE_PINYIN, '');
    const readings = readPinyin(text).flatMap((segment) =>
      segment.pinyin ?? Array.from(segment.text, () => null as string | null),
    );
    for (const match of text.matchAll(GOLD_CLAUSE)) {
      const clause = match[0].trim();
      const start = Array.from(text.slice(0, (match.index ?? 0) + match[0].indexOf(clause))).length;
      const syllables = Array.from(clause).flatMap((ch, i) => (HAN.test(ch) ? [readings[start + i] ?? ''] : []));
      if (!inDocuments.has(clause)) inDocuments.set(clause, syllables);
    }
  }
  return scorePinyin((clause) => inDocuments.get(clause) ?? [], rows);
}

/** Plain pinyin-pro, one syllable per Han character ('' where it has none). */
export function readWithPlain(clause: string): string[] {
  return pinyin(clause, { type: 'all', toneSandhi: false })
    .filter((item) => HAN.test(item.origin))
    .map((item) => item.pinyin);
}

/** The complete dictionary if `@pinyin-pro/data` is installed, else undefined. */
function loadCompleteDict(): Record<string, string> | undefined {
  try {
    return createRequire(import.meta.url)('@pinyin-pro/data/complete.json') as Record<string, string>;
  } catch {
    return undefined;
  }
}

export async function evalPinyin(): Promise<{
  engine: Score;
  /** The engine on whole documents, scored on the same clauses. */
  engineInDocuments: Score;
  plain: Score;
  plainComplete?: Score;
}> {
  const rows = loadPinyinGold();
  const engine = scorePinyin(readWithEngine, rows).score;
  const engineInDocuments = scoreInDocuments(rows).score;
  const plain = scorePinyin(readWithPlain, rows).score;
  const complete = loadCompleteDict();
  if (!complete) return { engine, engineInDocuments, plain };
  // addDict changes pinyin-pro for every caller in this process: add, score, remove.
  addDict(complete, 'complete');
  try {
    return { engine, engineInDocuments, plain, plainComplete: scorePinyin(readWithPlain, rows).score };
  } finally {
    removeDict('complete');
  }
}

function format(name: string, score: Score | undefined): string {
  if (!score) return `${name.padEnd(25)} not installed (@pinyin-pro/data)`;
  const pct = (right: number, all: number) => `${((100 * right) / all).toFixed(2)}%`;
  return (
    `${name.padEnd(25)} rows ${score.rowsRight}/${score.rows} (${pct(score.rowsRight, score.rows)})  ` +
    `syllables ${score.syllablesRight}/${score.syllables} (${pct(score.syllablesRight, score.syllables)})`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // No top-level await: scripts/eval.ts and tests import this module.
  void evalPinyin().then((result) => {
    console.log(format('engine', result.engine));
    console.log(format('engine, whole documents', result.engineInDocuments));
    console.log(format('plain pinyin-pro', result.plain));
    console.log(format('plain + complete dict', result.plainComplete));
  });
}
