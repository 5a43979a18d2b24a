/** Word-aware pinyin for the reading engine. */
export { readPinyin, preparePinyin, type Segment } from './read-pinyin';
export type { PinyinOptions } from './format-syllable';
export { registerWords } from './register-words';
