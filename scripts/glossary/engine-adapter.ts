/**
 * The one place the glossary build reaches the reading engine, so swapping the
 * converter or the pinyin source is one edit here.
 */
import { convertScript, readPinyin } from '../../src/engine/index';

export type GlossaryScript = 'zh-Hans' | 'zh-TW' | 'zh-HK' | 'zh-Hant';

export function toScript(text: string, script: GlossaryScript): string {
  return convertScript(text, script);
}

/** Tone-marked pinyin of the Han characters in `text`, one syllable per character, space-separated. */
export function readingOf(text: string): string {
  return readPinyin(text)
    .flatMap((segment) => segment.pinyin ?? [])
    .join(' ');
}
