/**
 * Where each entry occurs in the corpus: the proof that it belongs in the glossary
 * and the citations the hover card shows.
 */
import type { Citation, TermMatcher } from '../../src/engine/glossary/types';
import { sentenceAround, type PreparedDoc } from './normalize-corpus';

/** Start offsets of every occurrence of `needle` in `haystack`. */
export function findOccurrences(haystack: string, needle: string): number[] {
  const starts: number[] = [];
  if (needle === '') return starts;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}

/** True when the folded key occurs in some document. */
export function occursInCorpus(key: string, docs: readonly PreparedDoc[]): boolean {
  return docs.some((doc) => doc.folded.includes(key));
}

/** Up to `max` citations, one per document first, then more from the same ones; no repeats. */
export function selectCitations(hits: readonly Citation[], max: number): Citation[] {
  const chosen: Citation[] = [];
  const seen = new Set<string>();
  const take = (hit: Citation): void => {
    if (chosen.length < max && !seen.has(hit.text)) {
      seen.add(hit.text);
      chosen.push(hit);
    }
  };
  const docsTaken = new Set<string>();
  for (const hit of hits) {
    if (docsTaken.has(hit.doc)) continue;
    docsTaken.add(hit.doc);
    take(hit);
  }
  for (const hit of hits) take(hit);
  return chosen;
}

/**
 * Citations per entry id. Occurrences come from the matcher (so 中关村 inside
 * 中关村科学城 cites the longer term); an entry only ever found inside a longer
 * term falls back to its raw occurrences, found through `keysOf`.
 */
export function collectCitations(
  matcher: TermMatcher,
  ids: readonly string[],
  keysOf: (id: string) => string[],
  docs: readonly PreparedDoc[],
  max: number,
): Map<string, Citation[]> {
  const hits = new Map<string, Citation[]>(ids.map((id) => [id, []]));
  for (const doc of docs) {
    for (const match of matcher.find(doc.plain)) {
      hits.get(match.id)?.push({ doc: doc.name, text: sentenceAround(doc.plain, match.start, match.end) });
    }
  }
  for (const [id, list] of hits) {
    if (list.length > 0) continue;
    for (const doc of docs) {
      for (const key of keysOf(id)) {
        for (const start of findOccurrences(doc.folded, key)) {
          list.push({ doc: doc.name, text: sentenceAround(doc.plain, start, start + key.length) });
        }
      }
    }
  }
  return new Map([...hits].map(([id, list]) => [id, selectCitations(list, max)]));
}
