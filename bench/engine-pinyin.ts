/**
 * Throughput of readPinyin vs plain pinyin-pro, and the engine's one-time
 * start-up (corpus words, Traditional detector; OpenCC tables on the first
 * Traditional text).
 *
 * Main text: the corpus documents (Simplified and Traditional) repeated to
 * ~100,000 Han characters, ~12 copies. The engine keeps no per-text cache
 * (only per-character and per-syllable objects, see
 * src/engine/pinyin/shared-results.ts), so the repeats do not flatter it; the
 * "unique" figures check that on text read once: the corpus plus the visible
 * text of the detector's fixture pages, each line once (~26,000 Han chars).
 *
 * Medians of 12 timed runs per figure, in blocks (see timeMedians); warm-up
 * runs are not counted.
 *
 *   npx tsx bench/engine-pinyin.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pinyin, segment } from 'pinyin-pro';
import { readPinyin } from '../src/engine/pinyin';

export interface PinyinBench {
  hanChars: number;
  /** Han characters per millisecond (median). */
  engineCharsPerMs: number;
  /** pinyin-pro's pinyin(text): one string, no words. */
  plainCharsPerMs: number;
  /** pinyin-pro's segment(text): words with readings, the same information readPinyin returns. */
  plainSegmentCharsPerMs: number;
  /** Engine time / pinyin(text) time: how many times slower the engine is. */
  slowdown: number;
  /** The same on unique text (no repeated lines). */
  uniqueHanChars: number;
  uniqueEngineCharsPerMs: number;
  uniquePlainCharsPerMs: number;
  uniqueSlowdown: number;
  /** First readPinyin call after pinyin-pro itself is warm: corpus words + Traditional detector. */
  startupMs: number;
  /** First Traditional text: builds the OpenCC Traditional → Simplified tables (Traditional pages only). */
  traditionalStartupMs: number;
}

const ROUNDS = 3;
const RUNS_PER_BLOCK = 4;
const TARGET_HAN = 100_000;
const HAN_G = /\p{Script=Han}/gu;

function corpusDocuments(): string[] {
  const dir = fileURLToPath(new URL('../assets/corpus/', import.meta.url));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(dir + name, 'utf8'));
}

/** The corpus and the fixture pages' visible text, every line once. */
function uniqueText(): string {
  const dir = fileURLToPath(new URL('../tests/fixtures/detect/', import.meta.url));
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) =>
      readFileSync(dir + name, 'utf8')
        .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '\n')
        .replace(/<[^>]*>/g, '\n'),
    );
  const lines = new Set<string>();
  for (const text of [...corpusDocuments(), ...pages]) {
    for (const line of text.split('\n')) if (line.trim() !== '') lines.add(line.trim());
  }
  return [...lines].join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeOnce(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/**
 * Median wall time of each run, measured in blocks: a warm-up and
 * RUNS_PER_BLOCK timed runs of one function back to back, then the next
 * function's block, for ROUNDS rounds (so load from other processes on a
 * shared machine spreads over all). Back to back, each function pays for its
 * own garbage only: run by run interleaving billed the garbage of a 100k-char
 * segment() result to whichever run came next, and a forced collection
 * between runs leaves the heap in a state no real caller sees.
 */
export function timeMedians(runs: (() => void)[]): number[] {
  const times: number[][] = runs.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    runs.forEach((run, k) => {
      run();
      for (let i = 0; i < RUNS_PER_BLOCK; i++) times[k].push(timeOnce(run));
    });
  }
  return times.map(median);
}

/** The corpus documents repeated to about TARGET_HAN Han characters. */
export function benchText(): string {
  const corpus = corpusDocuments().join('\n');
  const perCopy = corpus.match(HAN_G)?.length ?? 1;
  return corpus.repeat(Math.ceil(TARGET_HAN / perCopy));
}

export function benchPinyin(): PinyinBench {
  const text = benchText();
  const hanChars = text.match(HAN_G)?.length ?? 0;
  const unique = uniqueText();
  const uniqueHanChars = unique.match(HAN_G)?.length ?? 0;

  pinyin('预热'); // pinyin-pro's own dictionary build is shared by both sides
  const t0 = performance.now();
  readPinyin('中文');
  const startupMs = performance.now() - t0;
  const t1 = performance.now();
  readPinyin('繁體');
  const traditionalStartupMs = performance.now() - t1;

  const [engineMs, plainMs, segmentMs, uniqueEngineMs, uniquePlainMs] = timeMedians([
    () => readPinyin(text),
    () => pinyin(text),
    () => segment(text),
    () => readPinyin(unique),
    () => pinyin(unique),
  ]);
  return {
    hanChars,
    engineCharsPerMs: hanChars / engineMs,
    plainCharsPerMs: hanChars / plainMs,
    plainSegmentCharsPerMs: hanChars / segmentMs,
    slowdown: engineMs / plainMs,
    uniqueHanChars,
    uniqueEngineCharsPerMs: uniqueHanChars / uniqueEngineMs,
    uniquePlainCharsPerMs: uniqueHanChars / uniquePlainMs,
    uniqueSlowdown: uniqueEngineMs / uniquePlainMs,
    startupMs,
    traditionalStartupMs,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = benchPinyin();
  console.log(`Han chars per run       ${r.hanChars}`);
  console.log(`readPinyin              ${r.engineCharsPerMs.toFixed(0)} Han chars/ms`);
  console.log(`pinyin-pro pinyin()     ${r.plainCharsPerMs.toFixed(0)} Han chars/ms`);
  console.log(`pinyin-pro segment()    ${r.plainSegmentCharsPerMs.toFixed(0)} Han chars/ms`);
  console.log(`engine vs pinyin()      ${r.slowdown.toFixed(2)}× its time (target ≤ 1.5×)`);
  console.log(`unique text, Han chars  ${r.uniqueHanChars}`);
  console.log(`  readPinyin            ${r.uniqueEngineCharsPerMs.toFixed(0)} Han chars/ms`);
  console.log(`  pinyin-pro pinyin()   ${r.uniquePlainCharsPerMs.toFixed(0)} Han chars/ms`);
  console.log(`  engine vs pinyin()    ${r.uniqueSlowdown.toFixed(2)}× its time`);
  console.log(`engine start-up         ${r.startupMs.toFixed(1)} ms (target < 50 ms)`);
  console.log(`+ first Traditional     ${r.traditionalStartupMs.toFixed(1)} ms (OpenCC tables, Traditional pages only)`);
}
