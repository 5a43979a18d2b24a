// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UI_ATTR } from './markers';
import { primeRubyLayout, primeRubyLayoutSoon } from './ruby-primer';

const primerIn = (doc: Document) => doc.querySelector(`ruby[${UI_ATTR}]`);

/** A fresh document each time: priming is once per document. */
function freshDocument(body: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = body;
  return doc;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('ruby primer', () => {
  it('adds one hidden empty annotation, once per document, and its remover takes it out', () => {
    const doc = freshDocument('<p>发展</p>');
    const html = doc.body.innerHTML;
    const remove = primeRubyLayout(doc);
    const primer = primerIn(doc) as HTMLElement;
    expect(primer.querySelector('rt')?.textContent).toBe('');
    expect(primer.style.getPropertyValue('visibility')).toBe('hidden');
    expect(primer.style.getPropertyValue('position')).toBe('absolute');
    expect(primer.getAttribute('aria-hidden')).toBe('true');
    remove?.();
    expect(doc.body.innerHTML).toBe(html);
    expect(primeRubyLayout(doc)).toBeNull();
    expect(primerIn(doc)).toBeNull();
  });

  it('leaves a page that already has ruby alone', () => {
    const doc = freshDocument('<p><ruby>漢<rt>hàn</rt></ruby></p>');
    expect(primeRubyLayout(doc)).toBeNull();
    expect(primerIn(doc)).toBeNull();
  });

  it('soon: takes the primer out in the task after the next frame, or after a limit when no frame comes', async () => {
    const frames: Array<() => void> = [];
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
    const doc = freshDocument('<p>发展</p>');
    primeRubyLayoutSoon(doc);
    expect(primerIn(doc)).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(primerIn(doc)).not.toBeNull();
    frames.splice(0).forEach((run) => run());
    expect(primerIn(doc)).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(primerIn(doc)).toBeNull();

    vi.useFakeTimers();
    // A hidden document: no frame ever comes.
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const hidden = freshDocument('<p>发展</p>');
    primeRubyLayoutSoon(hidden);
    vi.advanceTimersByTime(499);
    expect(primerIn(hidden)).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(primerIn(hidden)).toBeNull();
  });
});
