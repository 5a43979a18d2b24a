import { isModes } from '../shared/modes';
import { DEFAULT_SETTINGS } from './defaults';
import {
  EXPLANATION_ORDERS,
  HOVER_DELAY_MS,
  PINYIN_SIZE,
  TONE_COLOR_SCHEMES,
  TONE_STYLES,
  type Settings,
  type SiteRule,
} from './schema';

type Stored = Record<string, unknown>;

/**
 * One step per old version: `MIGRATIONS[n]` turns version n into n + 1.
 * Version 0 is "nothing stored yet or an unversioned blob".
 */
const MIGRATIONS: Record<number, (old: Stored) => Stored> = {
  0: (old) => ({ ...old, version: 1 }),
};

/** Brings any stored value up to the current version and fills gaps with defaults. */
export function migrateSettings(raw: unknown): Settings {
  let stored: Stored = typeof raw === 'object' && raw !== null ? { ...(raw as Stored) } : {};
  let version = typeof stored.version === 'number' ? stored.version : 0;
  while (version < DEFAULT_SETTINGS.version) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`Zhengdu settings: no migration from version ${version}`);
    stored = step(stored);
    version = stored.version as number;
  }
  return sanitize(stored);
}

function sanitize(s: Stored): Settings {
  const d = DEFAULT_SETTINGS;
  const p = isObject(s.pinyin) ? s.pinyin : {};
  const c = isObject(s.card) ? s.card : {};
  const pinyin: Settings['pinyin'] = {
    tone: oneOf(p.tone, TONE_STYLES, d.pinyin.tone),
    toneColors: typeof p.toneColors === 'boolean' ? p.toneColors : d.pinyin.toneColors,
    colorScheme: oneOf(p.colorScheme, TONE_COLOR_SCHEMES, d.pinyin.colorScheme),
    size: clampNumber(p.size, PINYIN_SIZE, d.pinyin.size),
    zhuyin: typeof p.zhuyin === 'boolean' ? p.zhuyin : d.pinyin.zhuyin,
  };
  const card: Settings['card'] = {
    hoverDelayMs: clampNumber(c.hoverDelayMs, HOVER_DELAY_MS, d.card.hoverDelayMs),
    order: oneOf(c.order, EXPLANATION_ORDERS, d.card.order),
  };
  return {
    version: d.version,
    autoOnDetected: typeof s.autoOnDetected === 'boolean' ? s.autoOnDetected : d.autoOnDetected,
    detectedModes: isModes(s.detectedModes) ? { ...s.detectedModes } : { ...d.detectedModes },
    siteRules: sanitizeRules(s.siteRules),
    pinyin,
    card,
  };
}

function sanitizeRules(value: unknown): Record<string, SiteRule> {
  const rules: Record<string, SiteRule> = {};
  if (!isObject(value)) return rules;
  for (const [host, rule] of Object.entries(value)) {
    if (rule === 'always' || rule === 'never') rules[host.toLowerCase()] = rule;
  }
  return rules;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
}

function clampNumber(value: unknown, range: { min: number; max: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(range.max, Math.max(range.min, value));
}

function isObject(v: unknown): v is Stored {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
