/**
 * The fold table shipped in glossary.json: which characters the matcher treats as
 * the same Simplified character. Derived, not curated: every character of the
 * corpus and of the terms' Traditional forms whose Simplified form is used by some
 * term. Naive conversions (産, 緻, 澱) land here because the corpus has them, so
 * adding a document teaches the matcher that document's noise.
 */
import { toScript } from './engine-adapter';

const TRADITIONAL_SCRIPTS = ['zh-TW', 'zh-HK', 'zh-Hant'] as const;

/** `forms`: every curated spelling; `corpus`: the documents' texts. Sorted by key. */
export function deriveFold(forms: readonly string[], corpus: readonly string[]): Record<string, string> {
  const alphabet = new Set<string>();
  for (const form of forms) for (const unit of toScript(form, 'zh-Hans')) alphabet.add(unit);
  const seen = new Set<string>();
  for (const text of [...forms, ...corpus]) for (const unit of text) seen.add(unit);
  for (const unit of alphabet) for (const script of TRADITIONAL_SCRIPTS) seen.add(toScript(unit, script));
  const fold: Record<string, string> = {};
  for (const unit of [...seen].sort()) {
    if (unit.length !== 1) continue; // astral characters pass through unfolded
    const simplified = toScript(unit, 'zh-Hans');
    if (simplified !== unit && simplified.length === 1 && alphabet.has(simplified)) fold[unit] = simplified;
  }
  return fold;
}
