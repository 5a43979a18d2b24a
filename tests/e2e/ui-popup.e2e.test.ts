import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { fixtureByFile } from './harness/fixtures';
import { chromeExtensionDir } from './harness/paths';
import type { TermCount } from '../../src/shared/messages';

/** Mode changes go popup → background → every frame (and may load the reader): allow for a busy 2-core machine. */
const eventually = <T>(value: () => T | Promise<T>) => expect.poll(value, { timeout: 5_000 });

const recipe = fixtureByFile('zh-recipe-blog.html');
const gov = fixtureByFile('yuhang-conference-2026.html');

describe('Chromium: the toolbar popup', () => {
  let browser: ChromiumSession;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it('applies pinyin, script and glossary to the tab at once', async () => {
    const { page, tabId } = await browser.open(recipe.url);
    const popup = await browser.openExtensionPage('popup.html', `?tab=${tabId}`);
    await popup.locator('#pinyin').check();
    await eventually(async () => (await browser.pageState(tabId))?.modes.pinyin).toBe(true);
    await popup.locator('#script-zh-TW').check();
    await eventually(async () => (await browser.pageState(tabId))?.modes.script).toBe('zh-TW');
    await popup.locator('#glossary').check();
    await eventually(async () => (await browser.pageState(tabId))?.modes).toEqual({ script: 'zh-TW', pinyin: true, glossary: true });
    await popup.locator('#pinyin').uncheck();
    await eventually(async () => (await browser.tabState(tabId))?.modes.pinyin).toBe(false);
    await Promise.all([popup.close(), page.close()]);
  });

  it('"always on this site" turns a non-detected page on, survives reopening, and "default" undoes it', async () => {
    const first = await browser.open(recipe.url);
    const tabId = first.tabId;
    expect((await browser.tabState(tabId))?.modes.glossary).toBe(false);
    const popup = await browser.openExtensionPage('popup.html', `?tab=${tabId}`);
    await popup.locator('#site-rule-always').check();
    await eventually(async () => (await browser.getSettings()).siteRules['www.xiachufang.com']).toBe('always');
    const detected = (await browser.getSettings()).detectedModes;
    await eventually(async () => (await browser.pageState(tabId))?.modes).toEqual(detected);
    // The popup's own switches follow the new modes.
    await eventually(() => popup.locator('#glossary').isChecked()).toBe(detected.glossary);
    await Promise.all([popup.close(), first.page.close()]);

    const again = await browser.open(recipe.url);
    expect((await browser.tabState(again.tabId))?.modes).toEqual(detected);
    const reopened = await browser.openExtensionPage('popup.html', `?tab=${again.tabId}`);
    await eventually(() => reopened.locator('#site-rule-always').isChecked()).toBe(true);

    await reopened.locator('#site-rule-default').check();
    await eventually(async () => (await browser.getSettings()).siteRules['www.xiachufang.com']).toBeUndefined();
    await eventually(async () => (await browser.pageState(again.tabId))?.modes.glossary).toBe(false);
    await Promise.all([reopened.close(), again.page.close()]);
  });

  it('shows the verdict with its reasons, and the terms the page reports', async () => {
    const { page, tabId } = await browser.open(gov.url);
    const popup = await browser.openExtensionPage('popup.html', `?tab=${tabId}`);
    await eventually(() => popup.locator('#verdict').getAttribute('data-verdict')).toBe('gov-news');
    expect((await popup.locator('#verdict').textContent())?.trim()).not.toBe('');
    const reasons = (await browser.tabState(tabId))?.report?.reasons ?? [];
    expect(await popup.locator('#reasons li').allTextContents()).toEqual(reasons);

    const terms = (await browser.send(tabId, { type: 'get-terms' }, 0)) as TermCount[];
    if (terms.length === 0) await eventually(() => popup.locator('#terms li.muted').count()).toBe(1);
    else await eventually(() => popup.locator('#terms button.term').count()).toBe(terms.length);
    await Promise.all([popup.close(), page.close()]);
  });

  it('lists the keyboard shortcuts as the browser has them and opens its shortcut settings', async () => {
    const { page, tabId } = await browser.open(recipe.url);
    const popup = await browser.openExtensionPage('popup.html', `?tab=${tabId}`);
    const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
    const notSet = await popup.evaluate(() => chrome.i18n.getMessage('shortcutNotSet'));
    // Chromium refuses a suggested key that clashes with its own; the popup then says "not set".
    const expected = commands.filter((c) => c.description).map((c) => [c.shortcut || notSet, c.description]);
    await eventually(() => popup.locator('#shortcuts dt').count()).toBe(3);
    const shown = await popup.locator('#shortcuts dt').evaluateAll((dts) => dts.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(shown).toEqual(expected);
    const opened = browser.context.waitForEvent('page');
    await popup.locator('#shortcut-settings').click();
    const settingsPage = await opened;
    await eventually(() => settingsPage.url()).toBe('chrome://extensions/shortcuts');
    await settingsPage.close();
    await Promise.all([popup.close(), page.close()]);
  });

  it('works with the keyboard alone: Tab, Space and arrow keys, with a visible focus ring', async () => {
    const { page, tabId } = await browser.open(recipe.url);
    const popup = await browser.openExtensionPage('popup.html', `?tab=${tabId}`);
    await popup.locator('#pinyin').waitFor({ state: 'attached' });
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('pinyin');
    const ring = await popup.evaluate(() => getComputedStyle(document.querySelector('#pinyin + .switch-track')!).outlineStyle);
    expect(ring).toBe('solid');
    await popup.keyboard.press('Space');
    await eventually(async () => (await browser.pageState(tabId))?.modes.pinyin).toBe(true);

    await popup.keyboard.press('Tab'); // into the script group, on the checked radio
    expect(await popup.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('original');
    await popup.keyboard.press('ArrowRight');
    await eventually(async () => (await browser.pageState(tabId))?.modes.script).toBe('zh-Hans');

    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('glossary');
    await popup.keyboard.press('Space');
    await eventually(async () => (await browser.pageState(tabId))?.modes.glossary).toBe(true);

    await popup.keyboard.press('Tab'); // the site rule group
    expect(await popup.evaluate(() => (document.activeElement as HTMLInputElement).name)).toMatch(/^site-rule/);
    // Everything interactive is reachable: walk to the options button and press Enter.
    for (let i = 0; i < 30 && (await popup.evaluate(() => document.activeElement?.id)) !== 'open-options'; i++) await popup.keyboard.press('Tab');
    const optionsPage = browser.context.waitForEvent('page');
    await popup.keyboard.press('Enter');
    const options = await optionsPage;
    expect(options.url()).toContain('/options.html');
    await Promise.all([popup.close(), page.close(), options.close()]);
  });

  it('says so on a page it cannot script', async () => {
    const ids = () => browser.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
    const before = await ids();
    const page = await browser.context.newPage();
    await page.goto('chrome://version');
    // Without the "tabs" permission a chrome:// tab shows no URL: find it as the new tab.
    const tabId = (await ids()).find((id) => !before.includes(id));
    expect(tabId).toBeTypeOf('number');
    const popup = await browser.openExtensionPage('popup.html', `?tab=${tabId}`);
    await eventually(() => popup.locator('#cannot-read').isVisible()).toBe(true);
    expect(await popup.locator('#pinyin').count()).toBe(0);
    await Promise.all([popup.close(), page.close()]);
  });

  it('registers the "read the selection" context menu item', async () => {
    // update() rejects for an id that was never created.
    await expect(browser.worker.evaluate(() => chrome.contextMenus.update('zhengdu-read-selection', {}))).resolves.toBeUndefined();
    await expect(browser.worker.evaluate(() => chrome.contextMenus.update('no-such-item', {}))).rejects.toThrow();
  });

  it('reads a selection: pinyin from the engine and the glossary terms in it', async () => {
    const text = '坚持接诉即办，办好民生实事。';
    const popup = await browser.openExtensionPage('popup.html', `?selection=${encodeURIComponent(text)}`);
    await popup.locator('#selection-terms').waitFor();
    const readings = await popup.locator('#selection rt').allTextContents();
    expect(readings).toHaveLength(Array.from(text).filter((c) => /\p{Script=Han}/u.test(c)).length);
    expect(readings.slice(0, 6)).toEqual(['jiān', 'chí', 'jiē', 'sù', 'jí', 'bàn']);
    expect(await popup.locator('#selection-terms article').first().getAttribute('data-term')).toBe('jiesu-jiban');
    await popup.close();
  });
});

describe('Chromium: the popup shows a reader failure instead of failing silently', () => {
  let browser: ChromiumSession;
  let brokenDir: string;
  beforeAll(async () => {
    // The same build without reader.js: injecting the reader fails, as it would on a broken release.
    brokenDir = mkdtempSync(path.join(tmpdir(), 'zhengdu-broken-'));
    cpSync(chromeExtensionDir, brokenDir, { recursive: true, filter: (src) => path.basename(src) !== 'reader.js' });
    browser = await launchChromium({ extensionDir: brokenDir });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(brokenDir, { recursive: true, force: true });
  });

  it('shows the error line after a mode fails to apply', async () => {
    const { page, tabId } = await browser.open(recipe.url);
    const popup = await browser.openExtensionPage('popup.html', `?tab=${tabId}`);
    expect(await popup.locator('#page-error').isHidden()).toBe(true);
    await popup.locator('#pinyin').check();
    await eventually(() => popup.locator('#page-error').isVisible()).toBe(true);
    const error = (await browser.pageState(tabId))?.error;
    expect(error).toBeTruthy();
    expect(await popup.locator('#page-error').textContent()).toContain(error);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('Chromium in Traditional Chinese (zh-TW)', () => {
  let browser: ChromiumSession;
  beforeAll(async () => {
    browser = await launchChromium({ locale: 'zh-TW' });
  });
  afterAll(async () => browser?.close());

  it('the popup speaks the browser’s language and marks the page with it', async () => {
    const { page, tabId } = await browser.open(recipe.url);
    const popup = await browser.openExtensionPage('popup.html', `?tab=${tabId}`);
    await popup.locator('#glossary').waitFor({ state: 'attached' });
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    expect(await popup.locator('label[for="glossary"]').textContent()).toBe('術語標記');
    expect(await popup.title()).toBe('政讀');
    await Promise.all([popup.close(), page.close()]);
  });

  it('the selection view’s glossary entries speak it too', async () => {
    const popup = await browser.openExtensionPage('popup.html', `?selection=${encodeURIComponent('坚持接诉即办。')}`);
    const entry = popup.locator('#selection-terms article').first();
    await entry.waitFor();
    expect(await entry.locator('.category').textContent()).toBe('計畫與行動');
    expect(await entry.locator('.related > span').first().textContent()).toBe('相關：');
    expect(await entry.locator('[data-action="copy"]').textContent()).toBe('複製');
    expect(await entry.locator('[data-action="copy"]').getAttribute('aria-label')).toBe('複製「接诉即办」');
    await popup.close();
  });
});
