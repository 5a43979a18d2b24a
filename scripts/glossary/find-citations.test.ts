import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '../../src/engine/glossary/create-term-matcher';
import { GLOSSARY_VERSION, type GlossaryData, type GlossaryEntry } from '../../src/engine/glossary/types';
import { collectCitations, findOccurrences, occursInCorpus, selectCitations } from './find-citations';
import type { PreparedDoc } from './normalize-corpus';

const entry = (id: string, hans: string): GlossaryEntry => ({
  id,
  term: { hans, tw: hans, hk: hans },
  aliases: [],
  pinyin: '',
  en: id,
  zh: id,
  category: 'place',
  origin: '',
  related: [],
  citations: [],
});

describe('findOccurrences', () => {
  it('finds every start, overlapping ones included', () => {
    expect(findOccurrences('中关村和中关村', '中关村')).toEqual([0, 4]);
    expect(findOccurrences('aaa', 'aa')).toEqual([0, 1]);
    expect(findOccurrences('中关村', '')).toEqual([]);
  });
});

describe('occursInCorpus', () => {
  const docs: PreparedDoc[] = [{ name: 'a.txt', folded: '海淀区', plain: '海澱區' }];
  it('looks in the folded text', () => {
    expect(occursInCorpus('海淀', docs)).toBe(true);
    expect(occursInCorpus('余杭', docs)).toBe(false);
  });
});

describe('selectCitations', () => {
  it('takes one per document first, skips repeats and stops at the maximum', () => {
    const hits = [
      { doc: 'a', text: '一' },
      { doc: 'a', text: '二' },
      { doc: 'a', text: '一' },
      { doc: 'b', text: '三' },
      { doc: 'c', text: '四' },
    ];
    expect(selectCitations(hits, 3)).toEqual([hits[0], hits[3], hits[4]]);
    expect(selectCitations(hits.slice(0, 3), 3)).toEqual([hits[0], hits[1]]);
  });
});

describe('collectCitations', () => {
  const glossary: GlossaryData = {
    version: GLOSSARY_VERSION,
    fold: {},
    entries: [entry('zgc', '中关村'), entry('kxc', '中关村科学城'), entry('yi', '一把手'), entry('fb', '一把手发布')],
  };
  const docs: PreparedDoc[] = [
    { name: 'a.txt', folded: '中关村科学城很大。中关村在海淀。', plain: '中关村科学城很大。中关村在海淀。' },
    { name: 'b.txt', folded: '举行一把手发布会。', plain: '举行一把手发布会。' },
  ];
  const keys: Record<string, string[]> = { zgc: ['中关村'], kxc: ['中关村科学城'], yi: ['一把手'], fb: ['一把手发布'] };
  const citations = collectCitations(createTermMatcher(glossary), Object.keys(keys), (id) => keys[id], docs, 3);

  it('cites where the matcher finds the entry, longest match first', () => {
    expect(citations.get('zgc')).toEqual([{ doc: 'a.txt', text: '中关村在海淀。' }]);
    expect(citations.get('kxc')).toEqual([{ doc: 'a.txt', text: '中关村科学城很大。' }]);
  });

  it('falls back to raw occurrences for an entry always inside a longer one', () => {
    expect(citations.get('yi')).toEqual([{ doc: 'b.txt', text: '举行一把手发布会。' }]);
  });
});
