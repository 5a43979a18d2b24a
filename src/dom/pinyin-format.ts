import type { ToneStyle } from '../settings/schema';

const MARKS: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };
const MARK = /[\u0304\u0301\u030c\u0300]/;

/** Tone 1–4 from a reading with tone marks or a trailing digit; 5 for the neutral tone. */
export function toneOf(reading: string): number {
  const digit = /([1-5])$/.exec(reading);
  if (digit) return Number(digit[1]);
  const mark = MARK.exec(reading.normalize('NFD'));
  return mark ? MARKS[mark[0]] : 5;
}

/** How readings are shown (the parts of PinyinStyle that change the text of an annotation). */
export interface ReadingFormat {
  tone: ToneStyle;
  zhuyin: boolean;
}

export function sameFormat(a: ReadingFormat, b: ReadingFormat): boolean {
  return a.tone === b.tone && a.zhuyin === b.zhuyin;
}

/**
 * A reading given with tone marks, shown in the requested tone style.
 * Numbers follow the common dictionary convention: the neutral tone is 5.
 */
export function formatReading(reading: string, tone: ToneStyle): string {
  if (tone === 'marks') return reading;
  const bare = reading.normalize('NFD').replace(MARK, '').normalize('NFC');
  return tone === 'none' ? bare : `${bare}${toneOf(reading)}`;
}
