import type { CDPSession, Page } from 'playwright-core';
import { UI_ATTR } from '../../src/dom/markers';
import { inWorld } from '../../tests/e2e/harness/extension-world';
import { quantile, summarize, type Sample } from './stats';

export interface HoverResult {
  hovers: number;
  /** Pointer arrival (the pointermove's timeStamp) → the frame that paints the card (rAF after it is shown). */
  latencyMs: Sample;
  p95Ms: number;
  /**
   * Of that, pointer arrival → the first pointermove listener running: the wait for the main
   * thread and the frame, before any of the hover's own work (diagnostic, not a figure).
   */
  queuedMs: Sample;
}

/**
 * The card lives in a closed shadow root, out of reach of the page and of
 * Playwright. Our isolated world can reach it if it keeps the root when the
 * glossary attaches it, so the probe wraps attachShadow there before the reader
 * mounts the glossary. Probe only: the product code is not changed for it.
 */
export const HOVER_PROBE = `(() => {
  const probe = { arrive: 0, dispatched: 0, shown: 0, shownNow: false };
  globalThis.__zdHoverProbe = probe;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.hasAttribute(${JSON.stringify(UI_ATTR)})) {
      new MutationObserver(() => {
        const card = root.querySelector('.card');
        const visible = !!card && !card.hidden;
        if (visible && !probe.shownNow) requestAnimationFrame(() => { probe.shown = performance.now(); });
        probe.shownNow = visible;
      }).observe(root, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
    }
    return root;
  };
  document.addEventListener('pointermove', (event) => { probe.arrive = event.timeStamp; probe.dispatched = performance.now(); }, { capture: true, passive: true });
})()`;

/**
 * Pause between scrolling a target into view and moving the pointer onto it, for ours and the
 * floor alike (BENCH_HOVER_SETTLE_MS, default 0: the pointer arrives one frame after the scroll,
 * while the page may still be reacting to it). With a pause the figure is the hover alone.
 */
const SETTLE_MS = Number(process.env.BENCH_HOVER_SETTLE_MS ?? 0);

/** Centres of term marks spread over the page (one per distinct run of text), in document order. */
function termTargets(page: Page, count: number): Promise<number> {
  return page.evaluate((n) => {
    const marks = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('zd-term');
    const live = [...(marks ?? [])].filter((r) => r.startContainer.isConnected);
    const step = Math.max(1, Math.floor(live.length / n));
    const picked = live.filter((_, i) => i % step === 0).slice(0, n);
    (window as unknown as { __zdTargets: AbstractRange[] }).__zdTargets = picked;
    return picked.length;
  }, count);
}

/** Scrolls target `i` to the middle of the screen and returns its centre. */
function placeTarget(page: Page, i: number): Promise<{ x: number; y: number } | null> {
  return page.evaluate(async (index) => {
    const r = (window as unknown as { __zdTargets: AbstractRange[] }).__zdTargets[index];
    if (!r.startContainer.isConnected) return null;
    r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    await new Promise((done) => requestAnimationFrame(() => done(null)));
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const box = range.getClientRects()[0];
    return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
  }, i);
}

/**
 * ~`hovers` hovers over glossary terms of a page annotated with HOVER_PROBE
 * installed beforehand, a few warm-up hovers first.
 */
export async function benchHover(page: Page, cdp: CDPSession, world: number, hovers: number, warmUp = 5): Promise<HoverResult> {
  const found = await termTargets(page, hovers + warmUp);
  const latencies: number[] = [];
  const queued: number[] = [];
  for (let i = 0; i < found; i++) {
    // Off the text (the page margin), and wait for the hover card to go.
    await page.mouse.move(5, 5);
    await page.waitForTimeout(50);
    await inWorld(cdp, world, `new Promise((done) => { const t = setInterval(() => { if (!__zdHoverProbe.shownNow) { clearInterval(t); done(true); } }, 20); })`);
    const target = await placeTarget(page, i);
    if (!target) continue;
    if (SETTLE_MS > 0) await page.waitForTimeout(SETTLE_MS);
    await inWorld(cdp, world, '__zdHoverProbe.arrive = 0; __zdHoverProbe.shown = 0;');
    await page.mouse.move(target.x, target.y);
    const times = await inWorld<Times | null>(
      cdp,
      world,
      `new Promise((done) => { const start = Date.now(); const t = setInterval(() => {
        const p = __zdHoverProbe;
        if (p.shown && p.arrive) { clearInterval(t); done({ latency: p.shown - p.arrive, queued: p.dispatched - p.arrive }); }
        else if (Date.now() - start > 3000) { clearInterval(t); done(null); }
      }, 10); })`,
    );
    if (i >= warmUp && times) {
      latencies.push(times.latency);
      queued.push(times.queued);
    }
  }
  return hoverResult(latencies, queued);
}

interface Times {
  latency: number;
  queued: number;
}

function hoverResult(latencies: number[], queued: number[]): HoverResult {
  return { hovers: latencies.length, latencyMs: summarize(latencies), p95Ms: quantile(latencies, 0.95), queuedMs: summarize(queued) };
}

/**
 * Baseline for the hover: the same page built in one go (the floor), where a
 * pointermove over text shows a fixed box at once — no hit-testing, no lookup,
 * no card rendering. What is left is the cost of a frame on this page.
 */
export async function benchHoverFloor(page: Page, hovers: number, warmUp = 5): Promise<HoverResult> {
  const found = await page.evaluate((n) => {
    const probe = { arrive: 0, dispatched: 0, shown: 0 };
    const box = document.createElement('div');
    box.style.cssText = 'position:fixed;width:320px;height:200px;background:#fff;border:1px solid #888;z-index:2147483647';
    box.hidden = true;
    document.documentElement.append(box);
    document.addEventListener('pointermove', (event) => {
      probe.arrive = event.timeStamp;
      probe.dispatched = performance.now();
      const over = event.clientX > 20;
      if (over === !box.hidden) return;
      box.hidden = !over;
      box.style.left = `${event.clientX}px`;
      box.style.top = `${event.clientY + 20}px`;
      if (over) requestAnimationFrame(() => { probe.shown = performance.now(); });
    }, { capture: true, passive: true });
    const rubies = [...document.querySelectorAll('ruby')];
    const step = Math.max(1, Math.floor(rubies.length / n));
    const targets = rubies
      .filter((_, i) => i % step === 0)
      .slice(0, n)
      .map((ruby) => new StaticRange({ startContainer: ruby, startOffset: 0, endContainer: ruby, endOffset: 1 }));
    Object.assign(window, { __zdTargets: targets, __zdFloorProbe: probe });
    return targets.length;
  }, hovers + warmUp);
  const latencies: number[] = [];
  const queued: number[] = [];
  for (let i = 0; i < found; i++) {
    await page.mouse.move(5, 5);
    await page.waitForTimeout(50);
    const target = await placeTarget(page, i);
    if (!target) continue;
    if (SETTLE_MS > 0) await page.waitForTimeout(SETTLE_MS);
    await page.evaluate(() => Object.assign((window as unknown as { __zdFloorProbe: object }).__zdFloorProbe, { arrive: 0, shown: 0 }));
    await page.mouse.move(target.x, target.y);
    const times = await page.evaluate(
      () =>
        new Promise<Times | null>((done) => {
          const p = (window as unknown as { __zdFloorProbe: { arrive: number; dispatched: number; shown: number } }).__zdFloorProbe;
          const start = Date.now();
          const t = setInterval(() => {
            if ((p.shown && p.arrive) || Date.now() - start > 3000) {
              clearInterval(t);
              done(p.shown && p.arrive ? { latency: p.shown - p.arrive, queued: p.dispatched - p.arrive } : null);
            }
          }, 10);
        }),
    );
    if (i >= warmUp && times) {
      latencies.push(times.latency);
      queued.push(times.queued);
    }
  }
  return hoverResult(latencies, queued);
}
