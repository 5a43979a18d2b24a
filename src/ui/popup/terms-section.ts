import type { TermCount } from '../../shared/messages';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';

/** Glossary terms found on the page, most frequent first; activating one scrolls the page to it. */
export function termsSection(): { element: HTMLElement; show(terms: TermCount[], glossaryOn: boolean, onPick: (id: string) => void): void } {
  const list = el('ul', { id: 'terms', class: 'terms' });
  const element = el('section', { 'aria-labelledby': 'terms-heading' }, el('h2', { id: 'terms-heading' }, t('popupTermsHeading')), list);
  return {
    element,
    show(terms, glossaryOn, onPick) {
      const sorted = [...terms].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
      if (sorted.length === 0) {
        replaceChildren(list, el('li', { class: 'muted' }, t(glossaryOn ? 'popupNoTerms' : 'popupTermsOff')));
        return;
      }
      replaceChildren(
        list,
        ...sorted.map((term) => {
          const button = el('button', { type: 'button', class: 'term', 'data-term-id': term.id, lang: 'zh' }, term.term);
          button.append(' ', el('span', { class: 'muted', lang: '' }, t('popupTermCount', String(term.count))));
          button.addEventListener('click', () => onPick(term.id));
          return el('li', {}, button);
        }),
      );
    },
  };
}
