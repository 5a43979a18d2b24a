import type { GlossaryEntry } from '../engine/glossary/types';
import { cardActions } from './card-actions';
import { isDarkBackground } from './page-theme';
import { placeCard } from './place-card';
import { renderCard } from './render-card';
import type { PlacedTerm } from './term-index';
import type { FrameWindow, GlossaryDeps } from './types';

/** How the card was opened: a hover card goes when the pointer leaves, the others stay until dismissed. */
export type OpenedBy = 'hover' | 'tap' | 'focus' | 'keyboard';

export interface Shown {
  term: PlacedTerm;
  /** The entry on display: the term's own, or a related one the reader clicked. */
  entryId: string;
  by: OpenedBy;
}

/**
 * The one card element: shown, moved and refilled, never recreated, so moving
 * from term to term does not flicker. Positioned against the term's live range.
 */
export class CardView {
  readonly element: HTMLElement;
  readonly #doc: Document;
  readonly #win: FrameWindow;
  readonly #root: ShadowRoot;
  readonly #deps: GlossaryDeps;
  readonly #range: Range;
  #shown: Shown | null = null;
  /** What the card's DOM shows now (entry, headword, settings), or null when it must be rendered. */
  #rendered: string | null = null;
  #scrolled = false;

  constructor(doc: Document, root: ShadowRoot, deps: GlossaryDeps) {
    this.#doc = doc;
    this.#win = doc.defaultView as FrameWindow;
    this.#root = root;
    this.#deps = deps;
    this.#range = doc.createRange();
    this.element = doc.createElement('div');
    this.element.className = 'card';
    this.element.id = 'zd-card';
    this.element.setAttribute('role', 'dialog');
    this.element.hidden = true;
    // A hidden card keeps its box (see card-style), and with it its scroll position: noted here
    // so a card opened anew starts at the top without reading scrollTop (a forced layout) each time.
    this.element.addEventListener('scroll', () => (this.#scrolled = true), { passive: true });
    root.append(this.element);
  }

  get shown(): Shown | null {
    return this.#shown;
  }

  /**
   * Shows (or moves the card to) `term`; false when its entry is unknown or the term is off screen.
   * Reads the page (term box, viewport, background) before writing anything: a read after a
   * write would force style and layout in the middle of the pointer event, and the frame lays
   * out again anyway.
   */
  show(term: PlacedTerm, by: OpenedBy, entryId = term.id): boolean {
    const entry = this.#deps.entry(entryId);
    if (!entry) return false;
    const anchor = this.#onScreen(term);
    if (!anchor) {
      this.hide();
      return false;
    }
    const owner = term.pieces[0].node.parentElement;
    const theme = owner && isDarkBackground(owner) ? 'dark' : 'light';
    this.#shown = { term, entryId, by };
    this.#render(entry, term, entryId);
    if (this.#scrolled) {
      this.element.scrollTop = 0;
      this.#scrolled = false;
    }
    if (this.element.dataset.theme !== theme) this.element.dataset.theme = theme;
    this.element.hidden = false;
    this.#place(anchor.rect, anchor.viewport);
    return true;
  }

  /** Hidden, its content kept: showing the same entry again needs no new DOM. */
  hide(): void {
    this.#shown = null;
    this.element.hidden = true;
  }

  /** Follows the term after scrolling or layout changes; hides the card once the term is off screen. */
  reposition(): boolean {
    if (!this.#shown) return false;
    const anchor = this.#onScreen(this.#shown.term);
    if (!anchor) {
      this.hide();
      return false;
    }
    this.#place(anchor.rect, anchor.viewport);
    return true;
  }

  /** Renders the entry unless the card already shows exactly it (same headword, same settings). */
  #render(entry: GlossaryEntry, term: PlacedTerm, entryId: string): void {
    const settings = this.#deps.settings();
    const pageText = entryId === term.id ? term.text : undefined;
    const key = [entryId, pageText ?? '', settings.order, settings.script].join('\n');
    if (key === this.#rendered) return;
    const { onCopy, onSpeak } = cardActions(this.#win, this.#root);
    const convertAsked = this.#deps.convert;
    /** A conversion still on its way: the card shows the text as written until it comes. */
    let waiting = false;
    renderCard(this.element, {
      entry,
      settings,
      pageText,
      related: (id) => this.#deps.entry(id),
      find: this.#deps.find,
      convert:
        convertAsked &&
        ((text, target) => {
          const converted = convertAsked(text, target, () => this.#converted(entryId));
          if (converted !== undefined) return converted;
          waiting = true;
          return text;
        }),
      t: this.#deps.t,
      onRelated: (id) => {
        if (this.#shown) this.show(this.#shown.term, this.#shown.by === 'hover' ? 'tap' : this.#shown.by, id);
      },
      // A card someone acted on carries the outcome in its buttons ("Copied"): render it afresh next time.
      onCopy:
        onCopy &&
        ((text) => {
          this.#rendered = null;
          return onCopy(text);
        }),
      onSpeak:
        onSpeak &&
        ((text) => {
          this.#rendered = null;
          onSpeak(text);
        }),
    });
    this.#rendered = waiting ? null : key;
  }

  /** A conversion the card waited for has come: fill the card again if it still shows that entry. */
  #converted(entryId: string): void {
    const shown = this.#shown;
    this.#rendered = null;
    if (shown && shown.entryId === entryId) this.show(shown.term, shown.by, entryId);
  }

  /** The term's box and the viewport, or null when the term is gone or off screen. */
  #onScreen(term: PlacedTerm): { rect: DOMRect; viewport: { width: number; height: number } } | null {
    const rect = this.anchorRect(term);
    const viewport = this.#viewport();
    if (!rect || rect.bottom < 0 || rect.top > viewport.height || rect.right < 0 || rect.left > viewport.width) return null;
    return { rect, viewport };
  }

  /**
   * Sizes the card at its natural height (the one read of the card's own layout), then places
   * it. Placed by a transform, not left/top: moving a fixed box by its offsets lays out the
   * document again from its root, a transform only repaints. Styles are written only when they change.
   */
  #place(anchor: DOMRect, viewport: { width: number; height: number }): void {
    this.#setMaxHeight('');
    const size = this.element.getBoundingClientRect();
    const placed = placeCard(anchor, { width: size.width, height: size.height }, viewport);
    this.element.style.transform = `translate(${placed.left}px, ${placed.top}px)`;
    this.#setMaxHeight(placed.maxHeight === undefined ? '' : `${placed.maxHeight}px`);
  }

  #setMaxHeight(value: string): void {
    if (this.element.style.maxHeight !== value) this.element.style.maxHeight = value;
  }

  /**
   * The visible area without scrollbars. In quirks mode (common on older government
   * sites) the root element's client size is the page's, and the body's is the viewport's.
   */
  #viewport(): { width: number; height: number } {
    const el = this.#doc.compatMode === 'BackCompat' ? this.#doc.body : this.#doc.documentElement;
    return { width: el?.clientWidth || this.#win.innerWidth, height: el?.clientHeight || this.#win.innerHeight };
  }

  /** The term's box on screen, readings of our ruby included (the card must not cover them either). */
  anchorRect(term: PlacedTerm): DOMRect | null {
    const first = term.pieces[0];
    const last = term.pieces[term.pieces.length - 1];
    if (!first.node.isConnected || last.to > last.node.data.length) return null;
    this.#range.setStart(first.node, first.from);
    this.#range.setEnd(last.node, last.to);
    const rect = this.#range.getBoundingClientRect();
    return rect.width === 0 && rect.height === 0 ? null : rect;
  }
}
