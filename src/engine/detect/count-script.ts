/** Characters per writing system, counted in one pass over the sample. */
export interface ScriptCounts {
  han: number;
  /** Hiragana and katakana: Japanese writes them between its kanji, Chinese never does. */
  kana: number;
  hangul: number;
  latin: number;
}

export function countScript(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, kana: 0, hangul: 0, latin: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) counts.han++;
    // The prolonged-sound mark ー (0x30fc) and the middle dot ・ are left out: Chinese pages use look-alikes of both.
    else if ((c >= 0x3041 && c <= 0x309f) || (c >= 0x30a1 && c <= 0x30fa)) counts.kana++;
    else if (c >= 0xac00 && c <= 0xd7af) counts.hangul++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) counts.latin++;
  }
  return counts;
}
