import type { Translate } from '../ui/i18n';
import type { CardView } from './card-view';
import type { PlacedTerm, TermIndex } from './term-index';

/** A focused element this short is a link or button about the term, not a container of many. */
export const FOCUS_TEXT_LIMIT = 60;

export interface KeyboardInputOptions {
  doc: Document;
  host: Element;
  root: ShadowRoot;
  view: CardView;
  index: TermIndex;
  t: Translate;
  signal: AbortSignal;
}

const NEXT_KEYS = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS_KEYS = new Set(['ArrowUp', 'ArrowLeft']);

function scrollToTerm(term: PlacedTerm): void {
  term.pieces[0].node.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
}

/**
 * The keyboard way in, without a tab stop per term: one "term navigator" button
 * that is the first tab stop of the page (a skip link, invisible until focused).
 * Arrows walk the terms in reading order, each scrolled into view with its card;
 * Tab continues into the card's buttons. A focused link or button that is itself
 * a term shows its card too. Escape closes the card and puts focus back.
 */
export function listenKeyboard({ doc, host, root, view, index, t, signal }: KeyboardInputOptions): void {
  const navigator = doc.createElement('button');
  navigator.type = 'button';
  navigator.className = 'nav';
  navigator.setAttribute('aria-controls', view.element.id);
  root.insertBefore(navigator, view.element);
  let cursor = -1;
  let pageFocus: HTMLElement | null = null;

  const label = (): void => {
    const count = String(index.ordered().length);
    navigator.textContent =
      cursor >= 0 && view.shown?.by === 'keyboard'
        ? t('cardNavigatorAt', [String(cursor + 1), count, view.shown.term.text])
        : t('cardNavigator', count);
  };
  const go = (step: number): void => {
    const terms = index.ordered();
    if (terms.length === 0) return;
    const current = view.shown ? terms.indexOf(view.shown.term) : -1;
    cursor = ((current === -1 ? (step > 0 ? -1 : 0) : current) + step + terms.length) % terms.length;
    scrollToTerm(terms[cursor]);
    view.show(terms[cursor], 'keyboard');
    label();
  };

  navigator.addEventListener('focus', label, { signal });
  navigator.addEventListener('click', () => go(1), { signal });
  navigator.addEventListener(
    'keydown',
    (event) => {
      const step = NEXT_KEYS.has(event.key) ? 1 : PREVIOUS_KEYS.has(event.key) ? -1 : 0;
      if (step === 0) return;
      event.preventDefault();
      go(step);
    },
    { signal },
  );

  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.composedPath()[0];
      if (!(target instanceof doc.defaultView!.HTMLElement) || event.composedPath().includes(host)) return;
      pageFocus = target;
      const text = target.textContent ?? '';
      const term = text.trim().length <= FOCUS_TEXT_LIMIT ? index.ordered().find((t) => target.contains(t.pieces[0].node)) : undefined;
      if (term) view.show(term, 'focus');
      else if (view.shown?.by === 'focus') view.hide();
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'focusout',
    (event) => {
      const next = event.relatedTarget;
      const by = view.shown?.by;
      if ((by === 'focus' || by === 'keyboard') && !(next instanceof Node && (next === host || host.contains(next)))) view.hide();
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !view.shown) return;
      const openedBy = view.shown.by;
      // The key comes from the focused element: inside the card, its path holds the card.
      const focusInCard = event.composedPath().includes(view.element);
      view.hide();
      event.stopPropagation();
      if (openedBy === 'keyboard') navigator.focus();
      else if (focusInCard) pageFocus?.focus();
      label();
    },
    { capture: true, signal },
  );
  label();
}
