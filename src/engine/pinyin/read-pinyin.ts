/**
 * Where the pinyin is decided: segment a text into words and give every Han
 * character one reading, in context.
 *
 * Pipeline per clause-sized chunk: Traditional → Simplified (reading only) →
 * pinyin-pro words and readings → curated words win → context rules → segments.
 */
import { segment, pinyin, OutputFormat } from 'pinyin-pro';
import { splitChunks } from './split-chunks';
import { simplifiedChars } from './to-simplified';
import { findWords } from './word-overrides';
import { applyContextRules } from './context-rules';
import { formatSyllable, type PinyinOptions } from './format-syllable';
import { ensureCorpusWords } from './corpus-words';
import { codePoints, isHan } from './code-points';

export interface Segment {
  text: string;
  /** One reading per code point of `text` for a Han word; null for everything else. */
  pinyin: string[] | null;
}


/** Reads `text`; joining the segments' `text` gives back `text` exactly. */
export function readPinyin(text: string, options: PinyinOptions = {}): Segment[] {
  ensureCorpusWords();
  const segments: Segment[] = [];
  for (const chunk of splitChunks(text)) readChunk(chunk, options, segments);
  return segments;
}

function readChunk(chunk: string, options: PinyinOptions, out: Segment[]): void {
  const chars = codePoints(chunk);
  if (!chars.some(isHan)) {
    pushNull(out, chunk);
    return;
  }
  const simp = simplifiedChars(chunk, chars);
  const { readings, wordOf } = baseReadings(chars, simp);
  overrideWords(simp, readings, wordOf);
  applyContextRules({ chars: simp, readings, wordOf });
  const plainMarks = !options.zhuyin && (options.tone ?? 'marks') === 'marks';
  let offset = 0; // UTF-16 offset of chars[i] in chunk
  for (let i = 0; i < chars.length; ) {
    const start = offset;
    let end = i;
    if (readings[i] === null) {
      while (end < chars.length && readings[end] === null) offset += chars[end++].length;
      pushNull(out, chunk.slice(start, offset));
    } else {
      const pinyin: string[] = [];
      while (end < chars.length && readings[end] !== null && wordOf[end] === wordOf[i]) {
        const reading = readings[end] as string;
        pinyin.push(plainMarks ? reading : formatSyllable(reading, options));
        offset += chars[end++].length;
      }
      out.push({ text: chunk.slice(start, offset), pinyin });
    }
    i = end;
  }
}

/** pinyin-pro's words and readings (citation tones: 一 yī, 不 bù), aligned to `chars`. */
function baseReadings(chars: string[], simp: string[]): { readings: (string | null)[]; wordOf: number[] } {
  const groups = segment(simp.join(''), { format: OutputFormat.AllArray, toneSandhi: false });
  const readings: (string | null)[] = new Array(chars.length).fill(null);
  const wordOf: number[] = new Array(chars.length);
  let i = 0;
  groups.forEach((group, g) => {
    for (const item of group) {
      if (i < chars.length) {
        readings[i] = item.result !== item.origin && item.result !== '' && isHan(chars[i]) ? item.result : null;
        wordOf[i] = g;
      }
      i++;
    }
  });
  if (i !== chars.length) {
    // pinyin-pro split the text differently from code points: read char by char.
    for (let k = 0; k < chars.length; k++) {
      readings[k] = isHan(chars[k]) ? singleReading(simp[k]) : null;
      wordOf[k] = k;
    }
  }
  return { readings, wordOf };
}

/** Curated words replace pinyin-pro's; a pinyin-pro word they cut (的确 in 的确定性) loses its word reading. */
function overrideWords(simp: string[], readings: (string | null)[], wordOf: number[]): void {
  const matches = findWords(simp);
  if (matches.length === 0) return;
  let nextId = simp.length + 1;
  for (const { start, readings: word } of matches) {
    const end = start + word.length;
    const cutLeft = start > 0 && wordOf[start - 1] === wordOf[start];
    const cutRight = end < simp.length && wordOf[end] === wordOf[end - 1];
    if (cutLeft) rereadWord(simp, readings, wordOf, start - 1, -1, () => nextId++);
    if (cutRight) rereadWord(simp, readings, wordOf, end, 1, () => nextId++);
    const id = nextId++;
    for (let k = start; k < end; k++) {
      readings[k] = word[k - start];
      wordOf[k] = id;
    }
  }
}

/** Gives each character of a cut word, walking from `from` in `step` direction, its single-character reading. */
function rereadWord(
  simp: string[],
  readings: (string | null)[],
  wordOf: number[],
  from: number,
  step: 1 | -1,
  newId: () => number,
): void {
  const cut = wordOf[from];
  for (let k = from; k >= 0 && k < simp.length && wordOf[k] === cut; k += step) {
    if (readings[k] !== null) readings[k] = singleReading(simp[k]);
    wordOf[k] = newId();
  }
}

const singleCache = new Map<string, string | null>();

/** The most common reading of one character, or null when pinyin-pro has none. */
function singleReading(ch: string): string | null {
  let reading = singleCache.get(ch);
  if (reading === undefined) {
    const result = pinyin(ch, { toneSandhi: false });
    reading = result !== ch && result !== '' ? result : null;
    singleCache.set(ch, reading);
  }
  return reading;
}

function pushNull(out: Segment[], text: string): void {
  const last = out[out.length - 1];
  if (last && last.pinyin === null) last.text += text;
  else out.push({ text, pinyin: null });
}
