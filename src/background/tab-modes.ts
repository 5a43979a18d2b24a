import { browser } from 'wxt/browser';
import type { TabMessage, TabState } from '../shared/messages';
import { anyModeOn, enginePartsFor, type Modes } from '../shared/modes';
import { warmEngineSoon } from './engine-host';
import { ensureControllers } from './ensure-controller';
import { updateBadge } from './badge';
import { getTabState, setTabState } from './tab-states';

/** Sends a message to every frame of a tab; frames without our content script are skipped. */
export async function sendToTab(tabId: number, message: TabMessage): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, message);
  } catch (error) {
    // No receiver: a page we may not script (browser pages, the web store) or one still loading.
    console.debug('Zhengdu: tab did not take the message', tabId, message.type, error);
  }
}

/**
 * Changes a tab's modes, tells all its frames, and updates the badge. With a mode
 * on, every frame first gets a controller if the always-on script left it alone
 * (src/content/gate.ts).
 * `host` and `report` replace what is known of the page (a new page, see tab-loaded.ts).
 */
export async function setTabModes(tabId: number, modes: Modes, host?: string, report?: TabState['report']): Promise<TabState> {
  const known = await getTabState(tabId);
  const state: TabState = {
    host: host ?? known?.host ?? '',
    report: report === undefined ? (known?.report ?? null) : report,
    modes: { ...modes },
  };
  await setTabState(tabId, state);
  await updateBadge(tabId, state);
  // First, so a controller started now hears the modes at once.
  if (anyModeOn(state.modes)) await ensureControllers(tabId);
  const sent = sendToTab(tabId, { type: 'set-modes', modes: state.modes });
  // The reader will ask the engine for the first screen: have it ready by then.
  warmEngineSoon(enginePartsFor(state.modes));
  await sent;
  return state;
}
