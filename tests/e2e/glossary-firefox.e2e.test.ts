import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleGlossaryLayer, EXTRA_TERMS_HTML } from '../fixtures/glossary-ui/bundle';
import { fixtureByFile, readFixture } from './harness/fixtures';
import { requireBinary } from './harness/paths';

const playground = fixtureByFile('zh-glossary-playground.html');

describe('glossary marks and card in Firefox', () => {
  let firefox: Browser;
  let page: Page;
  let profile: string;

  beforeAll(async () => {
    profile = mkdtempSync(path.join(tmpdir(), 'zhengdu-glossary-firefox-'));
    firefox = await puppeteer.launch({ browser: 'firefox', executablePath: requireBinary('firefox'), headless: true, userDataDir: profile });
    page = await firefox.newPage();
    // page.setViewport also overrides the screen orientation, a command Firefox 140.12 ESR does not
    // know (and the whole call fails): the WebDriver BiDi viewport command alone.
    const context = (page.mainFrame() as unknown as { browsingContext: { setViewport(options: object): Promise<void> } }).browsingContext;
    await context.setViewport({ viewport: { width: 1000, height: 700 } });
    expect(await page.evaluate(() => [innerWidth, innerHeight])).toEqual([1000, 700]);
    const html = readFixture(playground.file).replace('</article>', `${EXTRA_TERMS_HTML}</article>`);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith(playground.url)) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else void request.continue();
    });
    await page.goto(playground.url);
    await page.addScriptTag({ content: await bundleGlossaryLayer() });
    await page.evaluate(() => void window.__zdg.mount(document));
  });
  afterAll(async () => {
    await firefox?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('paints terms with the Custom Highlight API', async () => {
    expect(await page.evaluate(() => window.__zdg.hasHighlightApi())).toBe(true);
    // Blocks near the viewport are painted once the IntersectionObserver has reported them.
    await expect.poll(() => page.evaluate(() => window.__zdg.highlightCount()), { timeout: 3000 }).toBeGreaterThanOrEqual(14);
  });

  it('hover shows the card, clear of the term and inside the viewport', async () => {
    const [term] = await page.evaluate(() => window.__zdg.termRects('先立后破'));
    await page.mouse.move(term.left + 3, (term.top + term.bottom) / 2);
    await expect.poll(() => page.evaluate(() => window.__zdg.card()?.id ?? null), { timeout: 3000 }).toBe('xianli-houpo');
    const card = (await page.evaluate(() => window.__zdg.card()))!;
    expect(card.hidden).toBe(false);
    expect(card.headword).toBe('先立后破');
    expect(card.rect.top).toBeGreaterThan(term.bottom);
    expect(card.rect.right).toBeLessThanOrEqual(1000);
  });

  it('hover resolves a term at each of 200 points (the p95 figure is printed; its target lives in npm run bench)', async () => {
    const { times, withCard } = await page.evaluate(() => window.__zdg.hoverTimings(200));
    const sorted = [...times].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)];
    console.log(`glossary perf (Firefox, playground): hover p95 ${p95.toFixed(3)} ms, max ${sorted[sorted.length - 1].toFixed(3)} ms`);
    expect(times).toHaveLength(200);
    expect(withCard).toBeGreaterThan(20);
  });
});
