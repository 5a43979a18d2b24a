import type { PinyinSegment, ScriptTarget } from '../dom/engine-deps';
import { TONE_STYLES, type ToneStyle } from '../settings/schema';
import { isScriptMode, type EnginePart } from './modes';

export type { PinyinSegment, ScriptTarget };

/**
 * The language engine lives in the background (src/background/engine-host.ts),
 * in parts: each file registers its part on the background's global when it runs.
 * - the conversion part (entrypoints/engine-convert.ts): the OpenCC-based tables;
 * - the pinyin part (entrypoints/engine-pinyin.ts): pinyin-pro and its data.
 * Pages never load them: they ask by message (src/reader/engine-client.ts), so a
 * page pays no engine start-up, and one warm engine serves every tab.
 */
export interface ConvertEngine {
  /** Builds the tables a target needs on its first use. */
  convertScript(text: string, target: ScriptTarget): string;
}

export interface PinyinEngine {
  readPinyin(text: string, options?: { tone?: ToneStyle }): PinyinSegment[];
  /** Builds the word index now (it is otherwise built on the first reading). */
  prepare(): void;
}

export interface EngineParts {
  convert: ConvertEngine;
  pinyin: PinyinEngine;
}

/** The files the background loads, by the part they hold. */
export const ENGINE_FILES: { readonly [P in EnginePart]: string } = { convert: '/engine-convert.js', pinyin: '/engine-pinyin.js' };

const ENGINE_GLOBALS: { readonly [P in EnginePart]: string } = { convert: '__zhengduConvert', pinyin: '__zhengduPinyin' };
const slots = globalThis as Record<string, unknown>;

export function getEnginePart<P extends EnginePart>(part: P): EngineParts[P] | undefined {
  return slots[ENGINE_GLOBALS[part]] as EngineParts[P] | undefined;
}

export function registerEnginePart<P extends EnginePart>(part: P, api: EngineParts[P]): void {
  slots[ENGINE_GLOBALS[part]] = api;
}

/** Drops every registered part (their data goes with them). */
export function forgetEngineParts(): void {
  for (const name of Object.values(ENGINE_GLOBALS)) delete slots[name];
}

/** One text for the engine: converted to `target` (or left as it is), then read when `read`. */
export interface EngineJob {
  text: string;
  target: ScriptTarget | null;
  read: boolean;
  tone: ToneStyle;
}

/** The converted text (the text itself without a target), and its readings when the job asked. */
export interface EngineAnswer {
  text: string;
  readings: PinyinSegment[] | null;
}

export function isEngineJob(value: unknown): value is EngineJob {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.text === 'string' &&
    (v.target === null || (isScriptMode(v.target) && v.target !== 'original')) &&
    typeof v.read === 'boolean' &&
    (TONE_STYLES as readonly unknown[]).includes(v.tone)
  );
}
