import { formatSyllable } from '../../engine/pinyin/format-syllable';
import type { GlossaryEntry } from '../../engine/glossary/types';
import type { SeenTerms } from '../../settings/seen-terms';

export interface ExportRow {
  entry: GlossaryEntry;
  count: number;
}

/** Seen terms that are still in the glossary, most seen first. */
export function exportRows(seen: SeenTerms, lookup: (id: string) => GlossaryEntry | undefined): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const [id, record] of Object.entries(seen)) {
    const entry = lookup(id);
    if (entry) rows.push({ entry, count: record.count });
  }
  return rows.sort((a, b) => b.count - a.count || a.entry.id.localeCompare(b.entry.id));
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Anki (2.1.55+) reads the `#` header lines: separator, no HTML (our text is
 * plain), and column names it offers for field mapping.
 */
export function toAnkiCsv(rows: readonly ExportRow[]): string {
  const header = ['#separator:comma', '#html:false', '#columns:Simplified,Traditional,Pinyin,English,Chinese,Seen'];
  const lines = rows.map(({ entry, count }) =>
    [entry.term.hans, entry.term.tw, entry.pinyin, entry.en, entry.zh, String(count)].map(csvField).join(','),
  );
  return [...header, ...lines].join('\n') + '\n';
}

/** Pleco's tab-separated tone-number pinyin: "xin1 zhi4" → "xin1zhi4". */
function plecoPinyin(pinyin: string): string {
  return pinyin
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => formatSyllable(s, { tone: 'numbers', v: false }))
    .join('');
}

/** Tabs and line breaks would split a Pleco record. */
function plecoField(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}

/** Pleco flashcard import: `简体[繁體] TAB pinyin TAB definition`, one card per line. */
export function toPlecoTsv(rows: readonly ExportRow[]): string {
  return rows
    .map(({ entry }) => {
      const { hans, tw } = entry.term;
      const headword = tw === hans ? hans : `${hans}[${tw}]`;
      return [headword, plecoPinyin(entry.pinyin), entry.en].map(plecoField).join('\t');
    })
    .map((line) => `${line}\n`)
    .join('');
}
