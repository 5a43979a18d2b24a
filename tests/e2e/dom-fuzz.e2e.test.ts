import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BLANK_PAGE, bundleDomLayer, launchPlainChromium, openTestPage } from '../fixtures/dom/browser-page';

const CASES = Number(process.env.ZD_FUZZ_CASES ?? 120);

describe('Chromium: restore is exact for random pages and random mode sequences', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    const bundle = await bundleDomLayer();
    browser = await launchPlainChromium();
    page = await openTestPage(browser, bundle, BLANK_PAGE);
  });
  afterAll(async () => browser?.close());

  it(`${CASES} seeded cases`, async () => {
    const problems = await page.evaluate(async (cases) => {
      const found: string[] = [];
      for (let seed = 1; seed <= cases && found.length < 5; seed++) found.push(...(await window.__zd.runFuzzCase(seed)));
      return found;
    }, CASES);
    expect(problems).toEqual([]);
  }, 300_000);
});
