import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import type { ChromiumSession } from '../../tests/e2e/harness/chromium';
import { fixtureByFile } from '../../tests/e2e/harness/fixtures';
import { alwaysOnScript, chromeExtensionDir } from '../../tests/e2e/harness/paths';
import { JAPANESE_URL, launchWithExtension, tabIdOf, type PlainBrowser } from './browsers';
import { getMetrics, heapAfterGc, mainThreadMs, scriptTimeByUrl, traced, type TraceEvent } from './cdp';
import { field, repeat, summarize, type Sample } from './stats';
import type { TableRow } from './table';

/** After the content script has reported, how long we let the page settle before reading metrics. */
const SETTLE_MS = 300;

/** One browser's figures for a page: ScriptDuration of the load and JS heap after GC. */
interface Loaded {
  scriptMs: Sample;
  heapBytes: Sample;
}

export interface OrdinaryPageResult {
  page: string;
  /** CDP ScriptDuration of the whole load, with and without the extension, and the per-run difference. */
  scriptMs: { ours: Sample; baseline: Sample; added: Sample };
  /** Script time the trace attributes to content.js (outermost events only). */
  contentScriptTraceMs: Sample;
  heapBytes: { ours: Sample; baseline: Sample; added: Sample };
  /** reader.js must not be loaded: tab state says so and the trace holds no reader.js script event. */
  readerLoaded: boolean;
  /** Where content.js spent its time in the last run, by trace event (compile, evaluate, callbacks). */
  contentScriptEvents: Record<string, number>;
  /**
   * Floors, when measured: the same Chromium with a stand-in extension whose
   * content script has the same matches, frames and run_at (see FLOORS).
   */
  floors: FloorResult[];
  /** Our content.js by trace event, medians over the runs (nested compile/run included; see traceBreakdown). */
  contentScriptEventsByRun: Record<string, Sample>;
}

export interface FloorResult {
  name: string;
  loaded: Loaded;
  /** Floor minus no extension, per run. */
  added: Sample;
  /** Ours minus the floor, per run: what is ours beyond it. */
  oursOver: Sample;
  heapOursOver: Sample;
  /** The floor's content.js by trace event, medians over the runs. */
  scriptEvents: Record<string, Sample>;
}

/** A stand-in content script: what any content script, or any that does our job at all, costs. */
export interface Floor {
  name: string;
  content: string;
}

export const FLOORS: Floor[] = [
  { name: 'empty content script', content: '' },
  {
    // A gate that reads some of the page's text and decides, touching no extension API.
    name: 'reads some page text, no extension API',
    content: "void (document.title + (document.body ? document.body.textContent.slice(0, 2000) : '')).match(/[\\u4e00-\\u9fff]/g);\n",
  },
  {
    // What the always-on script cannot do without: read the page (the first
    // element wrapper instantiates the DOM bindings of the isolated world) and
    // talk to the background (the extension API bindings).
    name: 'reads the body, reports once, listens',
    content:
      'chrome.runtime.onMessage.addListener(() => false);\n' +
      "void chrome.runtime.sendMessage({ type: 'floor-report', body: document.body !== null, top: window === window.top, url: location.href });\n",
  },
];

interface Run {
  scriptMs: number;
  heap: number;
  contentMs: number;
  contentEvents: Record<string, number>;
  /** content.js time by event name, nested events too: EvaluateScript holds v8.compile and the top-level run. */
  contentBreakdown: Record<string, number>;
  readerEvents: number;
}

/** Trace events whose time shows where a script's cost goes. */
const BREAKDOWN_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.run', 'FunctionCall', 'v8.callFunction']);

/** Milliseconds per event name for one script, nested events included (unlike scriptTimeByUrl). */
function traceBreakdown(events: TraceEvent[], match: (url: string) => boolean): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || !BREAKDOWN_EVENTS.has(e.name) || !match(e.args?.data?.url ?? '')) continue;
    out[e.name] = (out[e.name] ?? 0) + e.dur / 1000;
  }
  return out;
}

/** Where a floor's script is written; a trace event is a content script's when it is the floor's or our always-on script. */
const FLOOR_SCRIPT = 'content-scripts/content.js';
let ourScript: string | undefined;
const isContentScript = (u: string): boolean => {
  ourScript ??= `/${alwaysOnScript(chromeExtensionDir)}`;
  return u.startsWith('chrome-extension://') && (u.endsWith(`/${FLOOR_SCRIPT}`) || u.endsWith(ourScript));
};

/** Loads `url` in a new tab and measures it; `afterwards` runs once the figures are taken (its messages are not counted). */
async function loadOnce(
  context: BrowserContext,
  url: string,
  whenReported: () => Promise<void>,
  afterwards: () => Promise<void> = async () => undefined,
): Promise<Run> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await getMetrics(cdp);
  const { events } = await traced(cdp, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await whenReported();
    await page.waitForTimeout(SETTLE_MS);
  });
  const script = mainThreadMs(before, await getMetrics(cdp)).script;
  const heap = await heapAfterGc(cdp);
  await afterwards();
  await page.close();
  const content = scriptTimeByUrl(events, isContentScript);
  const reader = scriptTimeByUrl(events, (u) => u.startsWith('chrome-extension://') && u.endsWith('/reader.js'));
  return {
    scriptMs: script,
    heap,
    contentMs: Object.values(content).reduce((a, b) => a + b, 0),
    contentEvents: content,
    contentBreakdown: traceBreakdown(events, isContentScript),
    readerEvents: Object.keys(reader).length,
  };
}

/** Per trace-event name, the median over runs (a run without the event counts 0). */
function eventsByName(runs: Array<Record<string, number>>): Record<string, Sample> {
  const names = new Set(runs.flatMap((r) => Object.keys(r)));
  return Object.fromEntries([...names].sort().map((name) => [name, summarize(runs.map((r) => r[name] ?? 0))]));
}

export async function benchOrdinaryPage(
  session: ChromiumSession,
  plain: PlainBrowser,
  label: string,
  url: string,
  runs: number,
  floors: Array<{ name: string; session: ChromiumSession }> = [],
): Promise<OrdinaryPageResult> {
  let readerLoaded = false;
  // Each run loads the page in every browser back to back, so load changes on the machine hit all of them.
  const sets = await repeat(runs, 1, async () => {
    let tabId = 0;
    const ours = await loadOnce(
      session.context,
      url,
      async () => {
        tabId = await tabIdOf(session, url, { reported: false });
      },
      async () => {
        // No answer: the always-on script left the page alone (src/content/gate.ts), so no reader either.
        const state = await session.pageState(tabId).catch(() => null);
        if (state?.readerLoaded) readerLoaded = true;
      },
    );
    if (ours.readerEvents > 0) readerLoaded = true;
    const baseline = await loadOnce(plain.context, url, async () => undefined);
    const floorRuns: Run[] = [];
    for (const floor of floors) floorRuns.push(await loadOnce(floor.session.context, url, async () => undefined));
    return { ours, baseline, floorRuns };
  });
  return {
    page: `${label} (${new URL(url).hostname})`,
    scriptMs: {
      ours: field(sets, (p) => p.ours.scriptMs),
      baseline: field(sets, (p) => p.baseline.scriptMs),
      added: field(sets, (p) => p.ours.scriptMs - p.baseline.scriptMs),
    },
    contentScriptTraceMs: field(sets, (p) => p.ours.contentMs),
    heapBytes: {
      ours: field(sets, (p) => p.ours.heap),
      baseline: field(sets, (p) => p.baseline.heap),
      added: field(sets, (p) => p.ours.heap - p.baseline.heap),
    },
    readerLoaded,
    contentScriptEvents: sets[sets.length - 1].ours.contentEvents,
    contentScriptEventsByRun: eventsByName(sets.map((s) => s.ours.contentBreakdown)),
    floors: floors.map(({ name }, i) => ({
      name,
      loaded: { scriptMs: field(sets, (p) => p.floorRuns[i].scriptMs), heapBytes: field(sets, (p) => p.floorRuns[i].heap) },
      added: field(sets, (p) => p.floorRuns[i].scriptMs - p.baseline.scriptMs),
      oursOver: field(sets, (p) => p.ours.scriptMs - p.floorRuns[i].scriptMs),
      heapOursOver: field(sets, (p) => p.ours.heap - p.floorRuns[i].heap),
      scriptEvents: eventsByName(sets.map((p) => p.floorRuns[i].contentBreakdown)),
    })),
  };
}

/** The pages figure 1 is measured on, each with the name its rows carry. */
export const ORDINARY_PAGES: ReadonlyArray<{ label: string; url: string }> = [
  { label: 'English', url: fixtureByFile('english-policy-explainer.html').url },
  { label: 'Japanese', url: JAPANESE_URL },
  // Ordinary pages embed ads, players and widgets; each frame runs the always-on script.
  { label: 'English, 2 frames', url: fixtureByFile('english-with-frames.html').url },
];

/** The always-on script as shipped, and gzipped. */
export function contentScriptSize(extensionDir: string): { bytes: number; gzip: number } {
  const file = path.join(extensionDir, alwaysOnScript(extensionDir));
  return { bytes: statSync(file).size, gzip: gzipSync(readFileSync(file)).length };
}

/**
 * Writes a floor extension: our built manifest's content-script entries
 * (matches, all_frames, match_about_blank, run_at) pointing at the floor's
 * script, a service worker that answers every message, and the storage
 * permission, so the bench's launcher (which reads and writes settings through
 * the worker) treats it like ours.
 */
export function writeFloorExtension(ourExtensionDir: string, floor: Floor): string {
  const manifest = JSON.parse(readFileSync(path.join(ourExtensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<Record<string, unknown>>;
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'zhengdu-floor-ext-'));
  mkdirSync(path.join(dir, 'content-scripts'));
  writeFileSync(path.join(dir, FLOOR_SCRIPT), floor.content);
  writeFileSync(path.join(dir, 'background.js'), 'chrome.runtime.onMessage.addListener((_m, _s, reply) => reply(null));\n');
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: `floor: ${floor.name}`,
      version: '1.0.0',
      permissions: ['storage'],
      background: { service_worker: 'background.js' },
      content_scripts: manifest.content_scripts.map((entry) => ({ ...entry, js: [FLOOR_SCRIPT] })),
    }),
  );
  return dir;
}

/** A floor extension, launched the same way as ours; close() also removes its folder. */
export async function launchFloorExtension(ourExtensionDir: string, floor: Floor, routes: Record<string, string>): Promise<ChromiumSession> {
  const dir = writeFloorExtension(ourExtensionDir, floor);
  const session = await launchWithExtension(dir, routes);
  return {
    ...session,
    async close() {
      await session.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const fmtEvents = (events: Record<string, Sample>): string =>
  Object.entries(events)
    .map(([name, s]) => `${name} ${s.median.toFixed(2)}`)
    .join(', ') || 'none';

/** Figure 1's rows for one page: ours vs the empty-script floor vs no extension, and where ours goes. */
export function ordinaryPageRows(r: OrdinaryPageResult): TableRow[] {
  const rows: TableRow[] = [
    { figure: '1', measure: `${r.page}: script time added (ScriptDuration, paired runs)`, unit: 'ms', ours: r.scriptMs.added, target: '< 1' },
    { figure: '1', measure: `${r.page}: ScriptDuration of the load`, unit: 'ms', ours: r.scriptMs.ours, baseline: r.scriptMs.baseline, baselineName: 'no ext.' },
  ];
  for (const floor of r.floors) {
    rows.push(
      { figure: '1', measure: `${r.page}: floor "${floor.name}": script time added`, unit: 'ms', ours: floor.added, baseline: r.scriptMs.added, baselineName: 'ours' },
      { figure: '1', measure: `${r.page}: ours over floor "${floor.name}"`, unit: 'ms', ours: floor.oursOver },
      { figure: '1', measure: `${r.page}: JS heap, ours over floor "${floor.name}"`, unit: 'MB', ours: floor.heapOursOver },
      { figure: '1', measure: `${r.page}: floor "${floor.name}": content.js trace (ms)`, unit: '', ours: fmtEvents(floor.scriptEvents) },
    );
  }
  rows.push(
    { figure: '1', measure: `${r.page}: content.js script time in trace`, unit: 'ms', ours: r.contentScriptTraceMs, target: '< 1' },
    { figure: '1', measure: `${r.page}: content.js trace (ms, medians; compile/run nest in EvaluateScript)`, unit: '', ours: fmtEvents(r.contentScriptEventsByRun) },
    { figure: '1', measure: `${r.page}: JS heap added (isolate, after GC)`, unit: 'MB', ours: r.heapBytes.added, target: '< 0.5' },
    { figure: '1', measure: `${r.page}: reader.js loaded`, unit: '', ours: r.readerLoaded ? 'YES (defect)' : 'no' },
  );
  return rows;
}

/** All of figure 1, with the floors launched (and closed) here. */
export async function ordinaryPageFigures(
  session: ChromiumSession,
  plain: PlainBrowser,
  options: { extensionDir: string; routes: Record<string, string>; runs: number },
  log: (line: string) => void,
): Promise<{ rows: TableRow[]; raw: Record<string, unknown> }> {
  const size = contentScriptSize(options.extensionDir);
  const rows: TableRow[] = [
    { figure: '1', measure: 'content.js size (gzip)', unit: 'KB', ours: `${(size.bytes / 1024).toFixed(1)} (${(size.gzip / 1024).toFixed(1)})`, target: '< 20' },
  ];
  const raw: Record<string, unknown> = { contentScript: size };
  const floors: Array<{ name: string; session: ChromiumSession }> = [];
  try {
    for (const floor of FLOORS) floors.push({ name: floor.name, session: await launchFloorExtension(options.extensionDir, floor, options.routes) });
    for (const { label, url } of ORDINARY_PAGES) {
      log(`ordinary page ${url} (ours, ${FLOORS.length} floors, no extension)`);
      const r = await benchOrdinaryPage(session, plain, label, url, options.runs, floors);
      raw[`ordinary:${r.page}`] = r;
      rows.push(...ordinaryPageRows(r));
    }
  } finally {
    for (const floor of floors) await floor.session.close();
  }
  return { rows, raw };
}
