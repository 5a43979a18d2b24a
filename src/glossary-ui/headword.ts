import type { GlossaryEntry } from '../engine/glossary/types';
import type { CardScript } from './types';

/** The `lang` to put on text in `script`, so the page's CJK fonts pick the right glyphs. */
export function langOf(script: CardScript, headword: string, entry: GlossaryEntry): string {
  if (script === 'zh-Hans' || script === 'zh-Hant' || script === 'zh-TW' || script === 'zh-HK') return script;
  return headword === entry.term.hans ? 'zh-Hans' : 'zh-Hant';
}

/**
 * The term as the card shows it. A conversion mode picks the matching form; with
 * the page left as it is, the form the page itself uses (a Traditional page gets
 * the Traditional headword), else the curated Simplified one.
 */
export function headword(entry: GlossaryEntry, script: CardScript, pageText?: string): string {
  switch (script) {
    case 'zh-Hans':
      return entry.term.hans;
    case 'zh-Hant':
    case 'zh-TW':
      return entry.term.tw;
    case 'zh-HK':
      return entry.term.hk;
    case 'original':
      return pageText === entry.term.hk || pageText === entry.term.tw ? pageText : entry.term.hans;
  }
}
