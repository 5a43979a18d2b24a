import { decideModes } from '../settings/decide-modes';
import { loadSettings } from '../settings/storage';
import type { TabState } from '../shared/messages';
import { anyModeOn } from '../shared/modes';
import { topFrameState } from '../shared/top-frame-state';
import { updateBadge } from './badge';
import { hostOf } from './host-of';
import { setTabModes } from './tab-modes';
import { getTabState, setTabState } from './tab-states';

/**
 * A tab finished loading (a new document, or a same-document navigation, which
 * Chromium also reports). A top frame with a controller reports for itself; one
 * the always-on script left alone (src/content/gate.ts) does not, so its tab would
 * keep the previous page's state. Here that state is replaced: no verdict, the
 * modes a site rule gives (off without one), and the controller is started when a
 * rule turns modes on.
 */
export async function onTabLoaded(tabId: number, url: string | undefined): Promise<void> {
  const before = JSON.stringify((await getTabState(tabId)) ?? null);
  if (await topFrameState(tabId)) return;
  const host = hostOf(url ?? '');
  const modes = decideModes(await loadSettings(), host, undefined);
  // A controller that started meanwhile has reported: its state is the page's, keep it.
  if (JSON.stringify((await getTabState(tabId)) ?? null) !== before) return;
  if (anyModeOn(modes)) {
    await setTabModes(tabId, modes, host, null);
    return;
  }
  const state: TabState = { host, report: null, modes };
  await setTabState(tabId, state);
  await updateBadge(tabId, state);
}
