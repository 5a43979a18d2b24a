/** Traditional forms and readings of a curated entry, through the reading engine. */
import type { ScriptForms } from '../../src/engine/glossary/types';
import { readingOf, toScript } from './engine-adapter';
import type { CuratedEntry } from './validate-entries';

export interface DerivedForms {
  term: ScriptForms;
  /** Curated aliases plus those of their Traditional forms the fold does not already cover. */
  aliases: string[];
  pinyin: string;
}

const scriptForms = (text: string): ScriptForms => ({
  hans: text,
  tw: toScript(text, 'zh-TW'),
  hk: toScript(text, 'zh-HK'),
});

/** `keyOf` folds a spelling to its match key; spellings with a key already present add nothing. */
export function deriveForms(entry: CuratedEntry, keyOf: (form: string) => string): DerivedForms {
  const term = scriptForms(entry.term);
  const keys = new Set([term.hans, term.tw, term.hk].map(keyOf));
  const aliases: string[] = [];
  for (const alias of entry.aliases) {
    const { hans, tw, hk } = scriptForms(alias);
    for (const form of [hans, tw, hk]) {
      const key = keyOf(form);
      if (keys.has(key)) continue;
      keys.add(key);
      aliases.push(form);
    }
  }
  return { term, aliases, pinyin: entry.readings ?? readingOf(entry.term) };
}
