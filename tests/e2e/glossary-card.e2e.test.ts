import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleGlossaryLayer, EXTRA_TERMS_HTML } from '../fixtures/glossary-ui/bundle';
import { fixtureByFile, readFixture } from './harness/fixtures';
import { artifactsDir, repoRoot, requireBinary } from './harness/paths';

type Rect = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Rect, b: Rect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const VIEWPORT = { width: 1000, height: 700 };
const playground = fixtureByFile('zh-glossary-playground.html');
const screenshots = path.join(artifactsDir, 'screenshots');

describe('glossary marks and card in Chromium', () => {
  let browser: Browser;
  let bundle: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    bundle = await bundleGlossaryLayer();
    browser = await chromium.launch({
      executablePath: requireBinary('chromium'),
      headless: true,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => browser?.close());

  /** The playground at its real URL, plus test paragraphs, with the layer mounted on it and its frame. */
  async function open(options: { colorScheme?: 'light' | 'dark'; hasTouch?: boolean; html?: string; mount?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: options.colorScheme ?? 'light', hasTouch: options.hasTouch });
    contexts.push(context);
    const page = await context.newPage();
    const html = options.html ?? readFixture(playground.file).replace('</article>', `${EXTRA_TERMS_HTML}</article>`);
    await page.route(playground.url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(playground.url);
    await page.addScriptTag({ content: bundle });
    if (options.mount === false) return page;
    await page.evaluate(() => {
      window.__zdg.mount(document);
      window.__zdg.mountFrames();
    });
    return page;
  }
  afterAll(async () => Promise.all(contexts.map((c) => c.close().catch(() => undefined))));

  const card = (page: Page) => page.evaluate(() => window.__zdg.card());
  async function termBox(page: Page, text: string, nth = 0): Promise<Rect> {
    const rects = await page.evaluate((t) => window.__zdg.termRects(t), text);
    expect(rects.length, `"${text}" on the page`).toBeGreaterThan(nth);
    return rects[nth];
  }
  async function hover(page: Page, text: string, nth = 0): Promise<Rect> {
    const box = await termBox(page, text, nth);
    await page.mouse.move(box.left + 3, (box.top + box.bottom) / 2);
    return box;
  }
  const shownCard = (page: Page, id: string) =>
    expect.poll(async () => (await card(page))?.id ?? null, { timeout: 3000 }).toBe(id);

  it('paints every term with the Custom Highlight API and counts them', async () => {
    const page = await open();
    expect(await page.evaluate(() => window.__zdg.hasHighlightApi())).toBe(true);
    // Blocks near the viewport are painted once the IntersectionObserver has reported them.
    await expect.poll(() => page.evaluate(() => window.__zdg.highlightCount()), { timeout: 3000 }).toBeGreaterThanOrEqual(14);
    const terms = await page.evaluate(() => window.__zdg.layer()!.terms());
    const byId = new Map(terms.map((t) => [t.id, t]));
    expect(byId.get('xinzhi-shengchanli')).toMatchObject({ term: '新质生产力', count: 3 }); // heading, link, test paragraph
    expect(byId.get('jiesu-jiban')?.count).toBe(3);
    // The open shadow root's text is found too.
    expect(byId.has('gaozhiliang-fazhan')).toBe(true);
  });

  it('hover shows the card after the delay, below the term, inside the viewport, with the entry', async () => {
    const page = await open();
    const term = await hover(page, '先立后破');
    expect((await card(page))?.hidden).toBe(true);
    await shownCard(page, 'xianli-houpo');
    const shown = (await card(page))!;
    expect(shown.headword).toBe('先立后破');
    expect(shown.pinyin).toMatch(/xiān lì/);
    expect(shown.explanations).toEqual(['en', 'zh-Hans']);
    expect(shown.text).toContain('Copy');
    expect(overlaps(shown.rect, term)).toBe(false);
    expect(shown.rect.top).toBeGreaterThan(term.bottom);
    expect(shown.rect.right).toBeLessThanOrEqual(VIEWPORT.width);
    await page.screenshot({ path: path.join(screenshots, 'glossary-card-light.png'), clip: clipAround(shown.rect, term) });
  });

  it('a term at the bottom-right corner gets the card above it, inside the viewport', async () => {
    const page = await open();
    const term = await hover(page, '接诉即办', 2);
    await shownCard(page, 'jiesu-jiban');
    const shown = (await card(page))!;
    expect(overlaps(shown.rect, term)).toBe(false);
    expect(shown.rect.bottom).toBeLessThanOrEqual(term.top);
    expect(shown.rect.left).toBeGreaterThanOrEqual(0);
    expect(shown.rect.right).toBeLessThanOrEqual(VIEWPORT.width);
    expect(shown.rect.top).toBeGreaterThanOrEqual(0);
  });

  it('moving between two adjacent terms moves the card without hiding it', async () => {
    const page = await open();
    await page.evaluate(() => document.getElementById('adjacent')!.scrollIntoView({ block: 'center' }));
    const first = await hover(page, '新质生产力', 2);
    await shownCard(page, 'xinzhi-shengchanli');
    await page.evaluate(() => {
      const w = window as unknown as { hiddenSeen: number };
      w.hiddenSeen = 0;
      const check = (): void => {
        if (window.__zdg.card()?.hidden) w.hiddenSeen++;
        requestAnimationFrame(check);
      };
      check();
    });
    const second = await termBox(page, '接诉即办', 1);
    expect(Math.abs(second.left - first.right)).toBeLessThan(2);
    await page.mouse.move(second.left + 6, (second.top + second.bottom) / 2, { steps: 12 });
    await shownCard(page, 'jiesu-jiban');
    expect(await page.evaluate(() => (window as unknown as { hiddenSeen: number }).hiddenSeen)).toBe(0);
  });

  it('leaving the term hides the card after a grace; the pointer on the card keeps it', async () => {
    const page = await open();
    await hover(page, '先立后破');
    await shownCard(page, 'xianli-houpo');
    const shown = (await card(page))!;
    await page.mouse.move(shown.rect.left + 20, shown.rect.top + 20, { steps: 4 });
    await page.waitForTimeout(600);
    expect((await card(page))?.hidden).toBe(false);
    await page.mouse.move(5, VIEWPORT.height - 5);
    await expect.poll(async () => (await card(page))?.hidden, { timeout: 3000 }).toBe(true);
  });

  it('Escape closes a hover card', async () => {
    const page = await open();
    await hover(page, '海英计划');
    await shownCard(page, 'haiying-jihua');
    await page.keyboard.press('Escape');
    expect((await card(page))?.hidden).toBe(true);
  });

  it('keyboard: the first Tab reaches the term navigator; arrows open cards; Tab enters the card; Escape returns focus', async () => {
    const page = await open();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    // The card opens in the page's handling of the key, which a busy machine may not have reached yet.
    await expect.poll(async () => (await card(page))?.hidden, { timeout: 3000 }).toBe(false);
    const first = await card(page);
    expect(first?.activeInCard).toBe('nav');
    await page.keyboard.press('ArrowDown');
    const second = await card(page);
    expect(second?.id).not.toBe(first?.id);
    await page.keyboard.press('Tab');
    expect((await card(page))?.activeInCard).not.toBe('nav');
    await page.keyboard.press('Escape');
    const closed = await card(page);
    expect(closed?.hidden).toBe(true);
    expect(closed?.activeInCard).toBe('nav');
  });

  it('focusing a link that is a term shows its card', async () => {
    const page = await open();
    await page.focus('#link-term');
    const shown = await card(page);
    expect(shown?.id).toBe('xinzhi-shengchanli');
    const term = await termBox(page, '新质生产力');
    expect(overlaps(shown!.rect, term)).toBe(false);
    await page.keyboard.press('Escape');
    expect((await card(page))?.hidden).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('link-term');
  });

  it('tap on a touch screen shows the card; a tap elsewhere closes it', async () => {
    const page = await open({ hasTouch: true });
    const term = await termBox(page, '专精特新');
    await page.touchscreen.tap(term.left + 4, (term.top + term.bottom) / 2);
    await shownCard(page, 'zhuanjing-texin');
    await page.touchscreen.tap(VIEWPORT.width - 20, 10);
    await expect.poll(async () => (await card(page))?.hidden).toBe(true);
  });

  it('terms on a dark background get a dark card', async () => {
    const page = await open();
    const term = await hover(page, '海英计划');
    await shownCard(page, 'haiying-jihua');
    const shown = (await card(page))!;
    expect(shown.theme).toBe('dark');
    await page.screenshot({ path: path.join(screenshots, 'glossary-card-dark.png'), clip: clipAround(shown.rect, term) });
    await page.keyboard.press('Escape');
    await hover(page, '先立后破');
    await shownCard(page, 'xianli-houpo');
    expect((await card(page))?.theme).toBe('light');
  });

  it('a page in dark colour scheme gets a dark card', async () => {
    const html = readFixture(playground.file).replace('</head>', '<style>:root { color-scheme: light dark }</style></head>');
    const page = await open({ colorScheme: 'dark', html });
    await hover(page, '先立后破');
    await shownCard(page, 'xianli-houpo');
    expect((await card(page))?.theme).toBe('dark');
  });

  it('hostile page CSS does not restyle the card', async () => {
    const page = await open();
    await hover(page, '先立后破');
    await shownCard(page, 'xianli-houpo');
    const before = (await card(page))!;
    await page.addStyleTag({ content: '* { color: red !important; font-size: 40px !important; background: lime !important; } div, button { display: none !important }' });
    const after = (await card(page))!;
    expect(after.style).toEqual(before.style);
    expect(after.rect.width).toBeCloseTo(before.rect.width, 0);
    expect(after.hidden).toBe(false);
  });

  it('works with pinyin ruby and conversion on: rescans, then hover still resolves terms', async () => {
    const page = await open();
    const counts = await page.evaluate(() => window.__zdg.layer()!.terms());
    await page.evaluate(() => window.__zdg.setModes('zh-TW', true));
    await page.evaluate(() => (window.__zdg.settings.script = 'zh-TW'));
    expect(await page.evaluate(() => document.querySelectorAll('ruby[data-zd-ruby]').length)).toBeGreaterThan(10);
    const after = await page.evaluate(() => window.__zdg.layer()!.terms());
    expect(after.map((t) => [t.id, t.count])).toEqual(counts.map((t) => [t.id, t.count]));
    await hover(page, '京津冀協同發展');
    await shownCard(page, 'jingjinji-xietong-fazhan');
    expect((await card(page))?.headword).toBe('京津冀協同發展');
    expect((await card(page))?.explanations).toEqual(['en', 'zh-TW']);
    await page.evaluate(() => window.__zdg.setModes('original', false));
    expect(await page.evaluate(() => window.__zdg.layer()!.terms().length)).toBe(counts.length);
  });

  it('works inside an iframe (one layer per frame)', async () => {
    const page = await open();
    const frame = await page.evaluate(() => {
      const el = document.querySelector('iframe')!;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { left: r.left + el.clientLeft, top: r.top + el.clientTop };
    });
    const inner = await page.evaluate(() => window.__zdg.termRects('新质生产力', document.querySelector('iframe')!.contentDocument!));
    expect(inner.length).toBe(1);
    await page.mouse.move(frame.left + inner[0].left + 4, frame.top + (inner[0].top + inner[0].bottom) / 2);
    await expect
      .poll(() => page.evaluate(() => window.__zdg.card(document.querySelector('iframe')!.contentDocument!)?.id ?? null), { timeout: 3000 })
      .toBe('xinzhi-shengchanli');
  });

  it('scrollToTerm brings the first occurrence into view', async () => {
    const page = await open({ html: readFixture(playground.file).replace('<article id="article">', `<div style="height:3000px"></div><article id="article">`) });
    expect(await page.evaluate(() => window.__zdg.layer()!.scrollToTerm('haiying-jihua'))).toBe(true);
    const box = await termBox(page, '海英计划');
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(VIEWPORT.height);
    expect(await page.evaluate(() => window.__zdg.layer()!.scrollToTerm('no-such-term'))).toBe(false);
  });

  it('paints only the terms of blocks near the viewport, and scrolling paints the terms it brings', async () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `<p id="p${i}" style="margin:0;line-height:40px">第${i}段：实施海英计划，做好接诉即办。</p>`);
    const page = await open({ html: `<!doctype html><html lang="zh"><head><meta charset="utf-8"></head><body>${paragraphs.join('')}</body></html>` });
    await page.evaluate(() => window.__zdg.layer()!.whenIdle());
    /** Per painted range, the box of its paragraph; and how many terms the index holds. */
    const paintedBlocks = () =>
      page.evaluate(() => {
        const ranges = [...(CSS.highlights.get('zd-term') ?? [])];
        const blocks = ranges.map((r) => r.startContainer.parentElement!);
        return {
          ids: [...new Set(blocks.map((b) => b.id))],
          boxes: blocks.map((b) => ({ top: b.getBoundingClientRect().top, bottom: b.getBoundingClientRect().bottom })),
          terms: window.__zdg.layer()!.terms().reduce((sum, t) => sum + t.count, 0),
        };
      });
    await expect.poll(async () => (await paintedBlocks()).boxes.length, { timeout: 3000 }).toBeGreaterThan(0);
    const atTop = await paintedBlocks();
    expect(atTop.terms).toBe(400);
    expect(atTop.ids).toContain('p0');
    expect(atTop.ids).not.toContain('p150');
    // The margin is one viewport height above and below.
    for (const box of atTop.boxes) {
      expect(box.bottom).toBeGreaterThanOrEqual(-VIEWPORT.height);
      expect(box.top).toBeLessThanOrEqual(2 * VIEWPORT.height);
    }
    await page.evaluate(() => document.getElementById('p150')!.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await expect.poll(async () => (await paintedBlocks()).ids, { timeout: 3000 }).toContain('p150');
    const scrolled = await paintedBlocks();
    expect(scrolled.ids).not.toContain('p0');
    expect(scrolled.terms).toBe(400);
    // Hover still resolves a term far down the page.
    await hover(page, '接诉即办', 150);
    await shownCard(page, 'jiesu-jiban');
  });

  it('scrollToTerm flashes the occurrence it scrolled to', async () => {
    const page = await open({ html: readFixture(playground.file).replace('<article id="article">', `<div style="height:3000px"></div><article id="article">`) });
    await page.evaluate(() => window.__zdg.layer()!.whenIdle());
    const flashed = await page.evaluate(() => {
      window.__zdg.layer()!.scrollToTerm('haiying-jihua');
      return [...(CSS.highlights.get('zd-term-flash') ?? [])].map((r) => r.startContainer.textContent!.slice(r.startOffset, r.endOffset));
    });
    expect(flashed).toEqual(['海英计划']);
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('zd-term') ?? [])].some((r) => r.startContainer.textContent!.slice(r.startOffset, r.endOffset) === '海英计划')), { timeout: 3000 })
      .toBe(true);
  });

  it('dispose gives back exactly the page it had', async () => {
    const page = await open({ mount: false });
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    await page.evaluate(() => void window.__zdg.mount(document));
    await expect.poll(() => page.evaluate(() => window.__zdg.highlightCount()), { timeout: 3000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    const result = await page.evaluate((before) => {
      window.__zdg.layer()!.dispose();
      return { same: document.documentElement.outerHTML === before, highlights: CSS.highlights.size, sheets: document.adoptedStyleSheets.length };
    }, html);
    expect(result).toMatchObject({ same: true, highlights: 0, sheets: 0 });
  });

  it('a ~100,000-character page: every term is found and marked, and hovering resolves terms (figures printed; targets live in npm run bench)', async () => {
    const corpus = ['002_1d7e016ab7639bae.txt', '003_395f3b0c9b642843.txt', '004_5168063a1af2bf1e.txt'].map((f) =>
      readFileSync(path.join(repoRoot, 'assets/corpus', f), 'utf8'),
    );
    const paragraphs: string[] = [];
    let chars = 0;
    for (let i = 0; chars < 100_000; i++) {
      for (const line of corpus[i % corpus.length].split('\n').filter((l) => l.trim())) {
        paragraphs.push(`<p>${line.replace(/[<&]/g, ' ')}</p>`);
        chars += line.length;
        if (chars >= 100_000) break;
      }
    }
    const html = `<!doctype html><html lang="zh"><head><meta charset="utf-8"></head><body>${paragraphs.join('')}</body></html>`;
    const page = await open({ html, mount: false });
    const scan = await page.evaluate(async () => {
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
      observer.observe({ type: 'longtask' });
      const t0 = performance.now();
      const layer = window.__zdg.mount(document);
      const sync = performance.now() - t0;
      await layer.whenIdle();
      const total = performance.now() - t0;
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      const terms = layer.terms().reduce((sum, t) => sum + t.count, 0);
      return { sync, total, longTasks, chars: document.body.textContent!.length, terms, marks: window.__zdg.highlightCount() };
    });
    const timings = await page.evaluate(() => window.__zdg.hoverTimings(400));
    expect(timings.withCard).toBeGreaterThan(40);
    const sorted = [...timings.times].sort((a, b) => a - b);
    const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
    const p95 = sorted[Math.floor(sorted.length * 0.95)];
    console.log(`glossary perf: mount on ${scan.chars} chars, ${scan.terms} terms (${scan.marks} painted near the viewport): ${scan.sync.toFixed(1)} ms blocking, ${scan.total.toFixed(1)} ms until idle, long tasks [${scan.longTasks.map((d) => d.toFixed(0))}]; hover over ${sorted.length} points (card up after ${timings.withCard}): mean ${mean.toFixed(3)} ms, p50 ${sorted[200].toFixed(3)} ms, p95 ${p95.toFixed(3)} ms, max ${sorted[sorted.length - 1].toFixed(3)} ms`);
    expect(scan.chars).toBeGreaterThanOrEqual(100_000);
    expect(scan.terms).toBeGreaterThan(500);
    expect(scan.marks).toBeLessThan(scan.terms);
    // Long tasks and the hover p95 are figures, not pass/fail: `npm run bench` reports them.
  });
});

/** A screenshot clip holding the card and the term, with a margin. */
function clipAround(a: Rect, b: Rect): { x: number; y: number; width: number; height: number } {
  const left = Math.max(0, Math.min(a.left, b.left) - 16);
  const top = Math.max(0, Math.min(a.top, b.top) - 16);
  return { x: left, y: top, width: Math.min(VIEWPORT.width, Math.max(a.right, b.right) + 16) - left, height: Math.min(VIEWPORT.height, Math.max(a.bottom, b.bottom) + 16) - top };
}
