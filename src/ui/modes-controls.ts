import type { Modes, ScriptMode } from '../shared/modes';
import { radioGroup, setRadioValue, switchControl, type RadioChoice } from './controls';
import { el } from './dom';
import { t } from './i18n';

/** The scripts offered to people; `zh-Hant` (generic Traditional) stays an engine detail. */
export function scriptChoices(): RadioChoice<ScriptMode>[] {
  return [
    { value: 'original', label: t('scriptOriginal') },
    { value: 'zh-Hans', label: t('scriptHans'), lang: 'zh-Hans' },
    { value: 'zh-TW', label: t('scriptTW'), lang: 'zh-TW' },
    { value: 'zh-HK', label: t('scriptHK'), lang: 'zh-HK' },
  ];
}

export interface ModesControls {
  element: HTMLElement;
  /** Shows `modes` without calling `onChange`. */
  show(modes: Modes): void;
}

/**
 * Pinyin switch, script choice and glossary switch. The popup uses it for the
 * current tab (ids `pinyin`, `script`, `glossary`), the options page for the
 * defaults on detected pages (with an id prefix).
 */
export function modesControls(initial: Modes, onChange: (modes: Modes) => void, idPrefix = ''): ModesControls {
  let modes = { ...initial };
  const change = (patch: Partial<Modes>) => {
    modes = { ...modes, ...patch };
    onChange({ ...modes });
  };
  const pinyin = switchControl({ id: `${idPrefix}pinyin`, label: t('modePinyin'), checked: modes.pinyin, onChange: (v) => change({ pinyin: v }) });
  const script = radioGroup({ id: `${idPrefix}script`, legend: t('modeScript'), choices: scriptChoices(), value: modes.script, onChange: (v) => change({ script: v }) });
  const glossary = switchControl({ id: `${idPrefix}glossary`, label: t('modeGlossary'), checked: modes.glossary, onChange: (v) => change({ glossary: v }) });
  return {
    element: el('div', { class: 'modes' }, pinyin, script, glossary),
    show(next) {
      modes = { ...next };
      pinyin.querySelector('input')!.checked = next.pinyin;
      glossary.querySelector('input')!.checked = next.glossary;
      setRadioValue(script, next.script);
    },
  };
}
