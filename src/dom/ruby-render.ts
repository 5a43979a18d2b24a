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

/** The part of a rendering not yet in ruby: segments from `next` on, shown meanwhile as the plain Text `rest`. */
interface Pending {
  segments: PinyinSegment[];
  next: number;
  rest: Text;
}

interface Rendering {
  pieces: Node[];
  value: string;
  annotations: Annotation[];
  format: ReadingFormat;
  pending: Pending | null;
}

/** Pieces built for a run of segments. */
interface Built {
  pieces: Node[];
  annotations: Annotation[];
  /** Index of the first segment not built. */
  next: number;
  chars: number;
}

/**
 * Word-level ruby for one original Text node. The node itself is taken out of
 * the tree and replaced by pieces (plain Text nodes and `<ruby>` elements with one
 * empty `<rt>` per character); unwrapping puts that very node back, so the
 * page's references to it stay valid and nothing needs normalize().
 *
 * A long node can be put into ruby in steps, front to back (wrap with a character
 * limit, then extend): the browser then lays out again only the lines from the
 * change on, plus a cost that grows with the ruby already in the paragraph, so
 * each step is one affordable frame where the whole paragraph at once is not
 * (a 4,256-character paragraph was a 187 ms frame; bench/dom-long-tasks.ts).
 * Steps must go front to back: a change near the start of a paragraph lays out
 * again all the ruby after it (bench/ruby-layout.ts).
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

  /** The page's Text node that a Text node of ours shows (a plain piece, or a character in a ruby). */
  originalOf(node: Text): Text | undefined {
    return this.#owners.get(node) ?? (node.parentNode ? this.#owners.get(node.parentNode) : undefined);
  }

  renderedValue(node: Text): string | undefined {
    return this.#renderings.get(node)?.value;
  }

  /** Characters of a wrapped node still shown as plain text, waiting for extend(). */
  pendingChars(node: Text): number {
    return this.#renderings.get(node)?.pending?.rest.data.length ?? 0;
  }

  /** Where the node is shown: its parent, or the parent of its rendering while wrapped. */
  parentOf(node: Text): ParentNode | null {
    const rendering = this.#renderings.get(node);
    if (!rendering) return node.parentNode;
    return rendering.pieces.find((piece) => piece.parentNode)?.parentNode ?? null;
  }

  /**
   * Replace `node` by its annotated rendering, at most about `maxChars` characters
   * of it in ruby for now (whole words; the rest waits for extend()). Returns the
   * characters put in ruby, or 0 (and leaves the node) when the segments do not
   * spell the node's text or carry no reading.
   */
  wrap(node: Text, segments: PinyinSegment[], format: ReadingFormat, maxChars = Infinity): number {
    const parent = node.parentNode;
    if (!parent || segments.map((s) => s.text).join('') !== node.data || !segments.some(hasReading)) return 0;
    const built = this.#build(segments, 0, maxChars);
    const rendering: Rendering = { pieces: built.pieces, value: node.data, annotations: built.annotations, format, pending: null };
    if (built.next < segments.length) {
      const rest = this.#doc.createTextNode(restOf(segments, built.next));
      rendering.pending = { segments, next: built.next, rest };
      rendering.pieces.push(rest);
    }
    this.#paint(built.annotations, format);
    parent.replaceChild(this.#adopt(node, rendering.pieces), node);
    this.#renderings.set(node, rendering);
    return built.chars;
  }

  /** Put about `maxChars` more characters of a partly wrapped node into ruby; returns how many. */
  extend(node: Text, maxChars: number): number {
    const rendering = this.#renderings.get(node);
    const pending = rendering?.pending;
    if (!rendering || !pending) return 0;
    const built = this.#build(pending.segments, pending.next, maxChars);
    this.#paint(built.annotations, rendering.format);
    rendering.annotations.push(...built.annotations);
    const at = rendering.pieces.indexOf(pending.rest);
    rendering.pieces.splice(at, 0, ...built.pieces);
    pending.rest.parentNode?.insertBefore(this.#adopt(node, built.pieces), pending.rest);
    if (built.next < pending.segments.length) {
      pending.next = built.next;
      pending.rest.data = restOf(pending.segments, built.next);
    } else {
      pending.rest.parentNode?.removeChild(pending.rest);
      rendering.pieces.splice(rendering.pieces.indexOf(pending.rest), 1);
      rendering.pending = null;
    }
    return built.chars;
  }

  /** Show the readings in another format, without touching the text; says whether anything changed. */
  restyle(node: Text, format: ReadingFormat): boolean {
    const rendering = this.#renderings.get(node);
    if (!rendering || sameFormat(rendering.format, format)) return false;
    rendering.format = format;
    this.#paint(rendering.annotations, format);
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

  /** `pieces` as the rendering of `node` (ownerOf finds it), in a fragment ready to insert. */
  #adopt(node: Text, pieces: Node[]): DocumentFragment {
    const fragment = this.#doc.createDocumentFragment();
    for (const piece of pieces) {
      this.#owners.set(piece, node);
      fragment.append(piece);
    }
    return fragment;
  }

  /** Pieces for segments from `from` on, stopping at a word boundary once `maxChars` are built (at least one segment). */
  #build(segments: PinyinSegment[], from: number, maxChars: number): Built {
    const built: Built = { pieces: [], annotations: [], next: from, chars: 0 };
    let plain = '';
    const flushPlain = (): void => {
      if (plain) built.pieces.push(this.#doc.createTextNode(plain));
      plain = '';
    };
    for (; built.next < segments.length && (built.next === from || built.chars < maxChars); built.next++) {
      const segment = segments[built.next];
      const chars = Array.from(segment.text);
      const perChar = segment.pinyin?.length === chars.length;
      let hanIndex = 0;
      let ruby: Element | null = null;
      built.chars += segment.text.length;
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
          built.pieces.push(ruby);
        }
        const rt = this.#doc.createElement('rt');
        ruby.append(this.#doc.createTextNode(char), rt);
        built.annotations.push({ rt, reading });
      });
    }
    flushPlain();
    return built;
  }

  #paint(annotations: Annotation[], format: ReadingFormat): void {
    for (const { rt, reading } of annotations) {
      rt.setAttribute(READING_ATTR, format.zhuyin ? toZhuyin(reading) : formatReading(reading, format.tone));
      rt.setAttribute(TONE_ATTR, String(toneOf(reading)));
    }
  }
}

function hasReading(segment: PinyinSegment): boolean {
  return segment.pinyin?.some((reading) => LATIN_READING.test(reading)) ?? false;
}

function restOf(segments: PinyinSegment[], from: number): string {
  let text = '';
  for (let i = from; i < segments.length; i++) text += segments[i].text;
  return text;
}
