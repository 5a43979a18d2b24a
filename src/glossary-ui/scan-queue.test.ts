// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectTextRuns } from '../dom/text-runs';
import { ScanQueue, SLICE_BUDGET_MS } from './scan-queue';

/** `count` paragraphs "run 0"… under `parent`, each one run of its own. */
function paragraphs(parent: HTMLElement, count: number, label = 'run'): HTMLParagraphElement[] {
  return Array.from({ length: count }, (_, i) => {
    const p = document.createElement('p');
    p.textContent = `${label} ${i}`;
    parent.append(p);
    return p;
  });
}

/** A clock that advances by `step` ms each time it is read, so every step "costs" time. */
const tickingClock = (step: number) => {
  let now = 0;
  return () => (now += step);
};

/** A queue that records the runs it processes and the roots it reads. */
function recordingQueue(now?: () => number) {
  const done: string[] = [];
  const read: Node[] = [];
  const queue = new ScanQueue(
    (root) => {
      read.push(root);
      return collectTextRuns(root);
    },
    (run) => done.push(run.text),
    { now },
  );
  return { queue, done, read };
}

describe('ScanQueue', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('processes a short page at once', () => {
    paragraphs(document.body, 3);
    const { queue, done } = recordingQueue();
    queue.push([document.body]);
    expect(done).toEqual(['run 0', 'run 1', 'run 2']);
  });

  it('reads roots and matches runs in slices that each stay within the budget', async () => {
    const roots = paragraphs(document.body, 40);
    const { queue, done, read } = recordingQueue(tickingClock(1));
    queue.push(roots);
    // Reading a root and matching its run are a step each: the first slice holds at most the budget of steps.
    expect(read.length).toBeGreaterThan(0);
    expect(read.length + done.length).toBeLessThanOrEqual(SLICE_BUDGET_MS);
    await queue.whenIdle();
    expect(read).toEqual(roots);
    expect(done).toHaveLength(40);
  });

  it('reads a root again when it changes while queued, without reading its text twice', async () => {
    const [a, b] = paragraphs(document.body, 2, 'block');
    const { queue, done } = recordingQueue(tickingClock(SLICE_BUDGET_MS));
    const runsOfA = paragraphs(a, 3);
    queue.push([document.body]);
    expect(done).toEqual([]); // the first step read the body into runs
    a.firstChild!.textContent = 'block 0 changed';
    queue.push([a, b]);
    runsOfA[2].remove();
    await queue.whenIdle();
    expect(done.sort()).toEqual(['block 0 changed', 'block 1', 'run 0', 'run 1'].sort());
  });

  it('a root under a queued root is not read on its own, whichever came first', async () => {
    const [p, other] = paragraphs(document.body, 2);
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    const { queue, read, done } = recordingQueue(tickingClock(SLICE_BUDGET_MS));
    queue.push([p, other]); // p is read at once, other waits
    queue.push([shadow, document.body]);
    queue.push([p]);
    await queue.whenIdle();
    expect(read).toEqual([p, document.body]);
    expect(done.sort()).toEqual(['inside', 'run 0', 'run 1']);
  });

  it('skips runs whose text left the page before their turn', async () => {
    const roots = paragraphs(document.body, 3);
    const { queue, done } = recordingQueue(tickingClock(SLICE_BUDGET_MS));
    queue.push([document.body]);
    roots[1].firstChild!.remove();
    await queue.whenIdle();
    expect(done).toEqual(['run 0', 'run 2']);
  });

  it('dispose stops the work and releases waiters', async () => {
    const roots = paragraphs(document.body, 5);
    const { queue, read, done } = recordingQueue(tickingClock(SLICE_BUDGET_MS));
    queue.push(roots);
    const idle = queue.whenIdle();
    queue.dispose();
    await idle;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(read).toHaveLength(1);
    expect(done).toHaveLength(0);
  });

  describe('text that is not final yet (a page being converted)', () => {
    /** A DOM layer stand-in: the nodes it has rewritten are final; `hold()` resolves when all is. */
    function settlingQueue() {
      const final = new WeakSet<Text>();
      let release: () => void = () => undefined;
      const settled = new Promise<void>((resolve) => (release = resolve));
      const done: string[] = [];
      const queue = new ScanQueue(collectTextRuns, (run) => done.push(run.text), {
        settling: { settled: (node) => final.has(node), whenSettled: () => settled },
      });
      const rewrite = (p: HTMLElement, text: string) => {
        p.firstChild!.textContent = text;
        final.add(p.firstChild as Text);
      };
      return { queue, done, final, rewrite, release };
    }

    it('matches each run once, after its rewrite hands its root back, never the text before it', async () => {
      const ps = paragraphs(document.body, 3);
      const { queue, done, rewrite, release } = settlingQueue();
      queue.push([document.body]);
      expect(done).toEqual([]);
      let idle = false;
      void queue.whenIdle().then(() => (idle = true));
      rewrite(ps[1], 'converted 1');
      queue.push([ps[1]]);
      expect(done).toEqual(['converted 1']);
      await Promise.resolve();
      expect(idle).toBe(false);
      // The rest was never rewritten (nothing to convert there): matched once all is final.
      release();
      await queue.whenIdle();
      expect(done.sort()).toEqual(['converted 1', 'run 0', 'run 2']);
    });

    it('a run handed back while parked is matched from its new text only', async () => {
      const ps = paragraphs(document.body, 2);
      const { queue, done, rewrite, release } = settlingQueue();
      queue.push([document.body]);
      rewrite(ps[0], 'converted 0');
      rewrite(ps[1], 'converted 1');
      queue.push([ps[0], ps[1]]);
      release();
      await queue.whenIdle();
      expect(done).toEqual(['converted 0', 'converted 1']);
    });

    it('without a settling source every run is final at once', () => {
      paragraphs(document.body, 2);
      const { queue, done } = recordingQueue();
      queue.push([document.body]);
      expect(done).toEqual(['run 0', 'run 1']);
    });
  });
});
