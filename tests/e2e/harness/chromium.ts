/// <reference types="chrome" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Modes } from '../../../src/shared/modes';
import type { PageState, TabMessage, TabState } from '../../../src/shared/messages';
import type { Settings } from '../../../src/settings/schema';
import { routeTable, stripHash } from './fixtures';
import { untilPageHasTabModes } from './page-settled';
import { chromeExtensionDir, requireBinary, requireBuilt } from './paths';

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens a URL in a new tab, waits until our content script has reported, returns the page and its tab id. */
  open(url: string): Promise<{ page: Page; tabId: number }>;
  tabState(tabId: number): Promise<TabState | null>;
  badgeText(tabId: number): Promise<string>;
  pageState(tabId: number): Promise<PageState | null>;
  send(tabId: number, message: TabMessage, frameId?: number): Promise<unknown>;
  setSettings(change: Partial<Settings>): Promise<void>;
  getSettings(): Promise<Settings>;
  openExtensionPage(file: 'popup.html' | 'options.html', query?: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra pages to serve, URL → HTML. */
  routes?: Record<string, string>;
  colorScheme?: 'light' | 'dark';
  locale?: string;
  extensionDir?: string;
  /** Show the window (the demo does when there is a display). */
  headed?: boolean;
  /** Reuse a profile (to test what survives a browser restart); kept on close. */
  profileDir?: string;
}

/** Chromium with the built extension loaded; every request answered from fixtures, none from the network. */
export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const executablePath = requireBinary('chromium');
  const extensionDir = requireBuilt(options.extensionDir ?? chromeExtensionDir);
  const profile = options.profileDir ?? mkdtempSync(path.join(tmpdir(), 'zhengdu-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: !options.headed,
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${options.locale ?? 'en-US'}`,
    ],
  });
  const table = routeTable(options.routes);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const html = table.get(stripHash(url));
    if (html === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not a fixture' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;

  const session: ChromiumSession = {
    context,
    worker,
    extensionId,
    badgeText: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    async open(url) {
      // Tabs that exist already (maybe a just-closed one with the same URL) are not this page.
      const known = await worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
      const page = await context.newPage();
      await page.goto(url);
      const tabId = await worker.evaluate(
        async ([u, old]) => {
          for (let i = 0; i < 200; i++) {
            const tabs = await chrome.tabs.query({});
            const tab = tabs.find((t) => !old.includes(t.id) && (t.url === u || t.pendingUrl === u));
            if (tab?.id !== undefined) {
              const s = await chrome.storage.session.get(`tab:${tab.id}`);
              if (s[`tab:${tab.id}`]) return tab.id;
            }
            await new Promise((r) => setTimeout(r, 50));
          }
          throw new Error(`content script never reported for ${u}`);
        },
        [url, known] as const,
      );
      await untilPageHasTabModes(session, tabId, url);
      return { page, tabId };
    },
    tabState: (tabId) =>
      worker.evaluate(async (id) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as TabState) ?? null, tabId),
    pageState: (tabId) => session.send(tabId, { type: 'get-page-state' }, 0) as Promise<PageState | null>,
    send: (tabId, message, frameId) =>
      worker.evaluate(
        ([id, msg, frame]) => chrome.tabs.sendMessage(id, msg, frame === undefined ? {} : { frameId: frame }),
        [tabId, message, frameId] as const,
      ),
    async setSettings(change) {
      const current = await session.getSettings();
      await worker.evaluate((s) => chrome.storage.sync.set({ settings: s }), { ...current, ...change });
    },
    getSettings: () =>
      worker.evaluate(async () => {
        const got = await chrome.storage.sync.get('settings');
        return got.settings as Settings;
      }).then(async (s) => s ?? (await import('../../../src/settings/migrate')).migrateSettings(undefined)),
    async openExtensionPage(file, query = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}${query}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}

/**
 * Sets a tab's modes the way the popup does (through the background), so badge and
 * tab state follow, then waits until the top frame's reader has finished its work.
 */
export async function setModesViaBackground(session: ChromiumSession, tabId: number, modes: Modes): Promise<void> {
  const popup = await session.openExtensionPage('popup.html', `?tab=${tabId}`);
  await popup.evaluate(
    ([id, m]) => chrome.runtime.sendMessage({ type: 'set-tab-modes', tabId: id, modes: m }),
    [tabId, modes] as const,
  );
  await popup.close();
  await session.send(tabId, { type: 'when-idle' }, 0);
}
