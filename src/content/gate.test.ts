import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../engine/detect';
import { govSuffixOf } from '../engine/detect/read-host';
import { parseHtml, readCorpus } from '../../tests/fixtures/detect/load-corpus';
import { loadFixturePages, readFixture } from '../../tests/e2e/harness/fixtures';
import { looksChinese, needsController } from './gate';

const doc = (body: string, title = '') =>
  parseHTML(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('needsController (the always-on script leaves plainly non-Chinese frames alone, top or not)', () => {
  const corpus = readCorpus().map((page) => ({ ...page, doc: parseHtml(page.html, page.url) }));

  it('never leaves alone a page the detector would not call non-zh (labelled corpus and sample pages)', () => {
    const samples = loadFixturePages().map((f) => ({ file: f.file, url: f.url, doc: parseHtml(readFixture(f.file), f.url) }));
    const pages = [...corpus, ...samples];
    const cutShort = pages
      .filter((page) => !needsController(page.doc, new URL(page.url).hostname))
      .filter((page) => detectPage(page.doc, page.url).verdict !== 'non-zh')
      .map((page) => page.file);
    expect(cutShort).toEqual([]);
    // And it does leave some alone: the point of the gate.
    expect(pages.filter((page) => !needsController(page.doc, new URL(page.url).hostname)).length).toBeGreaterThan(0);
  });

  it('leaves alone every labelled non-Chinese page on a non-government host', () => {
    const kept = corpus
      .filter((page) => page.label === 'non-zh' && !govSuffixOf(new URL(page.url).hostname))
      .filter((page) => needsController(page.doc, new URL(page.url).hostname))
      .map((page) => page.file);
    expect(kept).toEqual([]);
  });

  it('English with Chinese terms quoted, Japanese, and an empty page are left alone', () => {
    const host = 'www.example.com';
    const english = `<p>The plan stresses 新质生产力 (new quality productive forces) for the coming five-year period, with targets for growth, jobs and the environment.</p>`.repeat(30);
    expect(needsController(doc(english), host)).toBe(false);
    expect(needsController(doc('<p>政府は本日、経済対策を発表しました。</p>'.repeat(5)), host)).toBe(false);
    expect(needsController(doc(''), host)).toBe(false);
  });

  it('a Chinese page with an English header and a government host get the controller', () => {
    const header = '<nav>Home | English | About us | Contact | Sitemap | Accessibility</nav>';
    expect(needsController(doc(`${header}<p>${'区委书记主持召开常务会议，研究部署高质量发展工作。'.repeat(4)}</p>`), 'news.example.cn')).toBe(true);
    // A government host is detected in full whatever its opening says (an SPA shell, a login page).
    expect(needsController(doc(''), 'www.beijing.gov.cn')).toBe(true);
  });

  it('reads past code in any amount: a Chinese page under a heavy head, an English page whose scripts carry Chinese', () => {
    const head = '<script>var _hmt = _hmt || []; (function () { var hm = document.createElement("script"); })();</script>'.repeat(50);
    const chinese = `${'<p>区委书记主持召开常务会议，研究部署高质量发展工作。</p>'.repeat(4)}`;
    const page = (headMarkup: string, body: string) =>
      parseHTML(`<!doctype html><html><head><title></title>${headMarkup}</head><body>${body}</body></html>`).document as unknown as Document;
    expect(needsController(page(head, chinese), 'news.example.com')).toBe(true);
    const strings = `<script>window.i18n = { zh: "${'政府新闻发布会'.repeat(200)}" };</script>`;
    expect(needsController(page(strings, '<p>Press releases and speeches from the government.</p>'.repeat(10)), 'news.example.com')).toBe(false);
  });

  it('looksChinese: the detector\'s kana and hangul tests, then the Han share line, Latin halved', () => {
    expect(looksChinese({ han: 10, kana: 0, hangul: 0, latin: 80 })).toBe(true); // 10 ≥ 0.2 × 50
    expect(looksChinese({ han: 10, kana: 0, hangul: 0, latin: 100 })).toBe(false); // 10 < 0.2 × 60
    expect(looksChinese({ han: 20, kana: 0, hangul: 239, latin: 0 })).toBe(false); // Korean
    expect(looksChinese({ han: 9, kana: 0, hangul: 0, latin: 0 })).toBe(false);
  });
});
