import { browser } from 'wxt/browser';
import type { PageState } from './messages';

/** The tab's top frame's own view, from its controller; null when no controller answers. */
export async function topFrameState(tabId: number): Promise<PageState | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, { type: 'get-page-state' }, { frameId: 0 })) as PageState | undefined) ?? null;
  } catch {
    return null;
  }
}
