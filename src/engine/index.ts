/**
 * The reading engine: pure, browser-free. Text in, decisions out.
 * Node (Vitest, benchmarks, the glossary build) and the extension import it alike.
 */
export { convertScript, detectScript, type ScriptTarget, type SourceScript } from './convert';
export { readPinyin, registerWords, type Segment, type PinyinOptions } from './pinyin';
export { detectPage } from './detect';
export { createTermMatcher, type GlossaryData, type GlossaryEntry, type TermMatch } from './glossary';
export type { DetectReport, Verdict } from '../shared/detect-report';
