/**
 * Traditional → Simplified for reading only: pinyin-pro's word data is
 * Simplified, so 爲/幹/長 read right only once they are 为/干/长.
 * The result is aligned one code point to one code point with the input, so
 * readings map straight back onto the original characters.
 */
import { ConverterFactory, type ConverterFunction } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset/t2cn';
import { codePoints } from './code-points';

/** OpenCC dictionaries: [phrases, characters] for Traditional → Simplified and for Taiwan variants. */
const [TS_PHRASES, TS_CHARACTERS] = Locale.to.cn[0];
const [TW_PHRASES, TW_CHARACTERS] = Locale.from.tw[0];

let traditionalOnly: Set<number> | undefined;
let toSimplified: ConverterFunction | undefined;

/**
 * Characters that exist only in Traditional script (keys of OpenCC's
 * TSCharacters, ~0.5 ms to collect). A text without any is read as is, so a
 * Simplified page never pays for the converter.
 */
function isTraditional(text: string): boolean {
  traditionalOnly ??= new Set(
    (TS_CHARACTERS as string)
      .split('|')
      .filter((entry) => entry.indexOf(' ') > 0)
      .map((entry) => entry.codePointAt(0) as number),
  );
  // Code points, not strings: this runs on every chunk of every page.
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) as number;
    if (traditionalOnly.has(code)) return true;
    if (code > 0xffff) i++;
  }
  return false;
}

/**
 * Built on the first Traditional text (~30–100 ms once: OpenCC tries).
 * Taiwan variants are folded first (著力 → 着力 zhuó) — only for Traditional
 * text, since a Simplified 著 (显著 xiǎnzhù) must stay 著.
 */
function converter(): ConverterFunction {
  toSimplified ??= ConverterFactory([TW_PHRASES, TW_CHARACTERS], [TS_PHRASES, TS_CHARACTERS]);
  return toSimplified;
}

/** One Simplified code point (or the original one) per code point of `text` (`chars` = its code points). */
export function simplifiedChars(text: string, chars: string[] = codePoints(text)): string[] {
  if (!isTraditional(text)) return chars;
  const whole = codePoints(converter()(text));
  if (whole.length === chars.length) return whole;
  // A phrase rule changed the length: fall back to character by character,
  // keeping any character whose conversion is not exactly one code point.
  return chars.map((ch) => {
    const converted = codePoints(converter()(ch));
    return converted.length === 1 ? converted[0] : ch;
  });
}
