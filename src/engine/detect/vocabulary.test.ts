import { describe, expect, it } from 'vitest';
import { ARTICLE_MARKERS, GOV_FOOTER, GOV_TERMS, SPAM_TERMS, countTerms, normalize, topTerms, total } from './vocabulary';

describe('normalize', () => {
  it('removes readings printed after characters', () => {
    expect(normalize('为(wéi / wèi)深入贯彻高质(zhì)量发(fā)展')).toBe('为深入贯彻高质量发展');
  });

  it('keeps ordinary parentheses', () => {
    expect(normalize('中关村论坛(永久会址)与 (2024) (Beijing 2024)')).toBe('中关村论坛(永久会址)与 (2024) (Beijing 2024)');
  });

  it('folds the Traditional characters of the word lists to Simplified', () => {
    expect(normalize('行政長官出席立法會會議，區委書記調研')).toBe('行政长官出席立法会会议，区委书记调研');
  });
});

describe('countTerms', () => {
  it('counts each term, Simplified and Traditional alike once normalized', () => {
    const counts = countTerms(normalize('区委书记调研。區委書記調研。调研'), GOV_TERMS);
    expect(counts.get('调研')).toBe(3);
    expect(counts.get('区委')).toBe(2);
    expect(total(counts)).toBe(7);
  });

  it('finds terms split by inline pinyin once normalized', () => {
    expect(countTerms(normalize('高質(zhì)量發(fā)展'), GOV_TERMS).get('高质量发展')).toBe(1);
  });

  it('prefers the longer term where one contains another', () => {
    expect([...countTerms('北京市人民政府', GOV_TERMS).keys()]).toEqual(['人民政府']);
  });

  it('can be called again with the same global list', () => {
    expect(total(countTerms('买球 博彩', SPAM_TERMS))).toBe(2);
    expect(total(countTerms('买球', SPAM_TERMS))).toBe(1);
  });

  it('recognises article furniture and government footers', () => {
    expect([...countTerms('来源：新华社 发布时间：2024-02-23 字号：大 中 小 打印本页', ARTICLE_MARKERS).keys()]).toEqual(['来源：', '发布时间', '字号：', '打印本页']);
    expect(countTerms('主办单位：北京市海淀区人民政府办公室 网站标识码：1101080001', GOV_FOOTER).size).toBe(2);
    expect(countTerms('主办单位：某某科技有限公司', GOV_FOOTER).size).toBe(0);
  });
});

describe('topTerms', () => {
  it('lists the most frequent terms with their counts', () => {
    expect(topTerms(new Map([['调研', 1], ['区长', 3], ['部署', 2], ['政府', 1]]))).toBe('区长 ×3, 部署 ×2, 调研');
  });
});
