/**
 * Cuts text into clauses so that reading cost stays linear in the input
 * length (a 1 MB page must not become one giant pinyin-pro call) and so that
 * a reading never depends on a neighbouring clause: pinyin-pro's
 * most-probable segmentation shifts with context (in a 300-character chunk it
 * read 质量 zhìliáng and 要求 yàoqiú), and the gold set is scored per clause.
 */

/**
 * Clause-ending punctuation (full- and half-width) and line breaks. Not 、 or ：,
 * which sit inside a frame the context rules must see whole (以创新、协调为理念).
 */
export const CLAUSE_END = /[，。；！？,;!?\n\r]/u;

/** CLAUSE_END as a code-unit test: the splitter runs once per character, a regex there costs more than the rest. */
export function isClauseEnd(code: number): boolean {
  switch (code) {
    case 0xff0c: // ，
    case 0x3002: // 。
    case 0xff1b: // ；
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x21: // !
    case 0x3f: // ?
    case 0x0a: // \n
    case 0x0d: // \r
      return true;
    default:
      return false;
  }
}

/** A run longer than this (UTF-16 units) is cut even without punctuation. */
export const MAX_CHUNK = 400;

/** Splits `text` into pieces that concatenate back to `text` exactly. */
export function splitChunks(text: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    // Never cut between the halves of a surrogate pair.
    const tooLong = i + 1 - start >= MAX_CHUNK && !isHighSurrogate(text.charCodeAt(i));
    if (tooLong || isClauseEnd(text.charCodeAt(i))) {
      chunks.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) chunks.push(text.slice(start));
  return chunks;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
