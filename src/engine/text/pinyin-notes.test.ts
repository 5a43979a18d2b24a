import { describe, expect, it } from 'vitest';
import { findPinyinNotes, stripPinyinNotes } from './pinyin-notes';

describe('inline pinyin notes', () => {
  it.each([
    ['發(fā)展', '發展'],
    ['爲(wéi / wèi)深入', '爲深入'],
    ['發布了(le/liǎo)一(yī / yì /yí)批', '發布了一批'],
    ['袖子(zǐ)加油', '袖子加油'],
    ['發展的(de)強烈', '發展的強烈'],
    ['和(hé / huò)空間', '和空間'],
    ['长(zhang3)期', '长期'],
    ['绿(lü4)色', '绿色'],
    ['绿(lǜ)色', '绿色'],
    ['女(nv3)士', '女士'],
    ['全角（fā）展', '全角展'],
    ['大( dà )會', '大會'],
    ['人(rén)大(dà)常委會', '人大常委會'],
    ['吗(ma)', '吗'],
  ])('removes the note in %s', (input, clean) => {
    expect(stripPinyinNotes(input)).toBe(clean);
  });

  it.each([
    '中关村国际创新中心(中关村论坛永久会址)',
    '浙江(杭州)',
    '楼宇(楼宇)经济',
    '年度(2024)',
    '条款(一)',
    '人工智能(AI)',
    '北京(Beijing)',
    '首都(beijing)',
    '清单(a)',
    '海淀区(Haidian)',
    '说明 (fā) 空格后不是注音',
    'abc(fā)',
    '(fā)开头',
    '计划(fa)无声调',
    '计划(xyz1)',
    '会议(2024年2月)',
    '方案(zhongguo)',
    '发(fā',
  ])('keeps ordinary parentheses in %s', (input) => {
    expect(findPinyinNotes(input)).toEqual([]);
    expect(stripPinyinNotes(input)).toBe(input);
  });

  it('reports exact ranges so the rest of the text is untouched', () => {
    const text = '爲(wéi / wèi)深入(2024)發(fā)';
    expect(findPinyinNotes(text)).toEqual([
      [1, 12],
      [21, 25],
    ]);
  });

  it('cleans the corpus sample while keeping its ordinary parentheses', () => {
    const line =
      '在(zài)中關村國(guó)際創新中心(中關村論壇永久會址)成功召開。集中推介發布了(le/liǎo)一(yī / yì /yí)批政策和(hé / huò)空間';
    expect(stripPinyinNotes(line)).toBe('在中關村國際創新中心(中關村論壇永久會址)成功召開。集中推介發布了一批政策和空間');
  });
});
