import { describe, expect, it } from 'vitest';
import { createCharFold, foldText } from './normalize-text';

const fold = createCharFold({ 發: '发', 產: '产', 産: '产', 爲: '为' });

describe('foldText', () => {
  it('folds characters, quotes, full-width ASCII and case', () => {
    expect(foldText('產業「五子」“1＋x＋1”発', fold).text).toBe('产業"五子""1+X+1"発');
  });

  it('drops every kind of inline note the corpus has, and nothing else', () => {
    const text = '爲(wéi / wèi)一(yī / yì /yí)會了(le/liǎo)地(dì / de)長(zhang3)中心(中關村論壇永久會址)打造AI(AI)';
    expect(foldText(text, fold).text).toBe('为一會了地長中心(中關村論壇永久會址)打造AI(AI)');
  });

  it('drops notes and maps each kept unit to its original offset', () => {
    const text = '發(fā)展';
    const folded = foldText(text, fold);
    expect(folded.text).toBe('发展');
    expect([...folded.offsets]).toEqual([0, 5]);
  });

  it('keeps surrogate pairs as two units with their own offsets', () => {
    const folded = foldText('😀產(chǎn)', fold);
    expect(folded.text).toBe('😀产');
    expect([...folded.offsets]).toEqual([0, 1, 2]);
  });

  it('returns an empty result for empty text', () => {
    const folded = foldText('', fold);
    expect(folded.text).toBe('');
    expect(folded.offsets.length).toBe(0);
  });
});
