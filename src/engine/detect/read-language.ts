import type { ScriptCounts } from './count-script';

/** Fewer Han characters than this is not enough to call a page Chinese. */
const MIN_HAN = 10;

/**
 * Why a page is not Chinese, or null when it is. Kana marks Japanese even in
 * kanji-heavy government prose; English pages that quote a few Chinese terms
 * stay English. Latin letters are halved because a word takes several of them.
 */
export function notChinese(counts: ScriptCounts): string | null {
  const { han, kana, hangul, latin } = counts;
  if (kana >= 10 && kana * 10 >= han + kana) return `kana present: Japanese (${kana} kana, ${han} Han)`;
  if (hangul >= 10 && hangul > han) return `hangul present: Korean (${hangul} hangul)`;
  if (han < MIN_HAN) return `too little Han text (${han} chars)`;
  if (han < 0.3 * (han + latin / 2)) return `mostly Latin script (${han} Han, ${latin} Latin letters)`;
  return null;
}
