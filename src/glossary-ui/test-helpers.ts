import glossary from '../../assets/glossary/glossary.json';
import english from '../../assets/public/_locales/en/messages.json';
import { collectTextRuns } from '../dom/text-runs';
import { createTermMatcher } from '../engine/glossary/create-term-matcher';
import type { GlossaryData } from '../engine/glossary/types';
import { catalogTranslator } from '../ui/i18n';
import type { GlossaryDeps, GlossarySettings } from './types';

/** Unit tests run the layer against the real glossary, matcher and run collector. */
export const matcher = createTermMatcher(glossary as GlossaryData);

/** The English catalogue, substituted as the browser does: tests read the strings users read. */
export const englishT = catalogTranslator(english);

export function realDeps(settings: Partial<GlossarySettings> = {}): GlossaryDeps & { current: GlossarySettings } {
  const current: GlossarySettings = { hoverDelayMs: 150, order: 'en-first', script: 'original', ...settings };
  return { find: matcher.find, entry: matcher.lookupEntry, textRuns: collectTextRuns, settings: () => current, t: englishT, current };
}
