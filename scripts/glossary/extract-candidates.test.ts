import { describe, expect, it } from 'vitest';
import { extractCandidates, formatCandidates } from './extract-candidates';

const keyOf = (text: string): string => text.replace(/[“”「」]/g, '"').toUpperCase();

describe('extractCandidates', () => {
  const docs = [
    { name: 'a.txt', text: '紧扣“七有”要求，构建“1+X+1”体系，打造“创投余杭”品牌。推进城市更新，城市更新行动，做好城市更新。' },
    { name: 'b.txt', text: '实现“十四五”目标，建设“创投余杭”，坚持296X集群，深化城市更新。“的”' },
  ];

  it('lists quoted and numbered slogans with counts and documents', () => {
    const candidates = extractCandidates(docs, [], keyOf);
    const pick = (kind: string): string[] => candidates.filter((c) => c.kind === kind).map((c) => c.text);
    expect(pick('numbered')).toEqual(['1+X+1', '296X', '七有', '十四五']);
    expect(pick('quoted')).toEqual(['创投余杭']);
    expect(candidates.find((c) => c.text === '创投余杭')).toEqual({
      kind: 'quoted',
      text: '创投余杭',
      count: 2,
      docs: ['a.txt', 'b.txt'],
    });
  });

  it('lists frequent n-grams seen in several documents and contexts', () => {
    const ngrams = extractCandidates(docs, [], keyOf).filter((c) => c.kind === 'ngram');
    expect(ngrams.map((c) => [c.text, c.count])).toEqual([['城市更新', 4]]);
  });

  it('leaves out what the curated terms already cover', () => {
    const keys = ['"七有"', '1+X+1', '十四五', '城市更新'];
    const texts = extractCandidates(docs, keys, keyOf).map((c) => c.text);
    expect(texts).toEqual(['296X', '创投余杭']);
  });
});

describe('formatCandidates', () => {
  it('writes one tab-separated line per candidate under a header', () => {
    const text = formatCandidates([{ kind: 'quoted', text: '创投余杭', count: 2, docs: ['a.txt', 'b.txt'] }]);
    expect(text.split('\n').filter((l) => !l.startsWith('#'))).toEqual(['quoted\t2\t创投余杭\ta.txt,b.txt', '']);
  });
});
