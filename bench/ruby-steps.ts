/**
 * What putting a long paragraph into ruby costs the browser, at once and in
 * steps (ruby-render.ts), on the 2 MB corpus page in headless Chromium. Each
 * change is laid out at once and timed; the figures are layout times per change.
 * Also printed: the browser's once-per-document layout for the first ruby.
 * Usage: npx tsx bench/ruby-steps.ts [step sizes, default 250,400]
 */
import { bundleForPage, launchPlainChromium, openTestPage } from '../tests/fixtures/dom/browser-page';
import { corpusPageHtml } from './corpus-page';

const stepSizes = (process.argv[2] ?? '250,400').split(',').map(Number);
/** Paragraph lengths measured: the first paragraph of the page in each range. */
const RANGES: Array<[number, number]> = [
  [500, 600],
  [690, 800],
  [2000, 2500],
];

const bundle = await bundleForPage(new URL('./ruby-steps-entry.ts', import.meta.url));

const browser = await launchPlainChromium();
try {
  const page = await openTestPage(browser, bundle, corpusPageHtml());
  const firstRuby = await page.evaluate(() => window.__zdRubySteps.prepare());
  console.log(`2 MB page: the first ruby in the document lays it all out again: ${firstRuby.toFixed(0)} ms (once per document)`);
  console.log('| paragraph | step | frames | layout per change, ms | total | unwrap |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  let used = 0;
  for (const step of [Infinity, ...stepSizes]) {
    for (const [low, high] of RANGES) {
      const result = await page.evaluate(
        async ({ low, high, used, step }) => {
          const candidates = [...document.querySelectorAll('p')].filter((p) => {
            const length = p.textContent?.length ?? 0;
            return length >= low && length < high && p.childNodes.length === 1;
          });
          const p = candidates[used] as HTMLElement;
          return { length: p.textContent?.length ?? 0, ...(await window.__zdRubySteps.wrapInSteps(p, step ?? Infinity)) };
        },
        // A fresh paragraph of the range for every measurement (JSON has no Infinity: null stands for it).
        { low, high, used, step: Number.isFinite(step) ? step : null },
      );
      const total = result.steps.reduce((a, b) => a + b, 0);
      console.log(
        `| ${result.length} chars | ${Number.isFinite(step) ? step : 'all at once'} | ${result.steps.length} | ${result.steps.map((ms) => ms.toFixed(0)).join(' ')} | ${total.toFixed(0)} | ${result.unwrap.toFixed(0)} |`,
      );
    }
    used++;
  }
} finally {
  await browser.close();
}
