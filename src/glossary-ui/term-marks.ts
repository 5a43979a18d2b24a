import { UI_ATTR } from '../dom/markers';
import { isBlockElement } from '../dom/walk-text';
import { FLASH_NAME, HIGHLIGHT_CSS, HIGHLIGHT_NAME } from './card-style';
import type { PlacedTerm } from './term-index';
import type { FrameWindow as Win } from './types';

/** Blocks within one screen above or below the viewport are painted, so scrolling meets painted terms. */
export const NEAR_VIEWPORT_MARGIN = '100% 0px';

/**
 * Whether this browser can paint ranges without touching the DOM (Chrome 105+,
 * Firefox 140+, Safari 17.2+; all of them have IntersectionObserver, which says
 * where to paint).
 */
export function canHighlight(win: Win): boolean {
  return typeof win.Highlight === 'function' && win.CSS !== undefined && 'highlights' in win.CSS && typeof win.IntersectionObserver === 'function';
}

/**
 * The element whose nearness to the viewport decides whether a term is painted:
 * the nearest block around it (runs, so terms, never cross blocks), through shadow
 * hosts; the nearest element when no block is around.
 */
function blockAround(node: Node): Element | null {
  let nearest: Element | null = null;
  for (let at: Node | null = node.parentNode; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) {
    if (at.nodeType !== at.ELEMENT_NODE) continue;
    if (isBlockElement(at as Element)) return at as Element;
    nearest ??= at as Element;
  }
  return nearest;
}

/**
 * Paints the terms with the CSS Custom Highlight API: no element is added, so text
 * never moves and the page's DOM is untouched. Static ranges, one per piece (so a
 * term split by our ruby paints its base characters, not the readings between).
 *
 * Only terms in blocks near the viewport have ranges: every range in a highlight
 * costs layout and pre-paint on each frame the page changes (17,000 ranges on a
 * 100k-character page made every frame take ~250 ms). The blocks holding terms are
 * observed; ranges are made when one comes near and dropped when it goes away.
 *
 * Without the API nothing is painted: hover, tap, the keyboard navigator and the
 * popup's term list still work, since hit-testing does not depend on the marks.
 */
export class TermMarks {
  readonly #win: Win;
  readonly #marks: Highlight;
  readonly #flash: Highlight;
  readonly #sheet: CSSStyleSheet;
  readonly #observer: IntersectionObserver;
  /** Terms per block holding them (observed while it does, or while it is near). */
  readonly #byBlock = new Map<Element, Set<PlacedTerm>>();
  readonly #blockOf = new Map<PlacedTerm, Element>();
  readonly #near = new Set<Element>();
  /** Ranges of the painted terms: those in blocks near the viewport. */
  readonly #painted = new Map<PlacedTerm, StaticRange[]>();
  /** Document and shadow roots holding terms: `::highlight` rules only apply in the tree they are in. */
  /** Trees our highlight style is in: adopted (null), or as a <style> of ours where adopting fails. */
  readonly #styled = new Map<Document | ShadowRoot, HTMLStyleElement | null>();
  #flashed: PlacedTerm | null = null;
  #flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(win: Win) {
    this.#win = win;
    this.#marks = new win.Highlight();
    this.#flash = new win.Highlight();
    this.#sheet = new win.CSSStyleSheet();
    this.#sheet.replaceSync(HIGHLIGHT_CSS);
    // The document as root: a frame's own viewport, where the margin applies too.
    this.#observer = new win.IntersectionObserver((entries) => this.#onNearness(entries), {
      root: win.document,
      rootMargin: NEAR_VIEWPORT_MARGIN,
    });
    win.CSS.highlights.set(HIGHLIGHT_NAME, this.#marks);
    win.CSS.highlights.set(FLASH_NAME, this.#flash);
  }

  add(terms: PlacedTerm[]): void {
    for (const term of terms) {
      const node = term.pieces[0].node;
      const block = blockAround(node);
      if (!block) continue;
      this.#style(node.getRootNode());
      this.#blockOf.set(term, block);
      const held = this.#byBlock.get(block);
      if (held) held.add(term);
      else {
        this.#byBlock.set(block, new Set([term]));
        this.#observer.observe(block); // its first report says whether it is near
      }
      if (this.#near.has(block)) this.#paint(term);
    }
  }

  remove(terms: PlacedTerm[]): void {
    for (const term of terms) {
      this.#unpaint(term);
      if (term === this.#flashed) this.#clearFlash();
      const block = this.#blockOf.get(term);
      if (!block) continue;
      this.#blockOf.delete(term);
      const held = this.#byBlock.get(block);
      held?.delete(term);
      // A block still in the page stays observed: a rescan is about to give it its terms again,
      // and observing anew would leave them unpainted until the next report.
      if (held?.size === 0 && !block.isConnected) this.#forget(block);
    }
  }

  /** Briefly paints one occurrence strongly, so the eye finds it after scrolling. */
  flash(term: PlacedTerm, ms: number): void {
    this.#clearFlash();
    for (const range of this.#rangesOf(term)) this.#flash.add(range);
    this.#flashed = term;
    this.#flashTimer = setTimeout(() => this.#clearFlash(), ms);
  }

  dispose(): void {
    this.#observer.disconnect();
    this.#clearFlash();
    const registry = this.#win.CSS.highlights;
    if (registry.get(HIGHLIGHT_NAME) === this.#marks) registry.delete(HIGHLIGHT_NAME);
    if (registry.get(FLASH_NAME) === this.#flash) registry.delete(FLASH_NAME);
    for (const [root, styleElement] of this.#styled) {
      if (styleElement) styleElement.remove();
      else root.adoptedStyleSheets = Array.prototype.filter.call(root.adoptedStyleSheets, (sheet) => sheet !== this.#sheet) as CSSStyleSheet[];
    }
    this.#styled.clear();
    this.#marks.clear();
    this.#painted.clear();
    this.#byBlock.clear();
    this.#blockOf.clear();
    this.#near.clear();
  }

  #onNearness(entries: IntersectionObserverEntry[]): void {
    for (const { target, isIntersecting } of entries) {
      const held = this.#byBlock.get(target);
      if (!held) continue;
      if (isIntersecting) {
        this.#near.add(target);
        for (const term of held) this.#paint(term);
      } else {
        this.#near.delete(target);
        for (const term of held) this.#unpaint(term);
        if (held.size === 0) this.#forget(target);
      }
    }
  }

  #forget(block: Element): void {
    this.#observer.unobserve(block);
    this.#byBlock.delete(block);
    this.#near.delete(block);
  }

  #paint(term: PlacedTerm): void {
    if (this.#painted.has(term)) return;
    const ranges = this.#rangesOf(term);
    this.#painted.set(term, ranges);
    for (const range of ranges) this.#marks.add(range);
  }

  #unpaint(term: PlacedTerm): void {
    for (const range of this.#painted.get(term) ?? []) this.#marks.delete(range);
    this.#painted.delete(term);
  }

  #rangesOf(term: PlacedTerm): StaticRange[] {
    return term.pieces.map(
      (piece) => new this.#win.StaticRange({ startContainer: piece.node, startOffset: piece.from, endContainer: piece.node, endOffset: piece.to }),
    );
  }

  #clearFlash(): void {
    clearTimeout(this.#flashTimer);
    this.#flash.clear();
    this.#flashed = null;
  }

  #style(root: Node): void {
    const tree = root as Document | ShadowRoot;
    if (this.#styled.has(tree) || !('adoptedStyleSheets' in tree)) return;
    try {
      tree.adoptedStyleSheets = [...Array.from(tree.adoptedStyleSheets), this.#sheet];
      this.#styled.set(tree, null);
    } catch {
      // Firefox's content scripts see the page's adoptedStyleSheets through a wrapper that
      // neither iterates nor takes a sheet built in the script's world: a <style> of ours instead.
      const style = (tree.nodeType === 9 ? (tree as Document) : (tree as ShadowRoot).host.ownerDocument).createElement('style');
      style.setAttribute(UI_ATTR, '');
      style.textContent = HIGHLIGHT_CSS;
      (tree.nodeType === 9 ? ((tree as Document).head ?? (tree as Document).documentElement) : tree).append(style);
      this.#styled.set(tree, style);
    }
  }
}
