import type { GlossaryEntry, TermMatcher } from '../engine/glossary/types';
import { cardActions } from '../glossary-ui/card-actions';
import { renderCard } from '../glossary-ui/render-card';
import type { ExplanationOrder } from '../settings/schema';
import { el } from './dom';
import { t } from './i18n';

export interface EntryCardOptions {
  order: ExplanationOrder;
  matcher: TermMatcher;
  /** Called when a related term is activated; without it related terms are plain text. */
  onRelated?: (entry: GlossaryEntry) => void;
}

/**
 * A glossary entry on an extension page, drawn by the hover card's own renderer
 * (src/glossary-ui/render-card.ts) and styled by theme.css under `.entry`.
 * There is no page here, so the headword is the curated Simplified form, the others beside it.
 */
export function entryCard(entry: GlossaryEntry, { order, matcher, onRelated }: EntryCardOptions): HTMLElement {
  const article = el('article', { class: 'entry' });
  renderCard(article, {
    entry,
    settings: { order, script: 'original' },
    related: matcher.lookupEntry,
    find: matcher.find,
    t,
    onRelated: onRelated && ((id) => {
      const other = matcher.lookupEntry(id);
      if (other) onRelated(other);
    }),
    ...cardActions(window, document.body),
  });
  return article;
}
