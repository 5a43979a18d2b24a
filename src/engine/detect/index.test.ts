import { describe, expect, it } from 'vitest';
import { DOMParser as LinkedomParser } from 'linkedom';
import { parseHtml, readCorpus } from '../../../tests/fixtures/detect/load-corpus';
import { detectPage } from './index';

const ARTICLE = `<h1>区委书记主持召开区委常委会会议</h1><div>来源：区融媒体中心 发布时间：2024-02-26</div>
  <p>2月26日，区委书记主持召开区委常委会会议，传达学习省委、市委有关会议精神，研究部署城市更新、民生实事和安全生产等工作。</p>
  <p>会议强调，要深入贯彻落实党中央决策部署，坚持以人民为中心，扎实推进城市更新，区政府要牵头制定年度民生实事项目清单，加强督导考核。</p>
  <p>会议要求，要压紧压实各方责任，坚决防范遏制重特大事故发生。区委常委，区人大常委会、区政府、区政协有关负责同志参加会议。</p>`;

const html = (body: string, head = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const detect = (markup: string, url: string) => detectPage(parseHtml(markup, url), url);

describe('detectPage', () => {
  it('calls a government article on a government host government news', () => {
    const report = detect(html(ARTICLE), 'https://www.pidu.gov.cn/pidu/c130001/content_1.shtml');
    expect(report.verdict).toBe('gov-news');
    expect(report.reasons).toContain('host ends in .gov.cn');
  });

  it('accepts republished government news by its content and furniture alone', () => {
    expect(detect(html(ARTICLE), 'https://www.163.com/dy/article/J6A1B2C20514R9P4.html').verdict).toBe('gov-news');
  });

  it('wants article evidence: government prose without a dateline or furniture is not news', () => {
    const undated = ARTICLE.replace(/<div>来源.*?<\/div>/, '');
    expect(detect(html(undated), 'https://zh.wikipedia.org/wiki/x').verdict).toBe('zh-other');
    expect(detect(html(undated), 'https://www.pidu.gov.cn/ldxx/').verdict).toBe('gov-other');
    expect(detect(html(undated.replace('</h1>', '</h1><div>2024-02-26</div>')), 'https://www.pidu.gov.cn/x').verdict).toBe('gov-news');
  });

  it('keeps non-news pages on government hosts as gov-other', () => {
    const login = html('<form><input name="u"><input type="password"><button>登录</button></form><p>北京市统一身份认证平台，请输入账号和密码登录。</p>');
    expect(detect(login, 'https://bjt.beijing.gov.cn/login').verdict).toBe('gov-other');
  });

  it('lets a rule against news veto even a well-scored page', () => {
    const report = detect(html(`${ARTICLE}<p>搜索结果：共找到相关结果 3 条</p>`), 'https://www.pidu.gov.cn/search');
    expect(report.score).toBeGreaterThanOrEqual(6);
    expect(report.verdict).toBe('gov-other');
  });

  it('lets spam veto government altogether, even on a government host', () => {
    const report = detect(html(ARTICLE, '<title>百家乐官网_时时彩</title>'), 'http://www.xxzf.gov.cn/plus/view.php?aid=1');
    expect(report.verdict).toBe('zh-other');
    expect(report.reasons.some((r) => r.startsWith('SEO spam'))).toBe(true);
  });

  it('says why when nothing points to government', () => {
    expect(detect(html('<p>今天天气很好，我们去公园散步，看到很多人在放风筝。</p>'), 'https://blog.example.com/').reasons).toEqual(['no government signals']);
  });

  it('calls Japanese and English pages non-zh before weighing anything', () => {
    const report = detect(html('<p>内閣総理大臣は本日、国内投資促進パッケージの策定に向けた会議を開催しました。</p>'), 'https://www.kantei.go.jp/');
    expect(report).toEqual({ verdict: 'non-zh', score: 0, reasons: [expect.stringMatching(/^kana present: Japanese/)] });
  });

  it('returns a report for odd documents without throwing', () => {
    const url = 'https://www.gov.cn/';
    const empty = parseHtml('', url);
    const frameset = parseHtml('<html><head><title>北京市海淀区人民政府</title></head><frameset cols="50%,50%"><frame src="a.htm"><frame src="b.htm"></frameset></html>', url);
    const xml = new LinkedomParser().parseFromString('<?xml version="1.0"?><rss><channel><title>国务院常务会议</title><item>研究部署</item></channel></rss>', 'text/xml');
    const bodyless = new LinkedomParser().parseFromString('<html></html>', 'text/html');
    bodyless.documentElement.removeChild(bodyless.body);
    for (const doc of [empty, frameset, xml as unknown as Document, bodyless as unknown as Document]) {
      const report = detectPage(doc, url);
      expect(['gov-news', 'gov-other', 'zh-other', 'non-zh']).toContain(report.verdict);
      expect(report.reasons.length).toBeGreaterThan(0);
    }
    expect(detectPage(empty, 'not a url').verdict).toBe('non-zh');
  });

  it('gives the same verdict on linkedom as on happy-dom', () => {
    for (const page of readCorpus()) {
      const linkedom = new LinkedomParser().parseFromString(page.html, 'text/html') as unknown as Document;
      expect(detectPage(linkedom, page.url).verdict, page.file).toBe(detectPage(parseHtml(page.html, page.url), page.url).verdict);
    }
  });
});
