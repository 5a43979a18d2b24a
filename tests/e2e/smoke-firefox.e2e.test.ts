import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES_OFF } from '../../src/shared/modes';
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

  it('leaves an English page\'s frames alone too; a mode turned on reaches a frame whose Chinese came later', async () => {
    const { page, tabId } = await browser.open(fixtureByFile('english-with-frames.html').url);
    const api = await browser.extensionPage('options.html');
    // Asked in the extension's own world of each frame: did the always-on script pass it?
    const gatePassed = (): Promise<unknown[]> =>
      api.evaluate(
        async (id) => {
          // The extension page's own WebExtension API (the test's `browser` is the session).
          const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
          const results = await ext.scripting.executeScript({ target: { tabId: id, allFrames: true }, func: () => (globalThis as Record<string, unknown>).__zhengduGatePassed === true });
          return results.map((r) => r.result);
        },
        tabId,
      );
    await expect.poll(async () => (await gatePassed()).length).toBe(3);
    expect(await gatePassed()).toEqual([false, false, false]);
    const frameOf = async (id: string) => {
      const frame = await (await page.$(`#${id}`))?.contentFrame();
      if (!frame) throw new Error(`no frame #${id}`);
      return frame;
    };
    await (await frameOf('late')).evaluate(() => {
      document.querySelector('#comments')!.textContent = '网友评论：加快发展新质生产力，推动高质量发展。';
    });
    await api.evaluate(
      ([id, modes]) => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({ type: 'set-tab-modes', tabId: id, modes }),
      [tabId, { ...MODES_OFF, pinyin: true }] as const,
    );
    await expect.poll(async () => (await frameOf('late')).evaluate(() => document.querySelectorAll('rt[data-zd-py]').length), { timeout: 20_000 }).toBeGreaterThan(3);
    expect(await (await frameOf('ad')).evaluate(() => document.querySelectorAll('rt[data-zd-py]').length)).toBe(0);
    await api.close();
  });
});
