import { createCharFold, foldText, foldUnits, type CharFold, type FoldedUnits } from './normalize-text';
import type { GlossaryData, GlossaryEntry, TermMatch, TermMatcher } from './types';

/** A trie over folded UTF-16 units; `id` marks the end of a term. */
interface TrieNode {
  next: Map<number, TrieNode>;
  id?: string;
}

const isAsciiAlnum = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** Every spelling of an entry: its three script forms and its aliases. */
export function entryForms(entry: GlossaryEntry): string[] {
  return [entry.term.hans, entry.term.tw, entry.term.hk, ...entry.aliases];
}

function buildTrie(entries: readonly GlossaryEntry[], fold: CharFold): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const entry of entries) {
    for (const form of entryForms(entry)) {
      const key = foldText(form, fold).text;
      if (key === '') continue;
      let node = root;
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { next: new Map() }));
        node = child;
      }
      // The build rejects two entries sharing a key; keep the first if a hand-made glossary does.
      node.id ??= entry.id;
    }
  }
  return root;
}

/**
 * A term that starts or ends with a Latin letter or digit (1+X+1, 296X) only counts
 * when it is not part of a longer word or number (11+X+1, 296XL).
 */
function atWordEdges(units: Uint16Array, start: number, end: number): boolean {
  if (isAsciiAlnum(units[start]) && start > 0 && isAsciiAlnum(units[start - 1])) return false;
  if (isAsciiAlnum(units[end - 1]) && end < units.length && isAsciiAlnum(units[end])) return false;
  return true;
}

/** The longest term starting at `start` in the folded units, as [end, id]. */
function longestAt(root: TrieNode, units: Uint16Array, start: number): [number, string] | undefined {
  let node: TrieNode | undefined = root;
  let best: [number, string] | undefined;
  for (let i = start; i < units.length; i++) {
    node = node.next.get(units[i]);
    if (!node) break;
    if (node.id !== undefined && atWordEdges(units, start, i + 1)) best = [i + 1, node.id];
  }
  return best;
}

/**
 * One matcher over every script and the corpus's noisy spellings. Matching runs on
 * folded text (see normalize-text.ts) and maps offsets back to the text given.
 */
export function createTermMatcher(glossary: GlossaryData): TermMatcher {
  const fold = createCharFold(glossary.fold);
  const root = buildTrie(glossary.entries, fold);
  const byId = new Map(glossary.entries.map((entry) => [entry.id, entry]));
  let scratch: FoldedUnits | undefined;

  function find(text: string): TermMatch[] {
    const { units, offsets } = (scratch = foldUnits(text, fold, scratch));
    const matches: TermMatch[] = [];
    let i = 0;
    while (i < units.length) {
      const hit = root.next.has(units[i]) ? longestAt(root, units, i) : undefined;
      if (!hit) {
        i++;
        continue;
      }
      const [end, id] = hit;
      matches.push({ start: offsets[i], end: offsets[end - 1] + 1, id });
      i = end;
    }
    return matches;
  }

  return { find, lookupEntry: (id) => byId.get(id) };
}
