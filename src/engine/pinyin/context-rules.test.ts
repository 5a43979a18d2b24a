import { describe, expect, it } from 'vitest';
import { engineReads, plainReads } from './test-helpers';

/** Reading of the `nth` occurrence of `char` in `text`. */
function readingOf(text: string, char: string, nth = 0): string {
  const han = Array.from(text).filter((ch) => /\p{Script=Han}/u.test(ch));
  const index = han.map((ch, i) => (ch === char ? i : -1)).filter((i) => i >= 0)[nth];
  return engineReads(text).split(' ')[index];
}

describe('地 after an adverbial reads de', () => {
  it.each(['较好地完成了各项任务', '积极地推进', '创造性地开展工作', '慢慢地走', '扎扎实实地推进', '坚定不移地推进', '明确地提出'])('%s', (text) => {
    expect(readingOf(text, '地')).toBe('de');
  });
  it('is needed: pinyin-pro reads dì', () => {
    expect(plainReads('较好地完成')).toContain('dì');
  });
  it.each(['地区生产总值', '落地见效', '领先地位', '土地', '核心承载地', '各地推进', '实地调研', '历史地位', '重点地区'])('keeps dì in %s', (text) => {
    expect(readingOf(text, '地')).toBe('dì');
  });
  it('keeps dì when 地 starts a noun after an adverbial-looking word', () => {
    expect(readingOf('全面地区划', '地')).toBe('dì');
  });
});

describe('为 after a verb of becoming/naming reads wéi', () => {
  it.each(['转化为经济发展动力', '增长预期目标定为6%', '统一替换为挡水墙', '积极主动作为', '敢为天下先', '政府善为', '凡注明为原创作品的', '占比为45%'])(
    '%s',
    (text) => expect(readingOf(text, '为')).toBe('wéi'),
  );
  it('is needed: pinyin-pro reads wèi', () => {
    expect(plainReads('定为6%')).toContain('wèi');
  });
  it.each(['为人民服务', '为了您更加全面', '为推动首都高质量发展作出更大贡献', '可为投资者提供', '区领导为阿里巴巴集团颁发'])('keeps wèi in %s', (text) => {
    expect(readingOf(text, '为')).toBe('wèi');
  });
});

describe('为 closing a frame reads wéi', () => {
  it.each([
    '以习近平新时代中国特色社会主义思想为指导',
    '以人民为中心',
    '以“创投余杭”品牌建设等为抓手',
    '聘任王坚院士为中国(杭州)人工智能小镇名誉镇长',
    '以人工智能产业为“头雁”引领和赋能千行百业',
    '以创新、协调、绿色、开放、共享为发展理念',
  ])('%s', (text) => expect(readingOf(text, '为')).toBe('wéi'));
  it('is needed: pinyin-pro reads wèi', () => {
    expect(plainReads('以人民为中心')).toContain('wèi');
  });
  it.each(['以实际行动为人民服务', '以及为群众办实事', '以上为了', '以实际行动为党旗增辉', '以优异成绩为建党百年献礼', '决定为群众办实事'])('keeps wèi in %s', (text) => {
    expect(readingOf(text, '为')).toBe('wèi');
  });
  it('does not reach across a clause', () => {
    expect(readingOf('以高质量科技供给汇聚动力，可为投资者提供', '为')).toBe('wèi');
  });
});

describe('为 stating a ratio reads wéi', () => {
  it.each(['为全市水平的3倍', '人均收入为全国平均水平的两倍'])('%s', (text) => {
    expect(readingOf(text, '为')).toBe('wéi');
    expect(plainReads(text)).toContain('wèi');
  });
  it('keeps wèi in 为了 even before a ratio', () => {
    expect(readingOf('为了实现产值翻两倍', '为')).toBe('wèi');
  });
  it('keeps wèi without a ratio', () => {
    expect(readingOf('为企业精准提供空间，效率提高', '为')).toBe('wèi');
  });
  it('does not look past the clause', () => {
    expect(readingOf('为企业提供空间，产值为全市的3倍', '为')).toBe('wèi');
  });
});

describe('clause-final 干 reads gàn', () => {
  it.each(['各级干部要带头干', '全面汇聚“企业敢干、政府善为”', '撸起袖子一起干！'])('%s', (text) => {
    expect(readingOf(text, '干', text.startsWith('各级') ? 1 : 0)).toBe('gàn');
  });
  it('is needed: pinyin-pro reads gān', () => {
    expect(plainReads('带头干')).toContain('gān');
  });
  it.each(['把衣服晒干', '擦干', '若干', '吃饼干', '干预市场'])('keeps gān in %s', (text) => {
    expect(readingOf(text, '干')).toBe('gān');
  });
});

describe('polyphones pinyin-pro already reads right stay right', () => {
  it.each([
    ['区长', '长', 'zhǎng'],
    ['长期制约', '长', 'cháng'],
    ['银行', '行', 'háng'],
    ['千行百业', '行', 'háng'],
    ['重大成果', '重', 'zhòng'],
    ['森林覆盖率', '率', 'lǜ'],
    ['当好表率', '率', 'shuài'],
    ['若干措施', '干', 'gān'],
    ['实干争先', '干', 'gàn'],
    ['领导干部', '干', 'gàn'],
    ['了解企业', '了', 'liǎo'],
    ['发布了政策', '了', 'le'],
    ['科技创新示范单位', '单', 'dān'],
    ['海淀区', '区', 'qū'],
  ])('%s: %s = %s', (text, char, reading) => expect(readingOf(text, char)).toBe(reading));
});
