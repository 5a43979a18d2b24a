import { acTree } from 'pinyin-pro/dist/esm/common/segmentit/index.mjs';
import glossaryJson from '@/assets/glossary/glossary.json';
import type { GlossaryData } from '@/src/engine/glossary/types';
import { preparePinyin, readPinyin, registerWords } from '@/src/engine/pinyin';
import { installWordMatcher } from '@/src/engine/pinyin/fast-matcher';
import { glossaryReadings } from '@/src/engine/glossary/glossary-readings';
import { getEnginePart, registerEnginePart } from '@/src/shared/engine-api';

// pinyin-pro and its data: run by the background only once a page asks for
// readings (src/background/engine-host.ts). Pages never load this file.
export default defineUnlistedScript(() => {
  if (getEnginePart('pinyin')) return;
  // pinyin-pro's word automaton costs tens of ms to build on the first reading;
  // the replacement gives the same matches and builds in a few (bench/engine-word-matcher.ts).
  installWordMatcher(acTree);
  // The glossary's curated readings, so a term reads the same on the page as on its card.
  registerWords(glossaryReadings(glossaryJson as GlossaryData));
  // The background prepares at once (no page to keep responsive): the word index and our corpus words.
  registerEnginePart('pinyin', { readPinyin, prepare: preparePinyin });
});
