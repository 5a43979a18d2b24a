/**
 * Shared strings and arrays for readPinyin's results.
 *
 * A result is about one segment per character: pinyin-pro groups only the
 * words it needs to settle a polyphone, so most words are one character. A
 * fresh one-character string and a fresh one-syllable array for each would
 * stay alive as long as the result and, on a long text, cost the garbage
 * collector more than reading it did. Those are therefore one object per
 * character and per syllable, shared by every result. Both sets are bounded:
 * BMP code units, and the syllables pinyin-pro knows.
 */

const units = new Map<number, string>();
const singles = new Map<string, string[]>();

/** The one-code-unit string for `code`, the same object every time. */
export function unitString(code: number): string {
  let text = units.get(code);
  if (text === undefined) units.set(code, (text = String.fromCharCode(code)));
  return text;
}

/**
 * The reading of a one-character word, as a frozen array shared by every
 * result: a caller that tried to change it would throw rather than corrupt
 * other results.
 */
export function singleSyllable(syllable: string): string[] {
  let reading = singles.get(syllable);
  if (reading === undefined) singles.set(syllable, (reading = Object.freeze([syllable]) as string[]));
  return reading;
}
