/**
 * The DOM layer: applies the engine's results to a live page and undoes them.
 * Where the page is restored: page-modes.ts (reconcile), in-place-rewrites.ts
 * (text and attributes), ruby-render.ts (ruby). Class and attribute names: markers.ts.
 */
export { createPageModes, type PageModes, type PageModeSet } from './page-modes';
export { collectTextRuns, type TextRun } from './text-runs';
export type { EngineDeps, PinyinSegment, ScriptTarget } from './engine-deps';
export { UI_ATTR } from './markers';
