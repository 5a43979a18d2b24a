import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { fixtureByFile } from './harness/fixtures';
import { artifactsDir } from './harness/paths';

const screenshots = path.join(artifactsDir, 'screenshots');
const gov = fixtureByFile('yuhang-conference-2026.html');

/** Relative luminance (WCAG) of a computed `rgb(...)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const textColour = (page: Page) => page.evaluate(() => getComputedStyle(document.body).color);
/** Horizontal overflow of the document, in CSS pixels (0 = everything wraps). */
const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function openPopup(browser: ChromiumSession): Promise<Page> {
  const { tabId } = await browser.open(gov.url);
  const popup = await browser.openExtensionPage('popup.html', `?tab=${tabId}`);
  await popup.locator('#verdict').waitFor();
  return popup;
}

async function openOptions(browser: ChromiumSession): Promise<Page> {
  const options = await browser.openExtensionPage('options.html');
  await options.locator('#glossary-results article').first().waitFor();
  return options;
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`Chromium, ${scheme} theme`, () => {
    let browser: ChromiumSession;
    beforeAll(async () => {
      mkdirSync(screenshots, { recursive: true });
      browser = await launchChromium({ colorScheme: scheme });
    });
    afterAll(async () => browser?.close());

    it('the popup follows the system colour scheme, with readable contrast', async () => {
      const popup = await openPopup(browser);
      await popup.setViewportSize({ width: 380, height: 640 });
      const bg = luminance(await background(popup));
      expect(scheme === 'dark' ? bg < 0.05 : bg > 0.9).toBe(true);
      const fg = luminance(await textColour(popup));
      // WCAG contrast ratio of body text; 7:1 is AAA.
      expect((Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05)).toBeGreaterThan(7);
      await popup.screenshot({ path: path.join(screenshots, `popup-${scheme}.png`), fullPage: true });
      await popup.close();
      const selection = await browser.openExtensionPage('popup.html', `?selection=${encodeURIComponent('坚持接诉即办，发展新质生产力。')}`);
      await selection.setViewportSize({ width: 440, height: 620 });
      await selection.locator('#selection rt').first().waitFor();
      await selection.screenshot({ path: path.join(screenshots, `selection-${scheme}.png`) });
      await selection.close();
    });

    it('the options page follows the system colour scheme', async () => {
      const options = await openOptions(browser);
      const bg = luminance(await background(options));
      expect(scheme === 'dark' ? bg < 0.05 : bg > 0.9).toBe(true);
      await options.screenshot({ path: path.join(screenshots, `options-${scheme}.png`) });
      await options.locator('#glossary-search').fill('接诉即办');
      await options.locator('#glossary-results article[data-term="jiesu-jiban"]').waitFor();
      // The heading at the top, so the shot shows the entries drawn by the card's renderer.
      await options.locator('#glossary-heading').evaluate((h) => h.scrollIntoView({ block: 'start' }));
      await options.screenshot({ path: path.join(screenshots, `options-glossary-${scheme}.png`) });
      await options.close();
    });
  });
}

describe('Chromium: readable at 200% zoom', () => {
  let browser: ChromiumSession;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  // Browser zoom at 200% halves the CSS viewport: a popup can grow to 800×600 device
  // pixels, i.e. 400×300 CSS pixels; a 1100-pixel-wide options tab becomes 550.
  it('the popup wraps instead of scrolling sideways', async () => {
    const popup = await openPopup(browser);
    await popup.setViewportSize({ width: 400, height: 300 });
    expect(await overflowX(popup)).toBeLessThanOrEqual(0);
    // No fixed heights: the content is taller than the viewport and scrolls vertically.
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(300);
    await popup.screenshot({ path: path.join(screenshots, 'popup-zoom-200.png'), fullPage: true });
    await popup.close();
  });

  it('the options page wraps instead of scrolling sideways', async () => {
    const options = await openOptions(browser);
    await options.setViewportSize({ width: 550, height: 400 });
    expect(await overflowX(options)).toBeLessThanOrEqual(0);
    await options.close();
  });
});
