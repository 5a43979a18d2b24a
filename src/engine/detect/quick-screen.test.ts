import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { QUICK_BUDGET, quickScreen } from './quick-screen';

const doc = (body: string, title = '') =>
  parseHTML(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('quickScreen', () => {
  it('settles an English page without the full sample', () => {
    expect(quickScreen(doc('<p>The State Council met on Friday.</p>'.repeat(50), 'News'))).toMatch(/too little Han/);
  });

  it('settles a Japanese page by its kana', () => {
    expect(quickScreen(doc('<p>政府は本日、経済対策を発表しました。</p>'.repeat(5)))).toMatch(/kana present/);
  });

  it('passes anything with Chinese on to the full detector', () => {
    expect(quickScreen(doc('<p>区委书记主持召开常务会议，研究部署高质量发展工作。</p>'))).toBeNull();
    expect(quickScreen(doc('<p>English text.</p>', '北京市海淀区人民政府门户网站'))).toBeNull();
  });

  it('does not count script or style text', () => {
    const page = doc(`<script>var s = "${'发展'.repeat(20)}";</script><style>/* ${'发展'.repeat(20)} */</style><p>Hello</p>`);
    expect(quickScreen(page)).toMatch(/too little Han/);
  });

  it('reads a bounded opening: a page with thousands of English characters before any Chinese is not Chinese', () => {
    const english = '<p>Plain English paragraph for padding.</p>'.repeat(Math.ceil(QUICK_BUDGET / 30));
    expect(quickScreen(doc(`${english}<p>${'发展'.repeat(100)}</p>`))).toMatch(/too little Han/);
  });
});
