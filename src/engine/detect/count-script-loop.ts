import type { ScriptCounts } from './script-ranges';

/**
 * countScript's counts with a character loop, added into `counts`. For the
 * always-on script, which reads a few thousand characters and nothing else: the
 * first regular expression a content script's world uses costs ~0.6 ms to set up
 * (bench/, figure 1), more than this loop over the whole of that text.
 *
 * The ranges are script-ranges.ts's, written out as comparisons: this runs cold
 * (interpreted bytecode), where a call or an object write per character made the
 * loop cost ~1 ms on 3,000 characters. count-script-loop.test.ts holds it to
 * countScript at every range edge.
 */
export function addScriptCounts(text: string, counts: ScriptCounts): void {
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
    } else if (code < 0x3041) {
      // Nothing counted below kana.
    } else if (code <= 0x30fa) {
      if (code <= 0x309f || code >= 0x30a1) kana++;
    } else if (code >= 0x3400 && code <= 0x9fff) {
      if (code <= 0x4dbf || code >= 0x4e00) han++;
    } else if (code >= 0xac00 && code <= 0xd7af) hangul++;
    else if (code >= 0xf900 && code <= 0xfaff) han++;
  }
  counts.han += han;
  counts.kana += kana;
  counts.hangul += hangul;
  counts.latin += latin;
}
