/**
 * Every class and attribute name the DOM layer puts into a page, in one place,
 * so CSS, the walkers and other layers (glossary card host) agree on them.
 * All are prefixed `zd-` to stay out of the page's way.
 */

/** Our word-level `<ruby>` wrapper (class and attribute, so page CSS on `ruby` needs our specificity to win). */
export const RUBY_CLASS = 'zd-ruby';
export const RUBY_ATTR = 'data-zd-ruby';

/** Our `<rt>`: empty; the reading lives in this attribute and is shown by generated content. */
export const READING_ATTR = 'data-zd-py';
/** Tone number 1–5 of the reading, for tone colours. */
export const TONE_ATTR = 'data-zd-tone';

/** Our injected `<style>` element. */
export const STYLE_ATTR = 'data-zd-style';

/**
 * Our own UI (e.g. the glossary card host). The DOM layer never enters an element
 * carrying it; other layers put it on what they add to the page.
 */
export const UI_ATTR = 'data-zd-ui';

/** Custom properties the stylesheet exposes (pages or the options page may override them). */
export const CSS_VAR = {
  size: '--zd-py-size',
  tone: (n: number): string => `--zd-tone-${n}`,
} as const;
