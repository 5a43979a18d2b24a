/** Characters per writing system, counted over the sample. */
export interface ScriptCounts {
  han: number;
  /** Hiragana and katakana: Japanese writes them between its kanji, Chinese never does. */
  kana: number;
  hangul: number;
  latin: number;
}

export type CodeRange = readonly [first: number, last: number];

// Each writing system once, for both counters (count-script.ts, count-script-loop.ts).
// The prolonged-sound mark ー (0x30fc) and the middle dot ・ are left out of kana:
// Chinese pages use look-alikes of both.
export const HAN: readonly CodeRange[] = [
  [0x4e00, 0x9fff],
  [0x3400, 0x4dbf],
  [0xf900, 0xfaff],
];
export const KANA: readonly CodeRange[] = [
  [0x3041, 0x309f],
  [0x30a1, 0x30fa],
];
export const HANGUL: readonly CodeRange[] = [[0xac00, 0xd7af]];
export const LATIN: readonly CodeRange[] = [
  [0x41, 0x5a],
  [0x61, 0x7a],
];
