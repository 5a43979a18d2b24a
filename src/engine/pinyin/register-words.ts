import { addWordReadings } from './word-overrides';
import { ensureCorpusWords } from './corpus-words';
import { simplifiedChars } from './to-simplified';

/**
 * Curated readings from the glossary: one tone-marked syllable per character.
 * Later words win, also over the built-in corpus words. Words are matched on
 * the Simplified form of the text, so a Traditional key is simplified first
 * and either spelling of the word in a page gets the reading.
 */
export function registerWords(words: Record<string, string[]>): void {
  ensureCorpusWords();
  addWordReadings(Object.fromEntries(Object.entries(words).map(([word, readings]) => [simplifiedChars(word).join(''), readings])));
}
