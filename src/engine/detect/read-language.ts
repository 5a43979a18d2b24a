import { stripPinyinNotes } from '../text/pinyin-notes';
import { countScript, type ScriptCounts } from './count-script';

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

/**
 * Whether `text` may hold an inline pinyin note: a note opens with a parenthesis
 * right after a Han character. Errs towards yes (anything from the CJK blocks on,
 * surrogates included, counts as Han); a scan with indexOf, no regular expression.
 */
export function mayHoldPinyinNotes(text: string): boolean {
  for (const open of ['(', '（']) {
    for (let at = text.indexOf(open, 1); at !== -1; at = text.indexOf(open, at + 1)) {
      if (text.charCodeAt(at - 1) >= 0x2e80) return true;
    }
  }
  return false;
}

/**
 * The language check on a sample's title and text as the word lists see them:
 * with inline pinyin notes removed, since their Latin letters would make a
 * Chinese page with many readings look Latin. Removing notes changes nothing
 * else that is counted, so text that cannot hold one is counted as it is.
 */
export function notChineseText(title: string, text: string): string | null {
  const strip = (s: string) => (mayHoldPinyinNotes(s) ? stripPinyinNotes(s) : s);
  return notChinese(countScript(`${strip(title)}\n${strip(text)}`));
}
