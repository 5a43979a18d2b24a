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
 * Called when a result the engine did not have yet has arrived: the caller asks
 * again then. Engines that answer at once never call it.
 */
export type WhenAnswered = () => void;

/**
 * The engine functions the DOM layer applies. Injected rather than imported so
 * the layer is testable with fakes and the heavy tables live where the caller
 * decides: in the extension they live in the background (src/background/engine-host.ts),
 * which answers by message, so a call may return `undefined` ("not here yet") and
 * call `whenAnswered` once it is.
 */
export interface EngineDeps {
  /**
   * Phrase-level script conversion; may change the length of the text. `alsoRead`:
   * the caller will want the readings of the result next, so an engine that answers
   * by message fetches both in one round trip.
   */
  convert(text: string, target: ScriptTarget, whenAnswered: WhenAnswered, alsoRead: boolean): string | undefined;
  /** Word-segmented readings; joining the segments' texts gives `text` back. */
  readPinyin(text: string, options: { tone?: ToneStyle }, whenAnswered: WhenAnswered): PinyinSegment[] | undefined;
}
