import type { EnginePart, Modes } from './modes';
import type { TermCount } from './messages';

/**
 * The reading code is injected on demand into the same isolated world as the
 * always-on content script, in parts, and each registers itself here:
 * - the reader (entrypoints/reader.ts): DOM layer, glossary marks and cards —
 *   all a detected page needs by default;
 * - the conversion part (entrypoints/reader-convert.ts): the OpenCC-based tables,
 *   loaded once script conversion is turned on;
 * - the pinyin part (entrypoints/reader-pinyin.ts): pinyin-pro and its data,
 *   loaded once pinyin is turned on.
 * Separate parts mean a mode loads only its own data, and the browser evaluates
 * each file in its own task (one ~1 MB engine was one ~70–90 ms long task).
 */
export interface ReaderApi {
  setModes(modes: Modes): Promise<void>;
  terms(): TermCount[];
  scrollToTerm(id: string): boolean;
  /** Resolves once all scheduled work (visible part and idle-time chunks) is done. */
  whenIdle(): Promise<void>;
}

export type ScriptTarget = 'zh-Hans' | 'zh-Hant' | 'zh-TW' | 'zh-HK';

export interface ConvertEngine {
  convertScript(text: string, target: ScriptTarget): string;
  /** Builds the tables `target` needs now (they are otherwise built on first use, inside a chunk of page work). */
  prepare(target: ScriptTarget): void;
}

export interface PinyinEngine {
  readPinyin(text: string, options?: { tone?: 'marks' | 'numbers' | 'none' }): Array<{ text: string; pinyin: string[] | null }>;
  registerWords(words: Record<string, string[]>): void;
  /**
   * Builds the word index now (it is otherwise built on the first reading, inside
   * a chunk of page work), a part per call until `timeUp()`; true once it is done.
   */
  prepare(timeUp: () => boolean): boolean;
}

export interface EngineParts {
  convert: ConvertEngine;
  pinyin: PinyinEngine;
}

/** The scripts the background may inject, by the part they hold. */
export const READER_PARTS = { reader: '/reader.js', convert: '/reader-convert.js', pinyin: '/reader-pinyin.js' } as const;
export type ReaderPart = keyof typeof READER_PARTS;

const READER_GLOBAL = '__zhengduReader';
const ENGINE_GLOBALS: { readonly [P in EnginePart]: string } = { convert: '__zhengduConvert', pinyin: '__zhengduPinyin' };
const slots = globalThis as Record<string, unknown>;

export function getReader(): ReaderApi | undefined {
  return slots[READER_GLOBAL] as ReaderApi | undefined;
}

export function registerReader(reader: ReaderApi): void {
  slots[READER_GLOBAL] = reader;
}

export function getEnginePart<P extends EnginePart>(part: P): EngineParts[P] | undefined {
  return slots[ENGINE_GLOBALS[part]] as EngineParts[P] | undefined;
}

export function registerEnginePart<P extends EnginePart>(part: P, api: EngineParts[P]): void {
  slots[ENGINE_GLOBALS[part]] = api;
}
