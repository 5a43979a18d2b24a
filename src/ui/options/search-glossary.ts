import type { GlossaryData, GlossaryEntry } from '../../engine/glossary/types';

/**
 * Pinyin as people type it: no tone marks or tone numbers, ü and v the same
 * letter, no spaces or apostrophes, lower case. "Xīn zhì", "xin1zhi4" and
 * "xinzhi" all become "xinzhi"; "lǜ", "lü" and "lv" become "lv".
 */
export function normalizePinyin(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[1-5\s'’·-]/g, '');
}

const HAN = /\p{Script=Han}/u;

interface IndexedEntry {
  entry: GlossaryEntry;
  /** Every spelling, folded to Simplified so either script finds it. */
  forms: string[];
  pinyin: string;
  english: string;
}

export interface GlossaryIndex {
  entries: IndexedEntry[];
  fold: (text: string) => string;
}

export function indexGlossary(data: GlossaryData): GlossaryIndex {
  const fold = (text: string) => Array.from(text, (ch) => data.fold[ch] ?? ch).join('');
  const entries = data.entries.map((entry) => ({
    entry,
    forms: [entry.term.hans, entry.term.tw, entry.term.hk, ...entry.aliases].map(fold),
    pinyin: normalizePinyin(entry.pinyin),
    english: entry.en.toLowerCase(),
  }));
  return { entries, fold };
}

/** 0: the whole term, 1: the term starts with the query, 2: found inside, undefined: no match. */
function rank(item: IndexedEntry, query: string, index: GlossaryIndex): number | undefined {
  if (HAN.test(query)) {
    const q = index.fold(query);
    if (item.forms.some((f) => f === q)) return 0;
    if (item.forms.some((f) => f.startsWith(q))) return 1;
    return item.forms.some((f) => f.includes(q)) ? 2 : undefined;
  }
  const py = normalizePinyin(query);
  if (py && item.pinyin === py) return 0;
  if (py && item.pinyin.startsWith(py)) return 1;
  if (py && item.pinyin.includes(py)) return 2;
  const en = query.trim().toLowerCase();
  return en && item.english.includes(en) ? 2 : undefined;
}

/** Entries matching a query in hanzi (either script), pinyin (any tone style) or English; best first. */
export function searchGlossary(index: GlossaryIndex, query: string): GlossaryEntry[] {
  const q = query.trim();
  if (!q) return index.entries.map((i) => i.entry);
  const hits: Array<{ entry: GlossaryEntry; rank: number }> = [];
  for (const item of index.entries) {
    const r = rank(item, q, index);
    if (r !== undefined) hits.push({ entry: item.entry, rank: r });
  }
  // Stable sort: equal ranks keep the glossary's id order.
  return hits.sort((a, b) => a.rank - b.rank).map((h) => h.entry);
}
