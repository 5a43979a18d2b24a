import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../shared/messages';
import { MODES_OFF } from '../shared/modes';

/** Just enough of the extension API for the background's tab bookkeeping. */
const fake = vi.hoisted(() => {
  const session = new Map<string, unknown>();
  const sync = new Map<string, unknown>();
  const area = (store: Map<string, unknown>) => ({
    get: async (key: string) => (store.has(key) ? { [key]: store.get(key) } : {}),
    set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => store.set(k, v)),
    remove: async (key: string) => void store.delete(key),
  });
  return {
    session,
    sync,
    browser: {
      storage: { session: area(session), sync: area(sync) },
      tabs: { sendMessage: vi.fn() },
      scripting: { executeScript: vi.fn(async (_options: unknown) => []) },
      action: { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined), setTitle: vi.fn(async () => undefined) },
    },
  };
});
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { onTabLoaded } = await import('./tab-loaded');
const { getTabState, setTabState, forgetTab } = await import('./tab-states');
const { handleMessage } = await import('./handle-message');

const TAB = 7;
const previousPage: TabState = {
  host: 'www.yuhang.gov.cn',
  report: { verdict: 'gov-news', score: 9, reasons: ['host ends in .gov.cn'] },
  modes: { script: 'zh-TW', pinyin: true, glossary: true },
};
const noController = () => fake.browser.tabs.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));

describe('onTabLoaded: a page the always-on script left alone does not keep the previous page\'s state', () => {
  beforeEach(async () => {
    vi.clearAllMocks();
    fake.sync.clear();
    await forgetTab(TAB);
    await setTabState(TAB, previousPage);
  });

  it('no controller answers: the tab gets a blank state for the new host, modes off, badge cleared', async () => {
    noController();
    await onTabLoaded(TAB, 'https://www.example-news.com/article');
    expect(await getTabState(TAB)).toEqual({ host: 'www.example-news.com', report: null, modes: MODES_OFF });
    expect(fake.browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: TAB, text: '' });
    expect(fake.browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('a controller answers (same document after an SPA navigation, or a page that reports for itself): nothing changes', async () => {
    fake.browser.tabs.sendMessage.mockResolvedValue({ report: null, modes: previousPage.modes, readerLoaded: true });
    await onTabLoaded(TAB, 'https://www.yuhang.gov.cn/next');
    expect(await getTabState(TAB)).toEqual(previousPage);
  });

  it('an "always" site rule turns its modes on and starts the controller in the top frame, then in every frame', async () => {
    noController();
    const { migrateSettings } = await import('../settings/migrate');
    fake.sync.set('settings', { ...migrateSettings(undefined), siteRules: { 'example-news.com': 'always' } });
    await onTabLoaded(TAB, 'https://www.example-news.com/article');
    const state = await getTabState(TAB);
    expect(state?.report).toBeNull();
    expect(state?.modes.glossary).toBe(true);
    expect(fake.browser.scripting.executeScript).toHaveBeenNthCalledWith(1, { target: { tabId: TAB, frameIds: [0] }, files: ['/controller.js'] });
    expect(fake.browser.scripting.executeScript).toHaveBeenNthCalledWith(2, { target: { tabId: TAB, allFrames: true }, files: ['/controller.js'] });
  });

  it('a report that lands while it looks keeps the page\'s own state', async () => {
    const report: TabState = { host: 'www.haidian.gov.cn', report: { verdict: 'gov-news', score: 8, reasons: [] }, modes: MODES_OFF };
    fake.browser.tabs.sendMessage.mockImplementation(async () => {
      await setTabState(TAB, report);
      throw new Error('Receiving end does not exist.');
    });
    await onTabLoaded(TAB, 'https://www.haidian.gov.cn/');
    expect(await getTabState(TAB)).toEqual(report);
  });
});

describe('page reports: decided by a page that starts itself, followed by a controller started on demand', () => {
  const sender = { tab: { id: TAB }, frameId: 0 } as never;
  const report = { verdict: 'non-zh' as const, score: 0, reasons: ['mostly Latin script'] };

  beforeEach(async () => {
    vi.clearAllMocks();
    fake.sync.clear();
    await forgetTab(TAB);
  });

  it('follow: keeps the modes the tab was given and records the verdict', async () => {
    await setTabState(TAB, { host: 'www.example-news.com', report: null, modes: { ...MODES_OFF, pinyin: true } });
    const modes = await handleMessage({ type: 'page-report', report, top: true, url: 'https://www.example-news.com/a', follow: true }, sender);
    expect(modes).toEqual({ ...MODES_OFF, pinyin: true });
    expect(await getTabState(TAB)).toEqual({ host: 'www.example-news.com', report, modes: { ...MODES_OFF, pinyin: true } });
  });

  it('not follow: the settings decide (nothing on for a non-Chinese page)', async () => {
    await setTabState(TAB, { host: 'www.example-news.com', report: null, modes: { ...MODES_OFF, pinyin: true } });
    const modes = await handleMessage({ type: 'page-report', report, top: true, url: 'https://www.example-news.com/a', follow: false }, sender);
    expect(modes).toEqual(MODES_OFF);
  });

  it('a mode turned on reaches frames the gate left alone (a controller in every frame); all off starts none', async () => {
    await setTabState(TAB, { host: 'www.example-news.com', report: null, modes: MODES_OFF });
    await handleMessage({ type: 'set-tab-modes', tabId: TAB, modes: MODES_OFF }, { tab: { id: TAB }, frameId: 0 } as never);
    expect(fake.browser.scripting.executeScript).not.toHaveBeenCalled();
    await handleMessage({ type: 'set-tab-modes', tabId: TAB, modes: { ...MODES_OFF, pinyin: true } }, { tab: { id: TAB }, frameId: 0 } as never);
    expect(fake.browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: TAB, allFrames: true }, files: ['/controller.js'] });
  });

  it('the top frame gets its controller even when a frame of the tab cannot be scripted', async () => {
    fake.browser.scripting.executeScript.mockImplementation(async (options: unknown) => {
      if ((options as { target: { allFrames?: boolean } }).target.allFrames) throw new Error('Cannot access contents of the page.');
      return [];
    });
    await setTabState(TAB, { host: 'www.example-news.com', report: null, modes: MODES_OFF });
    const state = await handleMessage({ type: 'set-tab-modes', tabId: TAB, modes: { ...MODES_OFF, glossary: true } }, { tab: { id: TAB }, frameId: 0 } as never);
    expect(state).toMatchObject({ modes: { glossary: true } });
    expect(fake.browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: TAB, frameIds: [0] }, files: ['/controller.js'] });
    fake.browser.scripting.executeScript.mockImplementation(async (_options: unknown) => []);
  });

  it('start-controller injects into the asking frame', async () => {
    await handleMessage({ type: 'start-controller' }, { tab: { id: TAB }, frameId: 3 } as never);
    expect(fake.browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: TAB, frameIds: [3] }, files: ['/controller.js'] });
  });
});
