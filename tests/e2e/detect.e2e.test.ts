import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { fixtureByFile, loadFixturePages } from './harness/fixtures';

describe('Chromium: detection acts on the page', () => {
  let browser: ChromiumSession;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it('marks every sample page the way its label says, served at its real URL', async () => {
    for (const fixture of loadFixturePages()) {
      const { page, tabId } = await browser.open(fixture.url);
      const state = await browser.tabState(tabId);
      expect(state?.report?.verdict === 'gov-news', `${fixture.file}: ${JSON.stringify(state?.report)}`).toBe(fixture.govNews);
      expect(await browser.badgeText(tabId)).toBe(fixture.govNews ? '政' : '');
      await page.close();
    }
  });

  it('turns the default modes on by itself on a detected page, and nothing on other pages', async () => {
    const gov = await browser.open(fixtureByFile('haidian-work-report-2024.html').url);
    expect((await browser.tabState(gov.tabId))?.modes).toEqual({ script: 'original', pinyin: false, glossary: true });
    expect((await browser.pageState(gov.tabId))?.readerLoaded).toBe(true);
    const recipe = await browser.open(fixtureByFile('zh-recipe-blog.html').url);
    expect((await browser.pageState(recipe.tabId))?.readerLoaded).toBe(false);
  });

  it('the popup shows the verdict and its reasons', async () => {
    const { tabId } = await browser.open(fixtureByFile('yuhang-conference-2026.html').url);
    const reasons = (await browser.tabState(tabId))?.report?.reasons ?? [];
    expect(reasons).toContain('host ends in .gov.cn');
    const popup = await browser.openExtensionPage('popup.html', `?tab=${tabId}`);
    await expect.poll(() => popup.locator('body').textContent()).toContain('host ends in .gov.cn');
    await popup.close();
  });
});

describe('Chromium: a site rule overrides the detector both ways and survives a restart', () => {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'zhengdu-profile-'));
  afterAll(() => rmSync(profileDir, { recursive: true, force: true }));

  it('"always" on a page the detector rejects, "never" on a detected one', async () => {
    const recipeUrl = fixtureByFile('zh-recipe-blog.html').url;
    const govUrl = fixtureByFile('yuhang-conference-2026.html').url;
    const first = await launchChromium({ profileDir });
    try {
      for (const url of [recipeUrl, govUrl]) {
        const { tabId } = await first.open(url);
        const popup = await first.openExtensionPage('popup.html', `?tab=${tabId}`);
        const rule = url === recipeUrl ? 'always' : 'never';
        await popup.evaluate(([id, r]) => chrome.runtime.sendMessage({ type: 'set-site-rule', tabId: id, rule: r }), [tabId, rule] as const);
        await popup.close();
      }
    } finally {
      await first.close();
    }

    const second = await launchChromium({ profileDir });
    try {
      const recipe = await second.open(recipeUrl);
      expect((await second.tabState(recipe.tabId))?.modes.glossary).toBe(true);
      expect((await second.pageState(recipe.tabId))?.readerLoaded).toBe(true);
      const gov = await second.open(govUrl);
      expect((await second.tabState(gov.tabId))?.report?.verdict).toBe('gov-news');
      expect((await second.tabState(gov.tabId))?.modes).toEqual({ script: 'original', pinyin: false, glossary: false });
      expect((await second.pageState(gov.tabId))?.readerLoaded).toBe(false);
    } finally {
      await second.close();
    }
  });
});
