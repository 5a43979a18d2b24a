/**
 * Traditional → Simplified for reading only: pinyin-pro's word data is
 * Simplified, so 爲/幹/長 read right only once they are 为/干/长.
 * The result is aligned one code point to one code point with the input, so
 * readings map straight back onto the original characters.
 *
 * The engine's own converter does it: its tables keep UTF-16 length (unit k of
 * the output replaces unit k of the input), fold Taiwan and Hong Kong variants
 * (著力 → 着力 zhuó) and leave Simplified text alone (显著 stays 显著), and the
 * zh-Hans table builds in a few milliseconds (convertScript to zh-Hans is this table alone).
 */
import { toSimplified } from '../convert/tables';
import { codePoints } from './code-points';

/** The Simplified form of `text`, UTF-16 unit for unit (the same length, each code point's length kept). */
export function simplifiedText(text: string): string {
  // The table itself, not convertScript: that reaches every direction, and the
  // pinyin bundle would carry the ~600 KB Simplified→Traditional data for nothing.
  return text === '' ? text : toSimplified().convert(text);
}

/** One Simplified code point (or the original one) per code point of `text` (`chars` = its code points). */
export function simplifiedChars(text: string, chars: string[] = codePoints(text)): string[] {
  const simplified = simplifiedText(text);
  if (simplified === text) return chars;
  const converted = codePoints(simplified);
  // Length is kept unit for unit, so code points line up too; stay safe if that ever changed.
  return converted.length === chars.length ? converted : chars;
}
