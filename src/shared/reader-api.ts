import type { Modes } from './modes';
import type { TermCount } from './messages';

/**
 * The heavy reading code (entrypoints/reader.ts) is injected on demand into
 * the same isolated world as the always-on content script, and registers
 * itself here. The content script only ever talks to it through this type.
 */
export interface ReaderApi {
  setModes(modes: Modes): Promise<void>;
  terms(): TermCount[];
  scrollToTerm(id: string): boolean;
  /** Resolves once all scheduled work (visible part and idle-time chunks) is done. */
  whenIdle(): Promise<void>;
}

export const READER_GLOBAL = '__zhengduReader' as const;

export function getReader(): ReaderApi | undefined {
  return (globalThis as Record<string, unknown>)[READER_GLOBAL] as ReaderApi | undefined;
}

export function registerReader(reader: ReaderApi): void {
  (globalThis as Record<string, unknown>)[READER_GLOBAL] = reader;
}
