import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../glossary-data';
import { indexGlossary, normalizePinyin, searchGlossary } from './search-glossary';

const index = indexGlossary(GLOSSARY);
const ids = (query: string) => searchGlossary(index, query).map((e) => e.id);
const entry = (id: string) => {
  const found = GLOSSARY.entries.find((e) => e.id === id);
  if (!found) throw new Error(`glossary has no ${id}`);
  return found;
};

describe('normalizePinyin', () => {
  it('drops tone marks, tone numbers, spaces and case', () => {
    expect(normalizePinyin('Xīn zhì shēng chǎn lì')).toBe('xinzhishengchanli');
    expect(normalizePinyin('xin1 zhi4sheng1')).toBe('xinzhisheng');
    expect(normalizePinyin("Xi'an")).toBe('xian');
  });

  it('treats ü (with or without a tone) and v alike', () => {
    expect(normalizePinyin('zhàn lüè')).toBe('zhanlve');
    expect(normalizePinyin('lǜ')).toBe('lv');
    expect(normalizePinyin('lv4')).toBe('lv');
  });
});

describe('searchGlossary', () => {
  const target = entry('jiesu-jiban');

  it('finds a term by its Simplified and its Traditional spelling, exact match first', () => {
    expect(ids(target.term.hans)[0]).toBe(target.id);
    expect(ids(target.term.tw)[0]).toBe(target.id);
  });

  it('folds a Traditional query even when only part of the term is typed', () => {
    const haidian = entry('chuangrong-haidian');
    expect(ids(haidian.term.tw.slice(-2))).toContain(haidian.id);
  });

  it('finds a term by pinyin with tone marks, tone numbers or none', () => {
    expect(ids(target.pinyin)[0]).toBe(target.id);
    expect(ids(normalizePinyin(target.pinyin))[0]).toBe(target.id);
    const numbered = target.pinyin.split(' ').map((s) => `${normalizePinyin(s)}1`).join(' ');
    expect(ids(numbered)).toContain(target.id);
  });

  it('finds a term by a word of its English explanation', () => {
    const zhanlve = GLOSSARY.entries.find((e) => e.pinyin.includes('lüè'));
    expect(zhanlve).toBeDefined();
    expect(ids('zhanlve')).toContain(zhanlve!.id);
    expect(ids('postdoctoral')).toContain('boshihou-gongzuozhan');
  });

  it('returns everything for an empty query and nothing for a query that matches nothing', () => {
    expect(ids('  ')).toHaveLength(GLOSSARY.entries.length);
    expect(ids('qqqzzz')).toEqual([]);
    expect(ids('鱻')).toEqual([]);
  });
});
