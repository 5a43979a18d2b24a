import { isBlockElement } from '../dom/walk-text';

/** The element a node sits under in the light DOM of the document (a shadow tree's host chain resolved). */
function lightAncestor(node: Node): Node {
  let at = node;
  for (let root = at.getRootNode(); root !== at && root.nodeType === root.DOCUMENT_FRAGMENT_NODE; root = at.getRootNode()) {
    at = (root as ShadowRoot).host;
  }
  return at;
}

/**
 * Where to re-find terms after `node` changed: the nearest block around it, since
 * a changed node's text can join its neighbours' into one run and runs never cross
 * blocks. Only the body's text is the page's reading text (the DOM layer also
 * converts `<title>`); null when `node` is outside it.
 */
export function rescanRoot(doc: Document, node: Node): Node | null {
  const body = doc.body;
  if (!body) return null;
  if (node.contains(body)) return body;
  if (!body.contains(lightAncestor(node))) return null;
  for (let at: Node | null = node; at; at = at.parentNode) {
    if (at.nodeType === at.DOCUMENT_FRAGMENT_NODE || (at.nodeType === at.ELEMENT_NODE && isBlockElement(at as Element))) return at;
  }
  return body;
}

/**
 * Outermost roots only, so no text is scanned twice. One walk up per root: a rescan
 * after a long conversion brings thousands of roots, too many to compare in pairs.
 */
export function outermost(roots: Node[]): Node[] {
  const unique = new Set(roots);
  return [...unique].filter((root) => {
    for (let at = root.parentNode; at; at = at.parentNode) if (unique.has(at)) return false;
    return true;
  });
}
