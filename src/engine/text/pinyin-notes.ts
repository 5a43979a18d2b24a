/**
 * Inline pinyin notes some pages print after a character: 發(fā)展, 爲(wéi / wèi),
 * 了(le/liǎo), 一(yī / yì /yí), 长(zhang3). While a mode is on they are removed from
 * the text (restorably, by the same in-place rewrite as conversion) so the reader
 * sees clean prose and our ruby; ordinary parentheses such as (杭州), (2024), (一),
 * (AI) or (Beijing) stay.
 *
 * A note is: a Han character, directly followed by an ASCII or full-width opening
 * parenthesis, one or more lowercase pinyin syllables separated by `/` (spaces
 * allowed around them), and the closing parenthesis. Each syllable must be a
 * well-formed pinyin syllable carrying a tone (mark or digit 1–5), or one of the
 * common toneless neutral-tone particles (de, le, ma, …).
 */

const NOTE = /(?<=\p{Script=Han})[(（]\s*([a-zü\u0300-\u036f\u00e0-\u01dc]+[0-5]?(?:\s*\/\s*[a-zü\u0300-\u036f\u00e0-\u01dc]+[0-5]?)*)\s*[)）]/gu;

/** Initial + final; accepts a few unused combinations, which is harmless here. */
const SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|üan|van|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|üe|ve|ue|ün|vn|a|o|e|i|u|ü|v)$/;

/** Neutral-tone syllables pages annotate without a tone mark. */
const TONELESS = new Set(['de', 'le', 'ma', 'me', 'ne', 'ba', 'zi', 'men', 'zhe', 'ge', 'li', 'tou', 'ya', 'la', 'wa', 'na', 'guo', 'shang', 'xia', 'lai', 'qu', 'zhao']);

const TONE_DIGIT = /[0-5]$/;

function isNoteSyllable(raw: string): boolean {
  const decomposed = raw.normalize('NFD');
  const toneMark = /[\u0304\u0301\u030c\u0300]/.test(decomposed);
  const digit = TONE_DIGIT.test(raw);
  // Keep ü (u + diaeresis) but drop tone marks to check the syllable's shape.
  const bare = decomposed
    .replace(/[\u0304\u0301\u030c\u0300]/g, '')
    .normalize('NFC')
    .replace(TONE_DIGIT, '');
  if (!SYLLABLE.test(bare)) return false;
  return toneMark || digit || TONELESS.has(bare);
}

/** Half-open [start, end) ranges of the notes in `text`. */
export function findPinyinNotes(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Most text has no parenthesis: two native scans settle it, where the pattern (a lookbehind
  // for Han at every position) is tried character by character over every text of the page.
  if (!text.includes('(') && !text.includes('（')) return ranges;
  for (const match of text.matchAll(NOTE)) {
    if (match[1].split('/').every((s) => isNoteSyllable(s.trim()))) {
      ranges.push([match.index, match.index + match[0].length]);
    }
  }
  return ranges;
}

/** `text` without its inline pinyin notes. */
export function stripPinyinNotes(text: string): string {
  const ranges = findPinyinNotes(text);
  if (ranges.length === 0) return text;
  let out = '';
  let from = 0;
  for (const [start, end] of ranges) {
    out += text.slice(from, start);
    from = end;
  }
  return out + text.slice(from);
}
