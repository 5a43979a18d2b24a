/**
 * Detector cost: milliseconds per page over the labelled corpus (parsing not
 * included), one synthetic 2 MB page to show the sample keeps the cost flat,
 * and the size of the detector bundle the always-on content script carries.
 * Run directly with `npx tsx bench/engine-detect.ts`.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { detectPage } from '../src/engine/detect';
import { parseHtml, readCorpus } from '../tests/fixtures/detect/load-corpus';

export interface DetectBench {
  pages: number;
  medianMs: number;
  maxMs: number;
  /** A 2 MB government article: should cost about what a corpus page costs. */
  bigPageMs: number;
  bundleBytes: number;
  gzipBytes: number;
}

const ROUNDS = 20;

/** Best of several runs, so a garbage-collection pause does not count as the detector's cost. */
function timeDetect(doc: Document, url: string): number {
  let best = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    detectPage(doc, url);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * 2 MB of government prose in sections of fifty paragraphs, as long pages are
 * built. (happy-dom finds a next sibling by searching the parent's child list,
 * so one flat list of 40 000 paragraphs would time happy-dom, not the detector.)
 */
function bigPage(): { doc: Document; url: string } {
  const paragraph = '<p>区委书记主持召开区委常委会会议，研究部署城市更新、民生实事和安全生产等工作，要求各部门狠抓落实。</p>';
  const section = `<section>${paragraph.repeat(50)}</section>`;
  const body = section.repeat(Math.ceil(2_000_000 / Buffer.byteLength(section)));
  const url = 'https://www.pidu.gov.cn/pidu/c130001/content_big.shtml';
  return { doc: parseHtml(`<!DOCTYPE html><html><head><title>大页面</title></head><body>${body}</body></html>`, url), url };
}

async function bundleSize(): Promise<{ bundleBytes: number; gzipBytes: number }> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../src/engine/detect/index.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    // As Vite emits it: Han characters as UTF-8, not \u escapes.
    charset: 'utf8',
    write: false,
  });
  const code = result.outputFiles[0].contents;
  return { bundleBytes: code.length, gzipBytes: gzipSync(code).length };
}

export async function benchDetect(): Promise<DetectBench> {
  const times = readCorpus()
    .map((page) => timeDetect(parseHtml(page.html, page.url), page.url))
    .sort((a, b) => a - b);
  const big = bigPage();
  return {
    pages: times.length,
    medianMs: times[Math.floor(times.length / 2)],
    maxMs: times[times.length - 1],
    bigPageMs: timeDetect(big.doc, big.url),
    ...(await bundleSize()),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchDetect();
  console.log(`detectPage over ${r.pages} corpus pages (happy-dom, Node): median ${r.medianMs.toFixed(3)} ms, max ${r.maxMs.toFixed(3)} ms`);
  console.log(`detectPage on a 2 MB page: ${r.bigPageMs.toFixed(3)} ms`);
  console.log(`detector bundle (esbuild, minified): ${r.bundleBytes} bytes, gzip ${r.gzipBytes} bytes`);
}
