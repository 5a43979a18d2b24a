import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { browser as ExtensionBrowser } from 'wxt/browser';

// Inside page.evaluate callbacks on our extension pages, `browser` is the WebExtension API.
declare const browser: typeof ExtensionBrowser;
import type { PageState, TabMessage, TabState } from '../../../src/shared/messages';
import { routeTable, stripHash } from './fixtures';
import { untilPageHasTabModes } from './page-settled';
import { firefoxBridgeDir, firefoxExtensionDir, requireBinary, requireBuilt } from './paths';

const GECKO_ID = 'zhengdu@zhengdu.app';
/** Fixed so tests know the moz-extension:// origin (Firefox picks a random one per profile otherwise). */
const EXTENSION_UUID = '7a1c5f1e-3b7d-4c55-9d2a-0e6b2f9d1a11';

export interface FirefoxSession {
  firefox: Browser;
  origin: string;
  open(url: string): Promise<{ page: Page; tabId: number }>;
  /** A page of our own extension from which to call extension APIs. */
  extensionPage(file?: 'popup.html' | 'options.html', query?: string): Promise<Page>;
  tabState(tabId: number): Promise<TabState | null>;
  pageState(tabId: number): Promise<PageState | null>;
  send(tabId: number, message: TabMessage, frameId?: number): Promise<unknown>;
  close(): Promise<void>;
}

/** Firefox ESR over WebDriver BiDi (no geckodriver) with the built extension installed temporarily. */
export async function launchFirefox(routes: Record<string, string> = {}): Promise<FirefoxSession> {
  const executablePath = requireBinary('firefox');
  const extensionDir = requireBuilt(firefoxExtensionDir);
  const profile = mkdtempSync(path.join(tmpdir(), 'zhengdu-firefox-'));
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.accept_languages': 'en-US',
    },
  });
  await firefox.installExtension(extensionDir);
  await firefox.installExtension(firefoxBridgeDir);
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const table = routeTable(routes);
  const helper = await findPage(firefox, `${origin}/options.html?e2e-helper`);

  async function serveFixtures(page: Page): Promise<void> {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('moz-extension://') || url.startsWith('about:')) return void request.continue();
      const html = table.get(stripHash(url));
      request
        .respond(
          html === undefined
            ? { status: 404, contentType: 'text/plain', body: 'not a fixture' }
            : { status: 200, contentType: 'text/html; charset=utf-8', body: html },
        )
        // A request the page dropped meanwhile (it navigated, or a frame went away) has no one to answer.
        .catch((error: unknown) => {
          if (!String(error).includes('no such request')) throw error;
        });
    });
  }

  const session: FirefoxSession = {
    firefox,
    origin,
    async open(url) {
      // Tabs that exist already (maybe a just-closed one with the same URL) are not this page.
      const known = await helper.evaluate(async () => (await browser.tabs.query({})).map((t) => t.id ?? -1));
      const page = await firefox.newPage();
      await serveFixtures(page);
      await page.goto(url);
      const tabId = await helper.evaluate(
        async (u: string, old: number[]) => {
          for (let i = 0; i < 200; i++) {
            const tabs = await browser.tabs.query({});
            const tab = tabs.find((t) => t.id !== undefined && !old.includes(t.id) && t.url === u);
            if (tab?.id !== undefined) {
              const key = `tab:${tab.id}`;
              if ((await browser.storage.session.get(key))[key]) return tab.id;
            }
            await new Promise((r) => setTimeout(r, 50));
          }
          throw new Error(`content script never reported for ${u}`);
        },
        url,
        known,
      );
      await untilPageHasTabModes(session, tabId, url);
      return { page, tabId };
    },
    async extensionPage(file = 'popup.html', query = '') {
      // BiDi refuses to navigate to moz-extension:// pages, so one of ours opens it.
      const url = `${origin}/${file}${query}`;
      await helper.evaluate((u: string) => browser.tabs.create({ url: u }), url);
      return findPage(firefox, url);
    },
    async tabState(tabId) {
      return helper.evaluate(async (id: number) => {
        const key = `tab:${id}`;
        return ((await browser.storage.session.get(key))[key] as TabState) ?? null;
      }, tabId);
    },
    pageState: (tabId) => session.send(tabId, { type: 'get-page-state' }, 0) as Promise<PageState | null>,
    async send(tabId, message, frameId) {
      return helper.evaluate(
        (id: number, msg: TabMessage, frame: number | null) =>
          browser.tabs.sendMessage(id, msg, frame === null ? {} : { frameId: frame }),
        tabId,
        message,
        frameId ?? null,
      );
    },
    async close() {
      await firefox.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}

/** Puppeteer's page.url() lags for tabs it did not navigate; ask each page where it is. */
async function findPage(firefox: Browser, url: string): Promise<Page> {
  for (let attempt = 0; attempt < 100; attempt++) {
    for (const page of await firefox.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === url) return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Firefox never opened ${url}`);
}
