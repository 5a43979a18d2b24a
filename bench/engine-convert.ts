/**
 * Script-conversion benchmark: our engine vs plain opencc-js.
 *  - throughput: Han characters per ms over ~100,000 Han characters (the corpus
 *    pages repeated, converted page by page as the DOM layer does node by node);
 *  - start-up, in fresh Node processes (nothing cached): the first conversion to
 *    a target (ours: building that direction's lazy table; opencc-js: building
 *    its converter) and, separately, importing the whole module;
 *  - size: minified + gzipped bundle of what one target needs, and of all four.
 * esbuild comes from node_modules (installed as a vite dependency).
 * Medians of several runs; the first (warm-up) run is not counted. Times are
 * process CPU time (process.cpuUsage), not wall time: the machine is shared, and
 * CPU time is what other engineers' jobs inflate least.
 *
 * Run: npx tsx bench/engine-convert.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { convertScript, type ScriptTarget } from '../src/engine/convert';
import { plainOpenccConverter, plainOpenccOptions as plainOptions } from '../scripts/eval-convert';

export interface Row {
  metric: string;
  target: ScriptTarget | 'all';
  ours: number;
  plain: number;
  unit: string;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const targets: readonly ScriptTarget[] = ['zh-Hans', 'zh-Hant', 'zh-TW', 'zh-HK'];
const RUNS = 7;
const HAN = /\p{Script=Han}/gu;

/** Milliseconds of CPU this process has used (user + system). */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Corpus pages repeated until they hold at least 100,000 Han characters. */
function benchPages(): { pages: string[]; han: number } {
  const dir = join(root, 'assets/corpus');
  const corpus = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
  const pages: string[] = [];
  let han = 0;
  while (han < 100_000) {
    for (const page of corpus) {
      pages.push(page);
      han += page.match(HAN)?.length ?? 0;
    }
  }
  return { pages, han };
}

/** Median ms per pass over `pages` for each converter; runs alternate so machine load hits both alike. */
function timeRuns(converters: ((text: string) => string)[], pages: string[]): number[] {
  const times: number[][] = converters.map(() => []);
  for (let run = 0; run <= RUNS; run++) {
    converters.forEach((convert, k) => {
      const start = cpuMs();
      for (const page of pages) convert(page);
      if (run > 0) times[k].push(cpuMs() - start); // run 0 is the warm-up
    });
  }
  return times.map(median);
}

async function bundleSize(contents: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

/** Bundles ours and opencc-js for Node, so start-up is timed without tsx in the way. */
async function bundleForStartup(dir: string): Promise<{ ours: string; plain: string }> {
  const ours = join(dir, 'ours.mjs');
  const plain = join(dir, 'plain.mjs');
  const common = { bundle: true, format: 'esm', platform: 'node', logLevel: 'silent' } as const;
  await build({ ...common, entryPoints: [join(root, 'src/engine/convert/index.ts')], outfile: ours });
  await build({ ...common, stdin: { contents: `export * from 'opencc-js';`, resolveDir: root }, outfile: plain });
  return { ours, plain };
}

/** [import ms, first-use ms] printed by a probe module run in a fresh Node process. */
function probeMs(dir: string, load: string, firstUse: string): [number, number] {
  const file = join(dir, 'probe.mjs');
  writeFileSync(
    file,
    `const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };\n` +
      `const t0 = cpu();\nconst m = await import(${JSON.stringify(load)});\nconst t1 = cpu();\n${firstUse}\n` +
      `console.log(JSON.stringify([t1 - t0, cpu() - t1]));\n`,
  );
  return JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' })) as [number, number];
}

interface Startup {
  importMs: { ours: number; plain: number };
  firstUseMs: { ours: number; plain: number };
}

/**
 * Medians over fresh processes of (a) importing the module and (b) the first
 * conversion, which for opencc-js includes building its converter and for us
 * building the lazy table of that direction.
 */
function startup(dir: string, bundles: { ours: string; plain: string }, target: ScriptTarget): Startup {
  const probe = JSON.stringify(target === 'zh-Hans' ? '發展海澱區' : '发展海淀区');
  const options = JSON.stringify(plainOptions[target]);
  const runs: [number, number][][] = [[], []];
  for (let run = 0; run <= RUNS; run++) {
    const ours = probeMs(dir, bundles.ours, `m.convertScript(${probe}, ${JSON.stringify(target)});`);
    const plain = probeMs(dir, bundles.plain, `m.Converter(${options})(${probe});`);
    if (run > 0) {
      runs[0].push(ours);
      runs[1].push(plain);
    }
  }
  const pick = (k: 0 | 1, part: 0 | 1) => median(runs[k].map((r) => r[part]));
  return {
    importMs: { ours: pick(0, 0), plain: pick(1, 0) },
    firstUseMs: { ours: pick(0, 1), plain: pick(1, 1) },
  };
}

export async function benchConvert(): Promise<Row[]> {
  const rows: Row[] = [];
  const { pages, han } = benchPages();
  for (const target of targets) {
    const [oursMs, plainMs] = timeRuns([(t) => convertScript(t, target), plainOpenccConverter(target)], pages);
    rows.push({ metric: `throughput (${han} Han chars)`, target, ours: han / oursMs, plain: han / plainMs, unit: 'Han chars/ms' });
  }
  const dir = mkdtempSync(join(tmpdir(), 'zhengdu-bench-'));
  try {
    const bundles = await bundleForStartup(dir);
    for (const target of targets) {
      const { importMs, firstUseMs } = startup(dir, bundles, target);
      rows.push({ metric: 'start-up: first call (builds the direction)', target, ...firstUseMs, unit: 'ms' });
      rows.push({ metric: 'start-up: module import (whole module)', target, ...importMs, unit: 'ms' });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const convert = './src/engine/convert';
  const onlyDirections = (...tables: string[]) => `import { PhraseTable } from '${convert}/phrase-table';
    import { ${tables.join(', ')} } from '${convert}/tables';
    import { detectScript } from '${convert}/detect-script';
    export { PhraseTable, detectScript, ${tables.join(', ')} };`;
  rows.push({
    metric: 'min+gzip size: what zh-TW needs (opencc-js: cn2t preset)',
    target: 'zh-TW',
    ours: await bundleSize(onlyDirections('toTaiwan', 'toSimplified')),
    plain: await bundleSize(`export { Converter } from 'opencc-js/cn2t';`),
    unit: 'bytes',
  });
  rows.push({
    metric: 'min+gzip size: what zh-Hans needs (opencc-js: t2cn preset)',
    target: 'zh-Hans',
    ours: await bundleSize(onlyDirections('toSimplified')),
    plain: await bundleSize(`export { Converter } from 'opencc-js/t2cn';`),
    unit: 'bytes',
  });
  rows.push({
    metric: 'min+gzip size: all four targets (opencc-js: full)',
    target: 'all',
    ours: await bundleSize(`export { convertScript, detectScript } from '${convert}';`),
    plain: await bundleSize(`export { Converter } from 'opencc-js';`),
    unit: 'bytes',
  });
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await benchConvert()) {
    const fmt = (n: number) => (r.unit === 'bytes' ? `${(n / 1024).toFixed(1)} KiB` : n.toFixed(1));
    console.log(`${r.metric.padEnd(58)} ${r.target.padEnd(8)} ours ${fmt(r.ours).padStart(10)}   opencc-js ${fmt(r.plain).padStart(10)}  ${r.unit === 'bytes' ? '' : r.unit}`);
  }
}
