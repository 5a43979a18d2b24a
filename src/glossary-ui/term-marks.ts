import { FLASH_NAME, HIGHLIGHT_CSS, HIGHLIGHT_NAME } from './card-style';
import type { PlacedTerm } from './term-index';
import type { FrameWindow as Win } from './types';

/** Whether this browser can paint ranges without touching the DOM (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function canHighlight(win: Win): boolean {
  return typeof win.Highlight === 'function' && win.CSS !== undefined && 'highlights' in win.CSS;
}

/**
 * Paints the terms with the CSS Custom Highlight API: no element is added, so text
 * never moves and the page's DOM is untouched. Static ranges, one per piece (so a
 * term split by our ruby paints its base characters, not the readings between),
 * cost nothing when the page mutates; rescans replace them.
 *
 * Without the API nothing is painted: hover, tap, the keyboard navigator and the
 * popup's term list still work, since hit-testing does not depend on the marks.
 */
export class TermMarks {
  readonly #win: Win;
  readonly #marks: Highlight;
  readonly #flash: Highlight;
  readonly #ranges = new Map<PlacedTerm, StaticRange[]>();
  readonly #sheet: CSSStyleSheet;
  /** Document and shadow roots holding terms: `::highlight` rules only apply in the tree they are in. */
  readonly #styled = new Set<Document | ShadowRoot>();
  #flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(win: Win) {
    this.#win = win;
    this.#marks = new win.Highlight();
    this.#flash = new win.Highlight();
    this.#sheet = new win.CSSStyleSheet();
    this.#sheet.replaceSync(HIGHLIGHT_CSS);
    win.CSS.highlights.set(HIGHLIGHT_NAME, this.#marks);
    win.CSS.highlights.set(FLASH_NAME, this.#flash);
  }

  add(terms: PlacedTerm[]): void {
    for (const term of terms) {
      const ranges = term.pieces.map(
        (piece) => new this.#win.StaticRange({ startContainer: piece.node, startOffset: piece.from, endContainer: piece.node, endOffset: piece.to }),
      );
      this.#ranges.set(term, ranges);
      for (const range of ranges) this.#marks.add(range);
      this.#style(term.pieces[0].node.getRootNode());
    }
  }

  remove(terms: PlacedTerm[]): void {
    for (const term of terms) {
      for (const range of this.#ranges.get(term) ?? []) {
        this.#marks.delete(range);
        this.#flash.delete(range);
      }
      this.#ranges.delete(term);
    }
  }

  /** Briefly paints one occurrence strongly, so the eye finds it after scrolling. */
  flash(term: PlacedTerm, ms: number): void {
    clearTimeout(this.#flashTimer);
    this.#flash.clear();
    for (const range of this.#ranges.get(term) ?? []) this.#flash.add(range);
    this.#flashTimer = setTimeout(() => this.#flash.clear(), ms);
  }

  dispose(): void {
    clearTimeout(this.#flashTimer);
    const registry = this.#win.CSS.highlights;
    if (registry.get(HIGHLIGHT_NAME) === this.#marks) registry.delete(HIGHLIGHT_NAME);
    if (registry.get(FLASH_NAME) === this.#flash) registry.delete(FLASH_NAME);
    for (const root of this.#styled) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.#sheet);
    this.#styled.clear();
    this.#ranges.clear();
  }

  #style(root: Node): void {
    const tree = root as Document | ShadowRoot;
    if (this.#styled.has(tree) || !('adoptedStyleSheets' in tree)) return;
    tree.adoptedStyleSheets = [...tree.adoptedStyleSheets, this.#sheet];
    this.#styled.add(tree);
  }
}
