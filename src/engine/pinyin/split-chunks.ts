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

/** A run longer than this (UTF-16 units) is cut even without punctuation. */
export const MAX_CHUNK = 400;

/** Splits `text` into pieces that concatenate back to `text` exactly. */
export function splitChunks(text: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    // Never cut between the halves of a surrogate pair.
    const tooLong = i + 1 - start >= MAX_CHUNK && !isHighSurrogate(text.charCodeAt(i));
    if (tooLong || CLAUSE_END.test(text[i])) {
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
