/**
 * Reads the corpus and undoes its noise for the build: inline pinyin notes, naive
 * conversions (through the same fold the matcher uses) and doubled punctuation in
 * the sentences we cite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldText, type CharFold } from '../../src/engine/glossary/normalize-text';

export interface CorpusDoc {
  /** File name, e.g. `000_a21115570e26e29b.txt`. */
  name: string;
  text: string;
}

/** A document ready for searching: `folded` and `plain` share offsets unit for unit. */
export interface PreparedDoc {
  name: string;
  /** Folded for matching. */
  folded: string;
  /** The original characters without pinyin notes. */
  plain: string;
}

/** Every `*.txt` in `dir`, sorted by name so output order is stable. */
export function readCorpus(dir: string): CorpusDoc[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export function prepareDoc(doc: CorpusDoc, fold: CharFold): PreparedDoc {
  const { text: folded, offsets } = foldText(doc.text, fold);
  let plain = '';
  for (const offset of offsets) plain += doc.text[offset];
  return { name: doc.name, folded, plain };
}

const SENTENCE_END = /[。！？；!?\n]/;
/** Longest citation we keep; longer sentences are cut around the occurrence. */
const MAX_SENTENCE = 100;
const CONTEXT = 40;

/** Tidy a sentence for display: doubled or stray commas, ASCII commas in Chinese text, spacing. */
export function cleanSentence(text: string): string {
  return text
    .replace(/[，,、]+(?=[。；！？!?])/g, '')
    .replace(/[，,、]{2,}/g, (run) => run[run.length - 1])
    .replace(/(?<=[\p{Script=Han}”」）)\d%]),(?!\d)/gu, '，')
    .replace(/[|｜]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[，,、；;：:]+/, '');
}

/** The cleaned sentence of `plain` that holds [start, end), cut to a window around it when long. */
export function sentenceAround(plain: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(plain[from - 1])) from--;
  let to = end;
  while (to < plain.length && !SENTENCE_END.test(plain[to])) to++;
  if (to < plain.length && plain[to] !== '\n') to++; // keep the full stop
  let prefix = '';
  let suffix = '';
  if (to - from > MAX_SENTENCE) {
    if (start - from > CONTEXT) [from, prefix] = [start - CONTEXT, '…'];
    if (to - end > CONTEXT) [to, suffix] = [end + CONTEXT, '…'];
  }
  return prefix + cleanSentence(plain.slice(from, to)) + suffix;
}
