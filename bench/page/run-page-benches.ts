import { fixtureByFile } from '../../tests/e2e/harness/fixtures';
import { benchRoutes, launchWithExtension, launchWithoutExtension } from './browsers';
import { bundlePlainAnnotate } from './bundle-plain';
import { benchHover } from './hover';
import { benchReaderSplit } from './reader-split';
import { WORK_REPORT_URL } from './make-work-report';
import { benchOrdinaryPage, contentScriptSize, ORDINARY_PAGES } from './ordinary-pages';
import { ALL_MODES, DEFAULT_DETECTED_MODES } from './send-modes';
import { benchStartUp } from './start-up';
import type { TableRow } from './table';
import { benchFloor, benchOursWholePage, benchPlainApproach } from './whole-page';

export interface PageBenchOptions {
  extensionDir: string;
  /** Measured runs per figure (a warm-up run comes on top). */
  runs: number;
  /** Measured runs of the whole 100,000-character page (each takes tens of seconds here). */
  wholePageRuns: number;
  hovers: number;
}

const START_UP_PAGE = fixtureByFile('haidian-work-report-2024.html').url;

/** Every page figure, each against its baseline from the same browser session. */
export async function runPageBenches(options: PageBenchOptions, log: (line: string) => void): Promise<{ rows: TableRow[]; raw: object }> {
  const routes = benchRoutes();
  const session = await launchWithExtension(options.extensionDir, routes);
  const plain = await launchWithoutExtension(routes);
  const rows: TableRow[] = [];
  const raw: Record<string, unknown> = {};
  try {
    const size = contentScriptSize(options.extensionDir);
    raw.contentScript = size;
    rows.push({ figure: '1', measure: 'content.js size (gzip)', unit: 'KB', ours: `${(size.bytes / 1024).toFixed(1)} (${(size.gzip / 1024).toFixed(1)})`, target: '< 20' });
    for (const url of ORDINARY_PAGES) {
      log(`ordinary page ${url}`);
      const r = await benchOrdinaryPage(session, plain, url, options.runs);
      raw[`ordinary:${r.page}`] = r;
      rows.push(
        { figure: '1', measure: `${r.page}: script time added (ScriptDuration, paired runs)`, unit: 'ms', ours: r.scriptMs.added, target: '< 1' },
        { figure: '1', measure: `${r.page}: ScriptDuration of the load`, unit: 'ms', ours: r.scriptMs.ours, baseline: r.scriptMs.baseline, baselineName: 'no ext.' },
        { figure: '1', measure: `${r.page}: content.js script time in trace`, unit: 'ms', ours: r.contentScriptTraceMs, target: '< 1' },
        { figure: '1', measure: `${r.page}: JS heap added (isolate, after GC)`, unit: 'MB', ours: r.heapBytes.added, target: '< 0.5' },
        { figure: '1', measure: `${r.page}: reader.js loaded`, unit: '', ours: r.readerLoaded ? 'YES (defect)' : 'no' },
      );
    }

    for (const [name, modes] of [['default (glossary)', DEFAULT_DETECTED_MODES], ['all modes (zh-TW+pinyin+glossary)', ALL_MODES]] as const) {
      log(`start-up ${name}`);
      const r = await benchStartUp(session, START_UP_PAGE, modes, options.runs);
      raw[`startUp:${name}`] = r;
      rows.push(
        ...(modes.pinyin || modes.script !== 'original'
          ? [{ figure: '2', measure: `start-up ${name}: set-modes → first screen text (${r.screenNodes} nodes)`, unit: 'ms', ours: r.firstScreenTextMs, target: '< 100' }]
          : []),
        { figure: '2', measure: `start-up ${name}: set-modes → first screen glossary marks`, unit: 'ms', ours: r.firstScreenTermsMs, target: '< 100' },
        { figure: '2', measure: `  set-modes → reader.js evaluated`, unit: 'ms', ours: r.readerEvaluatedMs },
        { figure: '2', measure: `  reader.js parse + compile + top level (trace EvaluateScript)`, unit: 'ms', ours: r.evaluateMs },
        { figure: '2', measure: `  createReader (words, matcher, page modes)`, unit: 'ms', ours: r.createReaderMs },
        { figure: '2', measure: `  set-modes → all done (work report 2024, real page)`, unit: 'ms', ours: r.idleMs },
        { figure: '2', measure: `  long tasks / longest`, unit: 'n / ms', ours: `${fmtMedian(r.longTasks.median)} / ${fmtMedian(r.longestTaskMs.median)} [max ${fmtMedian(r.longestTaskMs.max)}]`, target: '0 / < 50' },
      );
    }

    log('reader bundle split options');
    const split = await benchReaderSplit(plain, options.runs);
    raw.readerSplit = split;
    for (const variant of split) {
      rows.push({
        figure: '2',
        measure: `reader bundle "${variant.name}" (${(variant.bytes / 1024).toFixed(0)} KB): parse+compile+top level, no ext. page`,
        unit: 'ms',
        ours: variant.loadMs,
        baseline: variant === split[0] ? undefined : split[0].loadMs,
        baselineName: variant === split[0] ? undefined : 'all',
      });
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

    rows.push(
      { figure: '4', measure: `hover → card painted (${hover.hovers} hovers, delay set to 0)`, unit: 'ms', ours: hover.latencyMs, baseline: floor.hover.latencyMs, baselineName: 'floor: fixed box' },
      { figure: '4', measure: 'hover → card painted, p95', unit: 'ms', ours: hover.p95Ms, baseline: floor.hover.p95Ms, baselineName: 'floor' },
    );
  } finally {
    await plain.close();
    await session.close();
  }
  return { rows, raw };
}

function fmtMedian(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
