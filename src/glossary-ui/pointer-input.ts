import type { CardView } from './card-view';
import type { PlacedTerm } from './term-index';

/** How long a hover card survives the pointer leaving the term, so it can travel to the card. */
export const HIDE_GRACE_MS = 300;

export interface PointerInputOptions {
  doc: Document;
  host: Element;
  view: CardView;
  termAt(x: number, y: number): PlacedTerm | undefined;
  hoverDelayMs(): number;
  signal: AbortSignal;
}

/**
 * Mouse and pen hover with a delay, tap on touch. Hovering another term while the
 * card is up moves the card at once (no hide in between); leaving hides it after
 * a grace period that the pointer entering the card cancels.
 */
export function listenPointer({ doc, host, view, termAt, hoverDelayMs, signal }: PointerInputOptions): () => void {
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: PlacedTerm | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const cancelShow = (): void => {
    clearTimeout(showTimer);
    pending = undefined;
  };
  const cancelHide = (): void => clearTimeout(hideTimer);
  const hideLater = (): void => {
    cancelHide();
    hideTimer = setTimeout(() => {
      if (view.shown?.by === 'hover') view.hide();
    }, HIDE_GRACE_MS);
  };
  const onCard = (event: Event): boolean => event.composedPath().includes(host);

  const hover = (term: PlacedTerm | undefined): void => {
    if (!term) {
      cancelShow();
      if (view.shown?.by === 'hover') hideLater();
      return;
    }
    cancelHide();
    if (view.shown?.term === term) return;
    if (view.shown) {
      cancelShow();
      view.show(term, 'hover');
      return;
    }
    if (pending === term) return;
    cancelShow();
    const delay = hoverDelayMs();
    // No delay means now, in this event's task: pointer input is dispatched at the start of a
    // frame, so the card is painted in that frame; even a zero timer would cost a whole frame.
    if (delay <= 0) {
      view.show(term, 'hover');
      return;
    }
    pending = term;
    showTimer = setTimeout(() => {
      pending = undefined;
      view.show(term, 'hover');
    }, delay);
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      if (onCard(event)) {
        cancelHide();
        cancelShow();
        return;
      }
      hover(termAt(event.clientX, event.clientY));
    },
    { capture: true, passive: true, signal },
  );
  doc.addEventListener(
    'pointerup',
    (event) => {
      if (event.pointerType !== 'touch' || onCard(event)) return;
      const term = termAt(event.clientX, event.clientY);
      if (term) view.show(term, 'tap');
      else if (view.shown) view.hide();
    },
    { capture: true, passive: true, signal },
  );
  // Leaving the window: nothing is hovered any more.
  doc.documentElement.addEventListener('pointerleave', () => hover(undefined), { signal });
  view.element.addEventListener('pointerleave', () => {
    if (view.shown?.by === 'hover') hideLater();
  }, { signal });

  return () => {
    cancelShow();
    cancelHide();
  };
}
