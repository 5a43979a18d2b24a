import { describe, expect, it } from 'vitest';
import { PhraseTable } from './phrase-table';
import type { TableData } from './table-data';

// A tiny table in the generated format, each list sorted by key.
const base: TableData = {
  chars: '后後发發里裏来來',
  plain: '后来|里程',
  special: '公里公里|头发頭髮|头发长頭髮長|来里來里|皇后皇后|程里程里',
};
const region: TableData = { chars: '裏裡', plain: '', special: '' };

describe('PhraseTable', () => {
  it('finds the first and the last phrase of each sorted list (loaded lazily by lead unit)', () => {
    const table = new PhraseTable(base, null, []);
    expect(table.convert('公里')).toBe('公里');
    expect(table.convert('程里')).toBe('程里');
    // Plain phrases show by segmentation: 后来 consumes 来, so 来里 cannot match.
    expect(table.convert('后来里')).toBe('後來裏');
    expect(table.convert('里程里')).toBe('裏程裏');
  });

  it('prefers the longest phrase and maps the rest character by character', () => {
    const table = new PhraseTable(base, null, []);
    expect(table.convert('后里皇后头发发')).toBe('後裏皇后頭髮發');
  });

  it('finds longer phrases behind the two- and three-unit filters, at the end of the text too', () => {
    const table = new PhraseTable(base, null, []);
    expect(table.convert('头发长')).toBe('頭髮長');
    expect(table.convert('头发长了，头发')).toBe('頭髮長了，頭髮');
  });

  it('applies the regional character layer to characters and phrase outputs alike', () => {
    const table = new PhraseTable({ ...base, special: base.special + '|里面裏面' }, region, []);
    expect(table.convert('里')).toBe('裡');
    expect(table.convert('里面')).toBe('裡面');
  });

  it('lets rules win over base phrases and keeps their output as written', () => {
    const table = new PhraseTable(base, region, [{ from: '头发', to: '頭发' }]);
    expect(table.convert('头发')).toBe('頭发');
  });

  it('rejects a rule that would change the length', () => {
    expect(() => new PhraseTable(base, null, [{ from: '头发', to: '頭' }])).toThrow(/length/);
  });

  it('returns the very same string when nothing changes', () => {
    const text = 'nothing to convert 中文';
    expect(new PhraseTable(base, null, []).convert(text)).toBe(text);
  });
});
