import { onSettingsChanged, loadSettings, updateSettings } from '../../settings/storage';
import type { Settings } from '../../settings/schema';

/** The options page's view of the settings: one copy, saved through updateSettings, kept fresh from other contexts. */
export interface SettingsStore {
  get(): Settings;
  change(edit: (s: Settings) => Settings): Promise<void>;
  /** Called after every change, ours or another context's (the popup's site rule). */
  subscribe(listener: (s: Settings) => void): void;
}

export async function createSettingsStore(onSaved: () => void): Promise<SettingsStore> {
  let current = await loadSettings();
  const listeners: Array<(s: Settings) => void> = [];
  onSettingsChanged((s) => {
    current = s;
    for (const l of listeners) l(s);
  });
  return {
    get: () => current,
    async change(edit) {
      current = await updateSettings(edit);
      onSaved();
    },
    subscribe: (listener) => void listeners.push(listener),
  };
}
