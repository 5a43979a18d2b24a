import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, setModesViaBackground, type ChromiumSession } from './harness/chromium';
import { fixtureByFile, loadFixturePages } from './harness/fixtures';
import { extensionWorld, inWorld } from './harness/extension-world';
import { articleText, snapshotPage } from './harness/page-probes';
import { artifactsDir } from './harness/paths';

const screenshots = path.join(artifactsDir, 'screenshots');
/** A pinyin note written into the text after a Han character: 發(fā)展, 爲(wéi / wèi). */
const INLINE_NOTE = /\p{Script=Han}\((?:[a-zü\u00e0-\u01dc]+\d?\s*\/?\s*)+\)/u;

describe('Chromium: page modes through the real extension', () => {
  let browser: ChromiumSession;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => browser?.close());

  it('converts to Taiwan script with pinyin on every corpus page, and turning modes off gives the page back', async () => {
    for (const fixture of loadFixturePages().filter((p) => p.govNews)) {
      const { page, tabId } = await browser.open(fixture.url);
      // Detected pages start with glossary marks on: switch everything off first for the baseline.
      await setModesViaBackground(browser, tabId, { script: 'original', pinyin: false, glossary: false });
      const before = await page.evaluate(snapshotPage);

      await setModesViaBackground(browser, tabId, { script: 'zh-TW', pinyin: true, glossary: true });
      await expect.poll(async () => (await page.evaluate(snapshotPage)).readings, { timeout: 20_000 }).toBeGreaterThan(50);
      const on = await page.evaluate(snapshotPage);
      // What we converted is marked zh-TW so the browser picks Taiwan glyphs.
      expect(on.langs['zh-TW'] ?? 0, fixture.file).toBeGreaterThan(3);
      // Pinyin lives in attributes, so the text a reader copies is Chinese only, and the
      // page's own inline notes like 發(fā)展 are cleaned away while a mode is on.
      const shown = await page.evaluate(articleText);
      expect(shown).not.toMatch(INLINE_NOTE);
      expect(before.html).toMatch(fixture.file.startsWith('haidian-conference') ? INLINE_NOTE : /./);
      await page.screenshot({ caret: 'initial', path: path.join(screenshots, `modes-tw-pinyin-${fixture.file.replace('.html', '.png')}`) });

      await setModesViaBackground(browser, tabId, { script: 'original', pinyin: false, glossary: false });
      await expect.poll(async () => (await page.evaluate(snapshotPage)).html, { timeout: 20_000 }).toBe(before.html);
      const after = await page.evaluate(snapshotPage);
      expect(after.title).toBe(before.title);
      expect(after.lang).toBe(before.lang);
      await page.close();
    }
  });

  it('converts Traditional pages to Simplified, including the title', async () => {
    const { page, tabId } = await browser.open(fixtureByFile('yinyong-haidian-survey.html').url);
    await setModesViaBackground(browser, tabId, { script: 'zh-Hans', pinyin: false, glossary: false });
    await expect.poll(() => page.evaluate(() => document.title)).toContain('殷勇围绕推动首都高质量发展');
    await expect.poll(() => page.evaluate(articleText)).toContain('发展战略性新兴产业');
    await page.screenshot({ path: path.join(screenshots, 'modes-simplified-yinyong.png') });
  });

  it('never touches inputs, textareas, editable regions or code; keeps page listeners working', async () => {
    const { page, tabId } = await browser.open(fixtureByFile('zh-glossary-playground.html').url);
    await page.fill('#search', '用户输入的发展');
    await setModesViaBackground(browser, tabId, { script: 'zh-TW', pinyin: true, glossary: true });
    await expect.poll(() => page.locator('#p2 rt[data-zd-py]').count()).toBeGreaterThan(10);
    expect(await page.inputValue('#search')).toBe('用户输入的发展');
    expect(await page.inputValue('#comment')).toBe('我的留言：发展很快');
    expect(await page.locator('#editable').innerHTML()).toBe('可编辑区域：发展');
    expect(await page.locator('#code').innerHTML()).toBe('代码：发展 = develop');
    // The placeholder and image alt text are converted; the user's value is not.
    await expect.poll(() => page.getAttribute('#search', 'placeholder')).toBe('輸入關鍵詞搜索政策');
    await page.click('#p1');
    expect(await page.evaluate(() => document.body.dataset.clicked)).toBe('yes');
    // Open shadow roots and same-origin frames are read too.
    await expect.poll(() => page.evaluate(() => document.querySelector('#shadow-host')!.shadowRoot!.querySelectorAll('rt').length)).toBeGreaterThan(3);
    const frame = page.frameLocator('#frame');
    await expect.poll(() => frame.locator('rt[data-zd-py]').count(), { timeout: 20_000 }).toBeGreaterThan(3);
    await page.screenshot({ path: path.join(screenshots, 'playground-all-modes.png'), fullPage: true });
  });
});

describe('Chromium: the reading code loads in parts, only where it is needed', () => {
  it('a detected page gets the glossary reader; the engine never loads in the page, and each part loads in the background only with its mode', async () => {
    const browser = await launchChromium();
    try {
      const { page, tabId } = await browser.open(fixtureByFile('haidian-work-report-2024.html').url);
      await browser.send(tabId, { type: 'when-idle' }, 0);
      const cdp = await page.context().newCDPSession(page);
      const world = await extensionWorld(cdp);
      const inPage = () =>
        inWorld<[boolean, boolean, boolean]>(cdp, world, '[!!globalThis.__zhengduReader, !!globalThis.__zhengduPinyin, !!globalThis.__zhengduConvert]');
      const inBackground = () =>
        browser.worker.evaluate(() => {
          const slots = globalThis as Record<string, unknown>;
          return [!!slots.__zhengduPinyin, !!slots.__zhengduConvert];
        });
      expect(await inPage()).toEqual([true, false, false]);
      expect(await inBackground()).toEqual([false, false]);
      await setModesViaBackground(browser, tabId, { script: 'original', pinyin: true, glossary: true });
      expect(await page.locator('rt[data-zd-py]').count()).toBeGreaterThan(100);
      expect(await inPage()).toEqual([true, false, false]);
      expect(await inBackground()).toEqual([true, false]);
      await setModesViaBackground(browser, tabId, { script: 'zh-TW', pinyin: true, glossary: true });
      expect(await inPage()).toEqual([true, false, false]);
      expect(await inBackground()).toEqual([true, true]);
      await expect.poll(() => page.evaluate(() => document.title)).toContain('人民政府工作報告');
    } finally {
      await browser.close();
    }
  });
});
