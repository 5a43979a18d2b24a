import type { CDPSession, Page } from 'playwright-core';
import { UI_ATTR } from '../../src/dom/markers';
import { inWorld } from '../../tests/e2e/harness/extension-world';
import { quantile, summarize, type Sample } from './stats';

export interface HoverResult {
  hovers: number;
  /** Pointer arrival (the pointermove's timeStamp) → the frame that paints the card (rAF after it is shown). */
  latencyMs: Sample;
  p95Ms: number;
}

/**
 * The card lives in a closed shadow root, out of reach of the page and of
 * Playwright. Our isolated world can reach it if it keeps the root when the
 * glossary attaches it, so the probe wraps attachShadow there before the reader
 * mounts the glossary. Probe only: the product code is not changed for it.
 */
export const HOVER_PROBE = `(() => {
  const probe = { arrive: 0, shown: 0, shownNow: false };
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
  document.addEventListener('pointermove', (event) => { probe.arrive = event.timeStamp; }, { capture: true, passive: true });
})()`;

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
  for (let i = 0; i < found; i++) {
    // Off the text (the page margin), and wait for the hover card to go.
    await page.mouse.move(5, 5);
    await page.waitForTimeout(50);
    await inWorld(cdp, world, `new Promise((done) => { const t = setInterval(() => { if (!__zdHoverProbe.shownNow) { clearInterval(t); done(true); } }, 20); })`);
    const target = await placeTarget(page, i);
    if (!target) continue;
    await inWorld(cdp, world, '__zdHoverProbe.arrive = 0; __zdHoverProbe.shown = 0;');
    await page.mouse.move(target.x, target.y);
    const latency = await inWorld<number>(
      cdp,
      world,
      `new Promise((done) => { const start = Date.now(); const t = setInterval(() => {
        const p = __zdHoverProbe;
        if (p.shown && p.arrive) { clearInterval(t); done(p.shown - p.arrive); }
        else if (Date.now() - start > 3000) { clearInterval(t); done(-1); }
      }, 10); })`,
    );
    if (i >= warmUp && latency >= 0) latencies.push(latency);
  }
  return { hovers: latencies.length, latencyMs: summarize(latencies), p95Ms: quantile(latencies, 0.95) };
}

/**
 * Baseline for the hover: the same page built in one go (the floor), where a
 * pointermove over text shows a fixed box at once — no hit-testing, no lookup,
 * no card rendering. What is left is the cost of a frame on this page.
 */
export async function benchHoverFloor(page: Page, hovers: number, warmUp = 5): Promise<HoverResult> {
  const found = await page.evaluate((n) => {
    const probe = { arrive: 0, shown: 0 };
    const box = document.createElement('div');
    box.style.cssText = 'position:fixed;width:320px;height:200px;background:#fff;border:1px solid #888;z-index:2147483647';
    box.hidden = true;
    document.documentElement.append(box);
    document.addEventListener('pointermove', (event) => {
      probe.arrive = event.timeStamp;
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
  for (let i = 0; i < found; i++) {
    await page.mouse.move(5, 5);
    await page.waitForTimeout(50);
    const target = await placeTarget(page, i);
    if (!target) continue;
    await page.evaluate(() => Object.assign((window as unknown as { __zdFloorProbe: object }).__zdFloorProbe, { arrive: 0, shown: 0 }));
    await page.mouse.move(target.x, target.y);
    const latency = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const p = (window as unknown as { __zdFloorProbe: { arrive: number; shown: number } }).__zdFloorProbe;
          const start = Date.now();
          const t = setInterval(() => {
            if ((p.shown && p.arrive) || Date.now() - start > 3000) {
              clearInterval(t);
              done(p.shown && p.arrive ? p.shown - p.arrive : -1);
            }
          }, 10);
        }),
    );
    if (i >= warmUp && latency >= 0) latencies.push(latency);
  }
  return { hovers: latencies.length, latencyMs: summarize(latencies), p95Ms: quantile(latencies, 0.95) };
}
