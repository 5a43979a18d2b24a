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
    root.append(this.element);
  }

  get shown(): Shown | null {
    return this.#shown;
  }

  /** Shows (or moves the card to) `term`; false when its entry is unknown. */
  show(term: PlacedTerm, by: OpenedBy, entryId = term.id): boolean {
    const entry = this.#deps.entry(entryId);
    if (!entry) return false;
    this.#shown = { term, entryId, by };
    renderCard(this.element, {
      entry,
      settings: this.#deps.settings(),
      pageText: entryId === term.id ? term.text : undefined,
      related: (id) => this.#deps.entry(id),
      find: this.#deps.find,
      convert: this.#deps.convert,
      t: this.#deps.t,
      onRelated: (id) => {
        if (this.#shown) this.show(this.#shown.term, this.#shown.by === 'hover' ? 'tap' : this.#shown.by, id);
      },
      ...cardActions(this.#win, this.#root),
    });
    const owner = term.pieces[0].node.parentElement;
    this.element.dataset.theme = owner && isDarkBackground(owner) ? 'dark' : 'light';
    this.element.hidden = false;
    return this.reposition();
  }

  hide(): void {
    this.#shown = null;
    this.element.hidden = true;
    this.element.replaceChildren();
  }

  /** Follows the term after scrolling or layout changes; hides the card once the term is off screen. */
  reposition(): boolean {
    if (!this.#shown) return false;
    const anchor = this.anchorRect(this.#shown.term);
    const viewport = this.#viewport();
    if (!anchor || anchor.bottom < 0 || anchor.top > viewport.height || anchor.right < 0 || anchor.left > viewport.width) {
      this.hide();
      return false;
    }
    const style = this.element.style;
    style.maxHeight = '';
    const size = this.element.getBoundingClientRect();
    const placed = placeCard(anchor, { width: size.width, height: size.height }, viewport);
    style.left = `${placed.left}px`;
    style.top = `${placed.top}px`;
    if (placed.maxHeight !== undefined) style.maxHeight = `${placed.maxHeight}px`;
    return true;
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
