import type { Modes } from './modes';
import type { TermCount } from './messages';

/**
 * The reader (entrypoints/reader.ts: DOM layer, glossary marks and cards) is
 * injected on demand into the same isolated world as the always-on content
 * script, and registers itself here. The language engine is not injected: it
 * lives in the background and answers by message (src/shared/engine-api.ts).
 */
export interface ReaderApi {
  setModes(modes: Modes): Promise<void>;
  terms(): TermCount[];
  scrollToTerm(id: string): boolean;
  /** Resolves once all scheduled work (visible part and idle-time chunks) is done. */
  whenIdle(): Promise<void>;
  /** Why the reader could not do its work (the language engine did not answer), if it could not. */
  error(): string | undefined;
}

/** The scripts the background may inject into a frame, by the part they hold (the engine stays in the background). */
export const READER_PARTS = { reader: '/reader.js' } as const;
export type ReaderPart = keyof typeof READER_PARTS;

const READER_GLOBAL = '__zhengduReader';
const slots = globalThis as Record<string, unknown>;

export function getReader(): ReaderApi | undefined {
  return slots[READER_GLOBAL] as ReaderApi | undefined;
}

export function registerReader(reader: ReaderApi): void {
  slots[READER_GLOBAL] = reader;
}
