/**
 * Where the pinyin is decided: segment a text into words and give every Han
 * character one reading, in context.
 *
 * Pipeline per clause-sized chunk: Traditional → Simplified (reading only) →
 * pinyin-pro words and readings → curated words win → context rules → segments.
 *
 * Cost: one pinyin-pro segment() per clause with Han characters (a clause is
 * the unit the readings were checked in, see split-chunks.ts) and little else;
 * the results share their one-character strings and one-syllable arrays
 * (shared-results.ts), because keeping ~1 fresh object per character alive
 * was what made the engine twice as slow as pinyin-pro on a long text.
 */
import { segment, pinyin, OutputFormat } from 'pinyin-pro';
import { ensureAcBuilt } from 'pinyin-pro/dist/esm/common/segmentit/index.mjs';
import { splitChunks } from './split-chunks';
import { simplifiedText } from './to-simplified';
import { findWords } from './word-overrides';
import { applyContextRules } from './context-rules';
import { formatSyllable, type PinyinOptions } from './format-syllable';
import { ensureCorpusWords } from './corpus-words';
import { codePointLength, codePoints, hasHan, isHan, isHanAt } from './code-points';
import { singleSyllable, unitString } from './shared-results';

export interface Segment {
  text: string;
  /**
   * One reading per code point of `text` for a Han word; null for everything
   * else. Read-only: a one-syllable reading is a frozen array shared by results.
   */
  pinyin: string[] | null;
}


/** Reads `text`; joining the segments' `text` gives back `text` exactly. */
export function readPinyin(text: string, options: PinyinOptions = {}): Segment[] {
  ensureCorpusWords();
  const segments: Segment[] = [];
  for (const chunk of splitChunks(text)) readChunk(chunk, options, segments);
  return segments;
}

/**
 * Runs the set-up a first reading would run lazily: our corpus words and
 * pinyin-pro's word index. The extension's background calls it when it loads the
 * pinyin part (after building the index in steps, see entrypoints/engine-pinyin.ts),
 * so the first page's first answer does not wait for it.
 */
export function preparePinyin(): void {
  ensureCorpusWords();
  ensureAcBuilt();
}

function readChunk(chunk: string, options: PinyinOptions, out: Segment[]): void {
  if (!hasHan(chunk)) {
    pushNull(out, chunk);
    return;
  }
  const { simp, readings, wordOf } = baseReadings(chunk);
  overrideWords(simp, readings, wordOf);
  applyContextRules({ chars: simp, readings, wordOf });
  const plainMarks = !options.zhuyin && (options.tone ?? 'marks') === 'marks';
  let offset = 0; // UTF-16 offset of simp[i] in chunk (each Simplified code point has its original's length)
  for (let i = 0; i < simp.length; ) {
    const start = offset;
    let end = i;
    if (readings[i] === null) {
      while (end < simp.length && readings[end] === null) offset += simp[end++].length;
      pushNull(out, chunk.slice(start, offset));
    } else {
      while (end < simp.length && readings[end] !== null && wordOf[end] === wordOf[i]) offset += simp[end++].length;
      out.push({
        text: offset - start === 1 ? unitString(chunk.charCodeAt(start)) : chunk.slice(start, offset),
        pinyin: wordReading(readings, i, end, plainMarks ? null : options),
      });
    }
    i = end;
  }
}

/** The readings i..end-1 in tone marks (`format` null) or the asked form; exact-size arrays, as the caller keeps them. */
function wordReading(readings: (string | null)[], i: number, end: number, format: PinyinOptions | null): string[] {
  if (format === null) return end - i === 1 ? singleSyllable(readings[i] as string) : (readings.slice(i, end) as string[]);
  const pinyin: string[] = new Array(end - i);
  for (let k = i; k < end; k++) pinyin[k - i] = formatSyllable(readings[k] as string, format);
  return pinyin;
}

interface ChunkReadings {
  /** Simplified code points, one per code point of the chunk. */
  simp: string[];
  /** Tone-mark reading per code point, null for non-Han. */
  readings: (string | null)[];
  /** Word id per code point: equal ids = one word. */
  wordOf: number[];
}

/**
 * pinyin-pro's words and readings (citation tones: 一 yī, 不 bù) for the
 * Simplified form of `chunk`, one entry per code point. pinyin-pro's own split
 * of the text gives the code points, so the chunk is not split a second time.
 */
function baseReadings(chunk: string): ChunkReadings {
  const simpText = simplifiedText(chunk);
  const groups = segment(simpText, { format: OutputFormat.AllArray, toneSandhi: false });
  // Sized for one code point per UTF-16 unit and trimmed at the end: no regrowth on every clause.
  const simp: string[] = new Array(chunk.length);
  const readings: (string | null)[] = new Array(chunk.length);
  const wordOf: number[] = new Array(chunk.length);
  let count = 0;
  let offset = 0;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    for (let j = 0; j < group.length; j++) {
      const { origin, result } = group[j];
      if (offset >= chunk.length || origin.length !== codePointLength(chunk, offset)) return charByChar(chunk, simpText);
      readings[count] = result !== origin && result !== '' && isHanAt(chunk, offset) ? result : null;
      simp[count] = origin;
      wordOf[count++] = g;
      offset += origin.length;
    }
  }
  if (offset !== chunk.length) return charByChar(chunk, simpText);
  simp.length = readings.length = wordOf.length = count; // shorter only if the chunk has surrogate pairs
  return { simp, readings, wordOf };
}

/**
 * For a chunk whose code points pinyin-pro split differently (or whose
 * Simplified form changed a code point's length): each Han character read on
 * its own, so readings still line up with the original text.
 */
function charByChar(chunk: string, simpText: string): ChunkReadings {
  const chars = codePoints(chunk);
  const converted = codePoints(simpText);
  const aligned = converted.length === chars.length && converted.every((ch, k) => ch.length === chars[k].length);
  const simp = aligned ? converted : chars;
  return {
    simp,
    readings: chars.map((ch, k) => (isHan(ch) ? singleReading(simp[k]) : null)),
    wordOf: chars.map((_, k) => k),
  };
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
