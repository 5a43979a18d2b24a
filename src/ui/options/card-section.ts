import { EXPLANATION_ORDERS, HOVER_DELAY_MS, type ExplanationOrder } from '../../settings/schema';
import { radioGroup } from '../controls';
import { el } from '../dom';
import { t, type MessageKey } from '../i18n';
import type { SettingsStore } from './settings-store';

const ORDER_KEYS: Record<ExplanationOrder, MessageKey> = { 'en-first': 'orderEnFirst', 'zh-first': 'orderZhFirst' };

/** How the glossary card behaves: hover delay and which explanation comes first. */
export function cardSection(store: SettingsStore): HTMLElement {
  const card = store.get().card;
  const delay = el('input', { type: 'range', id: 'hover-delay', min: HOVER_DELAY_MS.min, max: HOVER_DELAY_MS.max, step: HOVER_DELAY_MS.step });
  delay.value = String(card.hoverDelayMs);
  const out = el('output', { for: 'hover-delay' }, t('optionsMs', String(card.hoverDelayMs)));
  delay.addEventListener('input', () => (out.textContent = t('optionsMs', delay.value)));
  delay.addEventListener('change', () => void store.change((s) => ({ ...s, card: { ...s.card, hoverDelayMs: Number(delay.value) } })));
  const order = radioGroup({
    id: 'card-order',
    legend: t('optionsCardOrder'),
    look: 'list',
    value: card.order,
    choices: EXPLANATION_ORDERS.map((v) => ({ value: v, label: t(ORDER_KEYS[v]) })),
    onChange: (v) => void store.change((s) => ({ ...s, card: { ...s.card, order: v } })),
  });
  return el(
    'section',
    { 'aria-labelledby': 'card-heading' },
    el('h2', { id: 'card-heading' }, t('optionsCardHeading')),
    el('div', { class: 'range' }, el('label', { for: 'hover-delay' }, t('optionsHoverDelay')), delay, out),
    order,
  );
}
