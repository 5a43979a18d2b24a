import type { Modes } from '../shared/modes';

export type SiteRule = 'always' | 'never';

export const TONE_STYLES = ['marks', 'numbers', 'none'] as const;
export type ToneStyle = (typeof TONE_STYLES)[number];

export const TONE_COLOR_SCHEMES = ['pleco', 'hanping', 'mdbg'] as const;
export type ToneColorScheme = (typeof TONE_COLOR_SCHEMES)[number];

export const EXPLANATION_ORDERS = ['en-first', 'zh-first'] as const;
export type ExplanationOrder = (typeof EXPLANATION_ORDERS)[number];

/** Ranges the options page offers and stored values are clamped to. */
export const PINYIN_SIZE = { min: 0.3, max: 1, step: 0.05 } as const;
export const HOVER_DELAY_MS = { min: 0, max: 1500, step: 50 } as const;

export interface PinyinStyle {
  tone: ToneStyle;
  toneColors: boolean;
  colorScheme: ToneColorScheme;
  /** Annotation size relative to the annotated text, in em. */
  size: number;
  /** Show Zhuyin (bopomofo) instead of pinyin. */
  zhuyin: boolean;
}

export interface CardBehaviour {
  hoverDelayMs: number;
  order: ExplanationOrder;
}

/** Current settings shape. Bump `version` and add a migration when it changes. */
export interface Settings {
  version: 1;
  /** Turn modes on by themselves on pages the detector calls government news. */
  autoOnDetected: boolean;
  /** Modes used on detected pages (and on sites ruled `always`). */
  detectedModes: Modes;
  /** Host name → rule; overrides the detector both ways. */
  siteRules: Record<string, SiteRule>;
  pinyin: PinyinStyle;
  card: CardBehaviour;
}

export const SETTINGS_VERSION = 1 as const;
