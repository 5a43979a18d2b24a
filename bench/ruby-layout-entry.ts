/**
 * Bundled into the page by bench/ruby-layout.ts: builds one paragraph in each
 * markup the benchmark compares, detached, so the page times only inserting
 * it and laying it out.
 */
import { RubyLayer } from '../src/dom/ruby-render';
import { rubyStylesheet } from '../src/dom/ruby-stylesheet';
import { readPinyin } from '../src/engine';
import { DEFAULT_SETTINGS } from '../src/settings/defaults';

import { layoutTime } from './layout-time';
import { MARKUPS, type Markup } from './ruby-layout-markups';

function build(doc: Document, text: string, markup: Markup): HTMLElement {
  const p = doc.createElement('p');
  const segments = readPinyin(text, { tone: 'marks' });
  switch (markup) {
    case 'plain text':
      p.textContent = text;
      break;
    case 'a <span> per character':
      for (const char of text) p.append(Object.assign(doc.createElement('span'), { textContent: char }));
      break;
    case 'our ruby (RubyLayer)': {
      const node = doc.createTextNode(text);
      p.append(node);
      if (!new RubyLayer(doc).wrap(node, segments, DEFAULT_SETTINGS.pinyin)) throw new Error('RubyLayer did not wrap the text');
      break;
    }
    case 'ruby, reading as <rt> text, browser styles':
      for (const segment of segments) {
        const chars = Array.from(segment.text);
        if (!segment.pinyin || segment.pinyin.length !== chars.length) {
          p.append(segment.text);
          continue;
        }
        const ruby = doc.createElement('ruby');
        chars.forEach((char, i) => ruby.append(char, Object.assign(doc.createElement('rt'), { textContent: segment.pinyin?.[i] ?? '' })));
        p.append(ruby);
      }
      break;
  }
  return p;
}

/** Inserts `text` as the page's first (or last) paragraph in `markup` and returns the ms until it is laid out. */
function insertTimed(text: string, markup: Markup, atEnd: boolean): number {
  const p = build(document, text, markup);
  return layoutTime(() => (atEnd ? document.body.append(p) : document.body.prepend(p)));
}

const api = { insertTimed, stylesheet: rubyStylesheet(DEFAULT_SETTINGS.pinyin), markups: MARKUPS };
declare global {
  interface Window {
    __zdRubyBench: typeof api;
  }
}
window.__zdRubyBench = api;
