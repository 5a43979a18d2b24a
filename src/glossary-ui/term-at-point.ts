import type { PlacedTerm, TermIndex } from './term-index';

interface Caret {
  node: Node;
  offset: number;
}

/** The caret nearest to a point: the standard call (Firefox, Chrome 128+), else WebKit's. */
function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return position && { node: position.offsetNode, offset: position.offset };
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * The term under a point, if the point is really over one of its characters.
 * A caret is a boundary between characters and is reported even beside the end
 * of a line, so the characters on both sides are checked against the point.
 */
export function termAtPoint(doc: Document, x: number, y: number, index: TermIndex, shadowRoots: ShadowRoot[], probe: Range): PlacedTerm | undefined {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== caret.node.TEXT_NODE) return undefined;
  const length = (caret.node as Text).data.length;
  for (const at of [caret.offset, caret.offset - 1]) {
    if (at < 0 || at >= length) continue;
    const term = index.at(caret.node, at);
    if (!term) continue;
    probe.setStart(caret.node, at);
    probe.setEnd(caret.node, at + 1);
    for (const rect of probe.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return term;
    }
  }
  return undefined;
}
