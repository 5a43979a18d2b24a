/** `node`, then the host of each shadow tree it is in, out to the document. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root.nodeType === root.DOCUMENT_FRAGMENT_NODE && (root as ShadowRoot).host; root = chain[chain.length - 1].getRootNode()) {
    chain.push((root as ShadowRoot).host);
  }
  return chain;
}

/**
 * Reading order of two nodes, shadow trees included: text inside a shadow root
 * reads where its host stands (compareDocumentPosition calls such nodes "disconnected").
 */
export function compareTreeOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainB = hostChain(b);
  for (const x of hostChain(a)) {
    const y = chainB.find((candidate) => candidate.getRootNode() === x.getRootNode());
    if (!y) continue;
    // The same host: the one still inside its shadow tree follows the host itself.
    if (x === y) return x === a ? -1 : x === b ? 1 : 0;
    return x.compareDocumentPosition(y) & x.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return 0;
}

/**
 * Whether `node` is one of `roots` or inside one, looking through shadow roots.
 * Walks up once per node (rescans test thousands of terms against many roots).
 */
export function insideAny(node: Node, roots: ReadonlySet<Node>): boolean {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) {
    if (roots.has(at)) return true;
  }
  return false;
}

/** TreeWalker's SHOW_ELEMENT | SHOW_TEXT, as numbers: `NodeFilter` is per window and the layer runs in frames. */
const ELEMENTS_AND_TEXT = 0x1 | 0x4;

/**
 * Visits `root` and every element and Text node under it, open shadow trees
 * included (as the run collector reads them). Costs the size of the subtree only.
 */
export function forEachInside(root: Node, visit: (node: Node) => void): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, ELEMENTS_AND_TEXT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    visit(node);
    const shadow = (node as Partial<Element>).shadowRoot;
    if (shadow) forEachInside(shadow, visit);
  }
}
