import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactsDir, repoRoot } from './harness/paths';
import { stripPinyinNotes } from '../../src/engine/text/pinyin-notes';
import { TEST_ORIGIN, bundleDomLayer, launchPlainChromium, openTestPage } from '../fixtures/dom/browser-page';

const STYLE = { tone: 'marks', toneColors: true, colorScheme: 'pleco', size: 0.5, zhuyin: false } as const;
const corpusDir = path.join(repoRoot, 'assets/corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');

/** A page of the given paragraphs' HTML, styled like a plain news page. */
const newsPage = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>海淀区经济发展大会</title>` +
  `<style>body{font:16px/1.8 "Noto Serif CJK SC",serif;max-width:760px;margin:0 auto;padding:16px}` +
  `rt{color:#999;font-size:20px} ruby{display:inline}</style></head><body>${body}</body></html>`;

describe('Chromium: pinyin ruby in a real layout', () => {
  let browser: Browser;
  let bundle: string;
  beforeAll(async () => {
    bundle = await bundleDomLayer();
    browser = await launchPlainChromium();
  });
  afterAll(async () => browser?.close());

  const annotate = (page: Page, script: string, pinyin = true) =>
    page.evaluate(
      async ({ script, style, pinyin }) => {
        const modes = window.__zd.createPageModes(document);
        modes.set({ script: script as 'original', pinyin }, style);
        await modes.whenIdle();
        return document.querySelectorAll('ruby[data-zd-ruby]').length;
      },
      { script, style: STYLE, pinyin },
    );

  it('copy, innerText and find-in-page see only the Chinese', async () => {
    const page = await openTestPage(browser, bundle, newsPage('<p id="t">我们要发展经济，發(fā)展新质生产力。</p>'));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: TEST_ORIGIN });
    expect(await annotate(page, 'original')).toBeGreaterThan(0);
    const clean = '我们要发展经济，發展新质生产力。';
    expect(await page.locator('#t').evaluate((p: HTMLElement) => p.innerText)).toBe(clean);
    const copied = await page.evaluate(async () => {
      const p = document.getElementById('t') as HTMLElement;
      getSelection()?.selectAllChildren(p);
      let fromEvent = '';
      document.addEventListener('copy', () => (fromEvent = getSelection()?.toString() ?? ''), { once: true });
      document.execCommand('copy');
      return { selection: getSelection()?.toString(), fromEvent };
    });
    expect(copied.selection).toBe(clean);
    expect(copied.fromEvent).toBe(clean);
    await page.keyboard.press('Control+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(clean);
    const found = await page.evaluate(() => {
      getSelection()?.removeAllRanges();
      const ok = (window as unknown as { find(s: string): boolean }).find('发展');
      return { ok, text: getSelection()?.toString() };
    });
    expect(found).toEqual({ ok: true, text: '发展' });
    await page.close();
  });

  it.each([12, 16, 32])('centres each reading over its character at %ipx', async (size) => {
    const page = await openTestPage(browser, bundle, newsPage(`<p id="t" style="font-size:${size}px">高质量发展，龔旗煌出席会议并致辞。</p>`));
    await annotate(page, 'zh-TW');
    const offsets = await page.evaluate(() =>
      [...document.querySelectorAll('#t rt[data-zd-py]')].map((rt) => {
        const base = rt.previousSibling as Text;
        const range = document.createRange();
        range.selectNodeContents(base);
        const b = range.getBoundingClientRect();
        const r = rt.getBoundingClientRect();
        // Boxes overlap by the base's half-leading; the reading must sit higher than the character.
        return { above: r.top < b.top && r.top + r.height / 2 < b.top + b.height / 2, offset: Math.abs(r.left + r.width / 2 - (b.left + b.width / 2)) };
      }),
    );
    expect(offsets.length).toBeGreaterThan(10);
    expect(offsets.every((o) => o.above)).toBe(true);
    expect(Math.max(...offsets.map((o) => o.offset))).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('puts a long paragraph into ruby over several frames, front to back, text and restore exact', async () => {
    const longest = corpus.flatMap((text) => text.split('\n')).reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
    expect(longest.length).toBeGreaterThan(1500);
    const page = await openTestPage(browser, bundle, newsPage(`<p id="t">${escapeHtml(longest)}</p>${paragraphs(corpus[0])}`));
    const result = await page.evaluate(async ({ style, text }) => {
      const p = document.getElementById('t') as HTMLElement;
      const html = p.innerHTML;
      const rtCount = () => p.querySelectorAll('rt[data-zd-py]').length;
      /** The paragraph's ruby as each frame painted it (sampled in the frame's animation callback). */
      const perFrame: number[] = [];
      let sampling = true;
      const sample = () => {
        perFrame.push(rtCount());
        if (sampling) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
      const modes = window.__zd.createPageModes(document);
      modes.set({ script: 'original', pinyin: true }, style);
      await modes.whenIdle();
      sampling = false;
      const done = { count: rtCount(), textKept: p.textContent === text, html: p.innerHTML };
      modes.set({ script: 'original', pinyin: false }, style);
      await modes.whenIdle();
      return { perFrame, done, restored: p.innerHTML === html };
    }, { style: STYLE, text: stripPinyinNotes(longest) });
    const han = [...longest].filter((c) => /\p{Script=Han}/u.test(c)).length;
    expect(result.done.count).toBeGreaterThan(han * 0.95);
    expect(result.done.textKept).toBe(true);
    expect(result.restored).toBe(true);
    // Frames painted the paragraph partly in ruby, the part growing from the front.
    const partial = [...new Set(result.perFrame.filter((n) => n > 0 && n < result.done.count))];
    expect(partial.length).toBeGreaterThanOrEqual(2);
    expect(partial).toEqual([...partial].sort((a, b) => a - b));
    expect(Math.min(...partial)).toBeLessThan(result.done.count / 2);
    await page.close();
  });

  /** A long page of corpus paragraphs (about `bytes` of UTF-8). */
  const longPage = (bytes: number) => {
    let body = '';
    for (let i = 0; body.length * 3 < bytes; i++) body += `<article><h2>第${i}篇</h2>${paragraphs(corpus[i % corpus.length])}</article>`;
    return newsPage(body);
  };

  it('tells listeners about the visible block while the rest of a long page is pending', async () => {
    const page = await openTestPage(browser, bundle, longPage(100_000));
    const result = await page.evaluate(async (style) => {
      const paragraphs = [...document.querySelectorAll('p')].filter((p) => /\p{Script=Han}/u.test(p.textContent ?? ''));
      const first = paragraphs[0];
      const last = paragraphs[paragraphs.length - 1];
      const before = last.textContent;
      // For each notice that covers the first paragraph: was the last one already converted?
      const lastDoneAtNotice: boolean[] = [];
      const modes = window.__zd.createPageModes(document);
      modes.onTextChanged((roots) => {
        if (roots.some((root) => root.contains(first))) lastDoneAtNotice.push(last.textContent !== before);
      });
      modes.set({ script: 'zh-TW', pinyin: true }, style);
      await modes.whenIdle();
      return { lastDoneAtNotice, lastConverted: last.textContent !== before, firstRuby: first.querySelector('ruby') !== null };
    }, STYLE);
    expect(result.lastDoneAtNotice[0]).toBe(false);
    expect(result.lastConverted).toBe(true);
    expect(result.firstRuby).toBe(true);
    await page.close();
  }, 120_000);

  it('converts a long page throughout, keeps ruby near the viewport as the reader scrolls, and the view still', async () => {
    const page = await openTestPage(browser, bundle, longPage(300_000));
    const result = await page.evaluate(async (style) => {
      const paragraphs = [...document.querySelectorAll('p')].filter((p) => /\p{Script=Han}/u.test(p.textContent ?? ''));
      const originals = paragraphs.map((p) => p.textContent);
      const first = paragraphs[0];
      const start = performance.now();
      let firstRuby = 0;
      const watch = new MutationObserver(() => {
        if (!firstRuby && first.querySelector('ruby')) firstRuby = performance.now() - start;
      });
      watch.observe(document.body, { subtree: true, childList: true });
      const modes = window.__zd.createPageModes(document);
      modes.set({ script: 'zh-TW', pinyin: true }, style);
      await modes.whenIdle();
      const idle = performance.now() - start;
      watch.disconnect();
      const screen = innerHeight;
      /** Which paragraphs carry ruby, as their distance from the viewport in screens. */
      const rubyDistances = () =>
        paragraphs
          .filter((p) => p.querySelector('ruby'))
          .map((p) => {
            const box = p.getBoundingClientRect();
            return Math.max(0, -box.bottom, box.top - screen) / screen;
          });
      const atTop = rubyDistances();
      const converted = paragraphs.every((p, i) => p.textContent !== originals[i] || !/[们这发]/u.test(originals[i] ?? ''));

      // Scroll to the middle: ruby comes with the reader and leaves the top; the paragraph at the top stays put.
      const middle = paragraphs[Math.floor(paragraphs.length / 2)];
      middle.scrollIntoView();
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      await frame();
      const anchorTop = middle.getBoundingClientRect().top;
      for (let i = 0; i < 5; i++) {
        await frame();
        await modes.whenIdle();
      }
      const anchorDrift = Math.abs(middle.getBoundingClientRect().top - anchorTop);
      const inMiddle = rubyDistances();
      const firstKeptRuby = first.querySelector('ruby') !== null;
      const middleRuby = middle.querySelector('ruby') !== null;
      const rubyCount = document.querySelectorAll('ruby').length;
      modes.dispose();
      return { firstRuby, idle, atTop, inMiddle, converted, anchorDrift, firstKeptRuby, middleRuby, rubyCount, total: paragraphs.length };
    }, STYLE);
    console.log(
      `300 KB page: first paragraph in ruby after ${result.firstRuby.toFixed(0)} ms, idle after ${result.idle.toFixed(0)} ms; ` +
        `${result.atTop.length}/${result.total} paragraphs with ruby at the top, ${result.inMiddle.length} in the middle; anchor drift ${result.anchorDrift.toFixed(1)} px`,
    );
    expect(result.converted).toBe(true);
    expect(result.firstRuby).toBeGreaterThan(0);
    expect(result.firstRuby).toBeLessThan(result.idle / 2);
    // Ruby sits within the one-screen window around the viewport (a block straddling its edge counts as in).
    for (const distances of [result.atTop, result.inMiddle]) {
      expect(distances.length).toBeGreaterThan(0);
      expect(Math.max(...distances)).toBeLessThanOrEqual(1.01);
    }
    expect(result.atTop.length).toBeLessThan(result.total / 4);
    expect(result.middleRuby).toBe(true);
    expect(result.firstKeptRuby).toBe(false);
    expect(result.anchorDrift).toBeLessThanOrEqual(1);
    await page.close();

    const shots = path.join(artifactsDir, 'screenshots');
    mkdirSync(shots, { recursive: true });
    const corpusPage = await openTestPage(browser, bundle, newsPage(paragraphs(corpus[0])));
    await annotate(corpusPage, 'zh-TW');
    await corpusPage.screenshot({ path: path.join(shots, 'dom-corpus-pinyin-tw.png') });
    await corpusPage.evaluate(() => document.documentElement.style.setProperty('background', '#111'));
    await corpusPage.evaluate(() => document.body.style.setProperty('color', '#eee'));
    await corpusPage.screenshot({ path: path.join(shots, 'dom-corpus-pinyin-tw-dark.png') });
    await corpusPage.close();
  }, 300_000);
});
