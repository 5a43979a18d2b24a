const XHTML = 'http://www.w3.org/1999/xhtml';

/**
 * Whether the frame holds an HTML page (not an image, XML, a PDF viewer): only then is
 * there text to read. Decided from the document's content type, which touches no
 * element: the always-on script runs this on every page, and the first element a
 * content script's world touches costs ~1 ms to set up (bench/, figure 1). Only an
 * XML document asks its root, for XHTML served as XML.
 */
export function isHtmlDocument(doc: Document): boolean {
  const type = doc.contentType;
  if (type === 'text/html' || type === 'application/xhtml+xml') return true;
  return type.endsWith('xml') && doc.documentElement?.namespaceURI === XHTML;
}
