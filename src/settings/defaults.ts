import type { Settings } from './schema';

/** Quiet by default: glossary marks on detected pages, the page's own script, no pinyin. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  version: 1,
  autoOnDetected: true,
  detectedModes: { script: 'original', pinyin: false, glossary: true },
  siteRules: {},
  pinyin: { tone: 'marks', toneColors: false, colorScheme: 'pleco', size: 0.5, zhuyin: false },
  card: { hoverDelayMs: 150, order: 'en-first' },
});
