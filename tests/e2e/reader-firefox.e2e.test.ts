import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { fixtureByFile } from './harness/fixtures';
import { articleText, snapshotPage } from './harness/page-probes';
import { makeWorkReport } from '../../bench/page/make-work-report';

const LONG_PAGE_URL = 'https://www.gov.cn/zhengce/2026-12/02/long-report.htm';

describe('Firefox: page modes through the real extension', () => {
  let browser: FirefoxSession;
  beforeAll(async () => {
    browser = await launchFirefox({ [LONG_PAGE_URL]: makeWorkReport({ targetHan: 20_000 }).html });
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

  it('converts a long page throughout and keeps ruby near the viewport as the reader scrolls', async () => {
    const { page, tabId } = await browser.open(LONG_PAGE_URL);
    const probe = () =>
      page.evaluate(() => {
        const paragraphs = [...document.querySelectorAll('article p')];
        const last = paragraphs[paragraphs.length - 1];
        return {
          first: paragraphs[0].querySelector('ruby') !== null,
          last: last.querySelector('ruby') !== null,
          lastText: last.textContent,
          withRuby: paragraphs.filter((p) => p.querySelector('ruby')).length,
          total: paragraphs.length,
          html: document.body.innerHTML,
        };
      });
    const before = await probe();
    await browser.send(tabId, { type: 'set-modes', modes: { script: 'zh-TW', pinyin: true, glossary: false } });
    await browser.send(tabId, { type: 'when-idle' }, 0);
    const top = await probe();
    expect(top.first).toBe(true);
    expect(top.last).toBe(false);
    expect(top.lastText).not.toBe(before.lastText);
    expect(top.withRuby).toBeLessThan(top.total / 4);

    await page.evaluate(() => [...document.querySelectorAll('article p')].pop()?.scrollIntoView());
    await page.waitForFunction(() => [...document.querySelectorAll('article p')].pop()?.querySelector('ruby') !== null, { timeout: 15_000 });
    await browser.send(tabId, { type: 'when-idle' }, 0);
    expect((await probe()).first).toBe(false);

    await browser.send(tabId, { type: 'set-modes', modes: { script: 'original', pinyin: false, glossary: false } });
    await browser.send(tabId, { type: 'when-idle' }, 0);
    expect((await probe()).html).toBe(before.html);
  });
});
