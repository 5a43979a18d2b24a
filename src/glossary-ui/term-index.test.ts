// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectTextRuns } from '../dom/text-runs';
import { TermIndex } from './term-index';
import { matcher } from './test-helpers';

const textOf = (node: Node | null): Text => {
  if (!node || node.nodeType !== node.TEXT_NODE) throw new Error('expected a text node');
  return node as Text;
};

describe('TermIndex', () => {
  let index: TermIndex;
  beforeEach(() => {
    index = new TermIndex();
  });

  it('places a term split by inline wrappers (our ruby) on every node it spans', () => {
    document.body.innerHTML = '<p>加快发展<ruby data-zd-ruby class="zd-ruby">新质<rt data-zd-py="xīn zhì"></rt></ruby><ruby data-zd-ruby class="zd-ruby">生产力<rt></rt></ruby>。</p>';
    const [term] = index.add(collectTextRuns(document.body), matcher.find);
    expect(term.id).toBe('xinzhi-shengchanli');
    expect(term.text).toBe('新质生产力');
    const [first, second] = document.querySelectorAll('ruby');
    expect(term.pieces).toEqual([
      { node: textOf(first.firstChild), from: 0, to: 2 },
      { node: textOf(second.firstChild), from: 0, to: 3 },
    ]);
    expect(index.at(textOf(second.firstChild), 2)).toBe(term);
    expect(index.at(textOf(document.querySelector('p')!.firstChild), 3)).toBeUndefined();
  });

  it('does not match across blocks', () => {
    document.body.innerHTML = '<p>新质</p><p>生产力</p>';
    expect(index.add(collectTextRuns(document.body), matcher.find)).toEqual([]);
  });

  it('finds the exact characters of a term inside a longer text node', () => {
    document.body.innerHTML = '<p>要实现规划，先立后破，推动发展。</p>';
    const node = textOf(document.querySelector('p')!.firstChild);
    index.add(collectTextRuns(document.body), matcher.find);
    const at = node.data.indexOf('先立后破');
    expect(index.at(node, at - 1)).toBeUndefined();
    expect(index.at(node, at)?.id).toBe('xianli-houpo');
    expect(index.at(node, at + 3)?.id).toBe('xianli-houpo');
    expect(index.at(node, at + 4)).toBeUndefined();
  });

  it('forgets terms under rescanned roots and in detached nodes, keeps the others', () => {
    document.body.innerHTML = '<p id="a">先立后破</p><p id="b">接诉即办</p><p id="c">海英计划</p>';
    index.add(collectTextRuns(document.body), matcher.find);
    document.getElementById('c')!.remove();
    const removed = index.remove([document.getElementById('a')!]);
    expect(removed.map((t) => t.id).sort()).toEqual(['haiying-jihua', 'xianli-houpo']);
    expect(index.ordered().map((t) => t.id)).toEqual(['jiesu-jiban']);
  });

  it('forgets terms in an open shadow tree under a rescanned root, once, and keeps the others', () => {
    document.body.innerHTML = '<div id="a"><span id="host"></span></div><p id="b">接诉即办</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>先立后破</p>';
    index.add(collectTextRuns(shadow), matcher.find);
    index.add(collectTextRuns(document.getElementById('b')!), matcher.find);
    expect(index.remove([document.getElementById('a')!]).map((t) => t.id)).toEqual(['xianli-houpo']);
    expect(index.remove([document.getElementById('a')!])).toEqual([]);
    expect(index.ordered().map((t) => t.id)).toEqual(['jiesu-jiban']);
  });

  it('lists occurrences in document order and counts them per term', () => {
    document.body.innerHTML = '<p id="a">接诉即办</p><p id="b">先立后破，接诉即办</p>';
    index.add(collectTextRuns(document.getElementById('b')!), matcher.find);
    index.add(collectTextRuns(document.getElementById('a')!), matcher.find);
    expect(index.ordered().map((t) => t.id)).toEqual(['jiesu-jiban', 'xianli-houpo', 'jiesu-jiban']);
    expect([...index.counts()]).toEqual([['jiesu-jiban', 2], ['xianli-houpo', 1]]);
  });
});
