import { countScript, type ScriptCounts } from './count-script';
import { notChinese } from './read-language';

/** Characters read by the quick screen: enough for a page's opening, a fraction of the full sample. */
export const QUICK_BUDGET = 3_000;

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Most pages a reader visits are not Chinese. Before the full sample (meta tags,
 * visible-text walk, word lists), look at the title and the first few thousand
 * characters: no Han at all, or Japanese kana, settles it. Anything Chinese-looking
 * goes on to the full detector, so a bilingual page is never cut short here.
 */
export function quickScreen(doc: Document): string | null {
  const counts = openingCounts(doc);
  if (counts.kana >= 10 || counts.han < 10) return notChinese(counts);
  return null;
}

/** Script counts of the title and the first QUICK_BUDGET characters of the page's text. */
export function openingCounts(doc: Document): ScriptCounts {
  const root = doc.body ?? doc.documentElement;
  let text = doc.title ?? '';
  if (root) {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node && text.length < QUICK_BUDGET; node = walker.nextNode()) {
      if (!NOT_TEXT.has(node.parentElement?.tagName ?? '')) text += (node as Text).data;
    }
  }
  return countScript(text);
}
