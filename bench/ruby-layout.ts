/**
 * What ruby costs the browser to lay out, next to plain text, in the same run.
 *
 * Why: the long tasks left on huge pages with pinyin on (issue 4, figure 3) are
 * single frames that lay out one long paragraph in ruby. This benchmark shows
 * that the cost is the browser's ruby layout itself, not our markup or CSS: one
 * corpus paragraph is inserted at the top of a page of 200 plain paragraphs and
 * laid out at once (the fastest the browser allows), in each markup. "First" is
 * the first such paragraph in a fresh page (what the first screen of a page
 * pays), "later" the median of the 3rd to 5th in that page.
 * Usage: npx tsx bench/ruby-layout.ts [paragraph chars, default 800] [pages per markup, default 3] [--at-end]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../tests/e2e/harness/paths';
import { bundleForPage, launchPlainChromium, openTestPage } from '../tests/fixtures/dom/browser-page';
import { MARKUPS, type Markup } from './ruby-layout-markups';
import { summarize, type Sample } from './page/stats';

const [chars = 800, pages = 3] = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
/** --at-end: the paragraph goes after the 200 others, so nothing below it is laid out again. */
const atEnd = process.argv.includes('--at-end');
const PARAGRAPHS_PER_PAGE = 5;
const corpusDir = path.join(repoRoot, 'assets/corpus');
const corpus = readdirSync(corpusDir).sort().map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));
const lines = corpus.flatMap((text) => text.split('\n').map((l) => l.trim()).filter((l) => l.length > 40 && /\p{Script=Han}/u.test(l)));
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Paragraph `i` of the benchmark: corpus lines joined up to `chars` characters, different for each i. */
function paragraph(i: number): string {
  let text = '';
  for (let k = i * 7; text.length < chars; k++) text += lines[k % lines.length];
  return text.slice(0, chars);
}

const filler = Array.from({ length: 200 }, (_, i) => `<p>${escapeHtml(lines[(i * 3) % lines.length])}</p>`).join('');
const bundle = await bundleForPage(new URL('./ruby-layout-entry.ts', import.meta.url));

const browser = await launchPlainChromium();
const first = new Map<Markup, number[]>();
const later = new Map<Markup, number[]>();
try {
  let next = 0;
  for (let round = 0; round < pages; round++) {
    for (const markup of MARKUPS) {
      const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>ruby layout</title></head><body style="max-width:860px;margin:24px auto;font-family:sans-serif;line-height:1.8">${filler}</body></html>`;
      const page = await openTestPage(browser, bundle, html);
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = window.__zdRubyBench.stylesheet;
        document.head.append(style);
        void document.body.offsetHeight;
      });
      const texts = Array.from({ length: PARAGRAPHS_PER_PAGE }, () => paragraph(next++));
      const times = await page.evaluate(
        async ({ texts, markup, atEnd }) => {
          const out: number[] = [];
          for (const text of texts) {
            await new Promise((resolve) => setTimeout(resolve, 50));
            out.push(window.__zdRubyBench.insertTimed(text, markup as Markup, atEnd));
          }
          return out;
        },
        { texts, markup, atEnd },
      );
      (first.get(markup) ?? first.set(markup, []).get(markup))?.push(times[0]);
      const sorted = times.slice(2).sort((a, b) => a - b);
      (later.get(markup) ?? later.set(markup, []).get(markup))?.push(sorted[Math.floor(sorted.length / 2)]);
      await page.context().close();
    }
  }
} finally {
  await browser.close();
}

const fmt = (s: Sample): string => `${s.median.toFixed(1)} [${s.min.toFixed(1)}–${s.max.toFixed(1)}]`;
const plainLater = summarize(later.get('plain text') ?? []).median;
console.log(
  `Inserting one ${chars}-character paragraph ${atEnd ? 'after' : 'before'} 200 others and laying it out (Chromium, ${pages} pages per markup; ms, median [min–max])`,
);
console.log('| markup | first in a page | later | µs/char (later) | later / plain text |');
console.log('| --- | --- | --- | --- | --- |');
for (const markup of MARKUPS) {
  const f = summarize(first.get(markup) ?? []);
  const l = summarize(later.get(markup) ?? []);
  console.log(`| ${markup} | ${fmt(f)} | ${fmt(l)} | ${((l.median * 1000) / chars).toFixed(0)} | ${(l.median / plainLater).toFixed(0)}× |`);
}
