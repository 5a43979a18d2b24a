import { detectScript } from './detect-script';
import { toHongKong, toSimplified, toTaiwan, toTraditional, type LazyTable } from './tables';

export type ScriptTarget = 'zh-Hans' | 'zh-Hant' | 'zh-TW' | 'zh-HK';

const traditionalTables: Record<Exclude<ScriptTarget, 'zh-Hans'>, LazyTable> = {
  'zh-Hant': toTraditional,
  'zh-TW': toTaiwan,
  'zh-HK': toHongKong,
};

/**
 * Converts `text` to `target`. Never throws; output length equals input length.
 *
 * To Simplified: one pass of the Traditional→Simplified table (Simplified
 * characters pass through, so mixed text needs nothing more).
 * To Traditional: Simplified (or undecidable) text goes straight through the
 * Simplified→Traditional table. Text with Traditional characters in it is first
 * simplified and then traditionalised (a Simplified pivot). Measured on the
 * corpus (tests/gold/README.md): the pivot repairs naive-conversion noise
 * (緻辭→致辭, 若幹→若干, 産業→產業, 海澱→海淀, 沖鋒→衝鋒), turns one region's
 * forms into the other's (裡/裏, 著/着, 衞/衛) and converts stray Simplified
 * characters inside a phrase. Its cost: Traditional text is normalised to
 * OpenCC's choices, so a legitimate 發布/匯報 becomes 發佈/彙報, and a word whose
 * Simplified form is ambiguous (乾了/幹了 → 干了) can come back as the other.
 */
export function convertScript(text: string, target: ScriptTarget): string {
  if (text === '') return text;
  if (target === 'zh-Hans') return toSimplified().convert(text);
  const script = detectScript(text);
  const source = script === 'traditional' || script === 'mixed' ? toSimplified().convert(text) : text;
  return traditionalTables[target]().convert(source);
}

/**
 * Builds the tables converting to `target` needs, now. convertScript builds
 * them on first use; the extension calls this in a task of its own before the
 * first chunk of page work, so that chunk stays short (building a direction
 * costs ~15 ms in Node and more in a busy page).
 */
export function prepareScript(target: ScriptTarget): void {
  // Traditional or mixed text goes through the Simplified pivot first: both tables are on the path.
  toSimplified();
  if (target !== 'zh-Hans') traditionalTables[target]();
}
