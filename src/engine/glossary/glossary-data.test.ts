/** The shipped glossary (assets/glossary/glossary.json) is usable by the matcher and the card. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertScript } from '../convert';
import { createTermMatcher, entryForms } from './create-term-matcher';
import { foldText, createCharFold } from './normalize-text';
import { GLOSSARY_CATEGORIES, GLOSSARY_VERSION, type GlossaryData } from './types';

const glossary = JSON.parse(
  readFileSync(new URL('../../../assets/glossary/glossary.json', import.meta.url), 'utf8'),
) as GlossaryData;
const matcher = createTermMatcher(glossary);
const ids = glossary.entries.map((e) => e.id);

describe('shipped glossary.json', () => {
  it('has the current version and entries sorted by unique id', () => {
    expect(glossary.version).toBe(GLOSSARY_VERSION);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(100);
  });

  it('gives every entry explanations, a category, forms and citations', () => {
    for (const entry of glossary.entries) {
      expect(entry.en.length, entry.id).toBeGreaterThan(0);
      expect(entry.zh.length, entry.id).toBeGreaterThan(0);
      expect(GLOSSARY_CATEGORIES, entry.id).toContain(entry.category);
      expect(entry.term.tw.length, entry.id).toBe(entry.term.hans.length);
      expect(entry.citations.length, entry.id).toBeGreaterThan(0);
      expect(entry.citations.length, entry.id).toBeLessThanOrEqual(3);
      for (const id of entry.related) expect(ids, `${entry.id} → ${id}`).toContain(id);
    }
  });

  it('folds single BMP characters only', () => {
    for (const [from, to] of Object.entries(glossary.fold)) {
      expect(from.length).toBe(1);
      expect(to.length).toBe(1);
    }
  });

  it('matches every spelling of every entry as that entry, whole', () => {
    for (const entry of glossary.entries) {
      for (const form of entryForms(entry)) {
        expect(matcher.find(form), `${entry.id}: ${form}`).toEqual([{ start: 0, end: form.length, id: entry.id }]);
      }
    }
  });

  it('still finds every spelling after the page is converted to any script', () => {
    for (const entry of glossary.entries) {
      for (const form of entryForms(entry)) {
        for (const script of ['zh-Hans', 'zh-Hant', 'zh-TW', 'zh-HK'] as const) {
          const page = convertScript(form, script);
          expect(matcher.find(page), `${entry.id} in ${script}: ${page}`).toEqual([{ start: 0, end: page.length, id: entry.id }]);
        }
      }
    }
  });

  it('quotes a sentence that holds the entry in each citation', () => {
    // An entry only ever seen inside a longer term (一把手 in 一把手发布·京华巡礼) is cited
    // there, so check the spelling rather than the matcher's longest match.
    const fold = createCharFold(glossary.fold);
    for (const entry of glossary.entries) {
      const keys = entryForms(entry).map((form) => foldText(form, fold).text);
      for (const citation of entry.citations) {
        const text = foldText(citation.text, fold).text;
        expect(keys.some((key) => text.includes(key)), `${entry.id} in ${citation.text}`).toBe(true);
      }
    }
  });

  it('cites the longest match where there is one', () => {
    const zgc = matcher.lookupEntry('zhongguancun');
    for (const citation of zgc?.citations ?? []) {
      expect(matcher.find(citation.text).map((m) => m.id)).toContain('zhongguancun');
    }
    expect(zgc?.citations.length).toBeGreaterThan(0);
  });
});
