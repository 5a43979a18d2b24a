import { sameModes } from '../../../src/shared/modes';
import type { PageState, TabState } from '../../../src/shared/messages';

interface TabViews {
  tabState(tabId: number): Promise<TabState | null>;
  pageState(tabId: number): Promise<PageState | null>;
}

/**
 * The background stores a tab's state before the page's content script gets the
 * reply to its report and takes those modes. Waits until the page holds the
 * tab's modes too, so a test that opens a page and asks it right away sees
 * what the page will show, not the moment in between.
 */
export async function untilPageHasTabModes(views: TabViews, tabId: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const tab = await views.tabState(tabId);
    const page = await views.pageState(tabId).catch(() => null);
    if (tab && page && sameModes(page.modes, tab.modes)) return;
    if (Date.now() > deadline) {
      throw new Error(`tab ${tabId}: the page never took the tab's modes (tab ${JSON.stringify(tab?.modes)}, page ${JSON.stringify(page?.modes)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
