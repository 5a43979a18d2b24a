/** The policy glossary: schema, term matcher and the text folding they share. */
export { createTermMatcher, entryForms } from './create-term-matcher';
export {
  createCharFold,
  foldText,
  foldUnits,
  type CharFold,
  type FoldedText,
  type FoldedUnits,
} from './normalize-text';
export * from './types';
