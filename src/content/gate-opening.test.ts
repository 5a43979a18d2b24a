import { describe, expect, it } from 'vitest';
import { QUICK_BUDGET } from '../engine/detect/quick-screen';
import { parseHtml } from '../../tests/fixtures/detect/load-corpus';
import { gateOpeningCounts } from './gate-opening';

const page = (head: string, body: string) => parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'https://news.example.com/');

describe('gateOpeningCounts (what the always-on script reads)', () => {
  it('counts the title and the text, in document order', () => {
    expect(gateOpeningCounts(page('<title>政府 news</title>', '<p>公告 <b>abc</b></p>'))).toEqual({ han: 4, kana: 0, hangul: 0, latin: 7 });
  });

  it('leaves out scripts, style sheets, JSON-LD and noscript markup, however much of them comes first', () => {
    const script = `<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>`.repeat(60);
    const style = `<style>.nav a { color: #333; font-family: "Microsoft YaHei"; }</style>`.repeat(60);
    const jsonLd = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"政府新闻 标题"}</script>`;
    const noscript = `<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X" height="0"></iframe></noscript>`;
    const counts = gateOpeningCounts(page(`${script}${style}${jsonLd}`, `${noscript}<p>区委书记主持召开常务会议。</p>`));
    expect(counts).toEqual({ han: 12, kana: 0, hangul: 0, latin: 0 });
  });

  it('stops after the budget, at a node boundary', () => {
    const line = '<p>Plain English paragraph for padding.</p>';
    const lines = Math.ceil((QUICK_BUDGET * 2) / 30);
    const counts = gateOpeningCounts(page('', line.repeat(lines) + '<p>政府</p>'));
    expect(counts.han).toBe(0);
    expect(counts.latin).toBeLessThan(QUICK_BUDGET);
    expect(counts.latin).toBeGreaterThan(QUICK_BUDGET / 2);
  });
});
