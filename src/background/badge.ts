import { browser } from 'wxt/browser';
import type { TabState } from '../shared/messages';
import { anyModeOn } from '../shared/modes';

/** MV3 has `action`, Firefox's MV2 build has `browserAction`. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/** The badge marks a detected government news page, and is filled when a mode is on. */
export async function updateBadge(tabId: number, state: TabState | undefined): Promise<void> {
  const button = toolbarButton();
  const detected = state?.report?.verdict === 'gov-news';
  const text = detected ? '政' : state && anyModeOn(state.modes) ? '•' : '';
  try {
    await button.setBadgeText({ tabId, text });
    if (text) await button.setBadgeBackgroundColor({ tabId, color: detected ? '#c41e3a' : '#555555' });
    const title = state?.report ? `Zhengdu: ${state.report.verdict}` : 'Zhengdu';
    await button.setTitle({ tabId, title });
  } catch (error) {
    // The tab may have closed between the report and here; nothing to mark then.
    console.debug('Zhengdu: badge not updated', error);
  }
}
