/**
 * `npm run glossary`: assets/glossary/entries.yaml + assets/corpus/*.txt →
 * assets/glossary/glossary.json and candidates.txt. Exits non-zero, naming the
 * entry and field, when an entry is malformed, duplicated, unresolvable or gone
 * from the corpus.
 */
import { fileURLToPath } from 'node:url';
import { buildGlossary, GlossaryBuildError, summarize, writeGlossary } from './glossary/run-build';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}assets/glossary`;

try {
  const result = buildGlossary({ entriesFile: `${outDir}/entries.yaml`, corpusDir: `${root}assets/corpus` });
  writeGlossary(outDir, result);
  console.log(summarize(result));
} catch (error) {
  if (!(error instanceof GlossaryBuildError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
