import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLE_DOCUMENTS } from './documents';
import { renderPage } from './render-page';

/** Pages written by hand (not from the corpus): the negatives the demo and tests need. */
const HAND_WRITTEN = [
  {
    file: 'english-policy-explainer.html',
    url: 'https://www.example-news.com/world/asia/china-new-quality-productive-forces-explained',
    title: 'English news explainer about Chinese policy',
    govNews: false,
  },
  {
    file: 'zh-recipe-blog.html',
    url: 'https://www.xiachufang.com/recipe/106873213/',
    title: 'Chinese recipe page (not government)',
    govNews: false,
  },
  {
    file: 'zh-glossary-playground.html',
    url: 'https://www.gov.cn/zhengce/zhengceku/202603/content_7012345.htm',
    title: 'Playground: glossary terms, frames, shadow DOM, inputs and a live region',
    govNews: true,
  },
];

const root = fileURLToPath(new URL('../../', import.meta.url));
const pagesDir = path.join(root, 'tests/fixtures/pages');

const manifest = [
  ...SAMPLE_DOCUMENTS.map((doc) => {
    const text = readFileSync(path.join(root, 'assets/corpus', doc.corpusFile), 'utf8');
    writeFileSync(path.join(pagesDir, doc.page), renderPage(doc, text));
    return { file: doc.page, url: doc.url, title: doc.title, govNews: doc.govNews, corpusFile: doc.corpusFile };
  }),
  ...HAND_WRITTEN,
];
writeFileSync(path.join(pagesDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${manifest.length} sample pages to ${path.relative(root, pagesDir)}/`);
