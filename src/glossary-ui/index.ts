/** The glossary on the page: term marks, and the card shown on hover, tap or keyboard. */
export { mountGlossary } from './mount-glossary';
export type { GlossaryDeps, GlossaryLayer, GlossarySettings } from './types';
