import { describe, expect, it } from 'vitest';
import { findDuplicateForms, validateEntries, type CuratedEntry } from './validate-entries';

const good = { id: 'xinzhi', term: '新质生产力', en: 'New quality productive forces', zh: '新质生产力', category: 'concept' };

describe('validateEntries', () => {
  it('accepts well-formed entries and fills optional fields', () => {
    const { entries, errors } = validateEntries([good, { ...good, id: 'b', term: '先立后破', related: ['xinzhi'] }]);
    expect(errors).toEqual([]);
    expect(entries[0]).toEqual({ ...good, aliases: [], readings: undefined, origin: '', related: [] });
    expect(entries[1].related).toEqual(['xinzhi']);
  });

  it('names the entry and field of each malformed value', () => {
    const { errors } = validateEntries([
      { ...good, en: '' },
      { ...good, id: 'c', category: 'policy' },
      { ...good, id: 'd', aliases: '先立后破' },
      { ...good, id: 'Bad Id' },
      { ...good, id: 'e', colour: 'red' },
      'not a mapping',
      { ...good, id: 'f', term: '秘书长', readings: 'mì shū' },
    ]);
    expect(errors).toEqual([
      "entry 'xinzhi': field 'en' must be a non-empty string",
      "entry 'c': field 'category' must be one of plan, slogan, programme, concept, institution, title, place, event, publication",
      "entry 'd': field 'aliases' must be a list of non-empty strings",
      "entry #4: field 'id' must be kebab-case (a-z, 0-9, -)",
      "entry 'e': field 'colour' is not a known field",
      'entry #6: must be a mapping of fields',
      "entry 'f': field 'readings' has 2 syllables for 3 Han characters",
    ]);
  });

  it('reports duplicate ids and related ids that do not resolve', () => {
    const { errors } = validateEntries([
      { ...good, related: ['missing', 'xinzhi'] },
      { ...good, term: '另一个' },
    ]);
    expect(errors).toEqual([
      "entry 'xinzhi': field 'id' duplicates entry #1 (entry #2)",
      "entry 'xinzhi': field 'related' names unknown id 'missing'",
      "entry 'xinzhi': field 'related' lists the entry itself",
    ]);
  });

  it('rejects a file that is not a list', () => {
    expect(validateEntries({ entries: [] }).errors).toEqual(['entries: the file must be a YAML list of entries']);
  });
});

describe('findDuplicateForms', () => {
  const make = (id: string, term: string, aliases: string[] = []): CuratedEntry => ({
    id,
    term,
    aliases,
    en: id,
    zh: id,
    category: 'concept',
    origin: '',
    related: [],
  });
  const keyOf = (form: string): string => form.replace(/[“”]/g, '"');

  it('reports terms and aliases that share a key, across and within entries', () => {
    const errors = findDuplicateForms(
      [make('a', '稳中求进', ['稳中求进工作总基调']), make('b', '“五子”联动', ['"五子"联动']), make('c', '稳中求进工作总基调')],
      keyOf,
    );
    expect(errors).toEqual([
      `entry 'b' field 'aliases[0]': ""五子"联动" duplicates entry 'b' field 'term'`,
      `entry 'c' field 'term': "稳中求进工作总基调" duplicates entry 'a' field 'aliases[0]'`,
    ]);
  });

  it('finds nothing when every key is distinct', () => {
    expect(findDuplicateForms([make('a', '十四五'), make('b', '十三五')], keyOf)).toEqual([]);
  });
});
