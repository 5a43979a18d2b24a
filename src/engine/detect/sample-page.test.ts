import { describe, expect, it } from 'vitest';
import { DOMParser as LinkedomParser } from 'linkedom';
import { parseHtml } from '../../../tests/fixtures/detect/load-corpus';
import { NODE_BUDGET, TEXT_BUDGET, samplePage } from './sample-page';

const page = (body: string, head = '') => parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, 'https://example.test/');

describe('samplePage', () => {
  it('reads the title and named meta tags with lower-cased names', () => {
    const sample = samplePage(page('', '<title> 标题 </title><meta name="SiteIDCode" content="1101080001"><meta property="og:title" content="x">'));
    expect(sample.title).toBe('标题');
    expect(sample.meta.get('siteidcode')).toBe('1101080001');
    expect(sample.meta.size).toBe(1);
  });

  it('skips scripts, styles, templates and hidden markup', () => {
    const sample = samplePage(
      page(`<p>看得见</p><script>var a = "脚本";</script><style>p{}</style><noscript>无脚本</noscript>
        <template><p>模板</p></template><div hidden>隐藏</div><div style="display: none">不显示</div>
        <span aria-hidden="true">图标</span><p>也看得见</p>`),
    );
    expect(sample.text.split('\n')).toEqual(['看得见', '也看得见']);
  });

  it('normalizes text for the word lists: Traditional folded, inline pinyin dropped', () => {
    const sample = samplePage(page('<p>區長調(diào)研</p>', '<title>國務院</title>'));
    expect(sample.title).toBe('国务院');
    expect(sample.text).toBe('区长调研');
  });

  it('separates link text from prose runs', () => {
    const sample = samplePage(page('<a href="/1">首页</a><a href="/2"><span>新闻</span></a><p>这是一段足够长的正文，长度超过二十个字符，所以算作正文。</p><p>短句。</p>'));
    expect(sample.links).toBe(2);
    expect(sample.linkChars).toBe(4);
    expect(sample.prose).toBe('这是一段足够长的正文，长度超过二十个字符，所以算作正文。');
  });

  it('counts password fields and visible form fields, not hidden inputs', () => {
    const sample = samplePage(
      page('<form><input type="hidden"><input name="u"><input type="password"><select></select><textarea></textarea><input type="checkbox"></form>'),
    );
    expect(sample.passwordFields).toBe(1);
    expect(sample.formFields).toBe(4);
  });

  it('stays within its budgets on a 2 MB page: the sample costs what a 20 KB page costs', () => {
    const paragraph = '<p>区委书记主持召开会议，研究部署高质量发展工作，要求各部门狠抓落实。</p>';
    // Sections of fifty paragraphs, as long pages are built (and happy-dom walks long sibling lists slowly).
    const section = `<section>${paragraph.repeat(50)}</section>`;
    const sized = (bytes: number) => section.repeat(Math.ceil(bytes / Buffer.byteLength(section)));
    const smallSample = samplePage(page(sized(20_000)));
    const bigSample = samplePage(page(sized(2_000_000)));
    expect(smallSample.truncated).toBe(false);
    expect(bigSample.truncated).toBe(true);
    expect(bigSample.text.length).toBeLessThanOrEqual(TEXT_BUDGET + bigSample.text.split('\n').length);
    // About the same work as the 20 KB page, though the page is a hundred times larger.
    expect(bigSample.nodesVisited).toBeLessThan(2 * smallSample.nodesVisited);
  });

  it('stops at the node budget on markup with no text', () => {
    const sample = samplePage(page('<div><span></span></div>'.repeat(NODE_BUDGET)));
    expect(sample.truncated).toBe(true);
    expect(sample.nodesVisited).toBe(NODE_BUDGET);
  });

  it('does not change the document', () => {
    const doc = page('<p style="display:none">隐藏</p><p>正文内容</p><a href="/">链接</a>', '<title>题</title>');
    const before = doc.documentElement.outerHTML;
    samplePage(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('copes with documents without a body, framesets, XML and empty documents', () => {
    const frameset = parseHtml('<html><head><title>框架</title></head><frameset><frame src="a.html"></frameset></html>', 'https://a.test/');
    expect(samplePage(frameset).title).toBe('框架');
    const xml = new LinkedomParser().parseFromString('<rss><channel><title>新闻</title><item>正文</item></channel></rss>', 'text/xml');
    expect(samplePage(xml as unknown as Document).text).toContain('正文');
    const empty = parseHtml('', 'https://a.test/');
    expect(samplePage(empty).text).toBe('');
  });
});
