import { acTree, PatternsNormal } from 'pinyin-pro/dist/esm/common/segmentit/index.mjs';
import { preparePinyin, readPinyin, registerWords } from '@/src/engine/pinyin';
import { installWordMatcher } from '@/src/engine/pinyin/fast-matcher';
import { markReader } from '@/src/reader/reader-marks';
import { getEnginePart, registerEnginePart } from '@/src/shared/reader-api';

/** ~1 ms of adding words while the code is cold in a page. */
const WORDS_PER_SLICE = 250;

// pinyin-pro and its data: injected by the background only once a frame turns
// on pinyin (see src/reader/load-engine.ts).
export default defineUnlistedScript(() => {
  // Everything the bundle runs at load (pinyin-pro's dictionaries) has run by now.
  markReader('pinyin-evaluated');
  if (getEnginePart('pinyin')) return;
  // pinyin-pro's word automaton costs tens of ms to build on the first reading;
  // the replacement gives the same matches and builds in a few (bench/engine-word-matcher.ts).
  const matcher = installWordMatcher(acTree);
  registerEnginePart('pinyin', {
    readPinyin,
    registerWords,
    prepare(timeUp) {
      // pinyin-pro's own words a slice at a time; then the rest of the set-up, whose
      // build of the same list only finishes what is left.
      while (!matcher.buildSome(PatternsNormal, WORDS_PER_SLICE)) if (timeUp()) return false;
      preparePinyin();
      return true;
    },
  });
});
