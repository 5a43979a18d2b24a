// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compareTreeOrder, forEachInside, insideAny } from './tree-order';

function page() {
  document.body.innerHTML = '<p id="a">before</p><div id="host"></div><p id="b">after</p>';
  const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p>inside</p>';
  return {
    before: document.getElementById('a')!.firstChild!,
    inside: shadow.querySelector('p')!.firstChild!,
    after: document.getElementById('b')!.firstChild!,
    host: document.getElementById('host')!,
    shadow,
  };
}

describe('compareTreeOrder', () => {
  it('reads shadow-root text where its host stands', () => {
    const { before, inside, after } = page();
    const sorted = [after, inside, before].sort(compareTreeOrder);
    expect(sorted).toEqual([before, inside, after]);
  });
});

describe('insideAny', () => {
  it('sees through shadow roots to the roots around the host', () => {
    const { before, inside, host, shadow } = page();
    expect(insideAny(inside, new Set([document.body]))).toBe(true);
    expect(insideAny(inside, new Set([shadow]))).toBe(true);
    expect(insideAny(before, new Set([host]))).toBe(false);
    expect(insideAny(inside, new Set([document.getElementById('a')!]))).toBe(false);
  });
});

describe('forEachInside', () => {
  it('visits the root, its elements and text, and open shadow trees in place', () => {
    const { before, inside, after, host, shadow } = page();
    const seen: Node[] = [];
    forEachInside(document.body, (node) => seen.push(node));
    expect(seen).toEqual([document.body, before.parentNode, before, host, shadow, inside.parentNode, inside, after.parentNode, after]);
    seen.length = 0;
    forEachInside(before.parentNode!, (node) => seen.push(node));
    expect(seen).toEqual([before.parentNode, before]);
  });
});
