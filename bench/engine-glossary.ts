/**
 * Glossary matcher speed: `npx tsx bench/engine-glossary.ts`.
 * Builds the matcher from the shipped glossary.json and runs it over ~100,000
 * characters of corpus text (noisy Traditional and Simplified, repeated), once as
 * is — unusually dense with inline pinyin notes — and once with the notes removed,
 * as most pages are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { stripPinyinNotes } from '../src/engine/text/pinyin-notes';
import { createTermMatcher } from '../src/engine/glossary/create-term-matcher';
import type { GlossaryData, TermMatcher } from '../src/engine/glossary/types';

const assets = new URL('../assets/', import.meta.url);
const glossary = JSON.parse(readFileSync(new URL('glossary/glossary.json', assets), 'utf8')) as GlossaryData;
const corpusDir = new URL('corpus/', assets);
const corpus = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, corpusDir), 'utf8'))
  .join('\n');
const TARGET = 100_000;
const RUNS = 50;
const sized = (text: string): string => text.repeat(Math.ceil(TARGET / text.length)).slice(0, TARGET);

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
}

function benchFind(label: string, matcher: TermMatcher, text: string): void {
  const cold = performance.now();
  matcher.find(text); // the first call also pays for JIT warm-up
  const coldMs = performance.now() - cold;
  // CPU time as well as wall time: on a shared machine the wall clock also counts waiting.
  const wall: number[] = [];
  const cpu: number[] = [];
  let matches = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    matches = matcher.find(text).length;
    cpu.push(process.cpuUsage(c0).user / 1000);
    wall.push(performance.now() - t0);
  }
  const median = quantile(wall, 0.5);
  console.log(
    `${label}: ${text.length} chars, ${matches} matches — wall median ${median.toFixed(2)} ms` +
      ` (${Math.round(text.length / median)} chars/ms), p90 ${quantile(wall, 0.9).toFixed(2)} ms,` +
      ` CPU median ${quantile(cpu, 0.5).toFixed(2)} ms, first call ${coldMs.toFixed(2)} ms`,
  );
}

const builds: number[] = [];
let matcher = createTermMatcher(glossary);
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  matcher = createTermMatcher(glossary);
  builds.push(performance.now() - t0);
}
console.log(`glossary matcher: ${glossary.entries.length} entries, build median ${quantile(builds, 0.5).toFixed(2)} ms`);
benchFind('find, corpus with pinyin notes', matcher, sized(corpus));
benchFind('find, corpus without notes', matcher, sized(stripPinyinNotes(corpus)));
