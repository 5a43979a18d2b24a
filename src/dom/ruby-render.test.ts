// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PinyinSegment } from './engine-deps';
import { READING_ATTR } from './markers';
import { RubyLayer } from './ruby-render';

const MARKS = { tone: 'marks', zhuyin: false } as const;
const WORDS: Array<[string, string[]]> = [
  ['我们', ['wǒ', 'men']],
  ['要', ['yào']],
  ['发展', ['fā', 'zhǎn']],
  ['新质', ['xīn', 'zhì']],
  ['生产力', ['shēng', 'chǎn', 'lì']],
];

/** A long text: the five words and a comma, `rounds` times, then a full stop. */
function longSegments(rounds: number): PinyinSegment[] {
  const segments: PinyinSegment[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const [text, pinyin] of WORDS) segments.push({ text, pinyin });
    segments.push({ text: '，', pinyin: null });
  }
  segments.push({ text: '。', pinyin: null });
  return segments;
}

function paragraph(segments: PinyinSegment[]): { p: HTMLElement; node: Text } {
  document.body.innerHTML = '<p id="p">前<b>后</b></p>';
  const p = document.getElementById('p') as HTMLElement;
  const node = document.createTextNode(segments.map((s) => s.text).join(''));
  p.insertBefore(node, p.querySelector('b'));
  return { p, node };
}

const readings = (root: ParentNode): string[] => [...root.querySelectorAll(`rt[${READING_ATTR}]`)].map((rt) => rt.getAttribute(READING_ATTR) ?? '');

describe('RubyLayer steps', () => {
  it('puts a long node into ruby front to back, whole words at a time, text unchanged at every step', () => {
    const segments = longSegments(20);
    const { p, node } = paragraph(segments);
    const text = p.textContent;
    const layer = new RubyLayer(document);
    const first = layer.wrap(node, segments, MARKS, 30);
    expect(first).toBeGreaterThanOrEqual(30);
    expect(first).toBeLessThan(30 + 4);
    expect(layer.pendingChars(node)).toBe(node.data.length - first);
    expect(p.textContent).toBe(text);
    // The ruby so far spells the first words, in order; the rest is one plain Text piece we own.
    expect(readings(p).slice(0, 4)).toEqual(['wǒ', 'men', 'yào', 'fā']);
    const rest = p.querySelector('b')?.previousSibling as Text;
    expect(rest.nodeType).toBe(3);
    expect(layer.ownerOf(rest)).toBe(node);
    expect(rest.data).toBe(node.data.slice(first));

    let steps = 1;
    while (layer.pendingChars(node) > 0) {
      const before = readings(p).length;
      expect(layer.extend(node, 30)).toBeGreaterThan(0);
      expect(readings(p).length).toBeGreaterThan(before);
      expect(p.textContent).toBe(text);
      steps++;
    }
    expect(steps).toBeGreaterThan(5);
    expect(readings(p)).toHaveLength(10 * 20);
    expect(p.lastChild?.nodeName).toBe('B');
    expect(layer.extend(node, 30)).toBe(0);
  });

  it('puts the original node back exactly at any step', () => {
    for (const stepsTaken of [1, 3]) {
      const segments = longSegments(10);
      const { p, node } = paragraph(segments);
      const html = p.innerHTML;
      const layer = new RubyLayer(document);
      layer.wrap(node, segments, MARKS, 20);
      for (let i = 1; i < stepsTaken; i++) layer.extend(node, 20);
      expect(layer.pendingChars(node)).toBeGreaterThan(0);
      layer.unwrap(node);
      expect(p.innerHTML).toBe(html);
      expect(p.firstChild?.nextSibling).toBe(node);
      expect(layer.renderedValue(node)).toBeUndefined();
      expect(layer.pendingChars(node)).toBe(0);
    }
  });

  it('shows the words a step adds in the format of the latest restyle', () => {
    const segments = longSegments(6);
    const { p, node } = paragraph(segments);
    const layer = new RubyLayer(document);
    layer.wrap(node, segments, MARKS, 10);
    expect(layer.restyle(node, { tone: 'numbers', zhuyin: false })).toBe(true);
    while (layer.pendingChars(node) > 0) layer.extend(node, 10);
    expect(readings(p).slice(0, 9)).toEqual(['wo3', 'men5', 'yao4', 'fa1', 'zhan3', 'xin1', 'zhi4', 'sheng1', 'chan3']);
    expect(readings(p).slice(-3)).toEqual(['sheng1', 'chan3', 'li4']);
  });

  it('wraps a node whole without a limit, and leaves a node without readings alone', () => {
    const segments = longSegments(3);
    const { p, node } = paragraph(segments);
    const layer = new RubyLayer(document);
    expect(layer.wrap(node, segments, MARKS)).toBe(node.data.length);
    expect(layer.pendingChars(node)).toBe(0);
    expect(readings(p)).toHaveLength(30);

    const latin = paragraph([{ text: 'GDP 5%', pinyin: null }]);
    expect(layer.wrap(latin.node, [{ text: 'GDP 5%', pinyin: null }], MARKS, 2)).toBe(0);
    expect(latin.p.firstChild?.nextSibling).toBe(latin.node);
  });
});
