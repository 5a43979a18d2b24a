import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createTermMatcher } from '../../src/engine/glossary/create-term-matcher';
import type { GlossaryData } from '../../src/engine/glossary/types';
import { buildGlossary, GlossaryBuildError, summarize, writeGlossary } from './run-build';

const root = mkdtempSync(join(tmpdir(), 'glossary-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const corpus = {
  'a.txt': '加快形成新質生産(chǎn)力，，推動“十四五”規劃落地。區人(rén)大(dà)常委會主任出席。',
  'b.txt': '坚持稳中求进工作总基调，发展新质生产力。深化“五子”联动。',
};

const entries = [
  { id: 'xinzhi', term: '新质生产力', en: 'New quality productive forces', zh: '新质生产力', category: 'concept', related: ['shisiwu'] },
  { id: 'shisiwu', term: '十四五', aliases: ['“十四五”规划'], en: '14th FYP', zh: '十四五', category: 'plan' },
  { id: 'renda', term: '区人大常委会', en: 'District congress standing committee', zh: '区人大常委会', category: 'institution' },
  { id: 'wenzhong', term: '稳中求进', aliases: ['稳中求进工作总基调'], en: 'Stability', zh: '稳中求进', category: 'slogan' },
];

let runs = 0;
/** A fresh directory with the tiny corpus and `list` as entries.yaml. */
function setUp(list: unknown, docs: Record<string, string> = corpus): { entriesFile: string; corpusDir: string } {
  const dir = join(root, String(runs++));
  const corpusDir = join(dir, 'corpus');
  mkdirSync(corpusDir, { recursive: true });
  for (const [name, text] of Object.entries(docs)) writeFileSync(join(corpusDir, name), text);
  const entriesFile = join(dir, 'entries.yaml');
  writeFileSync(entriesFile, typeof list === 'string' ? list : stringify(list));
  return { entriesFile, corpusDir };
}

function problemsOf(list: unknown, docs?: Record<string, string>): string[] {
  try {
    buildGlossary(setUp(list, docs));
  } catch (error) {
    if (error instanceof GlossaryBuildError) return error.problems;
    throw error;
  }
  return [];
}

describe('buildGlossary on a tiny corpus', () => {
  const paths = setUp(entries);
  const result = buildGlossary(paths);
  const byId = new Map(result.glossary.entries.map((e) => [e.id, e]));

  it('derives forms and readings and sorts entries by id', () => {
    expect(result.glossary.entries.map((e) => e.id)).toEqual(['renda', 'shisiwu', 'wenzhong', 'xinzhi']);
    expect(byId.get('xinzhi')?.term).toEqual({ hans: '新质生产力', tw: '新質生產力', hk: '新質生產力' });
    expect(byId.get('xinzhi')?.pinyin).toBe('xīn zhì shēng chǎn lì');
    expect(byId.get('renda')?.origin).toBe('');
  });

  it('cites noisy occurrences cleaned, in the document script', () => {
    expect(byId.get('xinzhi')?.citations).toEqual([
      { doc: 'a.txt', text: '加快形成新質生産力，推動“十四五”規劃落地。' },
      { doc: 'b.txt', text: '坚持稳中求进工作总基调，发展新质生产力。' },
    ]);
    expect(byId.get('renda')?.citations).toEqual([{ doc: 'a.txt', text: '區人大常委會主任出席。' }]);
  });

  it('ships a fold that lets the matcher read the noisy document', () => {
    const matcher = createTermMatcher(result.glossary);
    expect(matcher.find(corpus['a.txt']).map((m) => m.id)).toEqual(['xinzhi', 'shisiwu', 'renda']);
  });

  it('reports uncovered quoted slogans as candidates', () => {
    expect(result.candidates.map((c) => c.text)).toContain('五子');
    expect(summarize(result)).toMatch(/^glossary: 4 entries \(4 with citations\)/);
  });

  it('writes glossary.json and candidates.txt', () => {
    const out = join(root, 'out');
    mkdirSync(out);
    writeGlossary(out, result);
    const written = JSON.parse(readFileSync(join(out, 'glossary.json'), 'utf8')) as GlossaryData;
    expect(written).toEqual(result.glossary);
    expect(readFileSync(join(out, 'candidates.txt'), 'utf8')).toContain('numbered\t1\t五子\tb.txt');
  });
});

describe('buildGlossary failures name the entry and field', () => {
  it('a malformed entry', () => {
    expect(problemsOf([...entries, { id: 'x', term: '五子', zh: '五子', category: 'concept' }])).toEqual([
      "entry 'x': field 'en' must be a non-empty string",
    ]);
  });

  it('a duplicate id', () => {
    expect(problemsOf([...entries, { ...entries[0], term: '五子' }])).toEqual([
      "entry 'xinzhi': field 'id' duplicates entry #1 (entry #5)",
    ]);
  });

  it('a duplicate term or alias, in either script', () => {
    expect(problemsOf([...entries, { ...entries[0], id: 'again', term: '新質生產力' }])).toEqual([
      `entry 'again' field 'term': "新質生產力" duplicates entry 'xinzhi' field 'term'`,
    ]);
    expect(problemsOf([...entries, { ...entries[1], id: 'plan', term: '“十四五”规划', aliases: [] }])).toEqual([
      `entry 'plan' field 'term': "“十四五”规划" duplicates entry 'shisiwu' field 'aliases[0]'`,
    ]);
  });

  it('an unknown related id', () => {
    expect(problemsOf([{ ...entries[0], related: ['nowhere'] }])).toEqual([
      "entry 'xinzhi': field 'related' names unknown id 'nowhere'",
    ]);
  });

  it('an entry or alias that no longer occurs', () => {
    expect(problemsOf([{ ...entries[3], aliases: ['稳中求进总基调'] }, { ...entries[0], id: 'gone', term: '先立后破', related: [] }])).toEqual([
      `entry 'wenzhong': field 'aliases[0]' ("稳中求进总基调") no longer occurs in the corpus`,
      `entry 'gone': field 'term' ("先立后破") no longer occurs in the corpus`,
    ]);
  });

  it('a file that is not YAML, or an empty corpus', () => {
    const [problem] = problemsOf('- id: [unclosed');
    expect(problem).toMatch(/entries\.yaml: .+/);
    expect(problemsOf(entries, {})).toEqual([expect.stringMatching(/corpus: no \*\.txt documents$/)]);
  });
});
