import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { extensionWorld, inWorld } from './harness/extension-world';
import { fixtureByFile } from './harness/fixtures';
import type { Settings } from '../../src/settings/schema';

/** Mode changes go popup → background → every frame (and may load the reader): allow for a busy 2-core machine. */
const eventually = <T>(value: () => T | Promise<T>) => expect.poll(value, { timeout: 5_000 });

const gov = fixtureByFile('yuhang-conference-2026.html');
const recipe = fixtureByFile('zh-recipe-blog.html');

/**
 * Listens to storage.onChanged inside the tab's content-script world (our isolated
 * world, found over CDP), the channel the reader's onSettingsChanged uses.
 */
async function listenInContentScript(page: Page): Promise<{ lastSettings(): Promise<Settings | undefined> }> {
  const cdp = await page.context().newCDPSession(page);
  const world = await extensionWorld(cdp);
  await inWorld(cdp, world, `globalThis.__zdSeen = []; chrome.storage.onChanged.addListener((c) => { if (c.settings) globalThis.__zdSeen.push(c.settings.newValue); }); true`);
  return { lastSettings: () => inWorld<Settings | undefined>(cdp, world, 'globalThis.__zdSeen.at(-1)') };
}

describe('Chromium: the options page', () => {
  let browser: ChromiumSession;
  let options: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    options = await browser.openExtensionPage('options.html');
    await options.locator('#glossary-results article').first().waitFor();
  });
  afterAll(async () => browser?.close());

  it('defaults for detected pages decide what a government news page opens with', async () => {
    await options.locator('#detected-pinyin').check();
    await options.locator('#detected-script-zh-HK').check();
    await eventually(async () => (await browser.getSettings()).detectedModes).toEqual({ script: 'zh-HK', pinyin: true, glossary: true });
    const { page, tabId } = await browser.open(gov.url);
    expect((await browser.pageState(tabId))?.modes).toEqual({ script: 'zh-HK', pinyin: true, glossary: true });
    await page.close();

    await options.locator('#auto-on-detected').uncheck();
    await eventually(async () => (await browser.getSettings()).autoOnDetected).toBe(false);
    const again = await browser.open(gov.url);
    expect((await browser.pageState(again.tabId))?.modes).toEqual({ script: 'original', pinyin: false, glossary: false });
    await again.page.close();
    await browser.setSettings({ autoOnDetected: true, detectedModes: { script: 'original', pinyin: false, glossary: true } });
  });

  it('site rules: add (from a pasted URL), change, remove; bad input is refused with a message', async () => {
    await options.locator('#new-site-host').fill('not a site');
    await options.locator('#add-site-rule').click();
    await eventually(() => options.locator('#new-site-error').isVisible()).toBe(true);

    await options.locator('#new-site-host').fill('https://WWW.Xiachufang.com/recipe/1/');
    await options.locator('#new-site-rule').selectOption('always');
    await options.locator('#new-site-host').press('Enter');
    await eventually(async () => (await browser.getSettings()).siteRules).toEqual({ 'www.xiachufang.com': 'always' });
    expect(await options.locator('#new-site-error').isHidden()).toBe(true);
    const { page, tabId } = await browser.open(recipe.url);
    expect((await browser.tabState(tabId))?.modes.glossary).toBe(true);
    await page.close();

    const row = options.locator('#site-rules li[data-host="www.xiachufang.com"]');
    await row.locator('select').selectOption('never');
    await eventually(async () => (await browser.getSettings()).siteRules['www.xiachufang.com']).toBe('never');
    await options.locator('#site-rules li[data-host="www.xiachufang.com"] button').click();
    await eventually(async () => (await browser.getSettings()).siteRules).toEqual({});
  });

  it('a rule set elsewhere (the popup) shows up in the open options page', async () => {
    await browser.setSettings({ siteRules: { 'www.gov.cn': 'never' } });
    await eventually(() => options.locator('#site-rules li[data-host="www.gov.cn"]').count()).toBe(1);
    await browser.setSettings({ siteRules: {} });
    await eventually(() => options.locator('#site-rules li[data-host]').count()).toBe(0);
  });

  it('pinyin style: saved to storage, shown in the preview, and delivered into an open tab', async () => {
    const tab = await browser.open(gov.url);
    const contentWorld = await listenInContentScript(tab.page);

    await options.locator('#pinyin-tone-numbers').check();
    await eventually(async () => (await browser.getSettings()).pinyin.tone).toBe('numbers');
    expect(await options.locator('#pinyin-preview rt').allTextContents()).toEqual(['quan2', 'mian4', 'shen1', 'hua4', 'gai3', 'ge2']);

    await options.locator('#tone-colors').check();
    await options.locator('#tone-scheme-hanping').check();
    await eventually(async () => (await browser.getSettings()).pinyin).toMatchObject({ toneColors: true, colorScheme: 'hanping' });
    // Hanping: tone 2 green, tone 4 red.
    expect(await options.locator('#pinyin-preview rt').first().evaluate((rt) => getComputedStyle(rt).color)).toBe('rgb(47, 168, 79)');
    expect(await options.locator('#pinyin-preview rt').nth(1).evaluate((rt) => getComputedStyle(rt).color)).toBe('rgb(224, 64, 58)');

    await options.locator('#pinyin-size').focus();
    await options.keyboard.press('ArrowRight');
    await eventually(async () => (await browser.getSettings()).pinyin.size).toBeCloseTo(0.55);

    await options.locator('#zhuyin').check();
    await eventually(async () => (await browser.getSettings()).pinyin.zhuyin).toBe(true);
    expect(await options.locator('#pinyin-preview rt').first().textContent()).toBe('ㄑㄩㄢˊ');

    // The content script's world (where the reader runs) received the new style.
    await eventually(async () => (await contentWorld.lastSettings())?.pinyin).toMatchObject({ tone: 'numbers', zhuyin: true, colorScheme: 'hanping' });
    await tab.page.close();
  });

  it('card behaviour: hover delay and explanation order', async () => {
    await options.locator('#hover-delay').focus();
    await options.keyboard.press('ArrowRight');
    await eventually(async () => (await browser.getSettings()).card.hoverDelayMs).toBe(200);
    await options.locator('#card-order-zh-first').check();
    await eventually(async () => (await browser.getSettings()).card.order).toBe('zh-first');
  });

  it('lists the shortcuts with a way to change them', async () => {
    expect(await options.locator('#shortcuts dt').count()).toBe(3);
    expect(await options.locator('#shortcut-settings').isVisible()).toBe(true);
  });

  it('glossary browser: finds terms by Traditional hanzi, toneless pinyin and English, and renders them as text', async () => {
    const search = options.locator('#glossary-search');
    await search.fill('接訴即辦');
    await eventually(() => options.locator('#glossary-results article').first().getAttribute('data-term')).toBe('jiesu-jiban');
    const card = options.locator('#glossary-results article').first();
    expect(await card.locator('.term').textContent()).toBe('接诉即办');
    expect(await card.locator('.pinyin').textContent()).toMatch(/jiē sù jí bàn/);
    expect(await card.locator('.explain[lang="en"]').textContent()).not.toBe('');
    // The hover card's renderer: other scripts beside the headword, UI strings from the catalogue.
    expect(await card.locator('.forms').textContent()).toBe('接訴即辦');
    expect(await card.locator('.category').textContent()).toBe('Programme');
    expect(await card.locator('[data-action="copy"]').getAttribute('aria-label')).toBe('Copy 接诉即办');
    await search.fill('jiesujiban');
    await eventually(() => options.locator('#glossary-results article').first().getAttribute('data-term')).toBe('jiesu-jiban');
    await search.fill('postdoctoral');
    await eventually(() => options.locator('#glossary-results article').first().getAttribute('data-term')).toBe('boshihou-gongzuozhan');
    // With the zh-first order saved above, the Chinese explanation comes first.
    expect(await options.locator('#glossary-results article').first().evaluate((a) => a.querySelector('.explain[lang="zh-Hans"]')!.compareDocumentPosition(a.querySelector('.explain[lang="en"]')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
    await search.fill('qqqzzz');
    await eventually(() => options.locator('#glossary-results article').count()).toBe(0);
  });

  it('exports the terms seen while reading for Pleco and Anki', async () => {
    await browser.worker.evaluate(() =>
      chrome.storage.local.set({ seenTerms: { 'jiesu-jiban': { count: 3, lastSeen: 1 }, 'boshihou-gongzuozhan': { count: 1, lastSeen: 2 } } }),
    );
    await options.reload();
    await options.locator('#export-pleco').waitFor();
    expect(await options.locator('#export-pleco').isEnabled()).toBe(true);
    const [pleco] = await Promise.all([options.waitForEvent('download'), options.locator('#export-pleco').click()]);
    const plecoText = readFileSync((await pleco.path())!, 'utf8');
    expect(plecoText.split('\n')[0]).toMatch(/^接诉即办\[接訴即辦\]\tjie1su4ji2ban4\t\S/);
    expect(plecoText.split('\n')[1]).toMatch(/^博士后科研工作站\[博士後科研工作站\]\tbo2shi4hou4/);
    const [anki] = await Promise.all([options.waitForEvent('download'), options.locator('#export-anki').click()]);
    expect(anki.suggestedFilename()).toMatch(/\.csv$/);
    const ankiLines = readFileSync((await anki.path())!, 'utf8').trimEnd().split('\n');
    expect(ankiLines[0]).toBe('#separator:comma');
    expect(ankiLines).toHaveLength(5);
    expect(ankiLines[3]).toMatch(/^接诉即办,接訴即辦,jiē sù jí bàn,/);
  });
});
