import { addScriptCounts } from '../engine/detect/count-script-loop';
import { QUICK_BUDGET } from '../engine/detect/quick-screen';
import type { ScriptCounts } from '../engine/detect/script-ranges';

/**
 * Text that reads as code rather than prose: every script, style sheet, JSON-LD
 * block and `<noscript>` markup has one of these, prose seldom does (Chinese
 * writes its own ＝ and ｛). Skipping a prose line by mistake only makes the
 * sample smaller.
 */
const looksLikeCode = (text: string): boolean => text.indexOf('{') !== -1 || text.indexOf('=') !== -1;

/**
 * Script counts of a page's opening as the always-on script sees it: the first
 * QUICK_BUDGET characters of text in document order (the title included), code
 * left out.
 *
 * Why not the detector's quick screen (openingCounts): that one starts at
 * `body` and asks each text node's parent whether it is a script. In a content
 * script's own world, the first element it touches builds the element
 * interfaces (~1 ms here), and the first regular expression it runs sets up the
 * engine (~0.6 ms): together more than the whole gate may cost on a page that is
 * not Chinese (bench/, figure 1). Walking text nodes from the document touches
 * only Text nodes, and code is told apart by how it reads.
 */
export function gateOpeningCounts(doc: Document): ScriptCounts {
  const counts: ScriptCounts = { han: 0, kana: 0, hangul: 0, latin: 0 };
  const walker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
  let read = 0;
  for (let node = walker.nextNode(); node && read < QUICK_BUDGET; node = walker.nextNode()) {
    const text = (node as Text).data;
    if (looksLikeCode(text)) continue;
    read += text.length;
    addScriptCounts(text, counts);
  }
  return counts;
}
