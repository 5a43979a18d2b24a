/**
 * pinyin-pro's word automaton against the engine's replacement
 * (src/engine/pinyin/fast-matcher.ts, installed by the extension's engine entry):
 *  - build: what the first pinyin reading of a page pays before any output;
 *  - match: the word search every pinyin()/segment() call makes, per clause,
 *    on the same ~100,000 Han characters of corpus text as engine-pinyin.ts;
 *  - readPinyin with the replacement installed (what ships), against plain
 *    pinyin() measured after the same install and without it.
 *
 * Installing changes pinyin-pro for this whole process, so bench/run.ts runs
 * this file last among the engine benches.
 *
 *   npx tsx bench/engine-word-matcher.ts
 */
import { pinyin } from 'pinyin-pro';
import { AC, acTree, PatternsNormal } from 'pinyin-pro/dist/esm/common/segmentit/index.mjs';
import { fileURLToPath } from 'node:url';
import { readPinyin } from '../src/engine/pinyin';
import { installWordMatcher, WordMatcher } from '../src/engine/pinyin/fast-matcher';
import { benchText, timeMedians } from './engine-pinyin';

interface Row {
  metric: string;
  unit: string;
  ours: number;
  plain: number;
}

const HAN_G = /\p{Script=Han}/gu;

export function benchWordMatcher(): Row[] {
  const text = benchText();
  const hanChars = text.match(HAN_G)?.length ?? 0;
  const clauses = text.split(/[，。；：！？、\n]/).filter(Boolean);

  const [acBuildMs, oursBuildMs] = timeMedians([() => new AC().build(PatternsNormal), () => new WordMatcher().build(PatternsNormal)]);
  const automaton = new AC();
  automaton.build(PatternsNormal);
  const matcher = new WordMatcher();
  matcher.build(PatternsNormal);
  const [acMatchMs, oursMatchMs] = timeMedians([
    () => clauses.forEach((c) => automaton.match(c, 'all')),
    () => clauses.forEach((c) => matcher.match(c, 'all')),
  ]);

  const [engineBeforeMs, plainBeforeMs] = timeMedians([() => readPinyin(text), () => pinyin(text)]);
  installWordMatcher(acTree);
  const [engineAfterMs, plainAfterMs] = timeMedians([() => readPinyin(text), () => pinyin(text)]);

  return [
    { metric: 'word search structure build (ours vs pinyin-pro automaton)', unit: 'ms', ours: oursBuildMs, plain: acBuildMs },
    { metric: 'word search over the text, per clause (ours vs automaton)', unit: 'Han chars/ms', ours: hanChars / oursMatchMs, plain: hanChars / acMatchMs },
    { metric: 'readPinyin, matcher installed vs not', unit: 'Han chars/ms', ours: hanChars / engineAfterMs, plain: hanChars / engineBeforeMs },
    { metric: 'readPinyin (matcher installed) vs plain pinyin() (not installed)', unit: 'Han chars/ms', ours: hanChars / engineAfterMs, plain: hanChars / plainBeforeMs },
    { metric: 'plain pinyin(), matcher installed vs not', unit: 'Han chars/ms', ours: hanChars / plainAfterMs, plain: hanChars / plainBeforeMs },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const row of benchWordMatcher()) {
    console.log(`${row.metric.padEnd(68)} ${row.ours.toFixed(2).padStart(9)} vs ${row.plain.toFixed(2).padStart(9)} ${row.unit}`);
  }
}
