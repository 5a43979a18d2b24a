import type { SiteRule } from '../../settings/schema';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';
import { normalizeHost } from './normalize-host';
import type { SettingsStore } from './settings-store';

function ruleSelect(value: SiteRule, label: string, id?: string): HTMLSelectElement {
  const select = el('select', { 'aria-label': label, id });
  select.append(new Option(t('siteRuleAlways'), 'always', false, value === 'always'), new Option(t('siteRuleNever'), 'never', false, value === 'never'));
  return select;
}

const setRule = (store: SettingsStore, host: string, rule: SiteRule | null) =>
  store.change((s) => {
    const siteRules = { ...s.siteRules };
    if (rule) siteRules[host] = rule;
    else delete siteRules[host];
    return { ...s, siteRules };
  });

/** Per-site rules: list, change, remove, add. Kept in sync with the popup's changes. */
export function siteRulesSection(store: SettingsStore): HTMLElement {
  const list = el('ul', { id: 'site-rules', class: 'site-rules' });
  const render = () => {
    const rules = Object.entries(store.get().siteRules).sort(([a], [b]) => a.localeCompare(b));
    if (rules.length === 0) return replaceChildren(list, el('li', { class: 'muted' }, t('optionsNoSiteRules')));
    replaceChildren(
      list,
      ...rules.map(([host, rule]) => {
        const select = ruleSelect(rule, t('optionsRuleFor', host));
        select.addEventListener('change', () => void setRule(store, host, select.value as SiteRule));
        const remove = el('button', { type: 'button', 'aria-label': t('optionsRemoveRuleFor', host) }, t('optionsRemove'));
        remove.addEventListener('click', () => void setRule(store, host, null));
        return el('li', { 'data-host': host }, el('span', { class: 'host' }, host), select, remove);
      }),
    );
  };
  store.subscribe(render);
  render();

  const input = el('input', { type: 'text', id: 'new-site-host', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'new-site-error' });
  const rule = ruleSelect('always', t('optionsNewRule'), 'new-site-rule');
  const error = el('p', { id: 'new-site-error', class: 'error', role: 'alert', hidden: true });
  const form = el(
    'form',
    { class: 'add-rule' },
    el('label', { for: 'new-site-host' }, t('optionsNewHost')),
    el('div', { class: 'row' }, input, rule, el('button', { type: 'submit', id: 'add-site-rule' }, t('optionsAdd'))),
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const host = normalizeHost(input.value);
    error.hidden = host !== null;
    error.textContent = host === null ? t('optionsBadHost') : '';
    if (host === null) return input.focus();
    input.value = '';
    void setRule(store, host, rule.value as SiteRule);
  });
  return el('section', { 'aria-labelledby': 'rules-heading' }, el('h2', { id: 'rules-heading' }, t('optionsSiteRulesHeading')), list, form);
}
