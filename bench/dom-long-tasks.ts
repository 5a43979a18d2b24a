/**
 * Measures the DOM layer on a large corpus page in headless Chromium: total time
 * to convert (and annotate), the long tasks (> 50 ms) seen meanwhile, and the long
 * animation frames, whose style + layout time the long-task API does not count.
 * Usage: npx tsx bench/dom-long-tasks.ts [page bytes, default 2000000] [--pinyin]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../tests/e2e/harness/paths';
import { bundleDomLayer, launchPlainChromium, openTestPage } from '../tests/fixtures/dom/browser-page';

const bytes = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 2_000_000);
const pinyin = process.argv.includes('--pinyin');
const corpusDir = path.join(repoRoot, 'assets/corpus');
const corpus = readdirSync(corpusDir).sort().map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let body = '';
for (let i = 0; Buffer.byteLength(body) < bytes; i++) {
  const paragraphs = corpus[i % corpus.length].split('\n').filter((l) => l.trim()).map((l) => `<p>${escapeHtml(l)}</p>`);
  body += `<article><h2>第${i}篇</h2>${paragraphs.join('')}</article>`;
}
const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body style="max-width:760px">${body}</body></html>`;

const browser = await launchPlainChromium();
try {
  const page = await openTestPage(browser, await bundleDomLayer(), html);
  const result = await page.evaluate(async (pinyin) => {
    // The page's own first layout (2 MB of text) is not ours: let it happen, and a frame pass, before observing.
    void document.body.offsetHeight;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    const longTasks: number[] = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(Math.round(e.duration)))).observe({ type: 'longtask' });
    // Long animation frames (> 50 ms) split a frame into script and style + layout (Chromium 123+).
    const frames = { count: 0, longestMs: 0, layoutMs: 0 };
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        const frame = e as PerformanceEntry & { styleAndLayoutStart: number };
        frames.count++;
        frames.longestMs = Math.max(frames.longestMs, frame.duration);
        if (frame.styleAndLayoutStart > 0) frames.layoutMs += frame.startTime + frame.duration - frame.styleAndLayoutStart;
      }),
    ).observe({ type: 'long-animation-frame', buffered: false });
    const modes = window.__zd.createPageModes(document);
    const style = { tone: 'marks', toneColors: true, colorScheme: 'pleco', size: 0.5, zhuyin: false } as const;
    let start = performance.now();
    modes.set({ script: 'zh-TW', pinyin }, style);
    await modes.whenIdle();
    const on = performance.now() - start;
    start = performance.now();
    modes.set({ script: 'original', pinyin: false }, style);
    await modes.whenIdle();
    const off = performance.now() - start;
    await new Promise((r) => setTimeout(r, 100));
    return { on: Math.round(on), off: Math.round(off), longTasks, frames: { count: frames.count, longestMs: Math.round(frames.longestMs), layoutMs: Math.round(frames.layoutMs) } };
  }, pinyin);
  console.log(
    `${Buffer.byteLength(html)} bytes, zh-TW${pinyin ? ' + pinyin' : ''}: on ${result.on} ms, off ${result.off} ms, ` +
      `long tasks ${result.longTasks.length} [${result.longTasks.join(', ')}] ms, ` +
      `long frames ${result.frames.count}, longest ${result.frames.longestMs} ms (style + layout in them ${result.frames.layoutMs} ms)`,
  );
} finally {
  await browser.close();
}
