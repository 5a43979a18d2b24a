import { browser } from 'wxt/browser';
import { TONE_COLOR_SCHEMES, TONE_STYLES, PINYIN_SIZE, type PinyinStyle, type ToneColorScheme, type ToneStyle } from '../../settings/schema';
import { radioGroup, switchControl } from '../controls';
import { el, replaceChildren } from '../dom';
import { t, type MessageKey } from '../i18n';
import { rubyText, type ReadRun } from '../ruby-text';
import type { SettingsStore } from './settings-store';

/** A sample with all four tones, so the colour schemes can be told apart. Readings are fixed data. */
const SAMPLE: ReadRun[] = [{ text: '全面深化改革', pinyin: ['quán', 'miàn', 'shēn', 'huà', 'gǎi', 'gé'] }];

const TONE_KEYS: Record<ToneStyle, MessageKey> = { marks: 'toneMarks', numbers: 'toneNumbers', none: 'toneNone' };
const SCHEME_KEYS: Record<ToneColorScheme, MessageKey> = { pleco: 'schemePleco', hanping: 'schemeHanping', mdbg: 'schemeMdbg' };

/** How pinyin looks on pages: tones, tone colours, size, Zhuyin; with a live preview. */
export function pinyinSection(store: SettingsStore): HTMLElement {
  const preview = el('div', { id: 'pinyin-preview', class: 'preview', 'aria-label': t('optionsPreview') });
  let draft: PinyinStyle = { ...store.get().pinyin };
  const show = () => replaceChildren(preview, rubyText(SAMPLE, draft));
  const save = (patch: Partial<PinyinStyle>) => {
    draft = { ...draft, ...patch };
    show();
    void store.change((s) => ({ ...s, pinyin: { ...s.pinyin, ...patch } }));
  };

  const tone = radioGroup({
    id: 'pinyin-tone',
    legend: t('optionsToneStyle'),
    look: 'list',
    value: draft.tone,
    choices: TONE_STYLES.map((v) => ({ value: v, label: t(TONE_KEYS[v]) })),
    onChange: (v) => save({ tone: v }),
  });
  const colors = switchControl({ id: 'tone-colors', label: t('optionsToneColors'), checked: draft.toneColors, onChange: (v) => save({ toneColors: v }) });
  const scheme = radioGroup({
    id: 'tone-scheme',
    legend: t('optionsColorScheme'),
    value: draft.colorScheme,
    choices: TONE_COLOR_SCHEMES.map((v) => ({ value: v, label: t(SCHEME_KEYS[v]) })),
    onChange: (v) => save({ colorScheme: v }),
  });
  const zhuyin = switchControl({ id: 'zhuyin', label: t('optionsZhuyin'), hint: t('optionsZhuyinHint'), checked: draft.zhuyin, onChange: (v) => save({ zhuyin: v }) });

  const size = el('input', { type: 'range', id: 'pinyin-size', min: PINYIN_SIZE.min, max: PINYIN_SIZE.max, step: PINYIN_SIZE.step });
  size.value = String(draft.size);
  const percent = new Intl.NumberFormat(browser.i18n.getUILanguage(), { style: 'percent' });
  const sizeOut = el('output', { for: 'pinyin-size' }, percent.format(draft.size));
  // Preview while dragging; write storage once on release (sync storage has a write quota).
  size.addEventListener('input', () => {
    draft = { ...draft, size: Number(size.value) };
    sizeOut.textContent = percent.format(draft.size);
    show();
  });
  size.addEventListener('change', () => save({ size: Number(size.value) }));

  show();
  return el(
    'section',
    { 'aria-labelledby': 'pinyin-heading' },
    el('h2', { id: 'pinyin-heading' }, t('optionsPinyinHeading')),
    tone,
    colors,
    scheme,
    el('div', { class: 'range' }, el('label', { for: 'pinyin-size' }, t('optionsPinyinSize')), size, sizeOut),
    zhuyin,
    el('h3', {}, t('optionsPreview')),
    preview,
  );
}
