import { statSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import type { ChromiumSession } from '../../tests/e2e/harness/chromium';
import { fixtureByFile } from '../../tests/e2e/harness/fixtures';
import { JAPANESE_URL, tabIdOf, type PlainBrowser } from './browsers';
import { getMetrics, heapAfterGc, mainThreadMs, scriptTimeByUrl, traced } from './cdp';
import { field, repeat, type Sample } from './stats';

/** After the content script has reported, how long we let the page settle before reading metrics. */
const SETTLE_MS = 300;

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
}

interface Run {
  scriptMs: number;
  heap: number;
  contentMs: number;
  contentEvents: Record<string, number>;
  readerEvents: number;
}

async function loadOnce(context: BrowserContext, url: string, whenReported: () => Promise<void>): Promise<Run> {
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
  await page.close();
  const content = scriptTimeByUrl(events, (u) => u.startsWith('chrome-extension://') && u.endsWith('/content-scripts/content.js'));
  const reader = scriptTimeByUrl(events, (u) => u.startsWith('chrome-extension://') && u.endsWith('/reader.js'));
  return {
    scriptMs: script,
    heap,
    contentMs: Object.values(content).reduce((a, b) => a + b, 0),
    contentEvents: content,
    readerEvents: Object.keys(reader).length,
  };
}

export async function benchOrdinaryPage(
  session: ChromiumSession,
  plain: PlainBrowser,
  url: string,
  runs: number,
): Promise<OrdinaryPageResult> {
  let readerLoaded = false;
  const pairs = await repeat(runs, 1, async () => {
    const ours = await loadOnce(session.context, url, async () => {
      const tabId = await tabIdOf(session, url);
      const state = await session.pageState(tabId);
      if (state?.readerLoaded) readerLoaded = true;
    });
    if (ours.readerEvents > 0) readerLoaded = true;
    const baseline = await loadOnce(plain.context, url, async () => undefined);
    return { ours, baseline };
  });
  return {
    page: new URL(url).hostname,
    scriptMs: {
      ours: field(pairs, (p) => p.ours.scriptMs),
      baseline: field(pairs, (p) => p.baseline.scriptMs),
      added: field(pairs, (p) => p.ours.scriptMs - p.baseline.scriptMs),
    },
    contentScriptTraceMs: field(pairs, (p) => p.ours.contentMs),
    heapBytes: {
      ours: field(pairs, (p) => p.ours.heap),
      baseline: field(pairs, (p) => p.baseline.heap),
      added: field(pairs, (p) => p.ours.heap - p.baseline.heap),
    },
    readerLoaded,
    contentScriptEvents: pairs[pairs.length - 1].ours.contentEvents,
  };
}

export const ORDINARY_PAGES = [fixtureByFile('english-policy-explainer.html').url, JAPANESE_URL];

/** The always-on script as shipped, and gzipped. */
export function contentScriptSize(extensionDir: string): { bytes: number; gzip: number } {
  const file = path.join(extensionDir, 'content-scripts/content.js');
  return { bytes: statSync(file).size, gzip: gzipSync(readFileSync(file)).length };
}
