import type { ChromiumSession } from '../../tests/e2e/harness/chromium';
import type { Modes } from '../../src/shared/modes';
import type { CDPSession, Page } from 'playwright-core';
import { STYLE_ATTR } from '../../src/dom/markers';
import { tabIdOf, type PlainBrowser, openMeasured } from './browsers';
import { getMetrics, heapAfterGc, LONG_TASK_REPORT_MS, longTasksSince, mainThreadMs } from './cdp';
import { armFirstScreen, readFirstScreen } from './first-screen';
import { benchHoverFloor, HOVER_PROBE, type HoverResult } from './hover';
import { extensionWorld, inWorld } from '../../tests/e2e/harness/extension-world';
import { ALL_MODES, primeHarness, readerMarks, sendModes } from './send-modes';
import { field, repeat, type Sample } from './stats';

/** What one way of annotating the whole page cost (ours, the floor, or the plain approach). */
export interface PageWork {
  /** Until the work is done: ours until the reader's idle mark, the others until their synchronous run returned. */
  wallMs: Sample;
  /** CDP ScriptDuration, LayoutDuration + RecalcStyleDuration, and TaskDuration over the work. */
  scriptMs: Sample;
  layoutStyleMs: Sample;
  taskMs: Sample;
  longTasks: Sample;
  longestTaskMs: Sample;
  /** JS heap after GC, added by the work (over the same tab before it). */
  heapAddedBytes: Sample;
}

export interface OursWholePage extends PageWork {
  /** set-modes → on-screen text converted and in ruby; → on-screen glossary marks live. */
  firstScreenTextMs: Sample;
  firstScreenTermsMs: Sample;
  /** JS heap after GC with all modes on, over the same page in a browser without the extension. */
  heapOverNoExtensionBytes: Sample;
  /** The annotated page, for the floor baseline: body markup and our stylesheet. */
  final: FinalDom;
  /** The last run's tab, left open and annotated, with the hover probe in our world. Close it. */
  annotated: { page: Page; cdp: CDPSession; world: number };
}

export interface FinalDom {
  body: string;
  styles: string;
}

interface WorkRun {
  wall: number;
  script: number;
  layoutStyle: number;
  task: number;
  longTasks: number;
  longest: number;
  heapAdded: number;
}

function summarizeWork<T extends WorkRun>(runs: T[]): PageWork {
  return {
    wallMs: field(runs, (r) => r.wall),
    scriptMs: field(runs, (r) => r.script),
    layoutStyleMs: field(runs, (r) => r.layoutStyle),
    taskMs: field(runs, (r) => r.task),
    longTasks: field(runs, (r) => r.longTasks),
    longestTaskMs: field(runs, (r) => r.longest),
    heapAddedBytes: field(runs, (r) => r.heapAdded),
  };
}

/** Runs `work` in a freshly loaded page and measures it; `work` returns its own wall time. */
async function measureWork(page: Page, cdp: CDPSession, work: () => Promise<number>): Promise<WorkRun> {
  const heapBefore = await heapAfterGc(cdp);
  const since = await page.evaluate(() => performance.now());
  const before = await getMetrics(cdp);
  const wall = await work();
  const thread = mainThreadMs(before, await getMetrics(cdp));
  await page.waitForTimeout(LONG_TASK_REPORT_MS);
  const tasks = await longTasksSince(page, since);
  return {
    wall,
    script: thread.script,
    layoutStyle: thread.layoutStyle,
    task: thread.task,
    longTasks: tasks.length,
    longest: Math.max(0, ...tasks.map((t) => t.duration)),
    heapAdded: (await heapAfterGc(cdp)) - heapBefore,
  };
}

/**
 * The work report in the extension's browser, by default with pinyin, zh-TW
 * conversion and glossary. No warm-up run of its own (one takes tens of seconds on this machine):
 * the start-up runs before it have already loaded and run the reader.
 */
export async function benchOursWholePage(
  session: ChromiumSession,
  plain: PlainBrowser,
  url: string,
  runs: number,
  modes: Modes = ALL_MODES,
): Promise<OursWholePage> {
  let final: FinalDom = { body: '', styles: '' };
  const kept: { annotated?: OursWholePage['annotated'] } = {};
  const results = await repeat(runs, 0, async (index) => {
    const { page, cdp } = await openMeasured(session.context, url);
    const tabId = await tabIdOf(session, url);
    const world = await extensionWorld(cdp);
    await inWorld(cdp, world, HOVER_PROBE);
    let first = { text: NaN, terms: NaN };
    // The harness's own work (finding the on-screen nodes, Playwright's injected script) before the timing starts.
    await armFirstScreen(page, modes);
    await primeHarness(page);
    const run = await measureWork(page, cdp, async () => {
      const sent = await sendModes(session, tabId, modes);
      const marks = await readerMarks(page, sent, 'idle');
      const screen = await readFirstScreen(page);
      first = { text: screen.text - sent, terms: screen.terms - sent };
      return marks.idle - sent;
    });
    const heapWithModes = await heapAfterGc(cdp);
    final = await page.evaluate((attr) => ({
      body: document.body.innerHTML,
      styles: [...document.querySelectorAll(`style[${attr}]`)].map((s) => s.outerHTML).join(''),
    }), STYLE_ATTR);
    if (index === runs - 1) kept.annotated = { page, cdp, world };
    else await page.close();
    const bare = await openMeasured(plain.context, url);
    const heapBare = await heapAfterGc(bare.cdp);
    await bare.page.close();
    return { ...run, first, heapOver: heapWithModes - heapBare };
  });
  if (!kept.annotated) throw new Error('the whole-page benchmark needs at least one run');
  return {
    ...summarizeWork(results),
    firstScreenTextMs: field(results, (r) => r.first.text),
    firstScreenTermsMs: field(results, (r) => r.first.terms),
    heapOverNoExtensionBytes: field(results, (r) => r.heapOver),
    final,
    annotated: kept.annotated,
  };
}

/** A synchronous run is one task by construction, whatever the long-task observer delivered in time. */
function asOneTask(run: WorkRun): WorkRun {
  const longest = Math.max(run.longest, run.wall);
  return { ...run, longest, longTasks: Math.max(run.longTasks, longest > 50 ? 1 : 0) };
}

/**
 * Floor: the final DOM set in one go (one parse, one style and layout pass) on a
 * fresh copy of the page without the extension — no engine, no scheduling.
 */
export async function benchFloor(
  plain: PlainBrowser,
  url: string,
  final: FinalDom,
  runs: number,
  hovers: number,
): Promise<PageWork & { hover: HoverResult }> {
  const kept: { hover?: HoverResult } = {};
  const results = await repeat(runs, 1, async (index) => {
    const { page, cdp } = await openMeasured(plain.context, url);
    const run = await measureWork(page, cdp, () =>
      page.evaluate((dom) => {
        const start = performance.now();
        document.head.insertAdjacentHTML('beforeend', dom.styles);
        // Benchmark only: the markup is the page's own, taken from our annotated copy of it.
        document.body.innerHTML = dom.body;
        void document.body.offsetHeight;
        return performance.now() - start;
      }, final),
    );
    if (index === runs) kept.hover = await benchHoverFloor(page, hovers);
    await page.close();
    return asOneTask(run);
  });
  if (!kept.hover) throw new Error('the floor benchmark needs at least one run');
  return { ...summarizeWork(results), hover: kept.hover };
}

export interface PlainApproach extends PageWork {
  /** Adding the 700 KB script: parse, compile and run its top level. */
  loadMs: Sample;
}

/** The plain approach (plain-annotate.ts) on a fresh copy of the page without the extension. */
export async function benchPlainApproach(plain: PlainBrowser, url: string, bundle: string, runs: number): Promise<PlainApproach> {
  let load: number[] = [];
  const results = await repeat(runs, 1, async (index) => {
    const { page, cdp } = await openMeasured(plain.context, url);
    let loadMs = 0;
    const run = await measureWork(page, cdp, async () => {
      const times = await page.evaluate((code) => {
        const start = performance.now();
        const script = document.createElement('script');
        script.textContent = code;
        document.head.append(script);
        const loaded = performance.now();
        (window as unknown as { plainAnnotate(): void }).plainAnnotate();
        void document.body.offsetHeight;
        return { load: loaded - start, total: performance.now() - start };
      }, bundle);
      loadMs = times.load;
      return times.total;
    });
    if (index > 0) load = [...load, loadMs];
    await page.close();
    return asOneTask(run);
  });
  return { ...summarizeWork(results), loadMs: field(load, (x) => x) };
}
