/** Code-point helpers on the hot path: plain loops, cheaper than Array.from and \p{…} regexes. */

const HAN = /\p{Script=Han}/u;

/**
 * Han test for the code point that starts at UTF-16 offset `at` of `text`.
 * CJK Unified (nearly all text) and the common punctuation blocks are decided
 * from the code unit; only rarer code points (radicals, Extension A,
 * compatibility ideographs, astral planes) go to the \p{Script=Han} regex, so
 * the answer follows the browser's own Unicode version there.
 */
export function isHanAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if (code < 0x2e80 || code >= 0xfe00) return false; // ASCII, Latin, general punctuation; full-width forms
  // CJK Symbols and Punctuation (、。《》「」…): only 々 〇 and the Hangzhou numerals are Han.
  if (code <= 0x303f && code >= 0x3000) return code === 0x3005 || code === 0x3007 || (code >= 0x3021 && code <= 0x3029) || (code >= 0x3038 && code <= 0x303b);
  const pair = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(at + 1));
  return HAN.test(pair ? text.slice(at, at + 2) : text[at]);
}

/** Han test for one code point. */
export function isHan(ch: string): boolean {
  return isHanAt(ch, 0);
}

/** Whether any code point of `text` is Han (= codePoints(text).some(isHan)), without splitting it. */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) continue;
    if (isHanAt(text, i)) return true;
  }
  return false;
}

/** UTF-16 length (1 or 2) of the code point at `at`; a lone surrogate counts 1, as in Array.from. */
export function codePointLength(text: string, at: number): 1 | 2 {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1;
}

/** The code points of `text`; a lone surrogate is one element, as with Array.from. */
export function codePoints(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const length = codePointLength(text, i);
    out.push(length === 1 ? text[i] : text.slice(i, i + 2));
    i += length;
  }
  return out;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
