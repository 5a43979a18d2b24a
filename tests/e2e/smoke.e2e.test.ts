import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { fixtureByFile } from './harness/fixtures';

describe('Chromium: the extension is wired end to end', () => {
  let browser: ChromiumSession;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it('loads, runs its service worker and content script, and reports the page', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const gov = fixtureByFile('yuhang-conference-2026.html');
    const { tabId } = await browser.open(gov.url);
    const state = await browser.tabState(tabId);
    expect(state?.host).toBe('www.yuhang.gov.cn');
    expect(state?.report?.verdict).toBe('gov-news');
    expect(state?.report?.reasons.length).toBeGreaterThan(0);
  });

  it('stays quiet on an English page: no reader loaded', async () => {
    const english = fixtureByFile('english-policy-explainer.html');
    const { tabId } = await browser.open(english.url);
    const page = await browser.pageState(tabId);
    expect(page?.report?.verdict).toBe('non-zh');
    expect(page?.readerLoaded).toBe(false);
  });

  it('the popup renders the verdict and changes a mode the content script sees', async () => {
    const recipe = fixtureByFile('zh-recipe-blog.html');
    const { tabId } = await browser.open(recipe.url);
    expect((await browser.pageState(tabId))?.modes.pinyin).toBe(false);
    const popup = await browser.openExtensionPage('popup.html', `?tab=${tabId}`);
    await expect.poll(() => popup.locator('#verdict').getAttribute('data-verdict')).toBe('zh-other');
    await popup.locator('#pinyin').check();
    await expect.poll(async () => (await browser.pageState(tabId))?.modes.pinyin).toBe(true);
    expect((await browser.pageState(tabId))?.readerLoaded).toBe(true);
    await popup.close();
  });
});
