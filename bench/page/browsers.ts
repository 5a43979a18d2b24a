import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../tests/e2e/harness/chromium';
import { routeTable, stripHash } from '../../tests/e2e/harness/fixtures';
import { requireBinary } from '../../tests/e2e/harness/paths';
import { makeWorkReport, WORK_REPORT_URL } from './make-work-report';

/** The Japanese news page: kanji everywhere, so the detector must say "not Chinese" quickly. */
export const JAPANESE_URL = 'https://www3.nhk.or.jp/news/html/20260214/k10014730000000.html';

/** Pages the benchmark serves besides the e2e fixtures, URL → HTML. */
export function benchRoutes(): Record<string, string> {
  return {
    [WORK_REPORT_URL]: makeWorkReport().html,
    [JAPANESE_URL]: readFileSync(new URL('./fixtures/ja-city-budget.html', import.meta.url), 'utf8'),
  };
}

/**
 * Main-world instrumentation in every page, installed before the page's own
 * scripts: long tasks (they include our isolated-world work: same main thread).
 * Also `__name`, which tsx's esbuild (keepNames) calls inside the functions we
 * hand to page.evaluate.
 */
const INIT_SCRIPT = `(() => {
  window.__name = (fn) => fn;
  window.__zdLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__zdLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  } catch {}
})();`;

/** The extension loaded, modes off until the benchmark decides (no auto-on), no hover delay. */
export async function launchWithExtension(extensionDir: string, routes: Record<string, string>): Promise<ChromiumSession> {
  const session = await launchChromium({ extensionDir, routes });
  await session.context.addInitScript({ content: INIT_SCRIPT });
  const settings = await session.getSettings();
  await session.setSettings({ autoOnDetected: false, card: { ...settings.card, hoverDelayMs: 0 } });
  return session;
}

export interface PlainBrowser {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

/** The same Chromium without the extension, serving the same pages: the baseline of every ratio. */
export async function launchWithoutExtension(routes: Record<string, string>): Promise<PlainBrowser> {
  const browser = await chromium.launch({
    executablePath: requireBinary('chromium'),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, locale: 'en-US', colorScheme: 'light' });
  await context.addInitScript({ content: INIT_SCRIPT });
  const table = routeTable(routes);
  await context.route('**/*', (route) => {
    const html = table.get(stripHash(route.request().url()));
    if (html === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not a fixture' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  return { browser, context, close: () => browser.close() };
}

export interface OpenedPage {
  page: Page;
  cdp: CDPSession;
}

/** A new tab with a CDP session whose Performance metrics count from before the navigation. */
export async function openMeasured(context: BrowserContext, url: string): Promise<OpenedPage> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  return { page, cdp };
}

/**
 * The tab id of the page just opened at `url` in the extension's browser, once the
 * background holds its state for this page: its report when `reported` (a page with
 * a controller), else any state for its host (a page the always-on script leaves
 * alone gets a blank one when it has loaded, src/background/tab-loaded.ts).
 */
export async function tabIdOf(session: ChromiumSession, url: string, { reported = true } = {}): Promise<number> {
  return session.worker.evaluate(
    async ([u, needReport]) => {
      const host = new URL(u).hostname;
      for (let i = 0; i < 200; i++) {
        const ids = (await chrome.tabs.query({})).filter((t) => t.url === u && t.id !== undefined).map((t) => t.id as number);
        const newest = ids.length ? Math.max(...ids) : undefined;
        if (newest !== undefined) {
          const state = (await chrome.storage.session.get(`tab:${newest}`))[`tab:${newest}`] as { host: string; report: unknown } | undefined;
          if (state && state.host === host && (!needReport || state.report !== null)) return newest;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`no tab state for ${u}`);
    },
    [url, reported] as const,
  );
}
