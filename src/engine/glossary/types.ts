/**
 * Schema of assets/glossary/glossary.json, the policy glossary the extension ships.
 *
 * It is written by `npm run glossary` (scripts/build-glossary.ts) from the curated
 * assets/glossary/entries.yaml and the corpus, and read by the term matcher and the
 * hover card. Everything the runtime needs is precomputed here, so the page never
 * loads the OpenCC tables just to find terms.
 */

/** Bumped when the shape below changes incompatibly. */
export const GLOSSARY_VERSION = 1;

export const GLOSSARY_CATEGORIES = [
  'plan', // five-year plans and other dated plans (十四五)
  'slogan', // political formulas and slogans (稳中求进, 先立后破)
  'programme', // named programmes, campaigns and actions (海英计划, 接诉即办)
  'concept', // policy concepts and jargon (新质生产力, 新发展格局)
  'institution', // bodies and organs (区政协, 四套班子)
  'title', // official posts (常务副市长, 秘书长)
  'place', // districts, parks, zones (中关村, 三山五园)
  'event', // meetings, forums, sessions (新春第一会, 中央经济工作会议)
  'publication', // official media and portals (首都之窗)
] as const;

export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

/** One spelling of a term in each script the extension shows. */
export interface ScriptForms {
  /** Simplified, as curated. */
  hans: string;
  /** Traditional, Taiwan standard (engine convertScript zh-TW: OpenCC cn→tw characters, no vocabulary swaps). */
  tw: string;
  /** Traditional, Hong Kong standard (engine convertScript zh-HK). */
  hk: string;
}

/** Where the term occurs in the source documents. */
export interface Citation {
  /** Corpus file name, e.g. `000_a21115570e26e29b.txt`. */
  doc: string;
  /** The sentence around the occurrence, cleaned of inline pinyin notes and doubled punctuation. */
  text: string;
}

/** What the hover card renders for one term. */
export interface GlossaryEntry {
  /** Stable kebab-case id, e.g. `xinzhi-shengchanli`. */
  id: string;
  term: ScriptForms;
  /**
   * Further spellings that must match, in any script: the curated aliases and their
   * Traditional forms. Never shown as the headword.
   */
  aliases: string[];
  /** Tone-marked pinyin of `term.hans`, syllables separated by spaces (curated override or derived). */
  pinyin: string;
  /** Concise English explanation. */
  en: string;
  /** Concise Chinese (Simplified) explanation. */
  zh: string;
  category: GlossaryCategory;
  /** Level of government and when it appeared; empty when not known for sure. */
  origin: string;
  /** Ids of related entries. */
  related: string[];
  /** At most three occurrences in the corpus, for "where does this come from". */
  citations: Citation[];
}

export interface GlossaryData {
  version: typeof GLOSSARY_VERSION;
  /**
   * Character folds applied to both the page text and the terms before matching:
   * Traditional and variant characters (also naive conversions such as 産, 緻, 澱)
   * to the Simplified character, restricted to characters the terms use.
   */
  fold: Record<string, string>;
  /** Sorted by id. */
  entries: GlossaryEntry[];
}

/** A term found in a text: UTF-16 offsets into the text given to `find`. */
export interface TermMatch {
  start: number;
  end: number;
  id: string;
}

export interface TermMatcher {
  /** All terms in `text`: leftmost first, longest wins, no overlaps. */
  find(text: string): TermMatch[];
  lookupEntry(id: string): GlossaryEntry | undefined;
}
