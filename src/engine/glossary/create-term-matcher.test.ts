import { describe, expect, it } from 'vitest';
import { createTermMatcher } from './create-term-matcher';
import { GLOSSARY_VERSION, type GlossaryData, type GlossaryEntry } from './types';

function entry(id: string, hans: string, tw: string, aliases: string[] = []): GlossaryEntry {
  return {
    id,
    term: { hans, tw, hk: tw },
    aliases,
    pinyin: '',
    en: id,
    zh: id,
    category: 'concept',
    origin: '',
    related: [],
    citations: [],
  };
}

const glossary: GlossaryData = {
  version: GLOSSARY_VERSION,
  fold: { 質: '质', 產: '产', 産: '产', 關: '关', 區: '区', 會: '会', 澱: '淀', 聯: '联', 動: '动', 發: '发' },
  entries: [
    entry('xinzhi', '新质生产力', '新質生產力'),
    entry('zgc', '中关村', '中關村'),
    entry('zgc-kxc', '中关村科学城', '中關村科學城'),
    entry('haidian', '海淀', '海淀'),
    entry('wuzi', '“五子”联动', '“五子”聯動'),
    entry('yxy', '1+X+1', '1+X+1'),
    entry('wenzhong', '稳中求进', '穩中求進', ['稳中求进工作总基调']),
    entry('renda', '区人大常委会', '區人大常委會'),
    entry('ji', '𠮷野', '𠮷野'),
  ],
};
const matcher = createTermMatcher(glossary);

const found = (text: string): Array<[string, string]> =>
  matcher.find(text).map(({ start, end, id }) => [id, text.slice(start, end)]);

describe('createTermMatcher', () => {
  it('finds terms in Simplified and Traditional text', () => {
    expect(found('加快发展新质生产力')).toEqual([['xinzhi', '新质生产力']]);
    expect(found('加快形成新質生產力')).toEqual([['xinzhi', '新質生產力']]);
  });

  it('finds naive conversions and variants through the fold', () => {
    expect(found('加快形成新質生産力、海澱')).toEqual([
      ['xinzhi', '新質生産力'],
      ['haidian', '海澱'],
    ]);
  });

  it('tolerates inline pinyin notes and returns the span over them', () => {
    const text = '區人(rén)大(dà)常委會主任';
    expect(found(text)).toEqual([['renda', '區人(rén)大(dà)常委會']]);
  });

  it('lets the longest term win, leftmost first, without overlaps', () => {
    expect(found('中关村科学城和中关村')).toEqual([
      ['zgc-kxc', '中关村科学城'],
      ['zgc', '中关村'],
    ]);
    expect(found('坚持稳中求进工作总基调')).toEqual([['wenzhong', '稳中求进工作总基调']]);
  });

  it('matches any quote style and full-width Latin', () => {
    expect(found('深化「五子」聯動')).toEqual([['wuzi', '「五子」聯動']]);
    expect(found('构建“１＋ｘ＋１”体系')).toEqual([['yxy', '１＋ｘ＋１']]);
  });

  it('does not match Latin or digit terms inside longer numbers or words', () => {
    expect(found('11+X+1 和 1+X+12')).toEqual([]);
    expect(found('“1+X+1”')).toEqual([['yxy', '1+X+1']]);
  });

  it('reports UTF-16 offsets across surrogate pairs', () => {
    const text = '😀😀中关村𠮷野';
    const matches = matcher.find(text);
    expect(matches).toEqual([
      { start: 4, end: 7, id: 'zgc' },
      { start: 7, end: 10, id: 'ji' },
    ]);
  });

  it('finds nothing in text without terms', () => {
    expect(matcher.find('今天天气很好。')).toEqual([]);
    expect(matcher.find('')).toEqual([]);
  });

  it('looks entries up by id', () => {
    expect(matcher.lookupEntry('zgc')?.term.tw).toBe('中關村');
    expect(matcher.lookupEntry('nope')).toBeUndefined();
  });
});
