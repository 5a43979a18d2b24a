import type { TermMatch } from '../engine/glossary/types';
import type { TextRun } from '../dom/text-runs';
import { compareTreeOrder, forEachInside } from './tree-order';

/** The part of a term that lies in one Text node: characters [from, to). */
export interface TermPiece {
  node: Text;
  from: number;
  to: number;
}

/** One occurrence of a term on the page; a term split by our ruby wrappers has several pieces. */
export interface PlacedTerm {
  id: string;
  pieces: TermPiece[];
  /** The characters as the page shows them. */
  text: string;
}

/** Index of the node holding run offset `at`: the last node starting at or before it. */
function nodeAt(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function placeMatch(run: TextRun, match: TermMatch): PlacedTerm {
  const pieces: TermPiece[] = [];
  for (let i = nodeAt(run.starts, match.start); i < run.nodes.length && run.starts[i] < match.end; i++) {
    const node = run.nodes[i];
    const from = Math.max(0, match.start - run.starts[i]);
    const to = Math.min(node.data.length, match.end - run.starts[i]);
    if (to > from) pieces.push({ node, from, to });
  }
  return { id: match.id, pieces, text: run.text.slice(match.start, match.end) };
}

const inDocumentOrder = (a: PlacedTerm, b: PlacedTerm): number => {
  if (a.pieces[0].node === b.pieces[0].node) return a.pieces[0].from - b.pieces[0].from;
  return compareTreeOrder(a.pieces[0].node, b.pieces[0].node);
};

/**
 * Where the terms are: per Text node the pieces lying in it, so a caret position
 * from hit-testing maps to a term without walking the page.
 */
export class TermIndex {
  readonly #byNode = new Map<Text, PlacedTerm[]>();
  readonly #all = new Set<PlacedTerm>();
  #ordered: PlacedTerm[] | null = null;

  /** Finds and records the terms of `runs`; returns the new occurrences. */
  add(runs: TextRun[], find: (text: string) => TermMatch[]): PlacedTerm[] {
    const added: PlacedTerm[] = [];
    for (const run of runs) {
      for (const match of find(run.text)) {
        const term = placeMatch(run, match);
        if (term.pieces.length === 0) continue;
        added.push(term);
        this.#all.add(term);
        for (const piece of term.pieces) {
          const list = this.#byNode.get(piece.node);
          if (list) list.push(term);
          else this.#byNode.set(piece.node, [term]);
        }
      }
    }
    if (added.length > 0) this.#ordered = null;
    return added;
  }

  /**
   * Forgets terms touching a node inside `roots` or no longer in the page; returns them.
   * Costs the roots' subtrees plus one isConnected check per indexed node: testing
   * every term's ancestors against the roots made each rescan cost the whole
   * page's terms times their depth, once per chunk of page work.
   */
  remove(roots: Node[]): PlacedTerm[] {
    const hit = new Set<PlacedTerm>();
    const take = (node: Node): void => {
      for (const term of this.#byNode.get(node as Text) ?? []) hit.add(term);
    };
    for (const node of this.#byNode.keys()) if (!node.isConnected) take(node);
    for (const root of roots) {
      forEachInside(root, (node) => {
        if (node.nodeType === 3) take(node);
      });
    }
    const removed = [...hit].filter((term) => this.#all.has(term));
    for (const term of removed) {
      this.#all.delete(term);
      for (const piece of term.pieces) {
        const list = this.#byNode.get(piece.node)?.filter((t) => t !== term);
        if (list && list.length > 0) this.#byNode.set(piece.node, list);
        else this.#byNode.delete(piece.node);
      }
    }
    if (removed.length > 0) this.#ordered = null;
    return removed;
  }

  clear(): PlacedTerm[] {
    const all = [...this.#all];
    this.#all.clear();
    this.#byNode.clear();
    this.#ordered = null;
    return all;
  }

  /** The term covering the character at `offset` of `node`. */
  at(node: Node, offset: number): PlacedTerm | undefined {
    return this.#byNode.get(node as Text)?.find((term) =>
      term.pieces.some((piece) => piece.node === node && piece.from <= offset && offset < piece.to),
    );
  }

  has(term: PlacedTerm): boolean {
    return this.#all.has(term);
  }

  /** All occurrences in document order (sorted lazily, once per change). */
  ordered(): PlacedTerm[] {
    this.#ordered ??= [...this.#all].sort(inDocumentOrder);
    return this.#ordered;
  }

  /** Occurrences per id, in order of first appearance. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const term of this.ordered()) counts.set(term.id, (counts.get(term.id) ?? 0) + 1);
    return counts;
  }
}
