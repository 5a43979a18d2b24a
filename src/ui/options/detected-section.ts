import { switchControl } from '../controls';
import { el } from '../dom';
import { t } from '../i18n';
import { modesControls } from '../modes-controls';
import type { SettingsStore } from './settings-store';

/** What happens by itself on pages the detector calls government news (and on "always" sites). */
export function detectedSection(store: SettingsStore): HTMLElement {
  const s = store.get();
  const auto = switchControl({
    id: 'auto-on-detected',
    label: t('optionsAutoOn'),
    hint: t('optionsAutoOnHint'),
    checked: s.autoOnDetected,
    onChange: (on) => void store.change((x) => ({ ...x, autoOnDetected: on })),
  });
  const modes = modesControls(s.detectedModes, (m) => void store.change((x) => ({ ...x, detectedModes: m })), 'detected-');
  return el(
    'section',
    { 'aria-labelledby': 'detected-heading' },
    el('h2', { id: 'detected-heading' }, t('optionsDetectedHeading')),
    auto,
    el('h3', {}, t('optionsDetectedModes')),
    modes.element,
  );
}
