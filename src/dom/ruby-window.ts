/**
 * Ruby only near the viewport: within one screen above or below it.
 *
 * Why: laying out ruby is what a long annotated page pays for, on every frame that
 * restyles it — building it for the whole of a 100,000-character page costs seconds
 * of main-thread time even when inserted in one go (bench, "floor"), and a 2 MB page
 * with ruby everywhere gave one-second frames. Script conversion still covers the
 * whole page (plain text, cheap to lay out); readings follow the reader as they
 * scroll: blocks coming within a screen get ruby, blocks moving further away lose it.
 * Scroll anchoring (Chromium, Firefox) keeps the view still when ruby comes or goes
 * off screen. Copy, find-in-page and the glossary read the Chinese either way.
 *
 * Without IntersectionObserver (Node, tests) every block is near.
 */
export const RUBY_WINDOW_MARGIN = '100% 0px 100% 0px';

/** How long idle waits for the observer's first report on new blocks (frames that render nothing never report). */
export const RUBY_REPORT_WAIT_MS = 1000;

type BlockNode = Node;

export class RubyWindow {
  readonly #observer: IntersectionObserver | null;
  readonly #doc: Document;
  #near = new WeakSet<BlockNode>();
  /** Per observed block: its Text nodes that want ruby (shown or held back). */
  readonly #members = new Map<Element, Set<Text>>();
  /** Observed blocks the observer has not reported on yet. */
  readonly #unreported = new Set<Element>();
  #lastObserved = 0;

  /** After each report, `moved` gets the Text nodes of blocks that came near or went away (maybe none). */
  constructor(doc: Document, moved: (texts: Text[]) => void) {
    this.#doc = doc;
    // The script's own global, as BlockQueue does (in a Firefox content script defaultView is an Xray wrapper).
    const IO = (globalThis as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
    this.#observer = IO
      ? new IO(
          (entries) => {
            const texts: Text[] = [];
            for (const entry of entries) {
              const block = entry.target;
              this.#unreported.delete(block);
              if (entry.isIntersecting === this.#near.has(block)) continue;
              if (entry.isIntersecting) this.#near.add(block);
              else this.#near.delete(block);
              const members = this.#members.get(block);
              if (members) texts.push(...members);
            }
            moved(texts);
          },
          // The document as root: the margin then also applies inside frames (an implicit root ignores it there).
          { root: doc, rootMargin: RUBY_WINDOW_MARGIN },
        )
      : null;
  }

  /**
   * Whether text shown in `block` may carry ruby now. `onScreen`: the caller knows
   * the block is in the viewport (so near) before the observer has reported on it.
   */
  isNear(block: BlockNode, onScreen: boolean): boolean {
    if (!this.#observer || block.nodeType !== 1) return true;
    const el = block as Element;
    return this.#near.has(el) || (onScreen && (!this.#members.has(el) || this.#unreported.has(el)));
  }

  /** Remember that `text` in `block` wants ruby, to hand it back when the block moves. */
  track(block: BlockNode, text: Text, onScreen: boolean): void {
    if (!this.#observer || block.nodeType !== 1) return;
    const el = block as Element;
    let members = this.#members.get(el);
    if (!members) {
      members = new Set();
      this.#members.set(el, members);
      this.#unreported.add(el);
      this.#lastObserved = performance.now();
      this.#observer.observe(el);
    }
    if (onScreen && this.#unreported.has(el)) this.#near.add(el);
    members.add(text);
  }

  /**
   * True while new blocks wait for their first report. A hidden document renders no
   * frames and so gets no reports: it does not wait (its blocks get ruby when shown),
   * and nothing waits longer than RUBY_REPORT_WAIT_MS.
   */
  get settling(): boolean {
    return (
      this.#unreported.size > 0 &&
      this.#doc.visibilityState !== 'hidden' &&
      performance.now() - this.#lastObserved < RUBY_REPORT_WAIT_MS
    );
  }

  /** Forget every block and stop observing (pinyin is off). */
  clear(): void {
    this.#observer?.disconnect();
    this.#near = new WeakSet();
    this.#members.clear();
    this.#unreported.clear();
  }
}
