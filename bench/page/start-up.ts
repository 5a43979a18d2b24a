import type { ChromiumSession } from '../../tests/e2e/harness/chromium';
import type { Modes } from '../../src/shared/modes';
import { tabIdOf } from './browsers';
import { LONG_TASK_REPORT_MS, longTasksSince, scriptTimeByUrl, traced } from './cdp';
import { armFirstScreen, readFirstScreen } from './first-screen';
import { readerMarks, sendModes } from './send-modes';
import { field, repeat, type Sample } from './stats';

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
  /** set-modes sent → all work done (the reader's idle mark). */
  idleMs: Sample;
  longTasks: Sample;
  longestTaskMs: Sample;
}

const isReader = (url: string): boolean => url.startsWith('chrome-extension://') && url.endsWith('/reader.js');

/** Fresh tab per run, so every run pays for injecting the reader. */
export async function benchStartUp(session: ChromiumSession, url: string, modes: Modes, runs: number): Promise<StartUpResult> {
  let screenNodes = 0;
  const results = await repeat(runs, 1, async () => {
    const page = await session.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(session, url);
    const cdp = await session.context.newCDPSession(page);
    screenNodes = await armFirstScreen(page, modes);
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
    return {
      firstText: first.text - sent,
      firstTerms: first.terms - sent,
      evaluated: marks.evaluated - sent,
      created: marks.created - marks.evaluated,
      idle: marks.idle - sent,
      evaluate: reader.EvaluateScript ?? 0,
      longTasks: tasks.length,
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
    };
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
    longTasks: field(results, (r) => r.longTasks),
    longestTaskMs: field(results, (r) => r.longest),
  };
}
