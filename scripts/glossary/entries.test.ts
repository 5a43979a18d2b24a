/** The curated assets/glossary/entries.yaml and the glossary.json built from it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildGlossary } from './run-build';
import { validateEntries } from './validate-entries';

const dir = fileURLToPath(new URL('../../assets/', import.meta.url));
const entriesFile = `${dir}glossary/entries.yaml`;
const { entries, errors } = validateEntries(parse(readFileSync(entriesFile, 'utf8')));

describe('curated entries.yaml', () => {
  it('is well-formed: every entry has en, zh and a category; ids unique; related resolve', () => {
    expect(errors).toEqual([]);
    expect(entries.length).toBeGreaterThan(100);
  });

  it('covers the terms the brief names', () => {
    const terms = new Set(entries.flatMap((e) => [e.term, ...e.aliases]));
    for (const term of ['新质生产力', '十四五', '十五五', '十三五', '接诉即办', '“五子”联动', '七有', '五性', '京津冀协同发展',
      '先立后破', '1+X+1', '“296X”先进制造业集群', '“132”总体部署', '专精特新', '海英计划', '四个中心', '中关村',
      '新春第一会', '稳中求进', '新发展理念', '新发展格局', '主题教育', '两个大局', '区人大常委会', '区政协', '四套班子',
      '常务副市长', '秘书长', '首都之窗']) {
      expect(terms, term).toContain(term);
    }
  });

  it('writes explanations in the right language', () => {
    for (const entry of entries) {
      expect(entry.en, entry.id).toMatch(/^[^\p{Script=Han}]/u);
      expect(entry.zh, entry.id).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('assets/glossary/glossary.json', () => {
  it('is what `npm run glossary` builds from the current entries and corpus', () => {
    const { glossary } = buildGlossary({ entriesFile, corpusDir: `${dir}corpus` });
    const shipped = JSON.parse(readFileSync(`${dir}glossary/glossary.json`, 'utf8')) as unknown;
    expect(shipped).toEqual(glossary);
  });
});
