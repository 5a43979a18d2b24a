import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../engine/glossary/types';
import { exportRows, toAnkiCsv, toPlecoTsv } from './export-terms';

const entry = (patch: Partial<GlossaryEntry>): GlossaryEntry => ({
  id: 'x',
  term: { hans: '新质生产力', tw: '新質生產力', hk: '新質生產力' },
  aliases: [],
  pinyin: 'xīn zhì shēng chǎn lì',
  en: 'New quality productive forces',
  zh: '创新起主导作用的先进生产力。',
  category: 'concept',
  origin: '',
  related: [],
  citations: [],
  ...patch,
});

const xinzhi = entry({ id: 'xinzhi' });
const zhanlve = entry({
  id: 'zhanlve',
  term: { hans: '战略性', tw: '戰略性', hk: '戰略性' },
  pinyin: 'zhàn lüè xìng',
  en: 'Strategic, "key", and\tlong-term',
});
const same = entry({ id: 'same', term: { hans: '海淀', tw: '海淀', hk: '海淀' }, pinyin: 'hǎi diàn', en: 'Haidian' });
const lookup = (id: string) => [xinzhi, zhanlve, same].find((e) => e.id === id);

describe('exportRows', () => {
  it('keeps seen terms still in the glossary, most seen first', () => {
    const rows = exportRows({ same: { count: 1, lastSeen: 1 }, gone: { count: 9, lastSeen: 1 }, xinzhi: { count: 4, lastSeen: 1 } }, lookup);
    expect(rows.map((r) => [r.entry.id, r.count])).toEqual([['xinzhi', 4], ['same', 1]]);
  });
});

describe('Anki CSV', () => {
  it('starts with the header lines Anki reads and quotes fields that need it', () => {
    const csv = toAnkiCsv([{ entry: zhanlve, count: 2 }]);
    const lines = csv.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:comma', '#html:false', '#columns:Simplified,Traditional,Pinyin,English,Chinese,Seen']);
    expect(lines[3]).toBe('战略性,戰略性,zhàn lüè xìng,"Strategic, ""key"", and\tlong-term",创新起主导作用的先进生产力。,2');
  });
});

describe('Pleco TSV', () => {
  it('writes 简体[繁體], tone-number pinyin (ü kept) and the English, one card per line', () => {
    const tsv = toPlecoTsv([{ entry: xinzhi, count: 1 }, { entry: zhanlve, count: 1 }, { entry: same, count: 1 }]);
    expect(tsv.split('\n')).toEqual([
      '新质生产力[新質生產力]\txin1zhi4sheng1chan3li4\tNew quality productive forces',
      '战略性[戰略性]\tzhan4lüe4xing4\tStrategic, "key", and long-term',
      '海淀\thai3dian4\tHaidian',
      '',
    ]);
  });
});
