import { READING_ATTR, RUBY_ATTR, RUBY_CLASS, TONE_ATTR } from './markers';
import { formatReading, sameFormat, toneOf, type ReadingFormat } from './pinyin-format';
import { toZhuyin } from './zhuyin';
import type { PinyinSegment } from './engine-deps';

const HAN = /\p{Script=Han}/u;
const LATIN_READING = /[a-zü\u00e0-\u01dc]/i;

interface Annotation {
  rt: Element;
  /** The reading with tone marks, kept to re-render other tone styles without the engine. */
  reading: string;
}

interface Rendering {
  pieces: Node[];
  value: string;
  annotations: Annotation[];
  format: ReadingFormat;
}

/**
 * Word-level ruby for one original Text node. The node itself is taken out of
 * the tree and replaced by pieces (plain Text nodes and `<ruby>` elements with one
 * empty `<rt>` per character); unwrapping puts that very node back, so the
 * page's references to it stay valid and nothing needs normalize().
 *
 * A node is wrapped whole, in one frame. Wrapping a long paragraph in steps was
 * tried and measured: every step lays out the whole paragraph again with the ruby
 * already in it, so a 1,360-character paragraph took 14 frames of 20–48 ms
 * (~400 ms) instead of one of ~50 ms (bench/page, Chromium).
 */
export class RubyLayer {
  readonly #doc: Document;
  readonly #renderings = new WeakMap<Text, Rendering>();
  readonly #owners = new WeakMap<Node, Text>();

  constructor(doc: Document) {
    this.#doc = doc;
  }

  /** The original Text node a piece (our ruby or one of our loose Text nodes) stands for. */
  ownerOf(node: Node): Text | undefined {
    return this.#owners.get(node);
  }

  renderedValue(node: Text): string | undefined {
    return this.#renderings.get(node)?.value;
  }

  /** Where the node is shown: its parent, or the parent of its rendering while wrapped. */
  parentOf(node: Text): ParentNode | null {
    const rendering = this.#renderings.get(node);
    if (!rendering) return node.parentNode;
    return rendering.pieces.find((piece) => piece.parentNode)?.parentNode ?? null;
  }

  /**
   * Replace `node` by its annotated rendering. Returns false (and leaves the node)
   * when the segments do not spell the node's text or carry no reading.
   */
  wrap(node: Text, segments: PinyinSegment[], format: ReadingFormat): boolean {
    const parent = node.parentNode;
    if (!parent || segments.map((s) => s.text).join('') !== node.data) return false;
    const rendering: Rendering = { pieces: [], value: node.data, annotations: [], format };
    let plain = '';
    let ruby: Element | null = null;
    const flushPlain = (): void => {
      if (plain) rendering.pieces.push(this.#doc.createTextNode(plain));
      plain = '';
    };
    for (const segment of segments) {
      const chars = Array.from(segment.text);
      const perChar = segment.pinyin?.length === chars.length;
      let hanIndex = 0;
      ruby = null;
      chars.forEach((char, index) => {
        const isHan = HAN.test(char);
        const reading = isHan ? segment.pinyin?.[perChar ? index : hanIndex] : undefined;
        if (isHan) hanIndex++;
        if (!reading || !LATIN_READING.test(reading)) {
          plain += char;
          ruby = null;
          return;
        }
        if (!ruby) {
          flushPlain();
          ruby = this.#doc.createElement('ruby');
          ruby.className = RUBY_CLASS;
          ruby.setAttribute(RUBY_ATTR, '');
          rendering.pieces.push(ruby);
        }
        const rt = this.#doc.createElement('rt');
        ruby.append(this.#doc.createTextNode(char), rt);
        rendering.annotations.push({ rt, reading });
      });
    }
    flushPlain();
    if (rendering.annotations.length === 0) return false;
    this.#paint(rendering, format);
    const fragment = this.#doc.createDocumentFragment();
    for (const piece of rendering.pieces) {
      this.#owners.set(piece, node);
      fragment.append(piece);
    }
    parent.replaceChild(fragment, node);
    this.#renderings.set(node, rendering);
    return true;
  }

  /** Show the readings in another format, without touching the text; says whether anything changed. */
  restyle(node: Text, format: ReadingFormat): boolean {
    const rendering = this.#renderings.get(node);
    if (!rendering || sameFormat(rendering.format, format)) return false;
    this.#paint(rendering, format);
    return true;
  }

  /** Put the original node back where its rendering is, and drop the rendering. */
  unwrap(node: Text): void {
    const rendering = this.#renderings.get(node);
    if (!rendering) return;
    this.#renderings.delete(node);
    const attached = rendering.pieces.filter((piece) => piece.parentNode);
    attached[0]?.parentNode?.insertBefore(node, attached[0]);
    for (const piece of attached) piece.parentNode?.removeChild(piece);
  }

  #paint(rendering: Rendering, format: ReadingFormat): void {
    rendering.format = format;
    for (const { rt, reading } of rendering.annotations) {
      rt.setAttribute(READING_ATTR, format.zhuyin ? toZhuyin(reading) : formatReading(reading, format.tone));
      rt.setAttribute(TONE_ATTR, String(toneOf(reading)));
    }
  }
}
