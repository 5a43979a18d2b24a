import type { Modes } from '../shared/modes';
import type { ReaderApi } from '../shared/reader-api';

/** Wires the engine and the DOM layer to one document. */
export function createReader(doc: Document): ReaderApi {
  let current: Modes | null = null;
  return {
    async setModes(modes) {
      current = { ...modes };
      doc.documentElement.toggleAttribute('data-zd-active', current.pinyin || current.glossary || current.script !== 'original');
    },
    terms: () => [],
    scrollToTerm: () => false,
  };
}
