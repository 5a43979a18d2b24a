import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES_OFF } from '../../src/shared/modes';
import { launchChromium, setModesViaBackground, type ChromiumSession } from './harness/chromium';
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

  it('stays out of an English page (no controller, no extension API), yet the popup still gives the verdict', async () => {
    const english = fixtureByFile('english-policy-explainer.html');
    const { tabId } = await browser.open(english.url);
    // The always-on script left the page alone: nothing answers, and the tab holds no verdict.
    await expect(browser.send(tabId, { type: 'get-page-state' }, 0)).rejects.toThrow();
    expect(await browser.tabState(tabId)).toMatchObject({ host: 'www.example-news.com', report: null, modes: MODES_OFF });
    // The popup has the controller started, which detects the page and says why it is not Chinese.
    const popup = await browser.openExtensionPage('popup.html', `?tab=${tabId}`);
    await expect.poll(() => popup.locator('#verdict').getAttribute('data-verdict')).toBe('non-zh');
    await expect.poll(() => popup.locator('body').textContent()).toContain('mostly Latin script');
    await popup.close();
    const page = await browser.pageState(tabId);
    expect(page?.report?.verdict).toBe('non-zh');
    expect(page?.readerLoaded).toBe(false);
  });

  it('leaves an English page\'s frames alone too; a mode turned on reaches a frame whose Chinese came later', async () => {
    const { page, tabId } = await browser.open(fixtureByFile('english-with-frames.html').url);
    // Asked in the extension's own world of each frame: did the always-on script pass it?
    const gatePassed = (): Promise<unknown[]> =>
      browser.worker.evaluate(
        async (id) =>
          (await chrome.scripting.executeScript({ target: { tabId: id, allFrames: true }, func: () => (globalThis as Record<string, unknown>).__zhengduGatePassed === true })).map((r) => r.result),
        tabId,
      );
    await expect.poll(async () => (await gatePassed()).length).toBe(3);
    expect(await gatePassed()).toEqual([false, false, false]);
    await page.frameLocator('#late').locator('#comments').evaluate((p) => {
      p.textContent = '网友评论：加快发展新质生产力，推动高质量发展。';
    });
    await setModesViaBackground(browser, tabId, { ...MODES_OFF, pinyin: true });
    await expect.poll(() => page.frameLocator('#late').locator('rt[data-zd-py]').count(), { timeout: 20_000 }).toBeGreaterThan(3);
    expect(await page.frameLocator('#ad').locator('rt[data-zd-py]').count()).toBe(0);
    await page.close();
  });

  it('a mode turned on for a page the gate left alone reaches it, and the tab keeps it', async () => {
    const english = fixtureByFile('english-policy-explainer.html');
    const { page, tabId } = await browser.open(english.url);
    await setModesViaBackground(browser, tabId, { ...MODES_OFF, pinyin: true });
    expect((await browser.pageState(tabId))?.modes.pinyin).toBe(true);
    expect((await browser.tabState(tabId))?.modes.pinyin).toBe(true);
    // The quoted Chinese terms get their readings.
    await expect.poll(() => page.locator('ruby rt').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('a tab that moves from a page with modes on to one the gate leaves alone drops the old state', async () => {
    const gov = fixtureByFile('yuhang-conference-2026.html');
    const { page, tabId } = await browser.open(gov.url);
    await setModesViaBackground(browser, tabId, { ...MODES_OFF, pinyin: true });
    expect(await browser.badgeText(tabId)).not.toBe('');
    await page.goto(fixtureByFile('english-policy-explainer.html').url);
    await expect.poll(async () => (await browser.tabState(tabId))?.host).toBe('www.example-news.com');
    expect(await browser.tabState(tabId)).toMatchObject({ report: null, modes: MODES_OFF });
    expect(await browser.badgeText(tabId)).toBe('');
    await page.close();
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
