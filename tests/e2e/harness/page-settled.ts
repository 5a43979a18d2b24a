import { anyModeOn, sameModes } from '../../../src/shared/modes';
import type { PageState, TabState } from '../../../src/shared/messages';

/** A controller starts at the page's idle time and answers at once; silence this long means none is coming. */
const NO_CONTROLLER_AFTER_MS = 1_000;

interface TabViews {
  tabState(tabId: number): Promise<TabState | null>;
  pageState(tabId: number): Promise<PageState | null>;
}

/**
 * Waits until the page opened at `url` and its tab agree. The background stores a
 * tab's state before the page's content script gets the reply to its report and
 * takes those modes; and when a page has loaded it may first store a blank state
 * for it (src/background/tab-loaded.ts) that the page's own report then replaces.
 * So a test that opens a page and asks it right away sees what the page will show:
 * - a page with a controller: the tab's state is for this host and holds the
 *   page's verdict, and the page holds the tab's modes;
 * - a page the always-on script leaves alone (src/content/gate.ts): the tab's state
 *   is for this host with no mode on, and the page stays silent longer than a
 *   controller takes to start.
 */
export async function untilPageHasTabModes(views: TabViews, tabId: number, url: string, timeoutMs = 10_000): Promise<void> {
  const host = new URL(url).hostname;
  const deadline = Date.now() + timeoutMs;
  let silentSince: number | null = null;
  for (;;) {
    const tab = await views.tabState(tabId);
    const page = await views.pageState(tabId).catch(() => null);
    const forThisPage = tab !== null && tab.host === host;
    if (forThisPage && page && sameModes(page.modes, tab.modes) && (tab.report !== null || page.report === null)) return;
    silentSince = page ? null : (silentSince ?? Date.now());
    if (forThisPage && !anyModeOn(tab.modes) && silentSince !== null && Date.now() - silentSince >= NO_CONTROLLER_AFTER_MS) return;
    if (Date.now() > deadline) {
      throw new Error(
        `tab ${tabId}: the page and its tab never agreed (tab ${JSON.stringify(tab)}, page ${JSON.stringify(page)})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
