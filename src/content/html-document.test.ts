import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { isHtmlDocument } from './html-document';

const parse = (markup: string, type: DOMParserSupportedType) =>
  new new Window().DOMParser().parseFromString(markup, type) as unknown as Document;

describe('isHtmlDocument', () => {
  it('is true for HTML and for XHTML, served as XHTML or as plain XML', () => {
    expect(isHtmlDocument(parse('<p>x</p>', 'text/html'))).toBe(true);
    const xhtml = '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>';
    expect(isHtmlDocument(parse(xhtml, 'application/xhtml+xml'))).toBe(true);
    expect(isHtmlDocument(parse(xhtml, 'text/xml'))).toBe(true);
  });

  it('is false for SVG and other XML', () => {
    expect(isHtmlDocument(parse('<svg xmlns="http://www.w3.org/2000/svg"><text>x</text></svg>', 'image/svg+xml'))).toBe(false);
    expect(isHtmlDocument(parse('<feed><title>x</title></feed>', 'application/xml'))).toBe(false);
  });
});
