/** The markups bench/ruby-layout.ts compares (shared by the runner and the page bundle). */
export const MARKUPS = ['plain text', 'a <span> per character', 'our ruby (RubyLayer)', 'ruby, reading as <rt> text, browser styles'] as const;

export type Markup = (typeof MARKUPS)[number];
