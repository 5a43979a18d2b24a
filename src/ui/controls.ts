import { el, uniqueId } from './dom';

export interface SwitchOptions {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

/** An on/off switch: a real checkbox (Space toggles it, screen readers say "switch"). */
export function switchControl({ id, label, checked, onChange, hint }: SwitchOptions): HTMLLabelElement {
  const input = el('input', { type: 'checkbox', role: 'switch', id, class: 'switch-input' });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  const hintId = hint ? uniqueId('hint') : undefined;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  return el(
    'label',
    { class: 'switch', for: id },
    input,
    el('span', { class: 'switch-track', 'aria-hidden': 'true' }),
    el('span', { class: 'switch-label' }, label, hint && el('span', { class: 'hint', id: hintId }, hint)),
  );
}

export interface RadioChoice<V extends string> {
  value: V;
  label: string;
  /** Language of the label when it differs from the page (script names are written in their script). */
  lang?: string;
}

export interface RadioGroupOptions<V extends string> {
  id: string;
  legend: string;
  choices: readonly RadioChoice<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
  /** `segmented` draws the choices as one row of buttons; `list` one per line. */
  look?: 'segmented' | 'list';
}

/** A group of native radios: one tab stop, arrow keys move the choice. */
export function radioGroup<V extends string>(options: RadioGroupOptions<V>): HTMLFieldSetElement {
  const { id, legend, choices, value, onChange, look = 'segmented' } = options;
  const name = uniqueId(id);
  const items = choices.map((choice) => {
    const input = el('input', { type: 'radio', name, value: choice.value, id: `${id}-${choice.value}` });
    input.checked = choice.value === value;
    input.addEventListener('change', () => {
      if (input.checked) onChange(choice.value);
    });
    return el('label', { class: 'radio', lang: choice.lang }, input, el('span', {}, choice.label));
  });
  return el('fieldset', { id, class: `radio-group ${look}` }, el('legend', {}, legend), el('div', { class: 'choices' }, ...items));
}

/** Checks the radio of `value` in a group built by `radioGroup`. */
export function setRadioValue(group: HTMLFieldSetElement, value: string | undefined): void {
  for (const input of group.querySelectorAll<HTMLInputElement>('input[type=radio]')) input.checked = input.value === value;
}
