/** Pinyin letters + tone → Zhuyin (bopomofo), for readers taught in Taiwan. */

const INITIALS: [string, string][] = [
  ['zh', 'ㄓ'], ['ch', 'ㄔ'], ['sh', 'ㄕ'], ['b', 'ㄅ'], ['p', 'ㄆ'], ['m', 'ㄇ'], ['f', 'ㄈ'],
  ['d', 'ㄉ'], ['t', 'ㄊ'], ['n', 'ㄋ'], ['l', 'ㄌ'], ['g', 'ㄍ'], ['k', 'ㄎ'], ['h', 'ㄏ'],
  ['j', 'ㄐ'], ['q', 'ㄑ'], ['x', 'ㄒ'], ['r', 'ㄖ'], ['z', 'ㄗ'], ['c', 'ㄘ'], ['s', 'ㄙ'],
];

const FINALS: Record<string, string> = {
  a: 'ㄚ', o: 'ㄛ', e: 'ㄜ', ê: 'ㄝ', ai: 'ㄞ', ei: 'ㄟ', ao: 'ㄠ', ou: 'ㄡ', an: 'ㄢ', en: 'ㄣ',
  ang: 'ㄤ', eng: 'ㄥ', er: 'ㄦ', ong: 'ㄨㄥ', i: 'ㄧ', ia: 'ㄧㄚ', ie: 'ㄧㄝ', iao: 'ㄧㄠ', iu: 'ㄧㄡ',
  ian: 'ㄧㄢ', in: 'ㄧㄣ', iang: 'ㄧㄤ', ing: 'ㄧㄥ', iong: 'ㄩㄥ', u: 'ㄨ', ua: 'ㄨㄚ', uo: 'ㄨㄛ',
  uai: 'ㄨㄞ', ui: 'ㄨㄟ', uan: 'ㄨㄢ', un: 'ㄨㄣ', uang: 'ㄨㄤ', ü: 'ㄩ', üe: 'ㄩㄝ', üan: 'ㄩㄢ',
  ün: 'ㄩㄣ', n: 'ㄋ', ng: 'ㄫ', m: 'ㄇ',
};

/** y/w spellings rewritten to the finals they stand for. */
const ZERO_INITIAL: Record<string, string> = {
  yi: 'i', ya: 'ia', ye: 'ie', yao: 'iao', you: 'iu', yan: 'ian', yin: 'in', yang: 'iang', ying: 'ing',
  yong: 'iong', yu: 'ü', yue: 'üe', yuan: 'üan', yun: 'ün', wu: 'u', wa: 'ua', wo: 'uo', wai: 'uai',
  wei: 'ui', wan: 'uan', wen: 'un', wang: 'uang', weng: 'ueng',
};

const TONE_MARK = ['', '', 'ˊ', 'ˇ', 'ˋ'];

export function toZhuyin(letters: string, tone: number): string {
  const syllable = letters.toLowerCase().replace(/v/g, 'ü');
  let initial = '';
  let final = ZERO_INITIAL[syllable] ?? syllable;
  if (!(syllable in ZERO_INITIAL)) {
    const found = INITIALS.find(([latin]) => syllable.startsWith(latin) && syllable.length > latin.length);
    if (found) {
      initial = found[1];
      final = syllable.slice(found[0].length);
      // j/q/x write ü as u.
      if ('ㄐㄑㄒ'.includes(initial)) final = final.replace(/^u/, 'ü');
      // zhi chi shi ri zi ci si: the initial alone.
      if (final === 'i' && 'ㄓㄔㄕㄖㄗㄘㄙ'.includes(initial)) final = '';
    }
  }
  const body = final === '' ? '' : final === 'ueng' ? 'ㄨㄥ' : FINALS[final];
  if (body === undefined) return letters; // not a syllable we know: leave it readable as is
  const bopomofo = initial + body;
  return tone === 5 ? `˙${bopomofo}` : bopomofo + TONE_MARK[tone];
}
