import { browser } from 'wxt/browser';
import type { TabState } from '../shared/messages';

/**
 * Per-tab state. An MV3 service worker can be stopped at any time, so the map
 * is mirrored into session storage (kept across worker restarts, dropped when
 * the browser closes) where the browser has it.
 */
const states = new Map<number, TabState>();
const sessionKey = (tabId: number) => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | undefined> {
  const known = states.get(tabId);
  if (known) return known;
  const session = browser.storage.session;
  if (!session) return undefined;
  const stored = (await session.get(sessionKey(tabId)))[sessionKey(tabId)] as TabState | undefined;
  if (stored) states.set(tabId, stored);
  return stored;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  states.set(tabId, state);
  await browser.storage.session?.set({ [sessionKey(tabId)]: state });
}

export async function forgetTab(tabId: number): Promise<void> {
  states.delete(tabId);
  await browser.storage.session?.remove(sessionKey(tabId));
}
