import { HAN, HANGUL, KANA, LATIN, type CodeRange, type ScriptCounts } from './script-ranges';

export type { ScriptCounts } from './script-ranges';

const hex4 = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
const classOf = (ranges: readonly CodeRange[]): string => ranges.map(([a, b]) => `${hex4(a)}-${hex4(b)}`).join('');
// Everything but one writing system, in runs. Marked pure so that a bundle which
// only shares this module's neighbours (the always-on script) does not build them.
const runsOf = (ranges: readonly CodeRange[], negated: boolean): RegExp => new RegExp(`[${negated ? '^' : ''}${classOf(ranges)}]+`, 'g');
const NOT_HAN = /* @__PURE__ */ runsOf(HAN, true);
const NOT_KANA = /* @__PURE__ */ runsOf(KANA, true);
const NOT_HANGUL = /* @__PURE__ */ runsOf(HANGUL, true);
const LATIN_RUNS = /* @__PURE__ */ runsOf(LATIN, false);

/**
 * Counts by deleting what is not counted, in the regular-expression engine.
 * The controller runs this once per page in every frame, so it runs cold: a
 * character loop there is interpreted bytecode and costs several times as much on
 * 10,000 characters (see bench/, figure 1). The always-on script, which reads far
 * less, counts with count-script-loop.ts instead.
 */
export function countScript(text: string): ScriptCounts {
  return {
    han: text.replace(NOT_HAN, '').length,
    kana: text.replace(NOT_KANA, '').length,
    hangul: text.replace(NOT_HANGUL, '').length,
    latin: text.length - text.replace(LATIN_RUNS, '').length,
  };
}
