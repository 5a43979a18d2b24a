import type { GlossaryData } from './types';

const HAN = /\p{Script=Han}/u;

/**
 * The glossary's curated readings as a word list for the pinyin engine, so a
 * term is read the same on the page as on its card. Only entries whose reading
 * has one syllable per Han character of the term qualify.
 */
export function glossaryReadings(glossary: GlossaryData): Record<string, string[]> {
  const words: Record<string, string[]> = {};
  for (const entry of glossary.entries) {
    const syllables = entry.pinyin.split(/\s+/).filter(Boolean);
    const han = [...entry.term.hans];
    if (!han.every((c) => HAN.test(c)) || syllables.length !== han.length) continue;
    words[entry.term.hans] = syllables;
  }
  return words;
}
