// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { TextRun } from '../dom/text-runs';
import { ScanQueue, SLICE_BUDGET_MS } from './scan-queue';

function runsIn(parent: HTMLElement, count: number): TextRun[] {
  return Array.from({ length: count }, (_, i) => {
    const node = document.createTextNode(`run ${i}`);
    parent.append(node);
    return { nodes: [node], text: node.data, starts: [0] };
  });
}

/** A clock that advances by `step` ms each time it is read, so every run "costs" time. */
const tickingClock = (step: number) => {
  let now = 0;
  return () => (now += step);
};

describe('ScanQueue', () => {
  it('processes a short batch at once', () => {
    const done: string[] = [];
    const queue = new ScanQueue((run) => done.push(run.text));
    queue.push(runsIn(document.body, 3));
    expect(done).toEqual(['run 0', 'run 1', 'run 2']);
  });

  it('works off a long batch in slices that each stay within the budget', async () => {
    const done: string[] = [];
    const queue = new ScanQueue((run) => done.push(run.text), tickingClock(1));
    queue.push(runsIn(document.body, 40));
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThanOrEqual(SLICE_BUDGET_MS);
    await queue.whenIdle();
    expect(done).toHaveLength(40);
  });

  it('drops queued runs under a root that is about to be rescanned, and skips detached ones', async () => {
    const a = document.createElement('p');
    const b = document.createElement('p');
    document.body.append(a, b);
    const done: string[] = [];
    const queue = new ScanQueue((run) => done.push(run.text), tickingClock(SLICE_BUDGET_MS));
    const runs = [...runsIn(a, 3), ...runsIn(b, 3)];
    queue.push(runs);
    expect(done).toEqual(['run 0']);
    queue.drop([a]);
    runs[4].nodes[0].remove();
    await queue.whenIdle();
    expect(done).toEqual(['run 0', 'run 0', 'run 2']);
  });

  it('dispose stops the work and releases waiters', async () => {
    const done: string[] = [];
    const queue = new ScanQueue((run) => done.push(run.text), tickingClock(SLICE_BUDGET_MS));
    queue.push(runsIn(document.body, 5));
    const idle = queue.whenIdle();
    queue.dispose();
    await idle;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toHaveLength(1);
  });
});
