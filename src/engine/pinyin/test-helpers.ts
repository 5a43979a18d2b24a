/** Shared by the pinyin tests: readings as one flat string, engine vs plain pinyin-pro. */
import { pinyin } from 'pinyin-pro';
import { readPinyin } from './read-pinyin';

/** The engine's readings of the Han characters of `text`, space-separated. */
export function engineReads(text: string): string {
  return readPinyin(text)
    .flatMap((segment) => segment.pinyin ?? [])
    .join(' ');
}

/** Plain pinyin-pro on the same text (citation tones, as the engine), for "needed" checks. */
export function plainReads(text: string): string {
  return pinyin(text, { type: 'all', toneSandhi: false })
    .filter((item) => /\p{Script=Han}/u.test(item.origin))
    .map((item) => item.pinyin)
    .join(' ');
}
