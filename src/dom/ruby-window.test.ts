// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PinyinStyle } from '../settings/schema';
import { realEngine } from '../../tests/fixtures/dom/engine-adapters';
import { RUBY_ATTR } from './markers';
import { createPageModes, type PageModes } from './page-modes';
import { RUBY_REPORT_WAIT_MS, RUBY_WINDOW_MARGIN } from './ruby-window';

const STYLE: PinyinStyle = { tone: 'marks', toneColors: false, colorScheme: 'pleco', size: 0.5, zhuyin: false };

type Report = (entries: Array<{ target: Element; isIntersecting: boolean }>) => void;

/**
 * IntersectionObservers the test drives. The block queue's (no margin) and the
 * ruby window's (RUBY_WINDOW_MARGIN) are told apart by their options.
 */
function stubObservers() {
  const observers: Array<{ margin: string | undefined; report: Report; observed: Set<Element> }> = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      readonly #entry;
      constructor(report: Report, options?: IntersectionObserverInit) {
        this.#entry = { margin: options?.rootMargin, report, observed: new Set<Element>() };
        observers.push(this.#entry);
      }
      observe(el: Element): void {
        this.#entry.observed.add(el);
      }
      unobserve(el: Element): void {
        this.#entry.observed.delete(el);
      }
      disconnect(): void {
        this.#entry.observed.clear();
      }
    },
  );
  const windowObserver = () => {
    const found = observers.find((o) => o.margin === RUBY_WINDOW_MARGIN);
    if (!found) throw new Error('the ruby window made no observer');
    return found;
  };
  return {
    /** Report each block as near the viewport (true) or away from it (false). */
    near(blocks: Map<Element, boolean>): void {
      windowObserver().report([...blocks].map(([target, isIntersecting]) => ({ target, isIntersecting })));
    },
    windowObserved: () => windowObserver().observed,
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const hasRuby = (el: Element) => el.querySelector(`ruby[${RUBY_ATTR}]`) !== null;

let modes: PageModes | null = null;
afterEach(() => {
  modes?.dispose();
  modes = null;
  vi.unstubAllGlobals();
});

describe('ruby only near the viewport', () => {
  const setUp = () => {
    const io = stubObservers();
    document.body.innerHTML = '<p id="a">发展新质生产力</p><p id="b">银行行长来了</p>';
    const [a, b] = ['a', 'b'].map((id) => document.getElementById(id) as HTMLElement);
    const original = document.body.innerHTML;
    modes = createPageModes(document, realEngine);
    return { io, a, b, original, modes };
  };

  /** Let the chunks run until both blocks are observed by the window. */
  const untilObserved = async (io: ReturnType<typeof stubObservers>, count: number) => {
    // Time, not ticks: the ruby primer first waits for a frame (happy-dom's comes by the budget's fallback).
    for (let i = 0; i < 200 && io.windowObserved().size < count; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(io.windowObserved().size).toBe(count);
  };

  it('converts every block but gives ruby only to near ones, following the viewport', async () => {
    const { io, a, b, original, modes } = setUp();
    modes.set({ script: 'zh-TW', pinyin: true }, STYLE);
    await untilObserved(io, 2);
    io.near(new Map([[a, true], [b, false]]));
    await modes.whenIdle();
    expect(hasRuby(a)).toBe(true);
    expect(hasRuby(b)).toBe(false);
    expect(b.textContent).toBe('銀行行長來了');

    // The reader scrolls: b comes near, a moves away.
    io.near(new Map([[a, false], [b, true]]));
    await modes.whenIdle();
    expect(hasRuby(a)).toBe(false);
    expect(a.textContent).toBe('發展新質生產力');
    expect(hasRuby(b)).toBe(true);
    expect(b.querySelectorAll('rt[data-zd-py]').length).toBe([...'銀行行長來了'].length);

    modes.set({ script: 'original', pinyin: false }, STYLE);
    await modes.whenIdle();
    expect(document.body.innerHTML).toBe(original);
    expect(io.windowObserved().size).toBe(0);
  });

  it('idle waits for the first report, and no longer than its limit when none comes', async () => {
    const { io, a, b, modes } = setUp();
    modes.set({ script: 'original', pinyin: true }, STYLE);
    await untilObserved(io, 2);
    let idle = false;
    void modes.whenIdle().then(() => (idle = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(idle).toBe(false);
    io.near(new Map([[a, true], [b, true]]));
    await tick();
    await modes.whenIdle();
    expect(hasRuby(a) && hasRuby(b)).toBe(true);

    // Pinyin off and on again: nothing reports now (say, a frame that renders nothing).
    modes.set({ script: 'original', pinyin: false }, STYLE);
    await modes.whenIdle();
    modes.set({ script: 'original', pinyin: true }, STYLE);
    const start = performance.now();
    await modes.whenIdle();
    expect(performance.now() - start).toBeGreaterThanOrEqual(RUBY_REPORT_WAIT_MS - 50);
    expect(hasRuby(a) || hasRuby(b)).toBe(false);
  });
});
