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
  // The language engine (reader-engine.js): asked for, its bundle run, and in hand.
  | 'engine-requested'
  | 'engine-evaluated'
  | 'engine-loaded';

export const READER_MARK_PREFIX = 'zhengdu:reader-';

export function markReader(milestone: ReaderMilestone): void {
  performance.mark(`${READER_MARK_PREFIX}${milestone}`);
}
