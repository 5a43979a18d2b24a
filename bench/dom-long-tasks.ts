/**
 * Measures the DOM layer on a large corpus page in headless Chromium: total time
 * to convert (and annotate), the long tasks (> 50 ms) seen meanwhile, and the long
 * animation frames, whose style + layout time the long-task API does not count.
 * The page's own relayout time is printed beside them: Chromium lays out the whole document once
 * when the first <rt> appears in it (bench/ruby-layout.ts notes), which no annotator can avoid.
 * Usage: npx tsx bench/dom-long-tasks.ts [page bytes, default 2000000] [--pinyin]
 */
import { bundleDomLayer, launchPlainChromium, openTestPage } from '../tests/fixtures/dom/browser-page';
import { corpusPageHtml } from './corpus-page';

const bytes = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 2_000_000);
const pinyin = process.argv.includes('--pinyin');
const html = corpusPageHtml(bytes);

const browser = await launchPlainChromium();
try {
  const page = await openTestPage(browser, await bundleDomLayer(), html);
  const result = await page.evaluate(async (pinyin) => {
    // The page's own first layout (2 MB of text) is not ours: let it happen, and a frame pass, before observing.
    void document.body.offsetHeight;
    // The page's own cost to lay itself out again, as one frame (what a window resize costs it): the
    // floor for the frame in which Chromium lays out the whole document again for the first <rt> it meets.
    // (A loop, not a helper: tsx would name a helper with __name, which the page does not have.)
    const width = document.body.style.maxWidth;
    const frameTimes: number[] = [];
    for (const maxWidth of ['759px', width]) {
      frameTimes.push(
        await new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            const begun = performance.now();
            document.body.style.maxWidth = maxWidth;
            setTimeout(() => resolve(performance.now() - begun), 0);
          }),
        ),
      );
    }
    const relayout = frameTimes[0];
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
    const longTasksOn = longTasks.length;
    start = performance.now();
    modes.set({ script: 'original', pinyin: false }, style);
    await modes.whenIdle();
    const off = performance.now() - start;
    await new Promise((r) => setTimeout(r, 100));
    return { relayout: Math.round(relayout), on: Math.round(on), off: Math.round(off), longTasks, longTasksOn, frames: { count: frames.count, longestMs: Math.round(frames.longestMs), layoutMs: Math.round(frames.layoutMs) } };
  }, pinyin);
  console.log(
    `${Buffer.byteLength(html)} bytes, zh-TW${pinyin ? ' + pinyin' : ''}: on ${result.on} ms, off ${result.off} ms, ` +
      `long tasks ${result.longTasks.length} [${result.longTasks.join(', ')}] ms (${result.longTasksOn} of them while turning on), ` +
      `long frames ${result.frames.count}, longest ${result.frames.longestMs} ms (style + layout in them ${result.frames.layoutMs} ms); ` +
      `the page's own relayout frame (a resize): ${result.relayout} ms`,
  );
} finally {
  await browser.close();
}
