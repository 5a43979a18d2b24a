/** What whenIdle needs of a window; requestIdleCallback may be missing (older engines). */
export type IdleHost = Pick<Window, 'setTimeout'> & Partial<Pick<Window, 'requestIdleCallback'>>;

/**
 * Runs `task` once, when the frame is next idle and at the latest after
 * `timeoutMs`, so the always-on work never competes with the page's own loading
 * and rendering. The returned function runs it at once instead, if it has not
 * run yet (a message that needs its result cannot wait for idle time).
 */
export function whenIdle(task: () => void, timeoutMs: number, win: IdleHost = window): () => void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    task();
  };
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: timeoutMs });
  else win.setTimeout(run, 0);
  return run;
}
