import type { GlossaryEntry, TermMatch } from '../engine/glossary/types';
import type { TextRun } from '../dom/text-runs';
import type { TextSettling } from './scan-queue';
import type { Translate } from '../ui/i18n';

export type CardScript = 'original' | 'zh-Hans' | 'zh-Hant' | 'zh-TW' | 'zh-HK';

/** What the card reads from the user's settings, each time it opens (settings may change live). */
export interface GlossarySettings {
  hoverDelayMs: number;
  order: 'en-first' | 'zh-first';
  script: CardScript;
}

/** Everything the layer needs from the engine and the DOM layer, injected so it is testable alone. */
export interface GlossaryDeps {
  find(text: string): TermMatch[];
  entry(id: string): GlossaryEntry | undefined;
  textRuns(root: Node): TextRun[];
  settings(): GlossarySettings;
  /** UI strings of the card and the navigator: the extension's `t` in pages, a catalogue in tests. */
  t: Translate;
  /**
   * Script conversion (the engine's convertScript), for the Chinese explanation when
   * the reader reads Traditional. Optional: without it the explanation stays Simplified.
   * Undefined when the answer is on its way (the engine answers by message): the card
   * shows the text as written and is filled again when `whenConverted` is called.
   */
  convert?(text: string, target: Exclude<CardScript, 'original'>, whenConverted: () => void): string | undefined;
  /** Whether text is final, from the DOM layer that rewrites it (scan-queue.ts). Optional: without it all text is. */
  settling?: TextSettling;
}

export interface GlossaryLayer {
  /** Re-find terms under `roots` (the whole document when omitted), after the page or the DOM layer changed text. */
  rescan(roots?: Node[]): void;
  /** Resolves once the terms of every rescan so far are found and painted (long pages are worked off in slices). */
  whenIdle(): Promise<void>;
  /** Every term found, with how often it occurs, for the popup's "terms on this page" list. */
  terms(): Array<{ id: string; term: string; count: number }>;
  /** Scrolls the first occurrence of `id` into view and flashes it; false when it is not on the page. */
  scrollToTerm(id: string): boolean;
  /** Removes marks, card and listeners: the page is exactly as before mounting. */
  dispose(): void;
}

/** A frame's window with its own constructors (Range, Highlight…): the layer runs per frame. */
export type FrameWindow = Window & typeof globalThis;
