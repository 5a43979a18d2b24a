/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../../tests/e2e/harness/chromium';
import type { Modes } from '../../src/shared/modes';
import { READER_MARK_PREFIX } from '../../src/reader/reader-marks';

export const ALL_MODES: Modes = { script: 'zh-TW', pinyin: true, glossary: true };
/** What a detected page gets by default (settings.detectedModes). */
export const DEFAULT_DETECTED_MODES: Modes = { script: 'original', pinyin: false, glossary: true };

/**
 * Sends set-modes to the tab's top frame from the background, as the popup and
 * the page-report decision do. Returns the moment of sending as epoch
 * milliseconds (performance.timeOrigin + now), comparable with the page's clock.
 */
export function sendModes(session: ChromiumSession, tabId: number, modes: Modes): Promise<number> {
  return session.worker.evaluate(
    ([id, m]) => {
      const sent = performance.timeOrigin + performance.now();
      void chrome.tabs.sendMessage(id, { type: 'set-modes', modes: m }, { frameId: 0 });
      return sent;
    },
    [tabId, modes] as const,
  );
}

/** Epoch ms of the reader's milestone marks after `since` (epoch ms), waiting for `wanted`. */
export async function readerMarks(page: Page, since: number, wanted: string, timeoutMs = 120_000): Promise<Record<string, number>> {
  const args = { since, prefix: READER_MARK_PREFIX, wanted: `${READER_MARK_PREFIX}${wanted}` };
  await page.waitForFunction(
    (a) => performance.getEntriesByName(a.wanted).some((m) => performance.timeOrigin + m.startTime >= a.since),
    args,
    { timeout: timeoutMs, polling: 50 },
  );
  return page.evaluate((a) => {
    const out: Record<string, number> = {};
    for (const m of performance.getEntriesByType('mark')) {
      const at = performance.timeOrigin + m.startTime;
      if (m.name.startsWith(a.prefix) && at >= a.since && !(m.name.slice(a.prefix.length) in out)) out[m.name.slice(a.prefix.length)] = at;
    }
    return out;
  }, args);
}

/**
 * Playwright compiles its injected script (~330 KB) into a page the first time
 * that page runs waitForFunction: 12–40 ms on the page's main thread (a CDP
 * trace of the start-up run showed it between the reader and its engine parts).
 * Called before a timed run, so readerMarks does not add that to what we time.
 */
export async function primeHarness(page: Page): Promise<void> {
  await page.waitForFunction(() => true);
}
