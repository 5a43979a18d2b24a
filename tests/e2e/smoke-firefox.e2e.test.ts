import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { fixtureByFile } from './harness/fixtures';

describe('Firefox: the extension is wired end to end', () => {
  let browser: FirefoxSession;
  beforeAll(async () => {
    browser = await launchFirefox();
  });
  afterAll(async () => browser?.close());

  it('loads, runs its background and content script, and reports the page', async () => {
    const gov = fixtureByFile('yuhang-conference-2026.html');
    const { tabId } = await browser.open(gov.url);
    const state = await browser.tabState(tabId);
    expect(state?.host).toBe('www.yuhang.gov.cn');
    expect(state?.report?.verdict).toBe('gov-news');
  });

  it('the popup renders the verdict and changes a mode the content script sees', async () => {
    const recipe = fixtureByFile('zh-recipe-blog.html');
    const { tabId } = await browser.open(recipe.url);
    expect((await browser.pageState(tabId))?.modes.pinyin).toBe(false);
    const popup = await browser.extensionPage('popup.html', `?tab=${tabId}`);
    await popup.waitForSelector('#pinyin');
    expect(await popup.$eval('#verdict', (el) => el.getAttribute('data-verdict'))).toBe('zh-other');
    await popup.click('#pinyin');
    await expect.poll(async () => (await browser.pageState(tabId))?.modes.pinyin).toBe(true);
    expect((await browser.pageState(tabId))?.readerLoaded).toBe(true);
    await popup.close();
  });

  it('stays out of an English page until the popup needs it, then gives the verdict and takes a mode', async () => {
    const english = fixtureByFile('english-policy-explainer.html');
    const { tabId } = await browser.open(english.url);
    await expect(browser.send(tabId, { type: 'get-page-state' }, 0)).rejects.toThrow();
    expect((await browser.tabState(tabId))?.report).toBeNull();
    const popup = await browser.extensionPage('popup.html', `?tab=${tabId}`);
    await popup.waitForSelector('#verdict[data-verdict="non-zh"]');
    expect((await browser.pageState(tabId))?.report?.verdict).toBe('non-zh');
    // A mode turned on there reaches the page, and the tab keeps it.
    await popup.click('#pinyin');
    await expect.poll(async () => (await browser.pageState(tabId))?.modes.pinyin).toBe(true);
    expect((await browser.tabState(tabId))?.modes.pinyin).toBe(true);
    await popup.close();
  });
});
