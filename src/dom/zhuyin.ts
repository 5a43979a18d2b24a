import { toneOf } from './pinyin-format';

const INITIALS: Record<string, string> = {
  b: 'ㄅ', p: 'ㄆ', m: 'ㄇ', f: 'ㄈ', d: 'ㄉ', t: 'ㄊ', n: 'ㄋ', l: 'ㄌ', g: 'ㄍ', k: 'ㄎ', h: 'ㄏ',
  j: 'ㄐ', q: 'ㄑ', x: 'ㄒ', zh: 'ㄓ', ch: 'ㄔ', sh: 'ㄕ', r: 'ㄖ', z: 'ㄗ', c: 'ㄘ', s: 'ㄙ',
};
const FINALS: Record<string, string> = {
  a: 'ㄚ', o: 'ㄛ', e: 'ㄜ', ê: 'ㄝ', ai: 'ㄞ', ei: 'ㄟ', ao: 'ㄠ', ou: 'ㄡ', an: 'ㄢ', en: 'ㄣ', ang: 'ㄤ',
  eng: 'ㄥ', er: 'ㄦ', ong: 'ㄨㄥ', i: 'ㄧ', ia: 'ㄧㄚ', ie: 'ㄧㄝ', iao: 'ㄧㄠ', iu: 'ㄧㄡ', ian: 'ㄧㄢ',
  in: 'ㄧㄣ', iang: 'ㄧㄤ', ing: 'ㄧㄥ', iong: 'ㄩㄥ', u: 'ㄨ', ua: 'ㄨㄚ', uo: 'ㄨㄛ', uai: 'ㄨㄞ', ui: 'ㄨㄟ',
  uan: 'ㄨㄢ', un: 'ㄨㄣ', uang: 'ㄨㄤ', ueng: 'ㄨㄥ', ü: 'ㄩ', üe: 'ㄩㄝ', üan: 'ㄩㄢ', ün: 'ㄩㄣ',
};
/** Syllables spelled with y/w stand for finals without an initial. */
const Y_W: Record<string, string> = {
  yi: 'i', ya: 'ia', ye: 'ie', yao: 'iao', you: 'iu', yan: 'ian', yin: 'in', yang: 'iang', ying: 'ing',
  yong: 'iong', yu: 'ü', yue: 'üe', yuan: 'üan', yun: 'ün', wu: 'u', wa: 'ua', wo: 'uo', wai: 'uai',
  wei: 'ui', wan: 'uan', wen: 'un', wang: 'uang', weng: 'ueng',
};
const TONE_MARKS = ['', '', 'ˊ', 'ˇ', 'ˋ'];

/**
 * A pinyin reading (tone marks or digits) in Zhuyin (bopomofo), tone mark after
 * the syllable and the neutral-tone dot before it. Unknown syllables come back as given.
 */
export function toZhuyin(reading: string): string {
  const tone = toneOf(reading);
  const bare = reading
    .normalize('NFD')
    .replace(/[\u0304\u0301\u030c\u0300]/g, '')
    .normalize('NFC')
    .replace(/[1-5]$/, '')
    .replace(/v/g, 'ü')
    .toLowerCase();
  const spelled = Y_W[bare] ?? bare;
  const initial = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcs])/.exec(spelled)?.[0] ?? '';
  let final = spelled.slice(initial.length);
  // After j, q, x the letter u is ü; after the sibilants and r, a bare i is the empty rime.
  if (/^[jqx]$/.test(initial) && final.startsWith('u')) final = `ü${final.slice(1)}`;
  let body: string | undefined;
  if (final === 'i' && /^(zh|ch|sh|r|z|c|s)$/.test(initial)) body = INITIALS[initial];
  else if (FINALS[final]) body = (initial ? INITIALS[initial] : '') + FINALS[final];
  if (!body) return reading;
  return tone === 5 ? `˙${body}` : body + TONE_MARKS[tone];
}
