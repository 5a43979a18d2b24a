import type { ScriptMode } from '../shared/modes';
import type { ToneStyle } from '../settings/schema';

/** A script a page can be converted to. */
export type ScriptTarget = Exclude<ScriptMode, 'original'>;

/** A word segment and one reading per Han character (null: no reading, e.g. Latin). */
export interface PinyinSegment {
  text: string;
  pinyin: string[] | null;
}

/**
 * The engine functions the DOM layer applies. Injected rather than imported so
 * the layer is testable with fakes and the heavy tables load where the caller decides.
 */
export interface EngineDeps {
  /** Phrase-level script conversion; may change the length of the text. */
  convert(text: string, target: ScriptTarget): string;
  /** Word-segmented readings; joining the segments' texts gives `text` back. */
  readPinyin(text: string, options?: { tone?: ToneStyle }): PinyinSegment[];
}
