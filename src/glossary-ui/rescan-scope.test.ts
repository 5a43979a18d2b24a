// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outermost, rescanRoot } from './rescan-scope';

describe('rescan scope', () => {
  it('rescans the block around a change, the body at most', () => {
    document.body.innerHTML = '<p id="p">a<b>b</b></p>text';
    const p = document.getElementById('p')!;
    expect(rescanRoot(document, p.querySelector('b')!.firstChild!)).toBe(p);
    expect(rescanRoot(document, document.body.lastChild!)).toBe(document.body);
    expect(rescanRoot(document, document.head)).toBeNull();
  });

  it('keeps the outermost roots once each; a shadow root stays apart from its host', () => {
    document.body.innerHTML = '<div id="d"><p id="p">a</p></div><p id="q">b</p><div id="host"></div>';
    const [d, p, q, host] = ['d', 'p', 'q', 'host'].map((id) => document.getElementById(id)!);
    const shadow = host.attachShadow({ mode: 'open' });
    expect(outermost([p, q, d, p, shadow])).toEqual([q, d, shadow]);
  });
});
