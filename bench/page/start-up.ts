import type { ChromiumSession } from '../../tests/e2e/harness/chromium';
import { fixtureByFile } from '../../tests/e2e/harness/fixtures';
import { needsEngine, type Modes } from '../../src/shared/modes';
import { tabIdOf, type PlainBrowser } from './browsers';
import { LONG_TASK_REPORT_MS, longTasksSince, scriptTimeByUrl, traced } from './cdp';
import { armFirstScreen, readFirstScreen } from './first-screen';
import { benchReaderSplit } from './reader-split';
import { ALL_MODES, DEFAULT_DETECTED_MODES, primeHarness, readerMarks, sendModes } from './send-modes';
import { field, repeat, type Sample } from './stats';
import type { TableRow } from './table';

/** A real work report of about 9,000 characters, the page figure 2 is measured on. */
export const START_UP_PAGE = fixtureByFile('haidian-work-report-2024.html').url;

export interface StartUpResult {
  modes: Modes;
  /** On-screen Han text nodes the first screen had to cover. */
  screenNodes: number;
  /** set-modes sent → on-screen text converted and in ruby; → on-screen glossary marks live. */
  firstScreenTextMs: Sample;
  firstScreenTermsMs: Sample;
  /** set-modes sent → reader.js evaluated (message, load-reader round trip, injection, compile, top-level run). */
  readerEvaluatedMs: Sample;
  /** createReader: glossary readings registered, term matcher built, page modes created. */
  createReaderMs: Sample;
  /** Trace: reader.js's EvaluateScript — parse, compile and its top-level run (tables, glossary JSON, createReader). */
  evaluateMs: Sample;
  /** set-modes → the reader's first texts sent to the background's engine, → its answer in hand; NaN without engine modes. */
  engineAskedMs: Sample;
  engineAnsweredMs: Sample;
  /**
   * The same first screen in the run before the measured ones (the warm-up, excluded from the
   * samples): the first run of the session, where the background loads the engine on the way.
   */
  coldFirstScreenTextMs: number;
  coldEngineAnsweredMs: number;
  /** set-modes sent → all work done (the reader's idle mark). */
  idleMs: Sample;
  longTasks: Sample;
  longestTaskMs: Sample;
}

const isReader = (url: string): boolean => url.startsWith('chrome-extension://') && url.endsWith('/reader.js');

/** Fresh tab per run, so every run pays for injecting the reader. */
export async function benchStartUp(session: ChromiumSession, url: string, modes: Modes, runs: number): Promise<StartUpResult> {
  let screenNodes = 0;
  const all: Array<{ firstText: number; engineAnswered: number }> = [];
  const results = await repeat(runs, 1, async () => {
    const page = await session.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(session, url);
    const cdp = await session.context.newCDPSession(page);
    screenNodes = await armFirstScreen(page, modes);
    await primeHarness(page);
    const since = await page.evaluate(() => performance.now());
    const { result, events } = await traced(cdp, async () => {
      const sent = await sendModes(session, tabId, modes);
      const marks = await readerMarks(page, sent, 'idle');
      return { sent, first: await readFirstScreen(page), marks };
    });
    await page.waitForTimeout(LONG_TASK_REPORT_MS);
    const tasks = await longTasksSince(page, since);
    await page.close();
    const reader = scriptTimeByUrl(events, isReader);
    const { sent, first, marks } = result;
    const after = (mark: string): number => (marks[mark] ?? NaN) - sent;
    const measured = {
      firstText: first.text - sent,
      firstTerms: first.terms - sent,
      evaluated: marks.evaluated - sent,
      created: marks.created - marks.evaluated,
      idle: marks.idle - sent,
      evaluate: reader.EvaluateScript ?? 0,
      engineAsked: after('engine-asked'),
      engineAnswered: after('engine-answered'),
      longTasks: tasks.length,
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
    };
    all.push(measured);
    return measured;
  });
  return {
    modes,
    screenNodes,
    firstScreenTextMs: field(results, (r) => r.firstText),
    firstScreenTermsMs: field(results, (r) => r.firstTerms),
    readerEvaluatedMs: field(results, (r) => r.evaluated),
    createReaderMs: field(results, (r) => r.created),
    evaluateMs: field(results, (r) => r.evaluate),
    idleMs: field(results, (r) => r.idle),
    engineAskedMs: field(results, (r) => r.engineAsked),
    engineAnsweredMs: field(results, (r) => r.engineAnswered),
    coldFirstScreenTextMs: all[0]?.firstText ?? NaN,
    coldEngineAnsweredMs: all[0]?.engineAnswered ?? NaN,
    longTasks: field(results, (r) => r.longTasks),
    longestTaskMs: field(results, (r) => r.longest),
  };
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Figure 2's rows for one set of modes. */
export function startUpRows(name: string, r: StartUpResult): TableRow[] {
  return [
    ...(r.modes.pinyin || r.modes.script !== 'original'
      ? [{ figure: '2', measure: `start-up ${name}: set-modes → first screen text (${r.screenNodes} nodes)`, unit: 'ms', ours: r.firstScreenTextMs, target: '< 100' }]
      : []),
    { figure: '2', measure: `start-up ${name}: set-modes → first screen glossary marks`, unit: 'ms', ours: r.firstScreenTermsMs, target: '< 100' },
    { figure: '2', measure: `  set-modes → reader.js evaluated`, unit: 'ms', ours: r.readerEvaluatedMs },
    { figure: '2', measure: `  reader.js parse + compile + top level (trace EvaluateScript)`, unit: 'ms', ours: r.evaluateMs },
    { figure: '2', measure: `  createReader (words, matcher, page modes)`, unit: 'ms', ours: r.createReaderMs },
    ...(needsEngine(r.modes)
      ? [
          { figure: '2', measure: `  set-modes → first texts sent to the background's engine`, unit: 'ms', ours: r.engineAskedMs },
          { figure: '2', measure: `  set-modes → the engine's first answer in hand (engine warm)`, unit: 'ms', ours: r.engineAnsweredMs },
          {
            figure: '2',
            measure: `  first run of the session (engine cold, loaded in the background on the way): first screen text / first answer`,
            unit: 'ms',
            ours: `${fmt(r.coldFirstScreenTextMs)} / ${fmt(r.coldEngineAnsweredMs)}`,
          },
        ]
      : []),
    { figure: '2', measure: `  set-modes → all done (work report 2024, real page)`, unit: 'ms', ours: r.idleMs },
    { figure: '2', measure: `  long tasks / longest`, unit: 'n / ms', ours: `${fmt(r.longTasks.median)} / ${fmt(r.longestTaskMs.median)} [max ${fmt(r.longestTaskMs.max)}]`, target: '0 / < 50' },
  ];
}

/** All of figure 2: both sets of modes on the work report, and the bundle-split options. */
export async function startUpFigures(
  session: ChromiumSession,
  plain: PlainBrowser,
  runs: number,
  log: (line: string) => void,
): Promise<{ rows: TableRow[]; raw: Record<string, unknown> }> {
  const rows: TableRow[] = [];
  const raw: Record<string, unknown> = {};
  for (const [name, modes] of [['default (glossary)', DEFAULT_DETECTED_MODES], ['all modes (zh-TW+pinyin+glossary)', ALL_MODES]] as const) {
    log(`start-up ${name}`);
    const r = await benchStartUp(session, START_UP_PAGE, modes, runs);
    raw[`startUp:${name}`] = r;
    rows.push(...startUpRows(name, r));
  }
  log('reader bundle split options');
  const split = await benchReaderSplit(plain, runs);
  raw.readerSplit = split;
  const pinyinShipped = split.find((v) => v.name === 'pinyin part (shipped)');
  for (const variant of split) {
    const isEngine = Number.isFinite(variant.firstUseMs.median);
    // The pinyin options against what ships.
    const base = variant.name.startsWith('pinyin part:') ? pinyinShipped : undefined;
    rows.push({
      figure: '2',
      measure: `bundle "${variant.name}" (${(variant.bytes / 1024).toFixed(0)} KB): parse+compile+top level, no ext. page`,
      unit: 'ms',
      ours: variant.loadMs,
      baseline: base?.loadMs,
      baselineName: base ? 'pinyin shipped' : undefined,
    });
    if (isEngine) {
      rows.push({
        figure: '2',
        measure: `bundle "${variant.name}": first use (${variant.name.startsWith('convert') ? 'zh-TW tables + a paragraph' : 'first reading of a paragraph'})`,
        unit: 'ms',
        ours: variant.firstUseMs,
        baseline: base?.firstUseMs,
        baselineName: base ? 'pinyin shipped' : undefined,
      });
    }
  }
  return { rows, raw };
}
