/**
 * Throughput of readPinyin vs plain pinyin-pro on ~100,000 Han characters of
 * the corpus (half Simplified, half Traditional), and the engine's one-time
 * start-up (corpus words, Traditional detector; OpenCC tables on the first
 * Traditional text).
 * Medians of several runs; the warm-up run is not counted.
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
  /** First readPinyin call after pinyin-pro itself is warm: corpus words + Traditional detector. */
  startupMs: number;
  /** First Traditional text: builds the OpenCC Traditional → Simplified tables (Traditional pages only). */
  traditionalStartupMs: number;
}

const RUNS = 7;
const TARGET_HAN = 100_000;
const HAN_G = /\p{Script=Han}/gu;

function corpusText(): string {
  const dir = fileURLToPath(new URL('../assets/corpus/', import.meta.url));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(dir + name, 'utf8'))
    .join('\n');
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
 * Median wall times of `a` and `b`, runs interleaved so that load from other
 * processes on a shared machine hits both alike; one uncounted warm-up each.
 */
function timeMedians(runs: (() => void)[]): number[] {
  for (const run of runs) run();
  const times: number[][] = runs.map(() => []);
  for (let i = 0; i < RUNS; i++) runs.forEach((run, k) => times[k].push(timeOnce(run)));
  return times.map(median);
}

export function benchPinyin(): PinyinBench {
  const corpus = corpusText();
  const perCopy = corpus.match(HAN_G)?.length ?? 1;
  const text = corpus.repeat(Math.ceil(TARGET_HAN / perCopy));
  const hanChars = text.match(HAN_G)?.length ?? 0;

  pinyin('预热'); // pinyin-pro's own dictionary build is shared by both sides
  const t0 = performance.now();
  readPinyin('中文');
  const startupMs = performance.now() - t0;
  const t1 = performance.now();
  readPinyin('繁體');
  const traditionalStartupMs = performance.now() - t1;

  const [engineMs, plainMs, segmentMs] = timeMedians([
    () => readPinyin(text),
    () => pinyin(text),
    () => segment(text),
  ]);
  return {
    hanChars,
    engineCharsPerMs: hanChars / engineMs,
    plainCharsPerMs: hanChars / plainMs,
    plainSegmentCharsPerMs: hanChars / segmentMs,
    slowdown: engineMs / plainMs,
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
  console.log(`engine vs pinyin()      ${r.slowdown.toFixed(2)}× slower (target ≤ 1.5×)`);
  console.log(`engine start-up         ${r.startupMs.toFixed(1)} ms (target < 50 ms)`);
  console.log(`+ first Traditional     ${r.traditionalStartupMs.toFixed(1)} ms (OpenCC tables, Traditional pages only)`);
}
