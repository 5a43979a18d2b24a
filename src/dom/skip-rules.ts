import { UI_ATTR } from './markers';

/**
 * Elements whose content is not reading text, or is not ours to touch.
 * `code` and `pre` are skipped: they hold identifiers, URLs and layout-sensitive
 * text where a converted character or an inserted ruby would change meaning or
 * alignment, and government news pages do not put prose in them.
 * `rt`/`rp` are a page's own annotations: we neither convert nor annotate them.
 * `translate="no"` marks names and brands the page wants kept as written.
 */
const SKIPPED_TAGS = new Set([
  'input', 'textarea', 'select', 'option', 'script', 'style', 'noscript', 'template',
  'svg', 'math', 'code', 'pre', 'kbd', 'samp', 'iframe', 'object', 'embed', 'canvas', 'rt', 'rp',
  // Head metadata: a <link title> names a stylesheet set, not reading text.
  'link', 'meta', 'base',
]);

/** Ruby annotations: skipped, but transparent to reading (they do not interrupt the base text). */
export function isAnnotation(el: Element): boolean {
  return el.localName === 'rt' || el.localName === 'rp';
}

/** True when neither this element nor anything inside it may be touched. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (el.getAttribute('translate') === 'no') return true;
  return el.hasAttribute(UI_ATTR);
}

/** True when `node` sits inside a skipped element (crossing shadow boundaries). */
export function isInsideSkipped(node: Node): boolean {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current) {
    if (current.nodeType === 1 && isSkippedElement(current as Element)) return true;
    current = current.parentNode ?? (current as ShadowRoot).host ?? null;
  }
  return false;
}

/** Text controls whose `placeholder` is an attribute we may convert (their value never). */
export function hasConvertiblePlaceholder(el: Element): boolean {
  return el.localName === 'input' || el.localName === 'textarea';
}
