import { isBlockElement } from './walk-text';

/** Whether `next` may hand out hidden groups (from the document's end: see page-modes.ts). */
export type HiddenOrder = 'none' | 'last';

/** A queued item, with the block it is shown in and whether that block was on screen. */
export interface Taken<T> {
  item: T;
  block: Node;
  onScreen: boolean;
}

/**
 * Pending work grouped by block container, in document order. Where
 * IntersectionObserver exists, groups whose block is on screen are handed out
 * first; without it (Node, tests) every group counts as visible and the order is
 * the document's.
 */
export class BlockQueue<T> {
  readonly #groups = new Map<Node, T[]>();
  readonly #visible = new Set<Node>();
  /** Blocks in the order they were queued (may repeat or be done), to take hidden ones from the end. */
  #order: Node[] = [];
  readonly #observer: IntersectionObserver | null;
  #lastParent: Node | null = null;
  #lastBlock: Node | null = null;

  constructor(onVisible: () => void) {
    const IO = (globalThis as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
    this.#observer = IO
      ? new IO((entries) => {
          let any = false;
          for (const entry of entries) {
            if (!entry.isIntersecting || !this.#groups.has(entry.target)) continue;
            this.#visible.add(entry.target);
            this.#observer?.unobserve(entry.target);
            any = true;
          }
          if (any) onVisible();
        })
      : null;
  }

  /**
   * Queue `item`, shown inside `parent`. `onScreen`: the caller saw its block on screen
   * a moment ago (an item coming back after waiting for the engine), so it is handed
   * out as visible at once rather than after the observer's next report (a frame later).
   */
  add(parent: Node, item: T, onScreen = false): void {
    const block = this.#blockOf(parent);
    const group = this.#groups.get(block);
    if (group) {
      group.push(item);
      return;
    }
    this.#groups.set(block, [item]);
    this.#order.push(block);
    if (this.#order.length > 2 * this.#groups.size + 64) this.#order = [...this.#groups.keys()];
    if (this.#observer && block.nodeType === 1 && !onScreen) this.#observer.observe(block as Element);
    else this.#visible.add(block);
  }

  /** The next item: from a visible group, else from the last hidden group if `hidden` allows. */
  next(hidden: HiddenOrder): Taken<T> | undefined {
    for (const block of this.#visible) {
      const taken = this.#take(block);
      if (taken) return taken;
    }
    while (hidden === 'last' && this.#order.length > 0) {
      const taken = this.#take(this.#order[this.#order.length - 1]);
      if (taken) return taken;
      this.#order.pop();
    }
    return undefined;
  }

  get hasVisible(): boolean {
    return this.#visible.size > 0;
  }

  get isEmpty(): boolean {
    return this.#groups.size === 0;
  }

  clear(): void {
    this.#observer?.disconnect();
    this.#groups.clear();
    this.#order = [];
    this.#visible.clear();
    this.#lastParent = this.#lastBlock = null;
  }

  #take(block: Node): Taken<T> | undefined {
    const group = this.#groups.get(block);
    if (!group) return undefined;
    const onScreen = this.#visible.has(block) && this.#observer !== null;
    const item = group.shift();
    if (group.length === 0) {
      this.#groups.delete(block);
      this.#visible.delete(block);
      if (block.nodeType === 1) this.#observer?.unobserve(block as Element);
    }
    return item === undefined ? undefined : { item, block, onScreen };
  }

  #blockOf(parent: Node): Node {
    if (parent === this.#lastParent && this.#lastBlock) return this.#lastBlock;
    let block: Node = parent;
    while (block.nodeType === 1 && !isBlockElement(block as Element) && block.parentNode) block = block.parentNode;
    this.#lastParent = parent;
    this.#lastBlock = block;
    return block;
  }
}
