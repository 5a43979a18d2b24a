/**
 * Output forms of one syllable. The engine decides readings in tone-mark form
 * (pinyin-pro's and the dictionary's); other forms are derived here only.
 */
import { toZhuyin } from './to-zhuyin';

export interface PinyinOptions {
  /** 'marks' (default): zhōng · 'numbers': zhong1, neutral tone 5 (CC-CEDICT style) · 'none': zhong */
  tone?: 'marks' | 'numbers' | 'none';
  /** Write ü as v; applies to 'numbers' and 'none' (a tone mark needs the ü). */
  v?: boolean;
  /** Bopomofo instead of pinyin (tone option ignored: Zhuyin always carries its tone marks). */
  zhuyin?: boolean;
}

const MARKED: Record<string, [string, number]> = {};
for (const [base, marks] of Object.entries({ a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ', n: 'ńňǹ', m: 'ḿ' })) {
  const tones = base === 'n' ? [2, 3, 4] : base === 'm' ? [2] : [1, 2, 3, 4];
  Array.from(marks).forEach((mark, k) => (MARKED[mark] = [base, tones[k]]));
}

/** Splits a tone-marked syllable into its bare letters and tone (5 = neutral). */
export function splitTone(syllable: string): { letters: string; tone: number } {
  let tone = 5;
  let letters = '';
  for (const ch of syllable.normalize('NFC')) {
    const marked = MARKED[ch];
    if (marked) {
      letters += marked[0];
      tone = marked[1];
    } else {
      letters += ch;
    }
  }
  return { letters, tone };
}

export function formatSyllable(syllable: string, options: PinyinOptions): string {
  const tone = options.tone ?? 'marks';
  if (!options.zhuyin && tone === 'marks') return syllable;
  const split = splitTone(syllable);
  if (options.zhuyin) return toZhuyin(split.letters, split.tone);
  const letters = options.v ? split.letters.replace(/ü/g, 'v') : split.letters;
  return tone === 'numbers' ? `${letters}${split.tone}` : letters;
}
