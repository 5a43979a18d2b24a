import { browser } from 'wxt/browser';
import { loadSettings } from '../../settings/storage';
import type { Modes } from '../../shared/modes';
import type { TabState } from '../../shared/messages';
import { el, replaceChildren } from '../dom';
import { localizeDocument, t } from '../i18n';
import { modesControls } from '../modes-controls';
import { shortcutsList } from '../shortcuts';
import { siteRuleSection } from './site-rule-section';
import { getPageState, getTabState, getTerms, scrollToTerm, targetTabId } from './target-tab';
import { termsSection } from './terms-section';
import { verdictSection } from './verdict-section';

/**
 * The toolbar popup: the three modes for the current tab, the site rule, the
 * detector's verdict, the glossary terms on the page and the shortcuts.
 * With `?selection=` it is the context menu's "read the selection" view instead.
 */
export async function startPopup(root: HTMLElement, search: string): Promise<void> {
  localizeDocument(document, 'popupTitle');
  const header = el('h1', {}, t('extShortName'));
  const selection = new URLSearchParams(search).get('selection');
  if (selection !== null) {
    const [{ selectionView }, settings] = await Promise.all([import('./selection-view'), loadSettings()]);
    replaceChildren(root, header, selectionView(selection, settings));
    return;
  }
  const footer = el('section', {}, el('h2', {}, t('shortcutsHeading')), await shortcutsList(), optionsButton());
  const tabId = await targetTabId(search);
  const [tabState, pageState, settings] = await Promise.all([
    tabId === undefined ? null : getTabState(tabId),
    tabId === undefined ? null : getPageState(tabId),
    loadSettings(),
  ]);
  // getPageState starts a controller wherever the page can be scripted: no answer means it cannot.
  if (tabId === undefined || !pageState) {
    replaceChildren(root, header, el('p', { class: 'notice', id: 'cannot-read', role: 'status' }, t('popupCannotRead')), footer);
    return;
  }

  const errorLine = el('p', { class: 'error', id: 'page-error', role: 'alert', hidden: true });
  const terms = termsSection();
  let current: Modes = tabState?.modes ?? pageState.modes;
  const refresh = async () => {
    const page = await getPageState(tabId);
    errorLine.hidden = !page?.error;
    errorLine.textContent = page?.error ? t('popupReaderFailed', page.error) : '';
    terms.show(await getTerms(tabId), current.glossary, (id) => void scrollToTerm(tabId, id));
  };
  const modes = modesControls(current, (next: Modes) => {
    current = next;
    void (browser.runtime.sendMessage({ type: 'set-tab-modes', tabId, modes: next }) as Promise<TabState>).then(refresh);
  });
  const host = tabState?.host ?? '';
  replaceChildren(
    root,
    header,
    el('section', { 'aria-label': t('popupModesHeading') }, modes.element, errorLine),
    host &&
      siteRuleSection(tabId, host, settings.siteRules[host], (state) => {
        current = state.modes;
        modes.show(state.modes);
        void refresh();
      }),
    verdictSection(tabState?.report ?? pageState?.report ?? null),
    terms.element,
    footer,
  );
  await refresh();
}

function optionsButton(): HTMLElement {
  const button = el('button', { type: 'button', id: 'open-options' }, t('popupOpenOptions'));
  button.addEventListener('click', () => void browser.runtime.openOptionsPage());
  return el('p', {}, button);
}
