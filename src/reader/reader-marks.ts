import type { EnginePart } from '../shared/modes';

/**
 * User-timing marks for the reader's milestones. They cost a few microseconds,
 * show up in the DevTools performance panel, and are what bench/page reads to
 * time start-up and whole-page work in a real browser (a content script shares
 * the page's performance timeline).
 */
export type ReaderMilestone =
  | 'evaluated'
  | 'created'
  | 'idle'
  // Each engine part (reader-convert.js, reader-pinyin.js): asked for, its bundle run,
  // in hand, and its one-off set-up done (src/reader/engine-parts.ts).
  | `${EnginePart}-${'requested' | 'evaluated' | 'loaded' | 'prepared'}`
  // Every engine part the modes need is prepared: page work starts.
  | 'engine-ready';

export const READER_MARK_PREFIX = 'zhengdu:reader-';

export function markReader(milestone: ReaderMilestone): void {
  performance.mark(`${READER_MARK_PREFIX}${milestone}`);
}
