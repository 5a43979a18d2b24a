/** The script a page is shown in. `original` leaves the page's own text alone. */
export type ScriptMode = 'original' | 'zh-Hans' | 'zh-Hant' | 'zh-TW' | 'zh-HK';

export const SCRIPT_MODES: readonly ScriptMode[] = ['original', 'zh-Hans', 'zh-TW', 'zh-HK', 'zh-Hant'];

/** The three reading modes a page can be in. */
export interface Modes {
  script: ScriptMode;
  pinyin: boolean;
  glossary: boolean;
}

export const MODES_OFF: Readonly<Modes> = Object.freeze({ script: 'original', pinyin: false, glossary: false });

export function anyModeOn(modes: Modes): boolean {
  return modes.script !== 'original' || modes.pinyin || modes.glossary;
}

/** The two parts of the language engine, each its own bundle, loaded only for its mode. */
export type EnginePart = 'convert' | 'pinyin';

/** The engine parts `modes` need: conversion tables for a script, pinyin data for pinyin; glossary marks need neither. */
export function enginePartsFor(modes: Modes): EnginePart[] {
  const parts: EnginePart[] = [];
  if (modes.script !== 'original') parts.push('convert');
  if (modes.pinyin) parts.push('pinyin');
  return parts;
}

export function needsEngine(modes: Modes): boolean {
  return enginePartsFor(modes).length > 0;
}

export function sameModes(a: Modes, b: Modes): boolean {
  return a.script === b.script && a.pinyin === b.pinyin && a.glossary === b.glossary;
}

export function isScriptMode(value: unknown): value is ScriptMode {
  return typeof value === 'string' && (SCRIPT_MODES as readonly string[]).includes(value);
}

export function isModes(value: unknown): value is Modes {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return isScriptMode(v.script) && typeof v.pinyin === 'boolean' && typeof v.glossary === 'boolean';
}
