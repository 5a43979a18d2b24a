/**
 * Whether the frame holds an HTML page (not an image, XML, a PDF viewer): only then is
 * there text to read. The same test as `instanceof HTMLElement` without creating that
 * interface object in the script's world.
 */
export function isHtmlDocument(doc: Document): boolean {
  return doc.documentElement?.namespaceURI === 'http://www.w3.org/1999/xhtml';
}
