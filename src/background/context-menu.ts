import { browser } from 'wxt/browser';

const MENU_ID = 'zhengdu-read-selection';
/** Enough for a sentence or two; the selection view cuts further. */
const MAX_CHARS = 500;

/**
 * "Zhengdu: read “…”" on selected text. The background only opens the
 * selection view (popup.html?selection=…) in a small window; the pinyin and
 * glossary code load there, never here, so the background stays small.
 */
export function registerContextMenu(): void {
  // Menus persist across service-worker restarts but not across browser restarts
  // in every browser; recreate on install and on startup.
  const create = async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('contextMenuRead'), contexts: ['selection'] });
  };
  browser.runtime.onInstalled.addListener(() => void create());
  browser.runtime.onStartup.addListener(() => void create());
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID && info.selectionText) void openSelectionView(info.selectionText);
  });
}

export async function openSelectionView(text: string): Promise<void> {
  const url = `${browser.runtime.getURL('/popup.html')}?selection=${encodeURIComponent(Array.from(text).slice(0, MAX_CHARS).join(''))}`;
  // Firefox for Android has no windows API: a tab then.
  if (browser.windows) await browser.windows.create({ url, type: 'popup', width: 460, height: 620 });
  else await browser.tabs.create({ url });
}
