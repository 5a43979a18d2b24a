import { browser, type Browser } from 'wxt/browser';
import { decideModes } from '../settings/decide-modes';
import { loadSettings, updateSettings } from '../settings/storage';
import type { BackgroundMessage, TabState } from '../shared/messages';
import { enginePartsFor, MODES_OFF } from '../shared/modes';
import { updateBadge } from './badge';
import { ensureController, injectController } from './ensure-controller';
import { runEngineJobs, warmEngineSoon } from './engine-host';
import { hostOf } from './host-of';
import { injectReader } from './inject-reader';
import { setTabModes } from './tab-modes';
import { getTabState, setTabState } from './tab-states';

type Sender = Browser.runtime.MessageSender;

/** One handler for everything the content scripts and the popup ask of the background. */
export async function handleMessage(message: BackgroundMessage, sender: Sender): Promise<unknown> {
  switch (message.type) {
    case 'page-report':
      return onPageReport(message.report, message.top, message.url, message.follow, sender);
    case 'ensure-controller':
      return ensureController(message.tabId);
    case 'start-controller': {
      const tabId = sender.tab?.id;
      return tabId === undefined ? false : injectController(tabId, sender.frameId ?? 0);
    }
    case 'load-reader': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: 'no tab' };
      return injectReader(tabId, sender.frameId ?? 0, message.part);
    }
    case 'engine-run':
      return runEngineJobs(message.jobs);
    case 'get-tab-state':
      return (await getTabState(message.tabId)) ?? null;
    case 'set-tab-modes':
      return setTabModes(message.tabId, message.modes);
    case 'set-site-rule':
      return setSiteRule(message.tabId, message.rule);
  }
}

/**
 * The top frame's report decides the tab's modes; sub-frames follow the tab, and so
 * does a top frame whose controller was started on demand (`follow`): the modes it
 * was started for are already the tab's.
 */
async function onPageReport(
  report: TabState['report'],
  top: boolean,
  url: string,
  follow: boolean,
  sender: Sender,
): Promise<TabState['modes']> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ...MODES_OFF };
  const known = await getTabState(tabId);
  if (!top) return known?.modes ?? { ...MODES_OFF };
  const host = hostOf(url);
  const modes = follow && known ? known.modes : decideModes(await loadSettings(), host, report ?? undefined);
  const state: TabState = { host, report, modes };
  // The reader will ask the engine for the first screen: have it ready by then.
  warmEngineSoon(enginePartsFor(modes));
  await setTabState(tabId, state);
  await updateBadge(tabId, state);
  return state.modes;
}

async function setSiteRule(tabId: number, rule: 'always' | 'never' | null): Promise<TabState | null> {
  const state = await getTabState(tabId);
  if (!state?.host) return null;
  const settings = await updateSettings((s) => {
    const siteRules = { ...s.siteRules };
    if (rule) siteRules[state.host] = rule;
    else delete siteRules[state.host];
    return { ...s, siteRules };
  });
  return setTabModes(tabId, decideModes(settings, state.host, state.report ?? undefined));
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
