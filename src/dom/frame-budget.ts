/**
 * How much page change one frame may take, learnt from what frames cost.
 *
 * Why: a chunk's script is capped by time, but the frame after it styles and
 * lays out what the chunk changed. Conversion rewrites thousands of characters
 * per millisecond, so an 8 ms chunk of it left the browser 40–90 ms of layout,
 * and a ruby character costs tens of microseconds to style and lay out (a
 * 900-character paragraph put in ruby at once was a 100 ms frame; bench/page).
 * What a changed character costs depends on the page's fonts and CSS, the
 * browser and the machine, so it is measured, not guessed: after each frame that
 * carried our changes, its style and layout time (see timeLayout) updates a
 * running estimate per kind of change, and a frame gets what fits in TARGET_FRAME_MS.
 */

/** Style and layout time one frame of ours may take: with paint, well under the 50 ms long-task mark. */
export const TARGET_FRAME_MS = 20;

/**
 * What a whole frame may take: its style and layout, and what the browser does
 * after them (pre-paint, paint, layerizing, commit). That second part grows with
 * the page and the machine, not with our change (25–30 ms a frame on a 2 MB page
 * here, a CDP trace), so it is measured too, and the layout target shrinks to
 * leave room for it.
 */
export const FRAME_LIMIT_MS = 42;
/** The layout target never drops below this, so work goes on on any page. */
export const MIN_TARGET_FRAME_MS = 8;

/** Text rewritten in place (conversion, note cleaning), or put into or out of ruby. */
export type ChangeKind = 'text' | 'ruby';

/** Starting estimates, ms per character (Chromium, CJK text, 2-core machine). */
const INITIAL_MS_PER_CHAR: Readonly<Record<ChangeKind, number>> = { text: 0.002, ruby: 0.08 };

/** Characters a frame always takes of each kind, so work goes on whatever the estimate. */
export const MIN_CHARS_PER_FRAME: Readonly<Record<ChangeKind, number>> = { text: 400, ruby: 24 };

/** A frame teaches a kind's cost only when that kind made most of its estimated cost, and enough of it. */
const DOMINANT_SHARE = 0.8;
const MIN_CHARS_TO_LEARN: Readonly<Record<ChangeKind, number>> = { text: 200, ruby: 16 };

/** A hidden tab renders no frames: after this long without one, changes are let through again. */
export const NO_FRAME_FALLBACK_MS = 250;

const KINDS: readonly ChangeKind[] = ['text', 'ruby'];

/** A running estimate moved towards a new sample: at once halfway when the sample is dearer, gently when cheaper. */
function approach(estimate: number, sample: number): number {
  return sample > estimate ? (estimate + sample) / 2 : estimate * 0.8 + sample * 0.2;
}

interface FrameApi {
  requestAnimationFrame?: (callback: () => void) => number;
}

export interface FrameBudget {
  /** Count `chars` characters changed of `kind` against the coming frame. */
  spend(kind: ChangeKind, chars: number): void;
  /** Characters of `kind` the coming frame can still take (at least a few, so work goes on). */
  room(kind: ChangeKind): number;
  /** Whether the coming frame has all the change it should take. */
  readonly full: boolean;
  /**
   * Keep the coming frame for a change made outside the budget (see ruby-primer.ts):
   * it counts as full and teaches nothing.
   */
  hold(): void;
  /** Runs `run` in a task after the coming frame has been styled and laid out (or after the fallback wait); returns a cancel. */
  afterFrame(run: () => void): () => void;
  /** The current estimates, for tests and benchmarks. */
  readonly msPerChar: Readonly<Record<ChangeKind, number>>;
  /** The layout time the coming frame may take now (TARGET_FRAME_MS, or less on pages whose frames are dear to paint). */
  readonly targetMs: number;
}

/**
 * `postTask` queues a task (see chunk-runner.ts). Without requestAnimationFrame
 * (Node, tests) there are no frames to protect: the budget never fills.
 */
export function createFrameBudget(postTask: (run: () => void) => () => void): FrameBudget {
  const frames = globalThis as FrameApi;
  const raf = typeof frames.requestAnimationFrame === 'function' ? frames.requestAnimationFrame.bind(globalThis) : null;
  const msPerChar: Record<ChangeKind, number> = { ...INITIAL_MS_PER_CHAR };
  /** Characters changed since the last frame began, by kind. */
  let spent: Record<ChangeKind, number> = { text: 0, ruby: 0 };
  let frameRequested = false;
  let held = false;
  /** Running estimate of a frame's time after its layout (to the first task after the frame). */
  let afterLayoutMs = 0;
  let waiters: Array<() => void> = [];
  let fallback: ReturnType<typeof setTimeout> | null = null;

  const estimate = (chars: Record<ChangeKind, number>): number => chars.text * msPerChar.text + chars.ruby * msPerChar.ruby;

  const learn = (chars: Record<ChangeKind, number>, ms: number): void => {
    const total = estimate(chars);
    if (total <= 0) return;
    for (const kind of KINDS) {
      const share = (chars[kind] * msPerChar[kind]) / total;
      if (share < DOMINANT_SHARE || chars[kind] < MIN_CHARS_TO_LEARN[kind]) continue;
      msPerChar[kind] = approach(msPerChar[kind], (ms * share) / chars[kind]);
    }
  };

  const release = (): void => {
    if (fallback !== null) clearTimeout(fallback);
    fallback = null;
    const ready = waiters;
    waiters = [];
    for (const run of ready) run();
  };

  /**
   * Style and layout of one frame, timed from its animation-frame callback (which
   * runs just before them) to a ResizeObserver's first report (which runs just
   * after them, in the same task: nothing else can run in between). Where
   * ResizeObserver is missing, to the first task after the frame instead.
   */
  const timeLayout = (start: number, done: (ms: number) => void): void => {
    const RO = (globalThis as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    const target = (globalThis as { document?: Document }).document?.documentElement;
    if (!RO || !target) {
      postTask(() => done(performance.now() - start));
      return;
    }
    const observer = new RO(() => {
      observer.disconnect();
      done(performance.now() - start);
    });
    observer.observe(target);
  };

  const requestFrame = (): void => {
    if (frameRequested || !raf) return;
    frameRequested = true;
    raf(() => {
      frameRequested = false;
      const chars = spent;
      const taught = !held;
      spent = { text: 0, ruby: 0 };
      held = false;
      timeLayout(performance.now(), (ms) => {
        if (taught) learn(chars, ms);
        const laidOut = performance.now();
        // The next chunk runs in a task after this frame (paint included), not inside it.
        postTask(() => {
          afterLayoutMs = approach(afterLayoutMs, performance.now() - laidOut);
          release();
        });
      });
    });
    fallback ??= setTimeout(() => {
      fallback = null;
      spent = { text: 0, ruby: 0 };
      held = false;
      release();
    }, NO_FRAME_FALLBACK_MS);
  };

  /** Layout time the coming frame may take: TARGET_FRAME_MS, less what the rest of the frame needs past FRAME_LIMIT_MS. */
  const target = (): number => Math.max(MIN_TARGET_FRAME_MS, Math.min(TARGET_FRAME_MS, FRAME_LIMIT_MS - afterLayoutMs));
  const left = (): number => target() - estimate(spent);

  /**
   * A hidden document makes no frames: what changes meanwhile is laid out in the
   * first frame once it is shown, however it was spread out. So nothing is
   * counted or held back then (and that first frame teaches nothing, as nothing
   * was counted for it).
   */
  const hidden = (): boolean => (globalThis as { document?: Document }).document?.visibilityState === 'hidden';

  return {
    spend(kind, chars) {
      if (!raf || chars <= 0 || hidden()) return;
      spent[kind] += chars;
      requestFrame();
    },
    room(kind) {
      if (!raf) return Infinity;
      return Math.max(MIN_CHARS_PER_FRAME[kind], Math.floor(left() / msPerChar[kind]));
    },
    get full() {
      return raf !== null && (held || left() <= 0) && !hidden();
    },
    hold() {
      if (!raf || hidden()) return;
      held = true;
      requestFrame();
    },
    afterFrame(run) {
      let live = true;
      waiters.push(() => {
        if (live) run();
      });
      requestFrame();
      if (!raf) postTask(release);
      return () => {
        live = false;
      };
    },
    get msPerChar() {
      return msPerChar;
    },
    get targetMs() {
      return target();
    },
  };
}
