/**
 * The large page the DOM benchmarks use: the corpus documents repeated as
 * articles of plain paragraphs until the HTML is `bytes` long (2 MB by default).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../tests/e2e/harness/paths';
import { escapeHtml } from './page/make-work-report';

export function corpusPageHtml(bytes = 2_000_000): string {
  const corpusDir = path.join(repoRoot, 'assets/corpus');
  const corpus = readdirSync(corpusDir).sort().map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));
  let body = '';
  for (let i = 0; Buffer.byteLength(body) < bytes; i++) {
    const paragraphs = corpus[i % corpus.length].split('\n').filter((l) => l.trim()).map((l) => `<p>${escapeHtml(l)}</p>`);
    body += `<article><h2>第${i}篇</h2>${paragraphs.join('')}</article>`;
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body style="max-width:760px">${body}</body></html>`;
}
