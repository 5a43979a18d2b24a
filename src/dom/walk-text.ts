import { isAnnotation, isSkippedElement } from './skip-rules';

/**
 * Inline-vs-block by tag name: the layer runs before layout and in Node, and
 * computed styles would force a style recalculation per element.
 */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul', 'img', 'video',
  'audio', 'menu', 'legend', 'search',
]);

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

export interface TextVisitor {
  /** Called for every element reached, skipped ones included; return false to not descend. */
  element(el: Element, skipped: boolean): boolean;
  text(node: Text): void;
  /** A place where reading text is interrupted: block edge, `<br>`, skipped element, shadow boundary. */
  boundary(): void;
}

interface Frame {
  root: Node;
  next: Node | null;
}

/**
 * A resumable depth-first walk over text, entering open shadow roots in place.
 * The position is always the next node still to visit, computed before the
 * current one is handed out, so a visitor may replace the node it was given
 * (as ruby wrapping does) without derailing the walk.
 */
export class TextCursor {
  readonly #visitor: TextVisitor;
  readonly #frames: Frame[];
  /** Set while computing the next position; reported after the current node's visit. */
  #closedBlock = false;

  constructor(root: Node, visitor: TextVisitor) {
    this.#visitor = visitor;
    this.#frames = [{ root, next: root }];
  }

  /** Visit up to `limit` nodes; returns true when the walk is finished. */
  step(limit = Infinity): boolean {
    let budget = limit;
    while (this.#frames.length > 0 && budget-- > 0) {
      const frame = this.#frames[this.#frames.length - 1];
      const node = frame.next;
      if (!node) {
        this.#frames.pop();
        if (this.#frames.length > 0) this.#visitor.boundary();
        continue;
      }
      this.#visit(frame, node);
      if (this.#closedBlock) {
        this.#closedBlock = false;
        this.#visitor.boundary();
      }
    }
    return this.#frames.length === 0;
  }

  #visit(frame: Frame, node: Node): void {
    if (node.nodeType === 3) {
      frame.next = this.#after(frame, node);
      this.#visitor.text(node as Text);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) {
      frame.next = this.#after(frame, node);
      return;
    }
    if (node.nodeType !== 1) {
      frame.next = node.firstChild ?? this.#after(frame, node);
      return;
    }
    const el = node as Element;
    const skipped = isSkippedElement(el);
    const interrupts = (skipped && !isAnnotation(el)) || isBlockElement(el);
    const enter = this.#visitor.element(el, skipped) && !skipped;
    if (interrupts) this.#visitor.boundary();
    if (!enter) {
      frame.next = this.#after(frame, el);
      if (interrupts) this.#closedBlock = true;
      return;
    }
    frame.next = el.firstChild ?? this.#after(frame, el);
    // Shadow content renders in place of the host's children; walk it first, as its own text.
    if (el.shadowRoot) {
      this.#visitor.boundary();
      this.#frames.push({ root: el.shadowRoot, next: el.shadowRoot });
    }
  }

  /** The node after `node`'s subtree in document order, within the frame's root. */
  #after(frame: Frame, node: Node): Node | null {
    let current: Node | null = node;
    while (current && current !== frame.root) {
      if (current.nextSibling) {
        this.#closeBlock(current);
        return current.nextSibling;
      }
      this.#closeBlock(current);
      current = current.parentNode;
    }
    return null;
  }

  #closeBlock(node: Node): void {
    if (node.nodeType === 1 && isBlockElement(node as Element)) this.#closedBlock = true;
  }
}
