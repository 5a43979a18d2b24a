// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlockQueue } from './block-queue';

/** An IntersectionObserver the test drives: `show(el)` reports `el` on screen. */
function stubObserver(): { show(el: Element): void } {
  let report: ((entries: Array<{ target: Element; isIntersecting: boolean }>) => void) | null = null;
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: typeof report) {
        report = callback;
      }
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  );
  return { show: (el) => report?.([{ target: el, isIntersecting: true }]) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('BlockQueue', () => {
  const blocks = (): HTMLElement[] => {
    document.body.innerHTML = '<p id="a"><b>a</b></p><p id="b"></p><p id="c"></p>';
    return ['a', 'b', 'c'].map((id) => document.getElementById(id) as HTMLElement);
  };

  it('groups by block and hands out visible groups first, hidden ones only when asked', () => {
    const screen = stubObserver();
    const [a, b, c] = blocks();
    let wakes = 0;
    const queue = new BlockQueue<string>(() => wakes++);
    queue.add(a.firstChild as Node, 'a1');
    queue.add(b, 'b1');
    queue.add(a, 'a2');
    queue.add(c, 'c1');
    expect(queue.next('none')).toBeUndefined();
    screen.show(c);
    expect(wakes).toBe(1);
    expect(queue.next('none')).toEqual({ item: 'c1', block: c, onScreen: true });
    expect(queue.next('none')).toBeUndefined();
    const hidden = [queue.next('last'), queue.next('last'), queue.next('last')];
    expect(hidden.map((taken) => taken?.item)).toEqual(['b1', 'a1', 'a2']);
    expect(hidden.map((taken) => taken?.block)).toEqual([b, a, a]);
    expect(hidden.some((taken) => taken?.onScreen)).toBe(false);
    expect(queue.isEmpty).toBe(true);
  });

  it('takes hidden groups from the end of the document when asked to', () => {
    stubObserver();
    const [a, b, c] = blocks();
    const queue = new BlockQueue<string>(() => {});
    queue.add(a, 'a1');
    queue.add(b, 'b1');
    queue.add(c, 'c1');
    queue.add(c, 'c2');
    const items = (): Array<string | undefined> => [queue.next('last'), queue.next('last'), queue.next('last')].map((t) => t?.item);
    expect(items()).toEqual(['c1', 'c2', 'b1']);
    queue.add(c, 'c3');
    expect(items()).toEqual(['c3', 'a1', undefined]);
  });
});
