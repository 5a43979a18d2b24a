import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { fixtureByFile } from './harness/fixtures';
import type { browser as ExtensionBrowser } from 'wxt/browser';

/** Mode changes go popup → background → every frame (and may load the reader): allow for a busy 2-core machine. */
const eventually = <T>(value: () => T | Promise<T>) => expect.poll(value, { timeout: 5_000 });

// Inside page.evaluate callbacks on our extension pages, `browser` is the WebExtension API.
declare const browser: typeof ExtensionBrowser;

describe('Firefox: the toolbar popup and the options page', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => firefox?.close());

  it('the popup changes all three modes of the tab, in the UI language, and says where shortcuts are changed', async () => {
    const recipe = fixtureByFile('zh-recipe-blog.html');
    const { tabId } = await firefox.open(recipe.url);
    const popup = await firefox.extensionPage('popup.html', `?tab=${tabId}`);
    await popup.waitForSelector('#script-zh-TW');
    expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en-US', 'ltr']);
    // Labels come from the catalogue, not the key names.
    expect(await popup.$eval('label[for="pinyin"]', (l) => l.textContent)).toBe('Pinyin');

    await popup.click('label[for="pinyin"]');
    await popup.$eval('#script-zh-TW', (input) => (input as HTMLInputElement).click());
    await popup.click('label[for="glossary"]');
    await eventually(async () => (await firefox.pageState(tabId))?.modes).toEqual({ script: 'zh-TW', pinyin: true, glossary: true });

    expect(await popup.$$eval('#shortcuts kbd', (k) => k.map((x) => x.textContent))).toEqual(['Alt+Shift+Y', 'Alt+Shift+S', 'Alt+Shift+G']);
    expect(await popup.$eval('#shortcut-settings', (p) => p.tagName + ' ' + p.textContent)).toMatch(/^P .*about:addons/);
    await popup.close();
  });

  it('the options page saves a setting and searches the glossary', async () => {
    const options = await firefox.extensionPage('options.html');
    await options.waitForSelector('#glossary-results article');
    await options.$eval('#pinyin-tone-none', (input) => (input as HTMLInputElement).click());
    await eventually(() => options.evaluate(async () => ((await browser.storage.sync.get('settings')).settings as { pinyin: { tone: string } } | undefined)?.pinyin.tone))
      .toBe('none');
    await options.type('#glossary-search', 'jiesujiban');
    await eventually(() => options.$eval('#glossary-results article', (a) => a.getAttribute('data-term'))).toBe('jiesu-jiban');
    await options.close();
  });
});
