/**
 * The plain approach, for comparison: what a page script does with the two
 * libraries as they come. Loads all of opencc-js and pinyin-pro, builds one
 * OpenCC converter, converts every text node and wraps every Han character in
 * its own <ruby> with pinyin-pro's reading — in one synchronous pass.
 * Bundled into an IIFE by bundle-plain.ts and added to a page without the extension.
 */
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TITLE', 'RUBY', 'RT']);

function annotate(doc: Document): void {
  const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (SKIP.has(node.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const text = convert(node.data);
    if (!HAN.test(text)) {
      if (text !== node.data) node.data = text;
      continue;
    }
    const chars = Array.from(text);
    const readings = pinyin(text, { type: 'array' });
    const fragment = doc.createDocumentFragment();
    chars.forEach((char, i) => {
      if (!HAN.test(char)) {
        fragment.append(char);
        return;
      }
      const ruby = doc.createElement('ruby');
      const rt = doc.createElement('rt');
      rt.textContent = readings[i] ?? '';
      ruby.append(char, rt);
      fragment.append(ruby);
    });
    node.replaceWith(fragment);
  }
}

(globalThis as Record<string, unknown>).plainAnnotate = () => annotate(document);
