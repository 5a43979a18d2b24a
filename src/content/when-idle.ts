/** What whenIdle needs of a window; requestIdleCallback may be missing (older engines). */
export type IdleHost = Pick<Window, 'setTimeout'> & Partial<Pick<Window, 'requestIdleCallback'>>;

/**
 * Runs `task` once, when the frame is next idle and at the latest after
 * `timeoutMs`, so the always-on work never competes with the page's own loading
 * and rendering. (A message that needs the detection before then runs it itself:
 * see reportOf in controller.ts.)
 */
export function whenIdle(task: () => void, timeoutMs: number, win: IdleHost = window): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => task(), { timeout: timeoutMs });
  else win.setTimeout(task, 0);
}
