import type { Page } from 'playwright-core';
import type { Modes } from '../../src/shared/modes';

/** When the first screen was done (epoch ms); NaN when it never was. */
export interface FirstScreen {
  /** Every Han text node on screen converted (its element got the target `lang`) or replaced by our ruby. */
  text: number;
  /** A glossary mark on a live text node on screen (the text time when the glossary is off). */
  terms: number;
}

interface WatchState {
  __zdFirstText: number | null;
  __zdFirstTerms: number | null;
}

/**
 * Arms a main-world watcher for the first screen, checked after every DOM
 * mutation batch and every frame. The on-screen nodes are collected before the
 * modes are sent, so collecting is not timed. Returns how many there are.
 */
export async function armFirstScreen(page: Page, modes: Modes): Promise<number> {
  return page.evaluate((m) => {
    const han = /\p{Script=Han}/u;
    const height = innerHeight;
    const onScreen = (r: DOMRect): boolean => r.bottom > 0 && r.top < height && r.width > 0;
    const probe = document.createRange();
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (!han.test(node.data) || node.parentElement?.closest('script, style, noscript, textarea, title')) continue;
      probe.selectNodeContents(node);
      if (onScreen(probe.getBoundingClientRect())) nodes.push(node);
    }
    const textDone = (node: Text): boolean => {
      if (m.pinyin) return !node.isConnected;
      if (m.script !== 'original') return node.parentElement?.getAttribute('lang') === m.script;
      return true;
    };
    // Without layout: a mark is on screen when its text sits in an element that held on-screen text.
    // Looked at only in frames where the highlight changed size, and each range only once.
    const screenElements = new Set(nodes.map((node) => node.parentElement).filter((el): el is HTMLElement => el !== null));
    const seen = new WeakSet<AbstractRange>();
    let lastSize = 0;
    const termOnScreen = (): boolean => {
      const marks = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('zd-term');
      if (!marks || marks.size === lastSize) return false;
      lastSize = marks.size;
      for (const r of marks) {
        if (seen.has(r)) continue;
        seen.add(r);
        if (!r.startContainer.isConnected) continue;
        for (let el = r.startContainer.parentElement; el; el = el.parentElement) if (screenElements.has(el)) return true;
      }
      return false;
    };
    const state = window as unknown as WatchState;
    state.__zdFirstText = null;
    state.__zdFirstTerms = null;
    const check = (): void => {
      const now = performance.timeOrigin + performance.now();
      if (state.__zdFirstText === null && nodes.every(textDone)) state.__zdFirstText = now;
      if (state.__zdFirstText !== null && state.__zdFirstTerms === null && (!m.glossary || termOnScreen())) state.__zdFirstTerms = now;
      if (state.__zdFirstText !== null) observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['lang'] });
    // After the text, only the marks are left to wait for: frames, not every mutation batch.
    const frame = (): void => {
      check();
      if (state.__zdFirstTerms === null) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    return nodes.length;
  }, modes);
}

/** Reads the watcher once the work is over (after the reader's idle mark). */
export async function readFirstScreen(page: Page): Promise<FirstScreen> {
  // One more frame, so a check pending after the last mutation has run.
  return page.evaluate(
    () =>
      new Promise<FirstScreen>((resolve) =>
        requestAnimationFrame(() => {
          const state = window as unknown as WatchState;
          resolve({ text: state.__zdFirstText ?? NaN, terms: state.__zdFirstTerms ?? NaN });
        }),
      ),
  );
}
