/** Characters per writing system, counted over the sample. */
export interface ScriptCounts {
  han: number;
  /** Hiragana and katakana: Japanese writes them between its kanji, Chinese never does. */
  kana: number;
  hangul: number;
  latin: number;
}

// Everything but one writing system, in runs. The prolonged-sound mark ー (0x30fc) and the
// middle dot ・ are left out of kana: Chinese pages use look-alikes of both.
const NOT_HAN = /[^\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]+/g;
const NOT_KANA = /[^\u3041-\u309f\u30a1-\u30fa]+/g;
const NOT_HANGUL = /[^\uac00-\ud7af]+/g;
const LATIN = /[A-Za-z]+/g;

/**
 * Counts by deleting what is not counted, in the regular-expression engine.
 * This runs once per page in every frame, so it runs cold: a character loop
 * there is interpreted bytecode and costs several times as much on 10,000
 * characters (see bench/, figure 1).
 */
export function countScript(text: string): ScriptCounts {
  return {
    han: text.replace(NOT_HAN, '').length,
    kana: text.replace(NOT_KANA, '').length,
    hangul: text.replace(NOT_HANGUL, '').length,
    latin: text.length - text.replace(LATIN, '').length,
  };
}
