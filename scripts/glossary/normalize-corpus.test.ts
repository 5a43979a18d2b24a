import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCharFold } from '../../src/engine/glossary/normalize-text';
import { cleanSentence, prepareDoc, readCorpus, sentenceAround } from './normalize-corpus';

describe('readCorpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the .txt documents in name order', () => {
    writeFileSync(join(dir, 'b.txt'), '乙');
    writeFileSync(join(dir, 'a.txt'), '甲');
    writeFileSync(join(dir, 'notes.md'), '不是语料');
    expect(readCorpus(dir)).toEqual([
      { name: 'a.txt', text: '甲' },
      { name: 'b.txt', text: '乙' },
    ]);
  });
});

describe('prepareDoc', () => {
  it('gives folded and plain text that line up unit for unit', () => {
    const doc = prepareDoc({ name: 'x.txt', text: '新質生産(chǎn)力' }, createCharFold({ 質: '质', 産: '产' }));
    expect(doc).toEqual({ name: 'x.txt', folded: '新质生产力', plain: '新質生産力' });
  });
});

describe('cleanSentence', () => {
  it('collapses doubled punctuation and fixes ASCII commas in Chinese text', () => {
    expect(cleanSentence('4月29日,,市委副書記,、市長殷勇調研,,作出更大貢獻,。')).toBe('4月29日，市委副書記、市長殷勇調研，作出更大貢獻。');
  });

  it('keeps number separators and trims table bars and spaces', () => {
    expect(cleanSentence('  增長6%,全市1,000家 | ')).toBe('增長6%，全市1,000家');
  });
});

describe('sentenceAround', () => {
  const plain = '第一句。海淀區是經濟大區，，在全市發展中舉足輕重。第三句';

  it('returns the cleaned sentence holding the occurrence, with its full stop', () => {
    const start = plain.indexOf('經濟');
    expect(sentenceAround(plain, start, start + 2)).toBe('海淀區是經濟大區，在全市發展中舉足輕重。');
  });

  it('cuts a long sentence to a window around the occurrence', () => {
    const long = `${'前'.repeat(80)}中关村${'后'.repeat(80)}。`;
    const start = long.indexOf('中关村');
    const cited = sentenceAround(long, start, start + 3);
    expect(cited).toBe(`…${'前'.repeat(40)}中关村${'后'.repeat(40)}…`);
  });
});
