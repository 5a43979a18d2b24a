import { browser } from 'wxt/browser';
import { el } from './dom';
import { t } from './i18n';

/** Chrome lets an extension open its shortcut page; Firefox does not, so there we say where it is. */
const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

/** The extension's keyboard shortcuts as the browser has them now (the user may have changed them). */
export async function shortcutsList(): Promise<HTMLElement> {
  const commands = await browser.commands.getAll();
  const list = el('dl', { class: 'shortcuts', id: 'shortcuts' });
  for (const command of commands) {
    if (!command.name || !command.description) continue; // _execute_action has no description of ours
    list.append(
      el('dt', {}, command.shortcut ? el('kbd', {}, command.shortcut) : el('span', { class: 'muted' }, t('shortcutNotSet'))),
      el('dd', {}, command.description),
    );
  }
  return el('div', {}, list, shortcutSettingsHint());
}

function shortcutSettingsHint(): HTMLElement {
  if (import.meta.env.FIREFOX) return el('p', { class: 'hint', id: 'shortcut-settings' }, t('shortcutsWhereFirefox'));
  const button = el('button', { type: 'button', class: 'link', id: 'shortcut-settings' }, t('shortcutsChange'));
  button.addEventListener('click', () => void browser.tabs.create({ url: CHROME_SHORTCUTS_URL }));
  return button;
}

