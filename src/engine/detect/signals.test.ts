import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/fixtures/detect/load-corpus';
import { readHost } from './read-host';
import { samplePage } from './sample-page';
import * as rules from './signals';
import type { Evidence, Rule } from './signals';

const PROSE = '<p>3月7日，县委副书记、县长带队调研乡村振兴和春耕备耕工作，强调要深入贯彻落实省委、市委决策部署，推动高质量发展。</p>';

function evidence(body: string, { head = '', url = 'https://example.com/a.html' } = {}): Evidence {
  const doc = parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, url);
  return { sample: samplePage(doc), host: readHost(url) };
}

function fire(rule: Rule, e: Evidence) {
  const signal = rule(e);
  expect(signal, 'rule should fire').not.toBeNull();
  return signal!;
}

describe('origin rules', () => {
  it('govHost: a government host suffix', () => {
    expect(fire(rules.govHost, evidence('', { url: 'https://www.bjhd.gov.cn/' })).reason).toBe('host ends in .gov.cn');
    expect(fire(rules.govHost, evidence('', { url: 'https://www.ey.gov.tw/' })).reason).toBe('host ends in .gov.tw');
    expect(rules.govHost(evidence('', { url: 'https://www.bjhd-gov.com/' }))).toBeNull();
  });

  it('siteIdCode: only codes in the government format', () => {
    expect(fire(rules.siteIdCode, evidence('', { head: '<meta name="SiteIDCode" content="bm01000001">' })).points).toBe(3);
    expect(rules.siteIdCode(evidence('', { head: '<meta name="SiteIDCode" content="28">' }))).toBeNull();
  });

  it('siteName: a SiteName naming a government', () => {
    expect(fire(rules.siteName, evidence('', { head: '<meta name="SiteName" content="北京市海淀區人民政府">' })).reason).toBe('meta SiteName names a government: 北京市海淀区人民政府');
    expect(rules.siteName(evidence('', { head: '<meta name="SiteName" content="上海证券交易所">' }))).toBeNull();
  });

  it('govFooter: 网站标识码 weighs more than the other footer lines', () => {
    expect(fire(rules.govFooter, evidence('<div>网站标识码：1101080001</div>')).points).toBe(2);
    expect(fire(rules.govFooter, evidence('<div>主办单位：北京市人民政府办公厅</div>')).points).toBe(1);
    expect(rules.govFooter(evidence('<div>京ICP备12345678号 版权所有</div>'))).toBeNull();
  });

});

describe('article rules', () => {
  it('articleMeta: ArticleTitle, PubDate, ContentSource', () => {
    const head = '<meta name="ArticleTitle" content="题"><meta name="PubDate" content="2024-02-23">';
    expect(fire(rules.articleMeta, evidence('', { head })).reason).toBe('article meta tags: articletitle, pubdate');
    expect(rules.articleMeta(evidence('', { head: '<meta name="ArticleTitle" content="">' }))).toBeNull();
  });

  it('articleMarkers: up to three points of furniture', () => {
    const markers = fire(rules.articleMarkers, evidence('<div>来源：新华社 發布日期：113-07-04 字号：大 中 小 打印本页 关闭窗口</div>'));
    expect(markers).toMatchObject({ points: 3, reason: 'article furniture: 来源：, 发布日期, 字号：, 打印本页' });
    expect(rules.articleMarkers(evidence('<div>大中小学生</div>'))).toBeNull();
  });

  it('dateline: a full date above the first paragraph, not one inside the text', () => {
    const article = `<h1>区委书记主持召开区委常委会会议研究部署重点工作</h1><div>2024-02-26 10:20</div>${PROSE}`;
    expect(fire(rules.dateline, evidence(article)).reason).toBe('dateline: 2024-02-26');
    expect(fire(rules.dateline, evidence(`<span>發布日期：113-07-04</span>${PROSE}`)).reason).toBe('dateline: 113-07-04');
    expect(rules.dateline(evidence(`${PROSE}<p>本页面最后修订于2024年2月11日。</p>`))).toBeNull();
  });
});

describe('content rules', () => {
  it('articleProse: enough sentence-length text outside links', () => {
    expect(fire(rules.articleProse, evidence(PROSE.repeat(6))).kind).toBe('content');
    expect(rules.articleProse(evidence(PROSE))).toBeNull();
  });

  it('govContent: points grow with the density of government terms', () => {
    const dense = fire(rules.govContent, evidence(PROSE.repeat(3)));
    expect(dense.points).toBe(6);
    expect(dense.reason).toMatch(/^prose mentions government terms ×\d+/);
    const sparse = '<p>周末的集市上人很多，卖菜的、卖水果的、卖小吃的摊位一字排开，孩子们在广场上放风筝，老人们在树下下棋聊天，一派热闹景象。</p>';
    expect(rules.govContent(evidence(sparse.repeat(4) + '<p>听说区政府今年还会在这里办灯会，大家都很期待，摊主们也盼着生意越来越好，日子越过越红火。</p>'))).toBeNull();
  });
});

describe('rules against news', () => {
  it('listing: many links and little prose', () => {
    const links = Array.from({ length: 20 }, (_, i) => `<li><a href="/${i}">国务院常务会议研究部署第${i}项工作</a></li>`).join('');
    expect(fire(rules.listing, evidence(`<ul>${links}</ul>`)).reason).toBe('listing page: 20 links, little prose');
    // The same links beside an article's worth of prose: navigation, not a listing.
    expect(rules.listing(evidence(`<ul>${links}</ul>${PROSE.repeat(12)}`))).toBeNull();
  });

  it('searchResults: a site-search result page', () => {
    expect(fire(rules.searchResults, evidence('<p>搜索结果：共找到相关结果 12 条</p>')).kind).toBe('not-news');
    expect(rules.searchResults(evidence(PROSE))).toBeNull();
  });

  it('form: a password field, or a form with several fields', () => {
    expect(fire(rules.form, evidence('<input name="u"><input type="password">')).reason).toBe('login form: password field');
    expect(fire(rules.form, evidence('<input><input><select></select><textarea></textarea>')).reason).toBe('form with 4 fields');
    expect(rules.form(evidence('<input type="search"><button>搜索</button>'))).toBeNull();
  });

  it('fiction: web-novel reader furniture', () => {
    expect(fire(rules.fiction, evidence('<a>上一章</a><a>下一章</a>', { head: '<title>第十二章 政府工作报告_笔趣阁</title>' })).kind).toBe('not-news');
    expect(rules.fiction(evidence('<p>第三章 总则</p>'))).toBeNull();
  });

  it('spam: a stray word costs a little, stuffing or spam in the title vetoes', () => {
    const stray = fire(rules.spam, evidence(`${PROSE}<p>打造球球直播app下载_线上买球具有余杭辨识度的成果</p>`));
    expect(stray).toMatchObject({ kind: 'against', points: -2 });
    expect(fire(rules.spam, evidence('', { head: '<title>百家乐官网-人民政府</title>' })).kind).toBe('not-gov');
    expect(fire(rules.spam, evidence('<p>百家乐 时时彩 六合彩 买球 老虎机 棋牌</p>')).kind).toBe('not-gov');
    expect(rules.spam(evidence(PROSE))).toBeNull();
  });
});
