/**
 * The run-time form of a conversion table and its single-pass, greedy
 * longest-match conversion (OpenCC's segmentation, done once).
 *
 * Why this shape: opencc-js builds a Map-of-Maps trie per dictionary (and one
 * more for segmentation), ~100–300 ms per direction before the first call.
 * Here single characters are a 64K typed array, filled at once (a few thousand
 * pairs), and phrases stay in the generated strings (sorted by key) until text
 * needs them: the first time a unit is seen as a phrase start, the phrases
 * beginning with it are loaded into one Map. Hashed tables of "which phrase
 * lengths start with these two (three) units" make most positions cost a few
 * array reads and no string; a Map probe happens only for a likely phrase. Output goes into a Uint16Array of the input's length
 * (every mapping preserves UTF-16 length). Numbers: bench/engine-convert.ts.
 */
import type { TableData } from './table-data';

/** Phrases are 2..15 UTF-16 units long: the lengths are bits of a Uint16. */
const MAX_PHRASE = 15;
const PAIR_BITS = 18;
const PAIR_MASK = (1 << PAIR_BITS) - 1;

export interface PhraseRule {
  readonly from: string;
  readonly to: string;
}

const pairHash = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) & PAIR_MASK;
const tripleHash = (a: number, b: number, c: number) => (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c) & PAIR_MASK;
/** Length bits 3..15: what the three-unit filter decides. */
const LONG = 0xfff8;

function readChars(list: string, into: Uint16Array): void {
  for (let i = 0; i < list.length; i += 2) into[list.charCodeAt(i)] = list.charCodeAt(i + 1);
}

/** Visits each '|'-separated entry of `list` in [from, to) as offsets, without splitting the whole string. */
function forEachEntry(list: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let start = from;
  while (start < to) {
    const bar = list.indexOf('|', start);
    const end = bar === -1 || bar > to ? to : bar;
    visit(start, end);
    start = end + 1;
  }
}

/**
 * Offset of the first entry of a key-sorted list whose lead unit is ≥ `lead`
 * (list.length if none): a binary search over character offsets, so no index
 * has to be built at start-up.
 */
function firstEntryFrom(list: string, lead: number): number {
  let lo = 0; // always an entry start
  let hi = list.length; // always an entry start or the end
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = list.lastIndexOf('|', mid - 1) + 1; // start of the entry holding mid
    if (list.charCodeAt(start) >= lead) hi = start;
    else {
      const bar = list.indexOf('|', start);
      lo = bar === -1 ? list.length : bar + 1;
    }
  }
  return lo;
}

/** [from, to) offsets of the entries starting with `lead`, without the trailing separator. */
function leadRange(list: string, lead: number): [number, number] {
  const from = firstEntryFrom(list, lead);
  const next = firstEntryFrom(list, lead + 1);
  return [from, next === list.length ? next : next - 1];
}

export class PhraseTable {
  /** Output unit per source unit; 0 means "unchanged". */
  readonly #chars = new Uint16Array(0x10000);
  /** Re-mapping applied to phrase outputs (a region's forms); 0 means "unchanged". */
  readonly #post = new Uint16Array(0x10000);
  /** Bit L set ⇔ a loaded phrase of length L may start with two units hashing here (a superset). */
  readonly #pairLengths = new Uint16Array(1 << PAIR_BITS);
  /** The same for the first three units, for lengths ≥ 3: most long candidates die here, unbuilt. */
  readonly #tripleLengths = new Uint16Array(1 << PAIR_BITS);
  /** Phrase → output; '' means "map its characters through #chars". */
  readonly #phrases = new Map<string, string>();
  /** Phrases whose output is final: #post is not applied (region exceptions, our rules). */
  readonly #final = new Set<string>();
  readonly #loaded = new Uint8Array(0x10000);
  readonly #base: TableData;

  /**
   * A base table, an optional regional layer (its `chars` re-map every output
   * character, its phrases are final) and our phrase rules (final, and they win).
   */
  constructor(base: TableData, region: TableData | null, rules: readonly PhraseRule[]) {
    this.#base = base;
    readChars(base.chars, this.#chars);
    if (region !== null) {
      readChars(region.chars, this.#post);
      for (let c = 0; c < 0x10000; c++) {
        const to = this.#post[this.#chars[c] || c];
        if (to !== 0) this.#chars[c] = to;
      }
      forEachEntry(region.special, 0, region.special.length, (start, end) => {
        const half = (end - start) / 2;
        this.#addFinal(region.special.slice(start, start + half), region.special.slice(start + half, end));
      });
    }
    for (const rule of rules) this.#addFinal(rule.from, rule.to);
  }

  /**
   * Converts `text` in one left-to-right pass. Output unit k replaces input
   * unit k, so the result has the input's length. Lone surrogates and unknown
   * characters are copied unchanged. Linear: ≤ 14 Map probes per position.
   */
  convert(text: string): string {
    const chars = this.#chars;
    const post = this.#post;
    const pairLengths = this.#pairLengths;
    const tripleLengths = this.#tripleLengths;
    const phrases = this.#phrases;
    const loaded = this.#loaded;
    const n = text.length;
    const out = new Uint16Array(n);
    let changed = false;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      let len = 1;
      let value: string | undefined;
      let key = '';
      if (i + 1 < n) {
        if (loaded[c] === 0) this.#load(c);
        const c2 = text.charCodeAt(i + 1);
        let mask = pairLengths[pairHash(c, c2)];
        if ((mask & LONG) !== 0) {
          mask &= i + 2 < n ? tripleLengths[tripleHash(c, c2, text.charCodeAt(i + 2))] | 4 : 4;
        }
        while (mask !== 0 && value === undefined) {
          const l = 31 - Math.clz32(mask);
          mask ^= 1 << l;
          if (i + l > n) continue;
          key = text.slice(i, i + l);
          value = phrases.get(key);
          if (value !== undefined) len = l;
        }
      }
      if (value === undefined || value === '') {
        for (let j = i; j < i + len; j++) {
          const u = text.charCodeAt(j);
          const t = chars[u];
          out[j] = t === 0 ? u : t;
          if (t !== 0 && t !== u) changed = true;
        }
      } else {
        const remap = !this.#final.has(key);
        for (let k = 0; k < len; k++) {
          const v = value.charCodeAt(k);
          const t = remap ? post[v] || v : v;
          out[i + k] = t;
          if (t !== text.charCodeAt(i + k)) changed = true;
        }
      }
      i += len;
    }
    return changed ? decode(out) : text;
  }

  #addPhrase(key: string, value: string): void {
    if ((value !== '' && key.length !== value.length) || key.length < 2 || key.length > MAX_PHRASE) {
      throw new Error(`phrase ${key}→${value} breaks the length-preserving table format`);
    }
    this.#phrases.set(key, value);
    this.#pairLengths[pairHash(key.charCodeAt(0), key.charCodeAt(1))] |= 1 << key.length;
    if (key.length > 2) this.#tripleLengths[tripleHash(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(2))] |= 1 << key.length;
  }

  #addFinal(key: string, value: string): void {
    this.#addPhrase(key, value);
    this.#final.add(key);
  }

  /** Loads the base phrases that start with `lead` (region and rule phrases, already there, win). */
  #load(lead: number): void {
    this.#loaded[lead] = 1;
    const { plain, special } = this.#base;
    const add = (key: string, value: string) => {
      if (!this.#final.has(key)) this.#addPhrase(key, value);
    };
    forEachEntry(plain, ...leadRange(plain, lead), (s, e) => add(plain.slice(s, e), ''));
    forEachEntry(special, ...leadRange(special, lead), (s, e) => {
      const half = (e - s) / 2;
      add(special.slice(s, s + half), special.slice(s + half, e));
    });
  }
}

/** UTF-16 units → string, keeping lone surrogates (TextDecoder would replace them). */
function decode(units: Uint16Array): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += CHUNK) {
    // apply() takes any array-like at run time; TypeScript only types it as number[].
    parts.push(String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return parts.join('');
}
