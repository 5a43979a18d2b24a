import type { ChromiumSession } from '../../tests/e2e/harness/chromium';
import { benchRoutes, launchWithExtension, launchWithoutExtension, type PlainBrowser } from './browsers';
import { bundlePlainAnnotate } from './bundle-plain';
import { benchHover, type HoverResult } from './hover';
import { WORK_REPORT_URL } from './make-work-report';
import { ordinaryPageFigures } from './ordinary-pages';
import { ALL_MODES } from './send-modes';
import { startUpFigures } from './start-up';
import type { TableRow } from './table';
import { benchFloor, benchOursWholePage, benchPlainApproach } from './whole-page';

export interface PageBenchOptions {
  extensionDir: string;
  /** Measured runs per figure (a warm-up run comes on top). */
  runs: number;
  /** Measured runs of the whole 100,000-character page (each takes tens of seconds here). */
  wholePageRuns: number;
  hovers: number;
  /**
   * Which page figures to run (default all): `ordinary` = figure 1, `start-up` = figure 2, `whole-page` = figures 3–6,
   * `hover` = figure 4 alone (one annotation of the 100k page, then the hovers and the floor's; part of `whole-page`).
   */
  figures?: ReadonlySet<PageFigure>;
}

export type PageFigure = 'ordinary' | 'start-up' | 'whole-page' | 'hover';
const ALL_FIGURES: ReadonlySet<PageFigure> = new Set(['ordinary', 'start-up', 'whole-page']);

/** Every page figure, each against its baseline from the same browser session. */
export async function runPageBenches(options: PageBenchOptions, log: (line: string) => void): Promise<{ rows: TableRow[]; raw: object }> {
  const routes = benchRoutes();
  const session = await launchWithExtension(options.extensionDir, routes);
  const plain = await launchWithoutExtension(routes);
  const rows: TableRow[] = [];
  const raw: Record<string, unknown> = {};
  try {
    const wanted = options.figures ?? ALL_FIGURES;
    for (const [figure, run] of [
      ['ordinary', () => ordinaryPageFigures(session, plain, { extensionDir: options.extensionDir, routes, runs: options.runs }, log)],
      ['start-up', () => startUpFigures(session, plain, options.runs, log)],
    ] as const) {
      if (!wanted.has(figure)) continue;
      const result = await run();
      rows.push(...result.rows);
      Object.assign(raw, result.raw);
    }
    if (!wanted.has('whole-page')) {
      if (wanted.has('hover')) rows.push(...(await hoverOnly(session, plain, options, raw, log)));
      return { rows, raw };
    }

    log('whole page (ours)');
    const ours = await benchOursWholePage(session, plain, WORK_REPORT_URL, options.wholePageRuns);
    // Hover now, on the last annotated tab, and close it: another tab of the same site could share its process (and heap).
    log('hover');
    const hover = await benchHover(ours.annotated.page, ours.annotated.cdp, ours.annotated.world, options.hovers);
    await ours.annotated.page.close();
    raw.hover = hover;
    log('whole page (ours, no glossary)');
    const noGlossary = await benchOursWholePage(session, plain, WORK_REPORT_URL, 1, { ...ALL_MODES, glossary: false });
    await noGlossary.annotated.page.close();
    log('whole page (floor, plain approach)');
    const floor = await benchFloor(plain, WORK_REPORT_URL, ours.final, options.wholePageRuns, options.hovers);
    const plainApproach = await benchPlainApproach(plain, WORK_REPORT_URL, await bundlePlainAnnotate(), options.wholePageRuns);
    const { final: _final, annotated: _annotated, ...oursRaw } = ours;
    const { final: _final2, annotated: _annotated2, ...noGlossaryRaw } = noGlossary;
    raw.wholePage = { ours: oursRaw, noGlossary: noGlossaryRaw, floor, plainApproach };
    for (const [baseline, name] of [[floor, 'floor'], [plainApproach, 'plain']] as const) {
      rows.push(
        { figure: '3', measure: `100k page: wall time until done`, unit: 'ms', ours: ours.wallMs, baseline: baseline.wallMs, baselineName: name },
        { figure: '3', measure: `100k page: script time (ScriptDuration)`, unit: 'ms', ours: ours.scriptMs, baseline: baseline.scriptMs, baselineName: name },
        { figure: '3', measure: `100k page: layout + style time`, unit: 'ms', ours: ours.layoutStyleMs, baseline: baseline.layoutStyleMs, baselineName: name },
        { figure: '3', measure: `100k page: all main-thread tasks (TaskDuration)`, unit: 'ms', ours: ours.taskMs, baseline: baseline.taskMs, baselineName: name },
        { figure: '3', measure: `100k page: long tasks (> 50 ms)`, unit: 'n', ours: ours.longTasks, baseline: baseline.longTasks, baselineName: name, target: '0' },
        { figure: '3', measure: `100k page: longest task`, unit: 'ms', ours: ours.longestTaskMs, baseline: baseline.longestTaskMs, baselineName: name, target: '< 50' },
        { figure: '5', measure: `100k page: JS heap added by the work (after GC)`, unit: 'MB', ours: ours.heapAddedBytes, baseline: baseline.heapAddedBytes, baselineName: name },
      );
    }
    rows.push(
      { figure: '3', measure: '100k page, glossary off (1 run): wall time until done', unit: 'ms', ours: noGlossary.wallMs, baseline: ours.wallMs, baselineName: 'all modes' },
      { figure: '3', measure: '100k page, glossary off (1 run): long tasks / longest', unit: 'n / ms', ours: `${noGlossary.longTasks.median} / ${fmtMedian(noGlossary.longestTaskMs.median)}`, baseline: `${ours.longTasks.median} / ${fmtMedian(ours.longestTaskMs.median)}`, baselineName: 'all modes' },
      { figure: '3', measure: '100k page: set-modes → first screen text', unit: 'ms', ours: ours.firstScreenTextMs, target: '< 100' },
      { figure: '3', measure: '100k page: set-modes → first screen glossary marks', unit: 'ms', ours: ours.firstScreenTermsMs, target: '< 100' },
      { figure: '6b', measure: 'plain approach: loading its 700 KB script', unit: 'ms', ours: plainApproach.loadMs },
      { figure: '5', measure: '100k page, all modes: JS heap over the page without extension', unit: 'MB', ours: ours.heapOverNoExtensionBytes, target: '< 30' },
    );

    rows.push(...hoverRows(hover, floor.hover));
  } finally {
    await plain.close();
    await session.close();
  }
  return { rows, raw };
}

/** Figure 4 alone: the 100k page annotated once, our hovers on it, then the floor page (one run) and its hovers. */
async function hoverOnly(
  session: ChromiumSession,
  plain: PlainBrowser,
  options: PageBenchOptions,
  raw: Record<string, unknown>,
  log: (line: string) => void,
): Promise<TableRow[]> {
  log('hover: annotating the 100k page (1 run)');
  const ours = await benchOursWholePage(session, plain, WORK_REPORT_URL, 1);
  log('hover (ours)');
  const hover = await benchHover(ours.annotated.page, ours.annotated.cdp, ours.annotated.world, options.hovers);
  await ours.annotated.page.close();
  log('hover (floor)');
  const floor = await benchFloor(plain, WORK_REPORT_URL, ours.final, 1, options.hovers);
  raw.hover = hover;
  raw.hoverFloor = floor.hover;
  return hoverRows(hover, floor.hover);
}

function hoverRows(ours: HoverResult, floor: HoverResult): TableRow[] {
  return [
    { figure: '4', measure: `hover → card painted (${ours.hovers} hovers, delay set to 0)`, unit: 'ms', ours: ours.latencyMs, baseline: floor.latencyMs, baselineName: 'floor: fixed box' },
    { figure: '4', measure: 'hover → card painted, p95', unit: 'ms', ours: ours.p95Ms, baseline: floor.p95Ms, baselineName: 'floor' },
    // Where the time goes: before any listener runs (the frame it waits for) vs the frame's own work.
    { figure: '4', measure: 'of which pointer arrival → first pointermove listener', unit: 'ms', ours: ours.queuedMs, baseline: floor.queuedMs, baselineName: 'floor' },
  ];
}

function fmtMedian(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
