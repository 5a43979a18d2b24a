/**
 * Folds text so that the spellings a page (or the corpus) may use for one term meet:
 * inline pinyin notes such as 發(fā)展 or 爲(wéi / wèi) are dropped, Traditional and
 * variant characters fold to Simplified through the glossary's fold table, the many
 * quote marks fold to one, full-width ASCII to ASCII and Latin letters to upper case.
 * Every kept UTF-16 unit remembers its offset in the original, so matches found in
 * the folded text map back to the page text exactly.
 */
// The note detector is pure text logic; it lives with the DOM layer that strips notes from pages.
import { findPinyinNotes } from '../text/pinyin-notes';

/** The folded UTF-16 unit for every UTF-16 unit (a 128 KB lookup table: one array read per character). */
export type CharFold = Uint16Array;

/** Folded units plus, for each of them, the offset of that unit in the original text. */
export interface FoldedUnits {
  units: Uint16Array;
  offsets: Int32Array;
}

export interface FoldedText {
  text: string;
  offsets: Int32Array;
}

/** “”「」『』‘’＂" all fold to the ASCII double quote: curated terms keep their quotes. */
const QUOTES = '“”„「」『』‘’"＂〝〞';
/** Middle dots used between names (一把手发布·京华巡礼) in the various standards. */
const MIDDLE_DOTS = '·・‧•';

/** The lookup table for `record` (character → Simplified character) plus the fixed folds above. */
export function createCharFold(record: Readonly<Record<string, string>>): CharFold {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < table.length; code++) table[code] = code;
  for (let code = 0xff01; code <= 0xff5e; code++) table[code] = code - 0xfee0; // full-width ASCII
  for (let code = 0x61; code <= 0x7a; code++) table[code] = code - 0x20; // a-z → A-Z
  for (let code = 0xff41; code <= 0xff5a; code++) table[code] = code - 0xfee0 - 0x20; // ａ-ｚ → A-Z
  for (const quote of QUOTES) table[quote.charCodeAt(0)] = 0x22;
  for (const dot of MIDDLE_DOTS) table[dot.charCodeAt(0)] = 0xb7;
  for (const [from, to] of Object.entries(record)) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
}

/**
 * Fold `text` for matching (see the module comment), as UTF-16 units. Pass the
 * previous result as `reuse` to fill its buffers when they are large enough: a
 * matcher run on every text node should not feed the garbage collector.
 */
export function foldUnits(text: string, fold: CharFold, reuse?: FoldedUnits): FoldedUnits {
  const roomy = reuse !== undefined && reuse.units.buffer.byteLength >= text.length * 2;
  const units = roomy ? new Uint16Array(reuse.units.buffer) : new Uint16Array(text.length);
  const offsets = roomy ? new Int32Array(reuse.offsets.buffer) : new Int32Array(text.length);
  let length = 0;
  let cursor = 0;
  const keep = (to: number): void => {
    for (let i = cursor; i < to; i++) {
      units[length] = fold[text.charCodeAt(i)];
      offsets[length++] = i;
    }
  };
  // Notes are found by the same detector the DOM layer uses to hide them.
  for (const [start, end] of findPinyinNotes(text)) {
    keep(start);
    cursor = end;
  }
  keep(text.length);
  return { units: units.subarray(0, length), offsets: offsets.subarray(0, length) };
}

const CHUNK = 8192; // String.fromCharCode takes its units as arguments

/** Fold `text` for matching, as a string. */
export function foldText(text: string, fold: CharFold): FoldedText {
  const { units, offsets } = foldUnits(text, fold);
  let folded = '';
  for (let i = 0; i < units.length; i += CHUNK) folded += String.fromCharCode(...units.subarray(i, i + CHUNK));
  return { text: folded, offsets };
}
