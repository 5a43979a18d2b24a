// Installing the word matcher changes pinyin-pro for the whole module graph of
// this file (vitest isolates test files), which is the point: before/after.
import { readdirSync, readFileSync } from 'node:fs';
import { addDict, pinyin, removeDict, segment, OutputFormat } from 'pinyin-pro';
import { AC, acTree, PatternsNormal, type MatchPattern, type SurnameMode } from 'pinyin-pro/dist/esm/common/segmentit/index.mjs';
import { describe, expect, it } from 'vitest';
import { installWordMatcher, WordMatcher } from './fast-matcher';
import { readPinyin } from './read-pinyin';

const corpusDir = new URL('../../../assets/corpus/', import.meta.url);
const corpus = readdirSync(corpusDir).map((name) => readFileSync(new URL(name, corpusDir), 'utf8'));
const goldClauses = readFileSync(new URL('../../../tests/gold/pinyin.tsv', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t')[0])
  .filter(Boolean);

/** Seeded strings of dictionary words, their halves and stray characters: overlapping matches everywhere. */
function wordSoup(count: number, seed: number): string[] {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % n;
  };
  const words = PatternsNormal.map((p) => p.zh);
  const out: string[] = [];
  for (let s = 0; s < count; s++) {
    let text = '';
    for (let k = 0; k < 12; k++) {
      const word = words[next(words.length)];
      const cut = next(3);
      text += cut === 0 ? word : cut === 1 ? word.slice(1) : word.slice(0, -1) + '的';
    }
    out.push(text);
  }
  return out;
}

const texts = [...corpus.flatMap((page) => page.split(/[。！？\n]/)), ...goldClauses, ...wordSoup(400, 7)].filter((t) => t.length > 0);

const essential = (matches: MatchPattern[]) => matches.map((m) => `${m.index}:${m.zh}:${m.pinyin}:${m.priority}:${m.probability}`);

describe('WordMatcher', () => {
  it('finds exactly what pinyin-pro\'s automaton finds, in the same order, in every surname mode', () => {
    const automaton = new AC();
    automaton.build(PatternsNormal);
    const matcher = new WordMatcher();
    matcher.build(PatternsNormal);
    let compared = 0;
    for (const surname of ['all', 'head', 'off'] as SurnameMode[]) {
      for (const text of texts) {
        expect(essential(matcher.match(text, surname)), text).toEqual(essential(automaton.match(text, surname)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1500);
  });

  it('built in steps, finds what one build finds, and a later build of the same list only finishes it', () => {
    const whole = new WordMatcher();
    whole.build(PatternsNormal);
    const stepped = new WordMatcher();
    let steps = 0;
    while (!stepped.buildSome(PatternsNormal, 1000)) steps++;
    expect(steps).toBe(Math.ceil(PatternsNormal.length / 1000) - 1);
    // What pinyin-pro's ensureAcBuilt does next: build the same list. Nothing may be added twice.
    stepped.build(PatternsNormal);
    const halfway = new WordMatcher();
    halfway.buildSome(PatternsNormal, 2000);
    halfway.build(PatternsNormal);
    for (const text of texts.slice(0, 300)) {
      const expected = essential(whole.match(text, 'off'));
      expect(essential(stepped.match(text, 'off')), text).toEqual(expected);
      expect(essential(halfway.match(text, 'off')), text).toEqual(expected);
    }
    expect(stepped.patternsAdded).toBe(PatternsNormal.length);
    expect(halfway.patternsAdded).toBe(PatternsNormal.length);
    // A list never begun in steps is added whole each time, as pinyin-pro's automaton does.
    const custom = [{ ...PatternsNormal[0], pinyin: 'x' }];
    whole.build(custom);
    whole.build(custom);
    expect(whole.patternsAdded).toBe(PatternsNormal.length + 2);
  });

  it('keeps the best pattern first when one word comes from several dictionaries, and forgets a removed one', () => {
    const matcher = new WordMatcher();
    const base = { zh: '银行', pinyin: 'yín háng', probability: 1e-7, length: 2, priority: 1, dict: 'base' };
    const custom = { ...base, pinyin: 'yín xíng', priority: 100, dict: 'custom' };
    matcher.build([base]);
    matcher.build([custom]);
    expect(matcher.match('银行', 'all').map((m) => m.pinyin)).toEqual(['yín xíng']);
    matcher.removeDict('custom');
    expect(matcher.match('银行', 'all').map((m) => m.pinyin)).toEqual(['yín háng']);
    matcher.removeDict('base');
    expect(matcher.match('银行', 'all')).toEqual([]);
  });
});

describe('installWordMatcher on pinyin-pro', () => {
  it('leaves pinyin(), segment() and readPinyin() output unchanged, and addDict/removeDict still work', () => {
    const sample = texts.filter((_, i) => i % 3 === 0);
    const run = () =>
      sample.map((t) => [
        pinyin(t, { toneSandhi: false }),
        JSON.stringify(segment(t, { format: OutputFormat.AllArray, toneSandhi: false })),
        JSON.stringify(readPinyin(t)),
      ]);
    const before = run();
    const matcher = installWordMatcher(acTree);
    expect(acTree.match('中华人民共和国', 'all')).toEqual(matcher.match('中华人民共和国', 'all'));
    expect(run()).toEqual(before);

    // A custom dictionary through the public API goes into the replacement.
    expect(pinyin('政读')).not.toBe('zhèng dòu');
    addDict({ 政读: 'zhèng dòu' }, 'test-dict');
    expect(pinyin('政读')).toBe('zhèng dòu');
    removeDict('test-dict');
    expect(pinyin('政读')).not.toBe('zhèng dòu');
  });
});
