import { browser } from 'wxt/browser';
import type { PageState, TabState, TermCount } from '../../shared/messages';
import { topFrameState } from '../../shared/top-frame-state';

/**
 * The tab the popup acts on: the active tab, or `?tab=<id>` when the popup
 * page is opened in a tab of its own (tests, the context-menu window).
 */
export async function targetTabId(search: string): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function getTabState(tabId: number): Promise<TabState | null> {
  return ((await browser.runtime.sendMessage({ type: 'get-tab-state', tabId })) as TabState | null) ?? null;
}

/**
 * The top frame's own view. A page the always-on script left alone (not Chinese at
 * a glance, src/content/gate.ts) or one loaded before the extension has no
 * controller to answer: the background starts one, which detects the page, and it
 * is asked again. Null for a page we may not script.
 */
export async function getPageState(tabId: number): Promise<PageState | null> {
  const state = await topFrameState(tabId);
  if (state) return state;
  const started = (await browser.runtime.sendMessage({ type: 'ensure-controller', tabId })) as boolean;
  return started ? topFrameState(tabId) : null;
}

export async function getTerms(tabId: number): Promise<TermCount[]> {
  try {
    const terms = (await browser.tabs.sendMessage(tabId, { type: 'get-terms' }, { frameId: 0 })) as TermCount[] | undefined;
    return Array.isArray(terms) ? terms : [];
  } catch {
    return [];
  }
}

export async function scrollToTerm(tabId: number, id: string): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: 'scroll-to-term', id }, { frameId: 0 });
}
