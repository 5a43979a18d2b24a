import { TONE_COLORS } from '../dom/tone-colors';
import { formatSyllable, splitTone } from '../engine/pinyin/format-syllable';
import type { PinyinStyle } from '../settings/schema';
import { el } from './dom';

/** A run of text with one tone-marked reading per code point, or none for non-Han text. */
export interface ReadRun {
  text: string;
  pinyin: string[] | null;
}

/**
 * Ruby for our own pages (the selection view, the options preview), in the
 * user's pinyin style. Pages get their ruby from the DOM layer; this is only
 * for text the extension itself shows.
 */
export function rubyText(runs: readonly ReadRun[], style: PinyinStyle): HTMLElement {
  const out = el('p', { class: 'ruby-text', lang: 'zh' });
  out.style.setProperty('--rt-size', `${style.size}em`);
  for (const run of runs) {
    if (!run.pinyin) {
      out.append(run.text);
      continue;
    }
    Array.from(run.text).forEach((ch, i) => {
      const reading = run.pinyin?.[i] ?? '';
      const rt = el('rt', {}, formatSyllable(reading, { tone: style.tone, zhuyin: style.zhuyin }));
      if (style.toneColors) rt.style.color = TONE_COLORS[style.colorScheme][splitTone(reading).tone - 1];
      out.append(el('ruby', {}, ch, rt));
    });
  }
  return out;
}
