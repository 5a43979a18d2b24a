import type { CDPSession, Page } from 'playwright-core';

/** Seconds, as CDP Performance.getMetrics reports them; converted to ms by the callers. */
export type Metrics = Record<string, number>;

export async function getMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Main-thread milliseconds between two metric snapshots: script, layout, style, and all tasks. */
export function mainThreadMs(before: Metrics, after: Metrics): { script: number; layoutStyle: number; task: number } {
  const d = (name: string): number => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return { script: d('ScriptDuration'), layoutStyle: d('LayoutDuration') + d('RecalcStyleDuration'), task: d('TaskDuration') };
}

/**
 * Used JS heap of the page's isolate after a full GC, in bytes. The isolate holds
 * the page's main world and every isolated world (our content script and reader),
 * so the difference to the same page without the extension is what we add.
 */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

export interface LongTask {
  start: number;
  duration: number;
}

/** Long-task entries reach the page's observer a little after the task: wait this long before reading them. */
export const LONG_TASK_REPORT_MS = 300;

/** Long tasks the page's observer saw since `since` (performance.now() time). */
export function longTasksSince(page: Page, since: number): Promise<LongTask[]> {
  return page.evaluate(
    (t) => ((window as unknown as { __zdLongTasks: LongTask[] }).__zdLongTasks ?? []).filter((task) => task.start >= t),
    since,
  );
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/** Records a Chromium trace (timeline + V8) around `run`. */
export async function traced<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: object[] }): void => {
    events.push(...(data.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'v8'] },
  });
  const result = await run();
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return { result, events };
}

/**
 * Milliseconds of script work attributed to scripts whose URL passes `match`,
 * per trace event name, counting only outermost events (nested ones are inside).
 */
export function scriptTimeByUrl(events: TraceEvent[], match: (url: string) => boolean): Record<string, number> {
  const hits = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && match(e.args?.data?.url ?? ''))
    .sort((a, b) => a.ts - b.ts);
  const out: Record<string, number> = {};
  const openUntil = new Map<string, number>();
  for (const e of hits) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (openUntil.get(thread) ?? 0)) continue;
    openUntil.set(thread, e.ts + (e.dur ?? 0));
    out[e.name] = (out[e.name] ?? 0) + (e.dur ?? 0) / 1000;
  }
  return out;
}
