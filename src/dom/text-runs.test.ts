// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fakeEngine } from '../../tests/fixtures/dom/engine-adapters';
import { createPageModes } from './page-modes';
import { collectTextRuns } from './text-runs';

const runTexts = (root: Node) => collectTextRuns(root).map((run) => run.text);

describe('text runs', () => {
  it('joins inline elements and breaks at blocks, <br> and skipped elements', () => {
    document.body.innerHTML =
      '<div>新质<b>生产</b><a href="#">力</a><p>接诉即办</p>五子<br>联动<code>x = 1</code>尾</div>';
    expect(runTexts(document.body)).toEqual(['新质生产力', '接诉即办', '五子', '联动', '尾']);
  });

  it('records where each node starts so matches map back to nodes', () => {
    document.body.innerHTML = '<p>新质<b>生产</b>力</p>';
    const [run] = collectTextRuns(document.body);
    expect(run.starts).toEqual([0, 2, 4]);
    expect(run.nodes.map((n) => n.data)).toEqual(['新质', '生产', '力']);
  });

  it('sees through our ruby and ignores annotations, ours and the page’s', async () => {
    document.body.innerHTML = '<p>我们发展<ruby>經<rt>jīng</rt></ruby>济</p>';
    // happy-dom's IntersectionObserver never reports; without one every block is near (the Node path).
    vi.stubGlobal('IntersectionObserver', undefined);
    const modes = createPageModes(document, fakeEngine);
    modes.set({ script: 'original', pinyin: true }, { tone: 'marks', toneColors: false, colorScheme: 'pleco', size: 0.5, zhuyin: false });
    await modes.whenIdle();
    expect(document.querySelectorAll('rt[data-zd-py]').length).toBeGreaterThan(0);
    const runs = collectTextRuns(document.body);
    expect(runs.map((r) => r.text)).toEqual(['我们发展經济']);
    expect(runs[0].nodes.every((n) => n.isConnected)).toBe(true);
    modes.dispose();
    vi.unstubAllGlobals();
  });

  it('gives open shadow roots runs of their own and skips inputs and our UI', () => {
    document.body.innerHTML = '<p>前<span id="host"></span>后</p><input value="发展"><div data-zd-ui="">卡片</div>';
    const root = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<b>影子</b>';
    expect(runTexts(document.body)).toEqual(['前', '影子', '后']);
  });
});
