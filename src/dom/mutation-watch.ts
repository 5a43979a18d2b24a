/** Attributes we convert; the page changing them means re-rendering them. */
export const WATCHED_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label'];

/**
 * One MutationObserver for the document and every open shadow root we walk.
 * Our own writes go through `quietly`: records queued before it are the page's
 * and are delivered; records produced inside it are ours and are dropped. JS is
 * single-threaded, so nothing from the page can interleave.
 */
export class MutationWatch {
  readonly #observer: MutationObserver;
  readonly #onRecords: (records: MutationRecord[]) => void;
  readonly #observed = new WeakSet<Node>();

  constructor(onRecords: (records: MutationRecord[]) => void) {
    this.#onRecords = onRecords;
    this.#observer = new MutationObserver(onRecords);
  }

  observe(root: Document | ShadowRoot): void {
    if (this.#observed.has(root)) return;
    this.#observed.add(root);
    this.#observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
  }

  quietly<T>(write: () => T): T {
    this.flush();
    try {
      return write();
    } finally {
      this.#observer.takeRecords();
    }
  }

  /** Deliver records the observer holds but has not called back with yet. */
  flush(): void {
    const pending = this.#observer.takeRecords();
    if (pending.length > 0) this.#onRecords(pending);
  }

  disconnect(): void {
    this.#observer.disconnect();
  }
}
