import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { fixtureByFile } from './harness/fixtures';
import { articleText, snapshotPage } from './harness/page-probes';

describe('Firefox: page modes through the real extension', () => {
  let browser: FirefoxSession;
  beforeAll(async () => {
    browser = await launchFirefox();
  });
  afterAll(async () => browser?.close());

  it('adds pinyin ruby and converts script, then gives the page back exactly', async () => {
    const { page, tabId } = await browser.open(fixtureByFile('yuhang-conference-2026.html').url);
    const off = { script: 'original', pinyin: false, glossary: false } as const;
    await browser.send(tabId, { type: 'set-modes', modes: off });
    await browser.send(tabId, { type: 'when-idle' }, 0);
    const before = await page.evaluate(snapshotPage);

    await browser.send(tabId, { type: 'set-modes', modes: { script: 'zh-HK', pinyin: true, glossary: true } });
    await browser.send(tabId, { type: 'when-idle' }, 0);
    const on = await page.evaluate(snapshotPage);
    expect(on.readings).toBeGreaterThan(100);
    expect(on.langs['zh-HK'] ?? 0).toBeGreaterThan(3);
    expect(await page.evaluate(articleText)).toContain('餘杭區經濟高質量發展大會');
    // Copying gives the Chinese without the pinyin: the readings are generated content.
    const copied = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('article p')!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    expect(copied).toMatch(/^2日上午/);
    expect(copied).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔù]/);

    await browser.send(tabId, { type: 'set-modes', modes: off });
    await browser.send(tabId, { type: 'when-idle' }, 0);
    expect((await page.evaluate(snapshotPage)).html).toBe(before.html);
  });
});
