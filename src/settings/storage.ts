import { browser } from 'wxt/browser';
import { migrateSettings } from './migrate';
import type { Settings } from './schema';

const KEY = 'settings';

/** Sync storage where the browser offers it (settings follow the user), local otherwise. */
function area() {
  return browser.storage.sync ?? browser.storage.local;
}

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await area().get(KEY);
    return migrateSettings(got[KEY]);
  } catch (error) {
    console.warn('Zhengdu: could not read settings, using defaults', error);
    return migrateSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await area().set({ [KEY]: settings });
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await saveSettings(next);
  return next;
}

/** Calls `listener` with fresh settings whenever any context changes them. */
export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>) => {
    if (KEY in changes) listener(migrateSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
