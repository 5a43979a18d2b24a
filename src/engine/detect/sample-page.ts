/**
 * Reads a bounded sample of a document for the detector: title, named meta
 * tags and visible text. The walk stops at a character and a node budget, so
 * the cost does not grow with the page. Visibility is judged from markup only
 * (`hidden`, `aria-hidden`, inline `display:none`): getComputedStyle would force
 * style work on every page the user visits. Nothing in the document is changed.
 * `readPage` returns the text as written and no meta tags, all the language check needs;
 * `normalizeSample` then prepares a Chinese page's text for the word lists (see
 * vocabulary.ts), so pages in other languages never pay for normalizing.
 */
import { normalize } from './vocabulary';

/** Characters of visible text read from the start of the page: 20 KB as JavaScript strings. */
export const TEXT_BUDGET = 10_000;
/** Nodes visited, for pages with huge markup and little text. */
export const NODE_BUDGET = 6_000;
/** A text node at least this long outside links counts as prose. */
const PROSE_RUN = 20;

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'head', 'textarea', 'select']);
/** Headlines are long but are not prose; the dateline often sits below them. */
const HEADING = /^h[1-6]$/;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const FIELD_TYPES = new Set(['', 'text', 'search', 'email', 'tel', 'number', 'date', 'password']);

export interface PageSample {
  title: string;
  /** Named meta tags, names lower-cased, contents normalized (as written in a raw sample). */
  meta: Map<string, string>;
  /** Sampled visible text, one text node per line. */
  text: string;
  /** Text runs outside links long enough to be sentences. */
  prose: string;
  /** Text before the first prose run, as written (never normalized): where a dateline sits. */
  lead: string;
  links: number;
  linkChars: number;
  passwordFields: number;
  /** Visible text fields, selects and text areas: forms, not search boxes, have several. */
  formFields: number;
  /** Nodes the walk looked at, the measure that the sample stays bounded. */
  nodesVisited: number;
  truncated: boolean;
}

type Step = 'descend' | 'skip' | 'stop';

/** Visits nodes in document order without recursion, so deep trees cannot overflow the stack. */
function walk(root: Node, visit: (node: Node) => Step): number {
  let visited = 0;
  let node: Node | null = root.firstChild;
  while (node && visited < NODE_BUDGET) {
    visited++;
    const step = visit(node);
    if (step === 'stop') break;
    if (step === 'descend' && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return visited;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Whether a text node sits in a link; three levels cover `<a><span><em>text`. */
function inLink(node: Node): boolean {
  let el = node.parentNode;
  for (let i = 0; i < 3 && el; i++, el = el.parentNode) {
    if ((el as Element).localName === 'a') return true;
  }
  return false;
}

/** What the walk reads, before normalization: everything but the meta tags, text as written. */
export type RawSample = Omit<PageSample, 'meta'>;

function readMeta(doc: Document): Map<string, string> {
  const meta = new Map<string, string>();
  // Only <head>: a selector over the whole document would cost as much as the page is big.
  const tags = (doc.head ?? doc).querySelectorAll?.('meta[name]') ?? [];
  // Real pages carry a few dozen; the cap guards against generated junk.
  for (let i = 0; i < tags.length && i < 80; i++) {
    const name = tags[i].getAttribute('name')?.trim().toLowerCase();
    if (name && !meta.has(name)) meta.set(name, normalize(tags[i].getAttribute('content')?.trim() ?? ''));
  }
  return meta;
}

/** The sample with its text as written. */
export function readPage(doc: Document): RawSample {
  const sample: RawSample = {
    // XML documents outside browsers may lack `title`.
    title: (doc.title ?? '').trim(),
    text: '',
    prose: '',
    lead: '',
    links: 0,
    linkChars: 0,
    passwordFields: 0,
    formFields: 0,
    nodesVisited: 0,
    truncated: false,
  };
  const root: Node | null = doc.body ?? doc.documentElement;
  if (!root) return sample;

  const text: string[] = [];
  const prose: string[] = [];
  let chars = 0;
  sample.nodesVisited = walk(root, (node) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue?.trim() ?? '';
      if (!value) return 'skip';
      const piece = value.slice(0, TEXT_BUDGET - chars);
      text.push(piece);
      chars += piece.length;
      if (inLink(node)) sample.linkChars += piece.length;
      else if (piece.length >= PROSE_RUN && !HEADING.test((node.parentNode as Element).localName)) {
        if (!prose.length) sample.lead = text.join('\n');
        prose.push(piece);
      }
      return chars < TEXT_BUDGET ? 'skip' : 'stop';
    }
    // Elements only, and only those with attributes to read (XML in some DOMs has odd nodes).
    if (node.nodeType !== 1 || typeof (node as Element).getAttribute !== 'function') return 'skip';
    const el = node as Element;
    const name = el.localName;
    if (isHidden(el)) return 'skip';
    if (name === 'select' || name === 'textarea') sample.formFields++;
    if (SKIPPED.has(name)) return 'skip';
    if (name === 'a') sample.links++;
    else if (name === 'input') {
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      if (type === 'password') sample.passwordFields++;
      if (FIELD_TYPES.has(type)) sample.formFields++;
    }
    return 'descend';
  });
  sample.truncated = chars >= TEXT_BUDGET || sample.nodesVisited >= NODE_BUDGET;
  sample.text = text.join('\n');
  sample.prose = prose.join('\n');
  return sample;
}

/**
 * The sample as the rules read it: title, text and prose normalized for the word
 * lists (the lead stays as written), and the meta tags, which only the rules need.
 */
export function normalizeSample(sample: RawSample, doc: Document): PageSample {
  return { ...sample, title: normalize(sample.title), meta: readMeta(doc), text: normalize(sample.text), prose: normalize(sample.prose) };
}

/** The sample as the rules read it. */
export function samplePage(doc: Document): PageSample {
  return normalizeSample(readPage(doc), doc);
}
