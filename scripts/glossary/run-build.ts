/**
 * The glossary build as one function over explicit paths, so tests can run it on a
 * temporary corpus: curated entries + corpus → glossary.json and candidates.txt.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createTermMatcher } from '../../src/engine/glossary/create-term-matcher';
import { stripPinyinNotes } from '../../src/engine/text/pinyin-notes';
import { createCharFold, foldText } from '../../src/engine/glossary/normalize-text';
import { GLOSSARY_VERSION, type GlossaryData, type GlossaryEntry } from '../../src/engine/glossary/types';
import { deriveFold } from './derive-fold';
import { deriveForms } from './derive-forms';
import { toScript } from './engine-adapter';
import { extractCandidates, formatCandidates, type Candidate } from './extract-candidates';
import { collectCitations, occursInCorpus } from './find-citations';
import { prepareDoc, readCorpus } from './normalize-corpus';
import { curatedForms, findDuplicateForms, validateEntries } from './validate-entries';

export const MAX_CITATIONS = 3;

export interface BuildPaths {
  entriesFile: string;
  corpusDir: string;
}

export interface BuildResult {
  glossary: GlossaryData;
  candidates: Candidate[];
}

/** Everything wrong with the inputs, one line per problem. */
export class GlossaryBuildError extends Error {
  constructor(readonly problems: string[]) {
    super(`glossary build failed:\n  ${problems.join('\n  ')}`);
    this.name = 'GlossaryBuildError';
  }
}

function readEntries(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new GlossaryBuildError([`${file}: ${(error as Error).message}`]);
  }
}

export function buildGlossary({ entriesFile, corpusDir }: BuildPaths): BuildResult {
  const { entries, errors } = validateEntries(readEntries(entriesFile));
  if (errors.length > 0) throw new GlossaryBuildError(errors);

  const corpus = readCorpus(corpusDir);
  if (corpus.length === 0) throw new GlossaryBuildError([`${corpusDir}: no *.txt documents`]);
  const forms = entries.flatMap((entry) => curatedForms(entry).map(({ form }) => form));
  const fold = deriveFold(forms, corpus.map((doc) => doc.text));
  const charFold = createCharFold(fold);
  const keyOf = (form: string): string => foldText(form, charFold).text;

  const duplicates = findDuplicateForms(entries, keyOf);
  if (duplicates.length > 0) throw new GlossaryBuildError(duplicates);

  const docs = corpus.map((doc) => prepareDoc(doc, charFold));
  const missing = entries.flatMap((entry) =>
    curatedForms(entry)
      .filter(({ form }) => !occursInCorpus(keyOf(form), docs))
      .map(({ field, form }) => `entry '${entry.id}': field '${field}' ("${form}") no longer occurs in the corpus`),
  );
  if (missing.length > 0) throw new GlossaryBuildError(missing);

  const built: GlossaryEntry[] = entries
    .map((entry) => {
      const { term, aliases, pinyin } = deriveForms(entry, keyOf);
      const { id, en, zh, category, origin, related } = entry;
      return { id, term, aliases, pinyin, en, zh, category, origin, related, citations: [] };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const glossary: GlossaryData = { version: GLOSSARY_VERSION, fold, entries: built };

  const keys = new Map(entries.map((entry) => [entry.id, curatedForms(entry).map(({ form }) => keyOf(form))]));
  const keysOf = (id: string): string[] => keys.get(id) ?? [];
  const citations = collectCitations(createTermMatcher(glossary), built.map((e) => e.id), keysOf, docs, MAX_CITATIONS);
  for (const entry of built) entry.citations = citations.get(entry.id) ?? [];

  const simplifiedDocs = corpus.map((doc) => ({ name: doc.name, text: toScript(stripPinyinNotes(doc.text), 'zh-Hans') }));
  const candidates = extractCandidates(simplifiedDocs, forms.map(keyOf), keyOf);
  return { glossary, candidates };
}

/** Writes glossary.json (one entry per block, stable order) and candidates.txt into `outDir`. */
export function writeGlossary(outDir: string, { glossary, candidates }: BuildResult): void {
  writeFileSync(join(outDir, 'glossary.json'), JSON.stringify(glossary, null, 1) + '\n');
  writeFileSync(join(outDir, 'candidates.txt'), formatCandidates(candidates));
}

/** The lines the CLI prints after a successful build. */
export function summarize({ glossary, candidates }: BuildResult): string {
  const cited = glossary.entries.filter((e) => e.citations.length > 0).length;
  const byKind = (kind: Candidate['kind']): number => candidates.filter((c) => c.kind === kind).length;
  const top = candidates.slice(0, 12).map((c) => `  ${c.kind}\t${c.count}\t${c.text}`);
  return [
    `glossary: ${glossary.entries.length} entries (${cited} with citations), ${Object.keys(glossary.fold).length} folds`,
    `candidates: ${candidates.length} (numbered ${byKind('numbered')}, quoted ${byKind('quoted')}, ngram ${byKind('ngram')})`,
    ...top,
  ].join('\n');
}
