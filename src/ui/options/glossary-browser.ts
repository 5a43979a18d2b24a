import { createTermMatcher } from '../../engine/glossary/create-term-matcher';
import type { GlossaryEntry } from '../../engine/glossary/types';
import { el, replaceChildren } from '../dom';
import { entryCard } from '../entry-card';
import { GLOSSARY } from '../glossary-data';
import { t } from '../i18n';
import { indexGlossary, searchGlossary } from './search-glossary';
import type { SettingsStore } from './settings-store';

/** Search the whole glossary by hanzi (either script), pinyin (any tone style) or English. */
export function glossaryBrowser(store: SettingsStore): HTMLElement {
  const index = indexGlossary(GLOSSARY);
  const matcher = createTermMatcher(GLOSSARY);
  const input = el('input', { type: 'search', id: 'glossary-search', autocomplete: 'off', spellcheck: 'false', 'aria-controls': 'glossary-results' });
  const count = el('p', { id: 'glossary-count', role: 'status', class: 'muted' });
  const results = el('div', { id: 'glossary-results' });
  const search = (query: string) => {
    const found = searchGlossary(index, query);
    count.textContent = t('optionsGlossaryCount', [String(found.length), String(GLOSSARY.entries.length)]);
    const order = store.get().card.order;
    const jump = (entry: GlossaryEntry) => {
      input.value = entry.term.hans;
      search(entry.term.hans);
      input.focus();
    };
    replaceChildren(results, ...found.map((entry) => entryCard(entry, { order, matcher, onRelated: jump })));
  };
  input.addEventListener('input', () => search(input.value));
  search('');
  return el(
    'section',
    { 'aria-labelledby': 'glossary-heading' },
    el('h2', { id: 'glossary-heading' }, t('optionsGlossaryHeading')),
    el('label', { for: 'glossary-search' }, t('optionsGlossarySearch')),
    input,
    count,
    results,
  );
}
