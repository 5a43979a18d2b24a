// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UI_ATTR } from '../dom/markers';
import { cardShadowRoot } from './card-host';
import { FLASH_NAME, HIGHLIGHT_NAME } from './card-style';
import { mountGlossary } from './mount-glossary';
import { HIDE_GRACE_MS } from './pointer-input';
import { fakeHighlightApi, realDeps } from './test-helpers';
import type { GlossaryLayer } from './types';

const PAGE = `
  <h1>关于加快发展新质生产力的若干措施</h1>
  <p id="p1">先立后破，推动京津冀协同发展，做好接诉即办。</p>
  <p id="p2">实施海英计划。<a href="#" id="link">新质生产力</a></p>
  <div id="host"></div>`;

function cardParts() {
  const host = document.querySelector(`[${UI_ATTR}="glossary"]`);
  const root = host && cardShadowRoot(host);
  if (!root) throw new Error('no card host');
  return { host: host!, root, card: root.querySelector<HTMLElement>('.card')!, nav: root.querySelector<HTMLButtonElement>('.nav')! };
}

/** Layout does not exist in happy-dom: every range gets a box, so cards can be placed. */
function giveRangesABox(): void {
  const box = { left: 0, top: 10, right: 1000, bottom: 30, width: 1000, height: 20, x: 0, y: 10, toJSON: () => ({}) } as DOMRect;
  vi.spyOn(window.Range.prototype, 'getBoundingClientRect').mockReturnValue(box);
  vi.spyOn(window.Range.prototype, 'getClientRects').mockReturnValue(Object.assign([box], { item: () => box }) as unknown as DOMRectList);
}

/** Hit-testing stand-in: x is a character offset into #p1's text, y is ignored. */
function caretOverP1(): void {
  const text = document.getElementById('p1')!.firstChild!;
  Object.assign(document, { caretPositionFromPoint: (x: number) => ({ offsetNode: text, offset: x }) });
}

const move = (x: number, target: EventTarget = document, pointerType = 'mouse'): void => {
  target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: 15, pointerType, bubbles: true, composed: true }));
};
const offsetOf = (term: string): number => document.getElementById('p1')!.textContent!.indexOf(term);

describe('mountGlossary', () => {
  let layer: GlossaryLayer | undefined;
  beforeEach(() => {
    document.body.innerHTML = PAGE;
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>推动高质量发展</p>';
  });
  afterEach(() => {
    layer?.dispose();
    layer = undefined;
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('finds every term with counts, in the open shadow root too', () => {
    layer = mountGlossary(document, realDeps());
    expect(layer.terms()).toEqual([
      { id: 'xinzhi-shengchanli', term: '新质生产力', count: 2 },
      { id: 'xianli-houpo', term: '先立后破', count: 1 },
      { id: 'jingjinji-xietong-fazhan', term: '京津冀协同发展', count: 1 },
      { id: 'jiesu-jiban', term: '接诉即办', count: 1 },
      { id: 'haiying-jihua', term: '海英计划', count: 1 },
      { id: 'gaozhiliang-fazhan', term: '高质量发展', count: 1 },
    ]);
  });

  it('lists terms in the script the reader chose', () => {
    const deps = realDeps({ script: 'zh-TW' });
    layer = mountGlossary(document, deps);
    expect(layer.terms().find((t) => t.id === 'jiesu-jiban')?.term).toBe('接訴即辦');
  });

  it('rescans only the changed block, and ignores text outside the body', async () => {
    layer = mountGlossary(document, realDeps());
    await layer.whenIdle();
    const p1 = document.getElementById('p1')!;
    p1.firstChild!.textContent = '海英计划和海英计划';
    document.title = '先立后破';
    layer.rescan([p1.firstChild!, document.querySelector('title') ?? document.head]);
    await layer.whenIdle();
    const counts = Object.fromEntries(layer.terms().map((t) => [t.id, t.count]));
    expect(counts).toEqual({ 'xinzhi-shengchanli': 2, 'haiying-jihua': 3, 'gaozhiliang-fazhan': 1 });
  });

  it('paints the terms of blocks near the viewport, one range per piece, and removes them on rescan and dispose', async () => {
    const fake = fakeHighlightApi(document.defaultView!);
    try {
      const sheetsBefore = document.adoptedStyleSheets.length;
      layer = mountGlossary(document, realDeps());
      await layer.whenIdle();
      const painted = () => fake.registry.get(HIGHLIGHT_NAME)?.size;
      expect(painted()).toBe(0);
      fake.report(true);
      expect(painted()).toBe(7);
      fake.report(false, [document.getElementById('p1')!]);
      expect(painted()).toBe(4);
      expect(document.adoptedStyleSheets.length).toBe(sheetsBefore + 1);
      document.getElementById('p2')!.remove();
      layer.rescan([document.body]);
      await layer.whenIdle();
      expect(painted()).toBe(2);
      expect(layer.scrollToTerm('jiesu-jiban')).toBe(true);
      expect(fake.registry.get(FLASH_NAME)?.size).toBe(1);
      layer.dispose();
      layer = undefined;
      expect([...fake.registry.keys()]).not.toContain(HIGHLIGHT_NAME);
      expect([...fake.registry.keys()]).not.toContain(FLASH_NAME);
      expect(document.adoptedStyleSheets.length).toBe(sheetsBefore);
    } finally {
      layer?.dispose();
      layer = undefined;
      fake.restore();
    }
  });

  it('dispose gives back exactly the page it had', () => {
    const before = document.documentElement.outerHTML;
    layer = mountGlossary(document, realDeps());
    expect(document.documentElement.outerHTML).not.toBe(before);
    layer.dispose();
    layer = undefined;
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('scrollToTerm scrolls to the first occurrence and says whether there is one', () => {
    layer = mountGlossary(document, realDeps());
    const scrolled = vi.spyOn(window.HTMLElement.prototype, 'scrollIntoView');
    expect(layer.scrollToTerm('haiying-jihua')).toBe(true);
    expect(scrolled.mock.contexts[0]).toBe(document.getElementById('p2'));
    expect(layer.scrollToTerm('not-on-this-page')).toBe(false);
  });

  describe('hover', () => {
    beforeEach(() => {
      vi.useFakeTimers();
      giveRangesABox();
      caretOverP1();
      layer = mountGlossary(document, realDeps({ hoverDelayMs: 150 }));
    });

    it('shows the card after the hover delay, not before', () => {
      const { card } = cardParts();
      move(offsetOf('先立后破') + 1);
      vi.advanceTimersByTime(149);
      expect(card.hidden).toBe(true);
      vi.advanceTimersByTime(1);
      expect(card.hidden).toBe(false);
      expect(card.dataset.term).toBe('xianli-houpo');
      expect(card.getAttribute('role')).toBe('dialog');
    });

    it('moves straight to the next term without hiding, and hides after a grace once off terms', () => {
      const { card } = cardParts();
      move(offsetOf('先立后破'));
      vi.advanceTimersByTime(150);
      move(offsetOf('京津冀协同发展') + 2);
      expect(card.hidden).toBe(false);
      expect(card.dataset.term).toBe('jingjinji-xietong-fazhan');
      move(offsetOf('，做好') + 1);
      vi.advanceTimersByTime(HIDE_GRACE_MS - 1);
      expect(card.hidden).toBe(false);
      vi.advanceTimersByTime(1);
      expect(card.hidden).toBe(true);
    });

    it('the pointer on the card keeps it', () => {
      const { card } = cardParts();
      move(offsetOf('接诉即办'));
      vi.advanceTimersByTime(150);
      move(offsetOf('，做好') + 1);
      move(0, card.querySelector('.term')!);
      vi.advanceTimersByTime(HIDE_GRACE_MS * 3);
      expect(card.hidden).toBe(false);
    });

    it('a touch tap shows the card at once; a tap off terms closes it', () => {
      const { card } = cardParts();
      const tap = (x: number) =>
        document.dispatchEvent(new PointerEvent('pointerup', { clientX: x, clientY: 15, pointerType: 'touch', bubbles: true }));
      tap(offsetOf('接诉即办'));
      expect(card.dataset.term).toBe('jiesu-jiban');
      expect(card.hidden).toBe(false);
      tap(offsetOf('，做好') + 1);
      expect(card.hidden).toBe(true);
    });

    it('clicking a related term shows that entry in the same card', () => {
      const { card } = cardParts();
      move(offsetOf('先立后破'));
      vi.advanceTimersByTime(150);
      const related = card.querySelector<HTMLButtonElement>('[data-related]');
      if (!related) throw new Error('先立后破 should have related terms');
      related.click();
      expect(card.dataset.term).toBe(related.dataset.related);
      expect(card.hidden).toBe(false);
    });
  });

  describe('hover with no delay', () => {
    beforeEach(() => {
      giveRangesABox();
      caretOverP1();
      layer = mountGlossary(document, realDeps({ hoverDelayMs: 0 }));
    });

    it('shows the card within the pointermove itself, not on a timer', () => {
      const { card } = cardParts();
      const timer = vi.spyOn(window, 'setTimeout');
      move(offsetOf('先立后破') + 1);
      expect(card.hidden).toBe(false);
      expect(card.dataset.term).toBe('xianli-houpo');
      expect(timer).not.toHaveBeenCalled();
    });

    it('showing the same entry again keeps its DOM; once a button of it was used, it renders anew', () => {
      vi.useFakeTimers();
      const { card } = cardParts();
      const leaveAndComeBack = (): void => {
        move(offsetOf('，做好') + 1);
        vi.advanceTimersByTime(HIDE_GRACE_MS);
        expect(card.hidden).toBe(true);
        move(offsetOf('先立后破') + 2);
        expect(card.hidden).toBe(false);
      };
      move(offsetOf('先立后破'));
      const first = card.firstElementChild;
      leaveAndComeBack();
      expect(card.firstElementChild).toBe(first);
      const copy = card.querySelector<HTMLButtonElement>('[data-action="copy"]');
      if (!copy) throw new Error('the card should have a copy button');
      vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
      copy.click();
      leaveAndComeBack();
      expect(card.dataset.term).toBe('xianli-houpo');
      expect(card.firstElementChild).not.toBe(first);
    });

    it('places the card with a transform and leaves left/top alone (moving them lays out the page)', () => {
      const { card } = cardParts();
      move(offsetOf('先立后破'));
      expect(card.style.transform).toMatch(/^translate\(/);
      expect(card.style.left).toBe('');
      expect(card.style.top).toBe('');
    });
  });

  describe('keyboard', () => {
    beforeEach(async () => {
      giveRangesABox();
      vi.spyOn(window.HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => undefined);
      layer = mountGlossary(document, realDeps());
      // Terms are found in time-boxed slices; on a busy machine the first slice may not hold them all.
      await layer.whenIdle();
    });

    it('the navigator comes before the page in tab order and walks terms with the arrows', () => {
      const { host, nav, card } = cardParts();
      expect(host.nextElementSibling).toBe(document.body);
      nav.focus();
      const press = (key: string) => nav.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      press('ArrowDown');
      expect(card.dataset.term).toBe('xinzhi-shengchanli');
      press('ArrowDown');
      expect(card.dataset.term).toBe('xianli-houpo');
      press('ArrowUp');
      expect(card.dataset.term).toBe('xinzhi-shengchanli');
      press('ArrowUp');
      expect(card.dataset.term).toBe('gaozhiliang-fazhan');
      expect(nav.textContent).toContain('7 of 7: 高质量发展');
    });

    // Focus coming back from inside the card is checked in the browser (glossary-card.e2e): happy-dom loses focus state there.
    it('Escape closes a card opened from the navigator', () => {
      const { nav, card } = cardParts();
      nav.focus();
      nav.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      expect(card.hidden).toBe(false);
      nav.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      expect(card.hidden).toBe(true);
      expect(document.activeElement).toBe(cardParts().host);
    });

    it('focusing a link that is a term shows its card; leaving it hides the card', () => {
      const { card } = cardParts();
      document.getElementById('link')!.focus();
      expect(card.dataset.term).toBe('xinzhi-shengchanli');
      expect(card.hidden).toBe(false);
      document.getElementById('link')!.blur();
      expect(card.hidden).toBe(true);
    });
  });
});
