import { describe, expect, it } from 'vitest';
import { foldText, createCharFold } from '../../src/engine/glossary/normalize-text';
import { deriveFold } from './derive-fold';
import { deriveForms } from './derive-forms';
import type { CuratedEntry } from './validate-entries';

describe('deriveFold', () => {
  const fold = deriveFold(['新质生产力', '海淀'], ['加快形成新質生産力，海澱區發展。']);

  it('folds Traditional and naive-conversion characters the terms use', () => {
    expect(fold).toMatchObject({ 質: '质', 產: '产', 産: '产', 澱: '淀' });
  });

  it('leaves out characters no term uses', () => {
    expect(fold).not.toHaveProperty('區');
    expect(fold).not.toHaveProperty('發');
  });

  it('is sorted by character so the output diffs stay small', () => {
    expect(Object.keys(fold)).toEqual(Object.keys(fold).sort());
  });
});

describe('deriveForms', () => {
  const entry: CuratedEntry = {
    id: 'wenzhong',
    term: '稳中求进',
    aliases: ['稳中求进工作总基调'],
    en: 'x',
    zh: 'x',
    category: 'slogan',
    origin: '',
    related: [],
  };
  const charFold = createCharFold(deriveFold(['稳中求进', '稳中求进工作总基调'], []));
  const keyOf = (form: string): string => foldText(form, charFold).text;

  it('derives the Taiwan and Hong Kong forms and the reading', () => {
    const forms = deriveForms(entry, keyOf);
    expect(forms.term).toEqual({ hans: '稳中求进', tw: '穩中求進', hk: '穩中求進' });
    expect(forms.pinyin).toBe('wěn zhōng qiú jìn');
  });

  it('keeps only aliases whose key is new', () => {
    expect(deriveForms(entry, keyOf).aliases).toEqual(['稳中求进工作总基调']);
  });

  it('takes the curated reading over the derived one', () => {
    const mishuzhang = { ...entry, term: '秘书长', aliases: [], readings: 'mì shū zhǎng' };
    expect(deriveForms(mishuzhang, keyOf).pinyin).toBe('mì shū zhǎng');
  });
});
