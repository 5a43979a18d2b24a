/**
 * A long government work report (~100,000 Han characters) for the whole-page
 * benchmark, built from the real corpus pages: their paragraphs shuffled and
 * repeated, with headings and sections as long reports have. Seeded, so every
 * run (and every machine) times the same page.
 *
 *   npx tsx bench/page/make-work-report.ts [out.html]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const WORK_REPORT_URL = 'https://www.bjhd.gov.cn/zwgk/ghjh/gzbg/202401/t20240111_bench.shtml';

const HAN = /\p{Script=Han}/gu;
const corpusDir = fileURLToPath(new URL('../../assets/corpus/', import.meta.url));
/** Lines this short read as headings in the corpus (一、2023年工作回顾). */
const HEADING_MAX_CHARS = 24;
const BLOCKS_PER_SECTION = 30;

export interface WorkReport {
  html: string;
  hanChars: number;
  paragraphs: number;
}

export function countHan(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** Deterministic PRNG (mulberry32): the same shuffle on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Every non-empty line of the corpus that holds Han text. */
export function corpusLines(dir = corpusDir): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(dir + name, 'utf8').split('\n'))
    .map((line) => line.trim())
    .filter((line) => countHan(line) > 0);
}

export function makeWorkReport({ targetHan = 100_000, seed = 2024, lines = corpusLines() } = {}): WorkReport {
  const random = seededRandom(seed);
  const blocks: string[] = [];
  let hanChars = 0;
  let paragraphs = 0;
  while (hanChars < targetHan) {
    for (const line of shuffle(lines, random)) {
      if (hanChars >= targetHan) break;
      const tag = Array.from(line).length <= HEADING_MAX_CHARS ? 'h2' : 'p';
      if (tag === 'p') paragraphs++;
      blocks.push(`<${tag}>${escapeHtml(line)}</${tag}>`);
      hanChars += countHan(line);
    }
  }
  const sections: string[] = [];
  for (let i = 0; i < blocks.length; i += BLOCKS_PER_SECTION) {
    sections.push(`<section>\n${blocks.slice(i, i + BLOCKS_PER_SECTION).join('\n')}\n</section>`);
  }
  const title = '北京市海淀区人民政府工作报告（基准测试长页）';
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>body{font-family:sans-serif;max-width:860px;margin:24px auto;line-height:1.8}</style>
</head>
<body>
<header><a href="https://www.bjhd.gov.cn/">北京市海淀区人民政府</a> › 政务公开 › 政府工作报告</header>
<article>
<h1>${title}</h1>
${sections.join('\n')}
</article>
<footer>主办：北京市海淀区人民政府办公室</footer>
</body>
</html>
`;
  return { html, hanChars: countHan(html), paragraphs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = makeWorkReport();
  const out = process.argv[2] ?? 'work-report.html';
  writeFileSync(out, report.html);
  console.log(`${out}: ${report.hanChars} Han characters, ${report.paragraphs} paragraphs`);
}
