import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './defaults';
import { migrateSettings } from './migrate';

describe('migrateSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('junk')).toEqual(DEFAULT_SETTINGS);
  });

  it('step 0 → 1: an unversioned blob keeps its values', () => {
    const migrated = migrateSettings({ autoOnDetected: false, siteRules: { 'www.gov.cn': 'always' } });
    expect(migrated.version).toBe(1);
    expect(migrated.autoOnDetected).toBe(false);
    expect(migrated.siteRules).toEqual({ 'www.gov.cn': 'always' });
  });

  it('keeps a valid current-version value as it is', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      detectedModes: { script: 'zh-TW', pinyin: true, glossary: false },
      pinyin: { tone: 'numbers', toneColors: true, colorScheme: 'mdbg', size: 0.7, zhuyin: true },
      card: { hoverDelayMs: 400, order: 'zh-first' },
    };
    expect(migrateSettings(stored)).toEqual(stored);
  });

  it('replaces junk with defaults, field by field', () => {
    const migrated = migrateSettings({
      version: 1,
      autoOnDetected: 'yes',
      detectedModes: { script: 'klingon', pinyin: true, glossary: true },
      siteRules: { 'WWW.Example.CN': 'always', 'bad.example': 'sometimes', 'x.example': 3 },
      pinyin: 'loud',
      card: null,
    });
    expect(migrated.autoOnDetected).toBe(DEFAULT_SETTINGS.autoOnDetected);
    expect(migrated.detectedModes).toEqual(DEFAULT_SETTINGS.detectedModes);
    expect(migrated.siteRules).toEqual({ 'www.example.cn': 'always' });
    expect(migrated.pinyin).toEqual(DEFAULT_SETTINGS.pinyin);
    expect(migrated.card).toEqual(DEFAULT_SETTINGS.card);
  });

  it('replaces junk inside the pinyin and card objects and clamps numbers to their ranges', () => {
    const migrated = migrateSettings({
      version: 1,
      pinyin: { tone: 'loud', toneColors: 'yes', colorScheme: 'rainbow', size: 40, zhuyin: 1 },
      card: { hoverDelayMs: -5, order: 'random' },
    });
    expect(migrated.pinyin).toEqual({ ...DEFAULT_SETTINGS.pinyin, size: 1 });
    expect(migrated.card).toEqual({ ...DEFAULT_SETTINGS.card, hoverDelayMs: 0 });
    expect(migrateSettings({ version: 1, pinyin: { size: Number.NaN } }).pinyin.size).toBe(DEFAULT_SETTINGS.pinyin.size);
  });

  it('fails loudly on a version it has no migration for', () => {
    expect(() => migrateSettings({ version: -1 })).toThrow(/no migration/);
  });
});
