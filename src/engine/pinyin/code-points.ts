/** Code-point helpers on the hot path: plain loops, cheaper than Array.from and \p{…} regexes. */

const HAN = /\p{Script=Han}/u;

/** Han test for one code point, with the CJK Unified block (nearly all text) decided without a regex. */
export function isHan(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return code >= 0x2e80 && HAN.test(ch);
}

/** The code points of `text`; a lone surrogate is one element, as with Array.from. */
export function codePoints(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out.push(text.slice(i, i + 2));
        i++;
        continue;
      }
    }
    out.push(text[i]);
  }
  return out;
}
