import type { TextRun } from '../dom/text-runs';
import { insideAny } from './tree-order';

/** Work per slice: well under the 50 ms that counts as a long task. */
export const SLICE_BUDGET_MS = 8;

/**
 * Runs waiting to be matched and painted, worked off in time-boxed slices so a
 * long page never blocks input (matching 100,000 characters takes ~100 ms).
 * The first slice runs at once, so a short page is done when `push` returns.
 */
export class ScanQueue {
  readonly #process: (run: TextRun) => void;
  readonly #now: () => number;
  #runs: TextRun[] = [];
  #next = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #waiters: Array<() => void> = [];

  constructor(process: (run: TextRun) => void, now: () => number = () => performance.now()) {
    this.#process = process;
    this.#now = now;
  }

  push(runs: TextRun[]): void {
    this.#runs.push(...runs);
    if (this.#timer === undefined && this.#next < this.#runs.length) this.#slice();
  }

  /** Forgets queued runs under `roots` (they are about to be queued again, freshly collected). */
  drop(roots: Node[]): void {
    const scope = new Set(roots);
    const pending = this.#runs.slice(this.#next).filter((run) => !run.nodes.some((node) => insideAny(node, scope)));
    this.#runs = pending;
    this.#next = 0;
  }

  clear(): void {
    this.#runs = [];
    this.#next = 0;
  }

  /** Resolves once every queued run is processed. */
  whenIdle(): Promise<void> {
    if (this.#next >= this.#runs.length) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.clear();
    this.#settle();
  }

  #slice(): void {
    this.#timer = undefined;
    const deadline = this.#now() + SLICE_BUDGET_MS;
    // At least one run per slice, so a slow run (or a slow clock) never stalls the queue.
    do {
      const run = this.#runs[this.#next++];
      // The page may have moved on since the run was collected; a later rescan brings its new text.
      if (run.nodes.every((node) => node.isConnected)) this.#process(run);
    } while (this.#next < this.#runs.length && this.#now() < deadline);
    if (this.#next < this.#runs.length) this.#timer = setTimeout(() => this.#slice(), 0);
    else this.#settle();
  }

  #settle(): void {
    this.#runs = [];
    this.#next = 0;
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve();
  }
}
