import type { PinyinStyle } from '../settings/schema';
import { CSS_VAR, READING_ATTR, RUBY_ATTR, RUBY_CLASS, STYLE_ATTR, TONE_ATTR } from './markers';
import { TONE_COLORS } from './tone-colors';

const RUBY = `ruby.${RUBY_CLASS}[${RUBY_ATTR}]`;
const RT = `${RUBY} > rt[${READING_ATTR}]`;

/**
 * CSS for our ruby. Selectors carry class + attribute and the layout-critical
 * properties are !important, so ordinary page rules on `ruby`/`rt` do not break it.
 * The reading is generated content of an empty `<rt>` with user-select:none, so
 * copy, find-in-page and innerText see only the Chinese.
 */
export function rubyStylesheet(style: PinyinStyle): string {
  const colors = TONE_COLORS[style.colorScheme];
  const vars = [`${CSS_VAR.size}: ${style.size}em;`, ...colors.map((c, i) => `${CSS_VAR.tone(i + 1)}: ${c};`)];
  const toneRules = style.toneColors
    ? colors.map((_, i) => `${RT}[${TONE_ATTR}="${i + 1}"] { color: var(${CSS_VAR.tone(i + 1)}) !important; }`)
    : [];
  return [
    // The variables sit on our ruby, not on :root: a custom property on the root changes every
    // element's computed style, and inserting the sheet then restyled and laid out the whole of a
    // 2 MB page in one frame (650 ms, bench/dom-long-tasks.ts).
    `${RUBY} { ${vars.join(' ')} display: ruby !important; ruby-position: over !important; ruby-align: center !important;` +
      ` text-indent: 0 !important; white-space: inherit; margin: 0 !important; padding: 0 !important; border: 0 !important; }`,
    `${RT} { display: ruby-text !important; font-size: var(${CSS_VAR.size}) !important; line-height: 1 !important;` +
      ` text-align: center !important; text-indent: 0 !important; letter-spacing: 0 !important; text-transform: none !important;` +
      ` font-style: normal !important; font-weight: normal !important; white-space: nowrap !important; visibility: visible !important;` +
      ` margin: 0 !important; padding: 0 !important; border: 0 !important;` +
      ` user-select: none !important; -webkit-user-select: none !important; pointer-events: none; }`,
    `${RT}::before { content: attr(${READING_ATTR}) !important; }`,
    ...toneRules,
  ].join('\n');
}

type StyleRoot = Document | ShadowRoot;

/** One `<style>` per root (the document and each open shadow root we annotate). */
export class StyleInjector {
  readonly #doc: Document;
  readonly #elements = new Map<StyleRoot, Element>();
  #css = '';

  constructor(doc: Document) {
    this.#doc = doc;
  }

  setStyle(style: PinyinStyle): void {
    this.#css = rubyStylesheet(style);
    for (const element of this.#elements.values()) {
      if (element.textContent !== this.#css) element.textContent = this.#css;
    }
  }

  ensure(root: StyleRoot): void {
    const existing = this.#elements.get(root);
    if (existing?.isConnected) return;
    const element = existing ?? this.#doc.createElement('style');
    element.setAttribute(STYLE_ATTR, '');
    element.textContent = this.#css;
    const container = root.nodeType === 9 ? ((root as Document).head ?? (root as Document).documentElement) : root;
    container?.appendChild(element);
    this.#elements.set(root, element);
  }

  removeAll(): void {
    for (const element of this.#elements.values()) element.remove();
    this.#elements.clear();
  }
}
