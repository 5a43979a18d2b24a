/**
 * `npm run bench`: the engine benchmarks in Node, then the page benchmarks in
 * headless Chromium with the built extension, each against a baseline measured
 * in the same run. Prints one table and writes it, with every run, to
 * artifacts/bench/latest.json. Medians with min–max; warm-up runs excluded.
 *
 *   npm run bench                      # everything
 *   npm run bench -- --page            # page benchmarks only (or --engine)
 *   npm run bench -- --ordinary        # only figure 1 (ordinary pages, with the empty-content-script floor)
 *   npm run bench -- --start-up        # only figure 2 (start-up); the flags combine
 *   npm run bench -- --hover           # only figure 4 (hover → card, with the floor's hover)
 *   npm run bench -- --whole-page      # only figures 3–6 (the 100k page, its hover, floor and plain approach)
 *   ZHENGDU_OUT_DIR=/tmp/out npm run bench   # the build to load (default .output)
 *   BENCH_RUNS=5 BENCH_WHOLE_PAGE_RUNS=2 BENCH_HOVERS=50   # measured runs per figure, hovers
 *   BENCH_HOVER_SETTLE_MS=400          # hover a settled page: pause after scrolling to each term (default 0)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromeExtensionDir } from '../tests/e2e/harness/paths';
import { type PageFigure, runPageBenches } from './page/run-page-benches';
import { renderTable, type TableRow } from './page/table';

const root = fileURLToPath(new URL('..', import.meta.url));
const log = (line: string): void => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Engine benchmarks live beside this file, owned by the engine authors; a missing one is skipped with a note. */
const ENGINE_BENCHES = [
  { file: 'engine-convert.ts', run: 'benchConvert' },
  { file: 'engine-pinyin.ts', run: 'benchPinyin' },
  { file: 'engine-detect.ts', run: 'benchDetect' },
  // Last: it installs the word matcher into pinyin-pro for the rest of the process.
  { file: 'engine-word-matcher.ts', run: 'benchWordMatcher' },
] as const;

/** Flattens a bench's result into rows: arrays of {metric, ours, plain} become ours-vs-plain rows. */
function engineRows(name: string, result: unknown): TableRow[] {
  if (Array.isArray(result)) {
    return result.map((row: Record<string, unknown>) => ({
      figure: 'E',
      measure: `${name}: ${String(row.metric)}${row.target ? ` ${String(row.target)}` : ''}`,
      unit: String(row.unit ?? ''),
      ours: Number(row.ours),
      baseline: typeof row.plain === 'number' ? row.plain : undefined,
      baselineName: 'plain lib',
    }));
  }
  if (result && typeof result === 'object') {
    return Object.entries(result).flatMap(([key, value]) =>
      typeof value === 'number' ? [{ figure: 'E', measure: `${name}: ${key}`, unit: '', ours: value }] : [],
    );
  }
  return [];
}

async function runEngineBenches(): Promise<{ rows: TableRow[]; raw: Record<string, unknown>; notes: string[] }> {
  const rows: TableRow[] = [];
  const raw: Record<string, unknown> = {};
  const notes: string[] = [];
  for (const bench of ENGINE_BENCHES) {
    const file = path.join(root, 'bench', bench.file);
    if (!existsSync(file)) {
      notes.push(`skipped ${bench.file}: not present`);
      continue;
    }
    log(`engine ${bench.file}`);
    const mod = (await import(file)) as Record<string, unknown>;
    const run = mod[bench.run];
    if (typeof run !== 'function') {
      notes.push(`skipped ${bench.file}: it exports no ${bench.run}()`);
      continue;
    }
    const result: unknown = await (run as () => unknown)();
    raw[bench.file] = result;
    rows.push(...engineRows(bench.file.replace(/\.ts$/, ''), result));
  }
  // engine-glossary.ts is a script (it exports nothing): run it and keep what it prints.
  const glossary = path.join(root, 'bench', 'engine-glossary.ts');
  if (existsSync(glossary)) {
    log('engine engine-glossary.ts');
    const out = execFileSync(process.execPath, ['--import', 'tsx', glossary], { cwd: root, encoding: 'utf8' });
    raw['engine-glossary.ts'] = out.trim().split('\n');
    notes.push(...out.trim().split('\n').map((line) => `engine-glossary: ${line}`));
  } else notes.push('skipped engine-glossary.ts: not present');
  return { rows, raw, notes };
}

const args = new Set(process.argv.slice(2));
const chosen = { ordinary: args.has('--ordinary'), startUp: args.has('--start-up'), hover: args.has('--hover'), wholePage: args.has('--whole-page') };
const someChosen = chosen.ordinary || chosen.startUp || chosen.hover || chosen.wholePage;
const wantEngine = !args.has('--page') && !someChosen;
const wantPage = !args.has('--engine');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const wholePageRuns = Number(process.env.BENCH_WHOLE_PAGE_RUNS ?? 2);
const hovers = Number(process.env.BENCH_HOVERS ?? 50);
const started = Date.now();
const load = { cores: cpus().length, loadAverageAtStart: loadavg()[0] };

const engine = wantEngine ? await runEngineBenches() : { rows: [], raw: {}, notes: ['engine benchmarks not run (--page)'] };
const figures = new Set<PageFigure>(someChosen ? [] : ['ordinary', 'start-up', 'whole-page']);
if (chosen.ordinary) figures.add('ordinary');
if (chosen.startUp) figures.add('start-up');
if (chosen.hover) figures.add('hover');
if (chosen.wholePage) figures.add('whole-page');
const page = wantPage ? await runPageBenches({ extensionDir: chromeExtensionDir, runs, wholePageRuns, hovers, figures }, log) : { rows: [], raw: {} };
const rows = [...page.rows, ...engine.rows];
const table = renderTable(rows);
const seconds = (Date.now() - started) / 1000;

console.log(table);
for (const note of engine.notes) console.log(`note: ${note}`);
console.log(
  `\n${runs} measured runs per page figure after 1 warm-up (whole page: ${wholePageRuns}, no warm-up); ${load.cores} cores, load average ${load.loadAverageAtStart.toFixed(1)} at start, ` +
    `${loadavg()[0].toFixed(1)} at end; ${seconds.toFixed(0)} s. Build: ${chromeExtensionDir}`,
);

const outDir = path.join(root, 'artifacts', 'bench');
mkdirSync(outDir, { recursive: true });
// A partial run (--ordinary / --start-up / --hover / --whole-page) must not overwrite the full figures.
writeFileSync(
  path.join(outDir, someChosen ? 'partial.json' : 'latest.json'),
  JSON.stringify({ date: new Date().toISOString(), runs, load: { ...load, loadAverageAtEnd: loadavg()[0] }, seconds, rows, notes: engine.notes, raw: { engine: engine.raw, page: page.raw } }, null, 2),
);
