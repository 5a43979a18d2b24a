import type { Modes } from './modes';
import type { TermCount } from './messages';

/**
 * The reading code is injected on demand into the same isolated world as the
 * always-on content script, in two parts, and each registers itself here:
 * - the reader (entrypoints/reader.ts): DOM layer, glossary marks and cards —
 *   all a detected page needs by default;
 * - the language engine (entrypoints/reader-engine.ts): conversion tables and
 *   pinyin data, loaded only once script conversion or pinyin is turned on.
 */
export interface ReaderApi {
  setModes(modes: Modes): Promise<void>;
  terms(): TermCount[];
  scrollToTerm(id: string): boolean;
  /** Resolves once all scheduled work (visible part and idle-time chunks) is done. */
  whenIdle(): Promise<void>;
}

export interface LanguageEngine {
  convertScript(text: string, target: 'zh-Hans' | 'zh-Hant' | 'zh-TW' | 'zh-HK'): string;
  readPinyin(text: string, options?: { tone?: 'marks' | 'numbers' | 'none' }): Array<{ text: string; pinyin: string[] | null }>;
  registerWords(words: Record<string, string[]>): void;
}

/** The scripts the background may inject, by the part they hold. */
export const READER_PARTS = { reader: '/reader.js', engine: '/reader-engine.js' } as const;
export type ReaderPart = keyof typeof READER_PARTS;

const READER_GLOBAL = '__zhengduReader';
const ENGINE_GLOBAL = '__zhengduEngine';
const slots = globalThis as Record<string, unknown>;

export function getReader(): ReaderApi | undefined {
  return slots[READER_GLOBAL] as ReaderApi | undefined;
}

export function registerReader(reader: ReaderApi): void {
  slots[READER_GLOBAL] = reader;
}

export function getEngine(): LanguageEngine | undefined {
  return slots[ENGINE_GLOBAL] as LanguageEngine | undefined;
}

export function registerEngine(engine: LanguageEngine): void {
  slots[ENGINE_GLOBAL] = engine;
}
