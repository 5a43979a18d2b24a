import { el, replaceChildren } from '../dom';
import { localizeDocument, t } from '../i18n';
import { shortcutsList } from '../shortcuts';
import { cardSection } from './card-section';
import { detectedSection } from './detected-section';
import { exportSection } from './export-section';
import { glossaryBrowser } from './glossary-browser';
import { pinyinSection } from './pinyin-section';
import { createSettingsStore } from './settings-store';
import { siteRulesSection } from './site-rules-section';

/** The options page: every setting saves on change; a status line says so. */
export async function startOptions(root: HTMLElement): Promise<void> {
  localizeDocument(document, 'optionsTitle');
  const status = el('p', { id: 'save-status', role: 'status', class: 'muted' });
  let clear: ReturnType<typeof setTimeout> | undefined;
  const store = await createSettingsStore(() => {
    status.textContent = t('optionsSaved');
    clearTimeout(clear);
    clear = setTimeout(() => (status.textContent = ''), 2000);
  });
  replaceChildren(
    root,
    el('h1', {}, t('optionsTitle')),
    status,
    detectedSection(store),
    siteRulesSection(store),
    pinyinSection(store),
    cardSection(store),
    el('section', { 'aria-labelledby': 'shortcuts-heading' }, el('h2', { id: 'shortcuts-heading' }, t('shortcutsHeading')), await shortcutsList()),
    glossaryBrowser(store),
    await exportSection(),
  );
}
