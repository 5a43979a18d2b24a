/**
 * Curated word readings that win over pinyin-pro's own segmentation.
 * Kept in our own matcher instead of pinyin-pro's customPinyin/addDict: those
 * mutate pinyin-pro's global dictionary, which would silently change every
 * other caller (the glossary build, the "plain" baseline in scripts/eval-pinyin.ts).
 */

export interface WordMatch {
  start: number;
  readings: string[];
}

const words = new Map<string, string[]>();
/** First character → candidate word lengths, longest first. */
const lengthsByFirst = new Map<string, number[]>();
/**
 * First UTF-16 unit of every word's first character: findWords runs at every
 * character of every page, and this test settles nearly all of them without
 * hashing the character for the map above.
 */
const firstUnits = new Uint8Array(0x10000);

/** Adds or replaces word readings; later calls win. Entries whose reading count does not match the character count are ignored. */
export function addWordReadings(entries: Record<string, string[]>): void {
  for (const [word, readings] of Object.entries(entries)) {
    const chars = Array.from(word);
    if (chars.length === 0 || chars.length !== readings.length || readings.some((r) => r === '')) continue;
    words.set(word, readings.slice());
    const lengths = lengthsByFirst.get(chars[0]) ?? [];
    if (!lengths.includes(chars.length)) {
      lengths.push(chars.length);
      lengths.sort((a, b) => b - a);
    }
    lengthsByFirst.set(chars[0], lengths);
    firstUnits[word.charCodeAt(0)] = 1;
  }
}

/** Leftmost-longest matches of known words in `chars` (Simplified code points), non-overlapping. */
export function findWords(chars: string[]): WordMatch[] {
  const found: WordMatch[] = [];
  for (let i = 0; i < chars.length; ) {
    const match = longestAt(chars, i);
    if (match) {
      found.push({ start: i, readings: match });
      i += match.length;
    } else {
      i++;
    }
  }
  return found;
}

function longestAt(chars: string[], start: number): string[] | undefined {
  if (firstUnits[chars[start].charCodeAt(0)] === 0) return undefined;
  const lengths = lengthsByFirst.get(chars[start]);
  if (!lengths) return undefined;
  for (const length of lengths) {
    if (start + length > chars.length) continue;
    const readings = words.get(chars.slice(start, start + length).join(''));
    if (readings) return readings;
  }
  return undefined;
}
