import { createTermMatcher } from '../../engine/glossary/create-term-matcher';
import { readPinyin } from '../../engine/pinyin';
import type { Settings } from '../../settings/schema';
import { el } from '../dom';
import { entryCard } from '../entry-card';
import { GLOSSARY } from '../glossary-data';
import { t } from '../i18n';
import { rubyText } from '../ruby-text';

/** Longer selections are cut: this is a look-up, not a reader. */
export const MAX_SELECTION = 200;

/**
 * "Read the selection" (context menu): the selected text with pinyin from the
 * engine and the glossary terms in it. Loaded lazily, so the everyday popup
 * does not carry the pinyin data or the glossary.
 */
export function selectionView(selection: string, settings: Settings): HTMLElement {
  const text = Array.from(selection.trim()).slice(0, MAX_SELECTION).join('');
  const matcher = createTermMatcher(GLOSSARY);
  const ids = [...new Set(matcher.find(text).map((m) => m.id))];
  const entries = ids.flatMap((id) => matcher.lookupEntry(id) ?? []);
  return el(
    'section',
    { id: 'selection', 'aria-labelledby': 'selection-heading' },
    el('h2', { id: 'selection-heading' }, t('selectionHeading')),
    rubyText(readPinyin(text), settings.pinyin),
    el('h2', {}, t('selectionTerms')),
    entries.length === 0
      ? el('p', { class: 'muted', id: 'selection-no-terms' }, t('selectionNoTerms'))
      : el('div', { id: 'selection-terms' }, ...entries.map((e) => entryCard(e, { order: settings.card.order, matcher }))),
  );
}
