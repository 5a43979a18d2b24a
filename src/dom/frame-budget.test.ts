import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFrameBudget, FRAME_LIMIT_MS, MIN_CHARS_PER_FRAME, MIN_TARGET_FRAME_MS, NO_FRAME_FALLBACK_MS, TARGET_FRAME_MS } from './frame-budget';

/**
 * A browser the test drives: `frame(layoutMs)` runs the pending animation-frame
 * callbacks, lets `layoutMs` pass (the frame's style and layout), delivers the
 * ResizeObserver report, then runs the queued tasks.
 */
function fakeBrowser() {
  let now = 0;
  let frameCallbacks: Array<() => void> = [];
  let observers: Array<() => void> = [];
  let tasks: Array<() => void> = [];
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frameCallbacks.push(callback));
  const doc = { documentElement: {}, visibilityState: 'visible' };
  vi.stubGlobal('document', doc);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      readonly #callback: () => void;
      constructor(callback: () => void) {
        this.#callback = callback;
      }
      observe(): void {
        observers.push(this.#callback);
      }
      disconnect(): void {}
    },
  );
  const postTask = (run: () => void): (() => void) => {
    tasks.push(run);
    return () => undefined;
  };
  const runTasks = (): void => {
    while (tasks.length > 0) {
      const batch = tasks;
      tasks = [];
      for (const run of batch) run();
    }
  };
  return {
    postTask,
    setHidden(hidden: boolean): void {
      doc.visibilityState = hidden ? 'hidden' : 'visible';
    },
    /** One frame: `layoutMs` of style and layout, then `afterMs` of pre-paint, paint and commit. */
    frame(layoutMs: number, afterMs = 0): void {
      const callbacks = frameCallbacks;
      frameCallbacks = [];
      for (const callback of callbacks) callback();
      now += layoutMs;
      const reports = observers;
      observers = [];
      for (const report of reports) report();
      now += afterMs;
      runTasks();
    },
    get framesAsked(): number {
      return frameCallbacks.length;
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('frame budget', () => {
  it('without animation frames (Node) never fills and runs what waits for a frame as a task', () => {
    const tasks: Array<() => void> = [];
    const budget = createFrameBudget((run) => {
      tasks.push(run);
      return () => undefined;
    });
    budget.spend('ruby', 1_000_000);
    expect(budget.full).toBe(false);
    expect(budget.room('ruby')).toBe(Infinity);
    const ran = vi.fn();
    budget.afterFrame(ran);
    for (const task of tasks.splice(0)) task();
    expect(ran).toHaveBeenCalledOnce();
  });

  it('fills once the coming frame holds its target, and lets waiting work go after that frame', () => {
    const browser = fakeBrowser();
    const budget = createFrameBudget(browser.postTask);
    const rubyRoom = budget.room('ruby');
    expect(rubyRoom).toBeGreaterThan(MIN_CHARS_PER_FRAME.ruby);
    budget.spend('ruby', rubyRoom - 1);
    expect(budget.full).toBe(false);
    budget.spend('ruby', 2);
    expect(budget.full).toBe(true);
    // Even a full frame lets a few characters through, so work always goes on.
    expect(budget.room('ruby')).toBe(MIN_CHARS_PER_FRAME.ruby);
    const ran = vi.fn();
    budget.afterFrame(ran);
    expect(ran).not.toHaveBeenCalled();
    browser.frame(TARGET_FRAME_MS);
    expect(ran).toHaveBeenCalledOnce();
    expect(budget.full).toBe(false);
  });

  it('learns from what frames cost: a dear frame shrinks the next one, cheap frames grow it back', () => {
    const browser = fakeBrowser();
    const budget = createFrameBudget(browser.postTask);
    const start = budget.room('text');
    // The frame took four times the estimate.
    budget.spend('text', start);
    browser.frame(TARGET_FRAME_MS * 4);
    const shrunk = budget.room('text');
    expect(shrunk).toBeLessThan(start / 2);
    for (let i = 0; i < 30; i++) {
      budget.spend('text', budget.room('text'));
      browser.frame(TARGET_FRAME_MS / 4);
    }
    expect(budget.room('text')).toBeGreaterThan(shrunk * 3);
  });

  it('learns each kind of change from frames that kind made', () => {
    const browser = fakeBrowser();
    const budget = createFrameBudget(browser.postTask);
    const before = { ...budget.msPerChar };
    budget.spend('ruby', budget.room('ruby'));
    browser.frame(TARGET_FRAME_MS * 3);
    expect(budget.msPerChar.ruby).toBeGreaterThan(before.ruby);
    expect(budget.msPerChar.text).toBe(before.text);
    // A frame with too little change says nothing.
    budget.spend('text', 10);
    browser.frame(TARGET_FRAME_MS * 10);
    expect(budget.msPerChar.text).toBe(before.text);
  });

  it('asks for one frame at a time, and lets work go when no frame comes (a hidden tab)', () => {
    vi.useFakeTimers();
    const browser = fakeBrowser();
    const budget = createFrameBudget(browser.postTask);
    budget.spend('text', budget.room('text') + 1);
    budget.spend('text', 5);
    expect(browser.framesAsked).toBe(1);
    const ran = vi.fn();
    budget.afterFrame(ran);
    vi.advanceTimersByTime(NO_FRAME_FALLBACK_MS - 1);
    expect(ran).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ran).toHaveBeenCalledOnce();
    expect(budget.full).toBe(false);
  });

  it('holds nothing back in a hidden document, which makes no frames', () => {
    const browser = fakeBrowser();
    const budget = createFrameBudget(browser.postTask);
    browser.setHidden(true);
    budget.spend('ruby', 1_000_000);
    expect(budget.full).toBe(false);
    expect(browser.framesAsked).toBe(0);
    browser.setHidden(false);
    budget.spend('ruby', budget.room('ruby') + 1);
    expect(budget.full).toBe(true);
  });

  it('a held frame counts as full, lets waiting work go after it, and teaches nothing', () => {
    const browser = fakeBrowser();
    const budget = createFrameBudget(browser.postTask);
    const before = { ...budget.msPerChar };
    budget.hold();
    expect(budget.full).toBe(true);
    expect(browser.framesAsked).toBe(1);
    const ran = vi.fn();
    budget.afterFrame(ran);
    budget.spend('ruby', 100);
    browser.frame(TARGET_FRAME_MS * 8);
    expect(ran).toHaveBeenCalledOnce();
    expect(budget.full).toBe(false);
    expect(budget.msPerChar).toEqual(before);
    // The next frame is an ordinary one again, and teaches.
    budget.spend('ruby', budget.room('ruby'));
    browser.frame(TARGET_FRAME_MS * 3);
    expect(budget.msPerChar.ruby).toBeGreaterThan(before.ruby);
  });

  it('leaves room for what the rest of a frame costs: a page dear to paint gets a smaller layout target', () => {
    const browser = fakeBrowser();
    const budget = createFrameBudget(browser.postTask);
    expect(budget.targetMs).toBe(TARGET_FRAME_MS);
    const room = budget.room('text');
    for (let i = 0; i < 6; i++) {
      budget.spend('text', budget.room('text'));
      browser.frame(TARGET_FRAME_MS, 30);
    }
    expect(budget.targetMs).toBeLessThan(FRAME_LIMIT_MS - 25);
    expect(budget.targetMs).toBeGreaterThanOrEqual(MIN_TARGET_FRAME_MS);
    expect(budget.room('text')).toBeLessThan(room * 0.75);
    // Frames cheap to paint again: the target grows back.
    for (let i = 0; i < 30; i++) {
      budget.spend('text', budget.room('text'));
      browser.frame(budget.targetMs, 2);
    }
    expect(budget.targetMs).toBe(TARGET_FRAME_MS);
  });

  it('a cancelled wait does not run', () => {
    const browser = fakeBrowser();
    const budget = createFrameBudget(browser.postTask);
    const ran = vi.fn();
    const cancel = budget.afterFrame(ran);
    cancel();
    browser.frame(1);
    expect(ran).not.toHaveBeenCalled();
  });
});
