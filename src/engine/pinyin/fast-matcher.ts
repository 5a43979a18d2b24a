/**
 * A drop-in for pinyin-pro's word automaton that costs almost nothing to build.
 *
 * Why: every pinyin()/segment() call searches pinyin-pro's Aho–Corasick trie of
 * its ~4,700 words, and the first call builds it: one TrieNode object with its
 * own Map per trie node, then the failure links — about 40 ms in Node and more
 * in a page, on the critical path of the first screen of pinyin (pinyin-pro
 * otherwise builds it in one idle callback, a long task of its own).
 * Words are at most a few characters long, so the same matches come from a hash
 * map of the words and, per character, which word lengths end with it: a few
 * map probes per character, and a build that fills one Map and two small tables.
 *
 * Same results by construction, checked on the corpus by fast-matcher.test.ts:
 * at each end position, every dictionary word that ends there, longest first,
 * each as its best pattern (pinyin-pro's priority order) that passes the
 * surname filter — the order the automaton's output links produce.
 *
 * Installed only by the extension's pinyin entry (entrypoints/engine-pinyin.ts):
 * it replaces methods on pinyin-pro's shared instance, which would also change
 * the "plain pinyin-pro" baselines of scripts/eval.ts and the benchmarks.
 */
import type { AC, MatchPattern, Pattern, SurnameMode } from 'pinyin-pro/dist/esm/common/segmentit/index.mjs';
import { codePoints } from './code-points';

/** pinyin-pro's Priority.Surname: surname-only readings, skipped when surname mode is "off". */
const SURNAME_PRIORITY = 10;

/** Longer words are ignored (pinyin-pro's own are at most 5 characters; custom ones rarely longer). */
const MAX_WORD = 30;

/** One word: its code points, its patterns best first, and the next word whose key collides. */
interface WordEntry {
  readonly zh: string;
  readonly codes: readonly number[];
  patterns: Pattern[];
  next: WordEntry | undefined;
}

/**
 * Hash of a word's code points, built from its last character backwards, so the
 * keys of all words ending at one position come out of one pass:
 * keyOf(c[j..i]) = step(keyOf(c[j+1..i]), c[j]).
 */
const step = (key: number, code: number): number => (Math.imul(key ^ code, 0x9e3779b1) + 0x7f4a7c15) | 0;
const SEED = 0x2545f491;
/** Map keys kept to 30 bits: small integers, which V8 hashes and stores without boxing. */
const toMapKey = (key: number): number => key & 0x3fffffff;

export class WordMatcher {
  /** Key → words with that key (a chain, verified by code points). */
  readonly #words = new Map<number, WordEntry>();
  /** Last character's code (BMP) → bit L set ⇔ some word of L characters ends with it. */
  readonly #endLengths = new Uint32Array(0x10000);
  /** The same for characters outside the BMP (rare in words). */
  readonly #astralEndLengths = new Map<number, number>();
  readonly #byDict = new Map<string | symbol, Set<Pattern>>();
  #maxLength = 0;
  /** Scratch: keys of the candidate words ending at the current position, by length. */
  readonly #keys = new Int32Array(MAX_WORD + 1);
  /** Scratch: the code points of the text being matched. */
  #codes = new Int32Array(256);

  #added = 0;

  /** Patterns added so far, counting a pattern added twice twice. */
  get patternsAdded(): number {
    return this.#added;
  }

  /** Lists built in steps (buildSome), with how many of their patterns are in. */
  readonly #progress = new WeakMap<readonly Pattern[], number>();

  /** Adds `list`'s patterns; a list begun with buildSome is finished from where it stopped, never added twice. */
  build(list: readonly Pattern[]): void {
    const from = this.#progress.get(list);
    if (from === undefined) {
      for (const pattern of list) this.#add(pattern);
      return;
    }
    this.buildSome(list, list.length - from);
  }

  /**
   * Adds up to `count` more of `list`'s patterns; true once all are in. Lets the
   * first build (pinyin-pro's ~4,700 words, tens of ms while the code is cold in
   * a page) be spread over several tasks.
   */
  buildSome(list: readonly Pattern[], count: number): boolean {
    const from = this.#progress.get(list) ?? 0;
    const to = Math.min(list.length, from + count);
    for (let i = from; i < to; i++) this.#add(list[i]);
    this.#progress.set(list, to);
    return to === list.length;
  }

  removeDict(name: string | symbol): void {
    const set = this.#byDict.get(name);
    if (!set) return;
    for (const pattern of set) {
      const entry = this.#find(pattern.zh);
      if (entry) entry.patterns = entry.patterns.filter((p) => p !== pattern);
      // An entry left without patterns stays, matching nothing; the length bits only filter.
    }
    this.#byDict.delete(name);
  }

  match(text: string, surname: SurnameMode, zhChars: string[] = codePoints(text)): MatchPattern[] {
    const result: MatchPattern[] = [];
    const words = this.#words;
    const endLengths = this.#endLengths;
    const keys = this.#keys;
    const n = zhChars.length;
    if (this.#codes.length < n) this.#codes = new Int32Array(n * 2);
    const codes = this.#codes;
    for (let i = 0; i < n; i++) codes[i] = zhChars[i].codePointAt(0) ?? 0;
    for (let i = 0; i < n; i++) {
      const last = codes[i];
      let lengths = last < 0x10000 ? endLengths[last] : (this.#astralEndLengths.get(last) ?? 0);
      if (lengths === 0) continue;
      // A word cannot start before the text does.
      const longest = Math.min(i + 1, this.#maxLength);
      lengths &= (2 << longest) - 1;
      if (lengths === 0) continue;
      const longestWanted = 31 - Math.clz32(lengths);
      let key = SEED;
      for (let length = 1; length <= longestWanted; length++) keys[length] = key = step(key, codes[i - length + 1]);
      // Longest first, as the automaton's output links give them.
      while (lengths !== 0) {
        const length = 31 - Math.clz32(lengths);
        lengths &= ~(1 << length);
        let entry = words.get(toMapKey(keys[length]));
        while (entry !== undefined && !sameCodes(entry.codes, codes, i - length + 1)) entry = entry.next;
        if (entry === undefined) continue;
        const best = pickPattern(entry.patterns, surname, i);
        if (best) result.push(matchOf(best, i - best.length + 1));
      }
    }
    return result;
  }

  #find(zh: string, key: number = mapKeyOf(zh)): WordEntry | undefined {
    let entry = this.#words.get(key);
    while (entry !== undefined && entry.zh !== zh) entry = entry.next;
    return entry;
  }

  #add(pattern: Pattern): void {
    const codes = codesOf(pattern.zh);
    const length = codes.length;
    this.#added++;
    if (length === 0 || length > MAX_WORD) return;
    // One key per word, for the lookup and the insertion alike (this runs for every word at start-up).
    const key = toMapKey(keyOf(codes));
    const existing = this.#find(pattern.zh, key);
    if (existing) insertByPriority(existing.patterns, pattern);
    else this.#words.set(key, { zh: pattern.zh, codes, patterns: [pattern], next: this.#words.get(key) });
    const last = codes[length - 1];
    if (last < 0x10000) this.#endLengths[last] |= 1 << length;
    else this.#astralEndLengths.set(last, (this.#astralEndLengths.get(last) ?? 0) | (1 << length));
    if (length > this.#maxLength) this.#maxLength = length;
    let set = this.#byDict.get(pattern.dict);
    if (!set) this.#byDict.set(pattern.dict, (set = new Set()));
    set.add(pattern);
  }
}

/**
 * A copy of `pattern` with its position, as the automaton returns (callers may
 * change the copy). One literal shape for every match: spreading patterns of
 * several shapes went through V8's slow generic copy.
 */
function matchOf(pattern: Pattern, index: number): MatchPattern {
  return {
    zh: pattern.zh,
    pinyin: pattern.pinyin,
    probability: pattern.probability,
    length: pattern.length,
    priority: pattern.priority,
    dict: pattern.dict,
    pos: pattern.pos,
    index,
  };
}

function codesOf(word: string): number[] {
  return codePoints(word).map((c) => c.codePointAt(0) ?? 0);
}

const mapKeyOf = (word: string): number => toMapKey(keyOf(codesOf(word)));

function keyOf(codes: readonly number[]): number {
  let key = SEED;
  for (let k = codes.length - 1; k >= 0; k--) key = step(key, codes[k]);
  return key;
}

function sameCodes(word: readonly number[], codes: Int32Array, from: number): boolean {
  for (let k = 0; k < word.length; k++) if (word[k] !== codes[from + k]) return false;
  return true;
}

/** The first pattern the surname mode allows (pinyin-pro's filter; `end` is the match's last index). */
function pickPattern(list: readonly Pattern[], surname: SurnameMode, end: number): Pattern | undefined {
  for (const pattern of list) {
    if (surname === 'off' ? pattern.priority !== SURNAME_PRIORITY : surname === 'head' ? pattern.length - 1 - end === 0 : true) {
      return pattern;
    }
  }
  return undefined;
}

/**
 * pinyin-pro's AC.insertPattern: higher priority first; within a priority, a
 * later pattern goes before earlier ones of lower or equal probability.
 */
function insertByPriority(patterns: Pattern[], pattern: Pattern): void {
  for (let i = patterns.length - 1; i >= 0; i--) {
    const other = patterns[i];
    if ((pattern.priority === other.priority && pattern.probability >= other.probability) || pattern.priority > other.priority) {
      patterns[i + 1] = other;
    } else {
      patterns[i + 1] = pattern;
      return;
    }
  }
  patterns[0] = pattern;
}

/**
 * Makes pinyin-pro's shared automaton `ac` use a WordMatcher. Its own search()
 * (tokenisation over the matches) stays and calls the replaced match(). If the
 * automaton was already built, its words (every dictionary added so far, in
 * order) are carried over.
 */
export function installWordMatcher(ac: AC): WordMatcher {
  const matcher = new WordMatcher();
  for (const set of ac.dictMap.values()) matcher.build([...set]);
  ac.build = (list) => matcher.build(list);
  ac.removeDict = (name) => {
    matcher.removeDict(name);
    ac.dictMap.delete(name);
  };
  ac.match = (text, surname, zhChars) => matcher.match(text, surname, zhChars);
  return matcher;
}
