import { createFrameBudget, type ChangeKind } from './frame-budget';

/** What a chunk of work asks for next. */
export type NextRun = 'soon' | 'idle' | 'done';

export interface ChunkRunner {
  /** Make sure a chunk runs: `soon` as the next task, `idle` in idle time. */
  request(when: Exclude<NextRun, 'done'>): void;
  /** Count page change against the coming frame's budget (frame-budget.ts). */
  spend(kind: ChangeKind, chars: number): void;
  /** Characters of `kind` the coming frame can still take. */
  room(kind: ChangeKind): number;
  /** Keep the coming frame for a change of the caller's own (frame-budget.ts hold), then run `then`. */
  holdFrame(then: () => void): void;
  /** Drop any scheduled chunk (the cancel token of set() and dispose()). */
  cancel(): void;
  readonly scheduled: boolean;
}

/**
 * Chunks are sized by time so no task nears the 50 ms long-task mark. The frame
 * after a chunk lays out what it changed, which in Chromium costs several times
 * the script that changed it (bench/dom-long-tasks.ts), so chunks stay small,
 * idle work takes one chunk per idle period, and a chunk also ends once the
 * coming frame has as much change as it can lay out in time (frame-budget.ts);
 * the next one then waits for that frame.
 */
export const CHUNK_BUDGET_MS = 8;

interface IdleDeadline {
  timeRemaining(): number;
}
interface IdleApi {
  requestIdleCallback?: (cb: (deadline: IdleDeadline) => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
}

/** A zero-delay task (MessageChannel avoids the 4 ms clamp of nested timers). */
function postTask(run: () => void): () => void {
  let live = true;
  const fire = (): void => {
    if (live) run();
  };
  if (typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      fire();
    };
    channel.port2.postMessage(null);
  } else setTimeout(fire, 0);
  return () => {
    live = false;
  };
}

/** Resolves in a task of its own: whatever runs after it is not charged to the current task. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    postTask(resolve);
  });
}

/**
 * Runs `work` in time-boxed chunks, each its own task. `work` gets a `timeUp()`
 * check and the kind of chunk it runs in, and says when it wants to run again.
 * Idle chunks use requestIdleCallback where it exists (a zero-delay task elsewhere,
 * e.g. Node) and never outlast the idle period they were given.
 */
export function createChunkRunner(
  work: (timeUp: () => boolean, kind: Exclude<NextRun, 'done'>) => NextRun,
  onDone: () => void,
): ChunkRunner {
  const idle = globalThis as unknown as IdleApi;
  const frame = createFrameBudget(postTask);
  let cancelScheduled: (() => void) | null = null;
  let scheduledKind: NextRun = 'done';

  const run = (kind: Exclude<NextRun, 'done'>, budget: number): void => {
    cancelScheduled = null;
    scheduledKind = 'done';
    const start = performance.now();
    const next = work(() => frame.full || performance.now() - start >= budget, kind);
    if (next === 'done') onDone();
    else request(next);
  };

  const schedule = (when: Exclude<NextRun, 'done'>): void => {
    scheduledKind = when;
    if (frame.full) {
      cancelScheduled = frame.afterFrame(() => schedule(when));
      return;
    }
    if (when === 'soon' || !idle.requestIdleCallback || !idle.cancelIdleCallback) {
      cancelScheduled = postTask(() => run(when, CHUNK_BUDGET_MS));
      return;
    }
    const cancelIdle = idle.cancelIdleCallback;
    const handle = idle.requestIdleCallback(
      (deadline) => run('idle', Math.max(1, Math.min(CHUNK_BUDGET_MS, deadline.timeRemaining()))),
      { timeout: 1000 },
    );
    cancelScheduled = () => cancelIdle(handle);
  };

  const request = (when: Exclude<NextRun, 'done'>): void => {
    if (cancelScheduled && (scheduledKind === 'soon' || when === 'idle')) return;
    cancelScheduled?.();
    schedule(when);
  };

  return {
    request,
    spend: (kind, chars) => frame.spend(kind, chars),
    room: (kind) => frame.room(kind),
    holdFrame(then): void {
      frame.hold();
      frame.afterFrame(then);
    },
    cancel(): void {
      cancelScheduled?.();
      cancelScheduled = null;
      scheduledKind = 'done';
    },
    get scheduled(): boolean {
      return cancelScheduled !== null;
    },
  };
}
