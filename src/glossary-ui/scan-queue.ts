import type { TextRun } from '../dom/text-runs';
import { forEachInside, insideAny } from './tree-order';

/** Work per slice: well under the 50 ms that counts as a long task. */
export const SLICE_BUDGET_MS = 8;

/**
 * Whether a run's text is final, and a promise for when everything is: text that
 * the DOM layer is about to rewrite (script conversion, ruby in steps) would be
 * matched twice, now and again when the rewrite hands its root back. Without it
 * every run is final.
 */
export interface TextSettling {
  settled(node: Text): boolean;
  /** Resolves once the DOM layer has no rewrite pending (or has given up waiting: see the reader). */
  whenSettled(): Promise<void>;
}

const ALWAYS_SETTLED: TextSettling = { settled: () => true, whenSettled: () => Promise.resolve() };

/**
 * Roots waiting to be read and runs waiting to be matched and painted, worked
 * off in time-boxed slices so a long page never blocks input (matching 100,000
 * characters takes ~100 ms, and a finished conversion hands over thousands of
 * changed roots at once). Roots are read into runs inside the slices too.
 * The first slice runs at once, so a short page is done when `push` returns.
 * A run whose text is not final yet (TextSettling) is parked: a rewrite hands
 * its root back (and the run is dropped), or it is matched once all is final.
 */
export class ScanQueue {
  readonly #collect: (root: Node) => TextRun[];
  readonly #process: (run: TextRun) => void;
  readonly #now: () => number;
  readonly #settling: TextSettling;
  #roots: Node[] = [];
  #nextRoot = 0;
  #runs: TextRun[] = [];
  #nextRun = 0;
  /** Roots still to read; one dropped before its turn is left out of this set and skipped. */
  readonly #pendingRoots = new Set<Node>();
  /** Each Text node of a run still to match → its run; a dropped run is skipped the same way. */
  readonly #pendingRuns = new Map<Text, TextRun>();
  /** Runs read while their text was not final; still in #pendingRuns until matched or dropped. */
  #parked: TextRun[] = [];
  /** Parked runs handed back once all text is final: matched without asking again. */
  readonly #final = new WeakSet<TextRun>();
  #waitingForSettle = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #waiters: Array<() => void> = [];

  constructor(
    collect: (root: Node) => TextRun[],
    process: (run: TextRun) => void,
    { now = () => performance.now(), settling = ALWAYS_SETTLED }: { now?: () => number; settling?: TextSettling } = {},
  ) {
    this.#collect = collect;
    this.#process = process;
    this.#now = now;
    this.#settling = settling;
  }

  /**
   * Queues `roots` to be read afresh: whatever is still queued under them is dropped
   * (it would be read twice), and a root under a queued one is already covered.
   */
  push(roots: Node[]): void {
    if (this.#pendingRoots.size > 0 || this.#pendingRuns.size > 0) for (const root of roots) this.#drop(root);
    const fresh = new Set(roots);
    for (const root of fresh) {
      // Within one push, a root under another is left to it (a shadow root under its host's block too).
      const above = root.parentNode ?? (root as Partial<ShadowRoot>).host ?? null;
      if (insideAny(root, this.#pendingRoots) || (above && insideAny(above, fresh))) continue;
      this.#pendingRoots.add(root);
      this.#roots.push(root);
    }
    if (this.#timer === undefined && !this.#idle()) this.#slice();
  }

  clear(): void {
    this.#roots = [];
    this.#nextRoot = 0;
    this.#runs = [];
    this.#nextRun = 0;
    this.#pendingRoots.clear();
    this.#pendingRuns.clear();
    this.#parked = [];
  }

  /** Resolves once every queued root is read and every run processed. */
  whenIdle(): Promise<void> {
    if (this.#idle()) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.clear();
    this.#settle();
  }

  /** Forgets queued roots and runs under `root`: a walk of its subtree, not of the whole queue. */
  #drop(root: Node): void {
    forEachInside(root, (node) => {
      this.#pendingRoots.delete(node);
      const run = this.#pendingRuns.get(node as Text);
      if (run) for (const runNode of run.nodes) this.#pendingRuns.delete(runNode);
    });
  }

  /** Nothing left to read or match now (parked runs may still wait for their text to be final). */
  #drained(): boolean {
    return this.#nextRun >= this.#runs.length && this.#nextRoot >= this.#roots.length;
  }

  #idle(): boolean {
    return this.#drained() && this.#parked.length === 0;
  }

  #slice(): void {
    this.#timer = undefined;
    const deadline = this.#now() + SLICE_BUDGET_MS;
    // At least one step per slice, so a slow step (or a slow clock) never stalls the queue.
    do this.#step();
    while (!this.#drained() && this.#now() < deadline);
    if (!this.#drained()) this.#timer = setTimeout(() => this.#slice(), 0);
    else if (this.#parked.length > 0) this.#waitForSettled();
    else this.#settle();
  }

  /** Once all text is final, the parked runs that were not dropped meanwhile are matched (as they are then). */
  #waitForSettled(): void {
    if (this.#waitingForSettle) return;
    this.#waitingForSettle = true;
    void this.#settling.whenSettled().then(() => {
      this.#waitingForSettle = false;
      const parked = this.#parked.filter((run) => this.#pendingRuns.get(run.nodes[0]) === run);
      this.#parked = [];
      if (parked.length === 0) {
        if (this.#drained() && this.#timer === undefined) this.#settle();
        return;
      }
      // Matched now whatever the DOM layer says: a page that never holds still still gets its marks.
      for (const run of parked) this.#final.add(run);
      this.#runs = [...this.#runs.slice(this.#nextRun), ...parked];
      this.#nextRun = 0;
      if (this.#timer === undefined) this.#slice();
    });
  }

  /** Matches the next run, or when none is left reads the next root into runs (reading order is kept). */
  #step(): void {
    if (this.#nextRun < this.#runs.length) {
      const run = this.#runs[this.#nextRun++];
      if (this.#pendingRuns.get(run.nodes[0]) !== run) return; // dropped
      if (!this.#final.has(run) && !run.nodes.every((node) => this.#settling.settled(node))) {
        this.#parked.push(run);
        return;
      }
      for (const node of run.nodes) this.#pendingRuns.delete(node);
      // The page may have moved on since the run was collected; a later rescan brings its new text.
      if (run.nodes.every((node) => node.isConnected)) this.#process(run);
      return;
    }
    const root = this.#roots[this.#nextRoot++];
    if (!this.#pendingRoots.delete(root) || !root.isConnected) return;
    this.#runs = []; // every run so far is done: do not keep them
    this.#nextRun = 0;
    for (const run of this.#collect(root)) {
      this.#runs.push(run);
      for (const node of run.nodes) this.#pendingRuns.set(node, run);
    }
  }

  #settle(): void {
    this.clear();
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve();
  }
}
