import { acTree } from 'pinyin-pro/dist/esm/common/segmentit/index.mjs';
import { preparePinyin, readPinyin, registerWords } from '@/src/engine/pinyin';
import { installWordMatcher } from '@/src/engine/pinyin/fast-matcher';
import { markReader } from '@/src/reader/reader-marks';
import { getEnginePart, registerEnginePart } from '@/src/shared/reader-api';

// pinyin-pro and its data: injected by the background only once a frame turns
// on pinyin (see src/reader/load-engine.ts).
export default defineUnlistedScript(() => {
  // Everything the bundle runs at load (pinyin-pro's dictionaries) has run by now.
  markReader('pinyin-evaluated');
  if (getEnginePart('pinyin')) return;
  // pinyin-pro's word automaton costs tens of ms to build on the first reading;
  // the replacement gives the same matches and builds in a few (bench/engine-word-matcher.ts).
  installWordMatcher(acTree);
  registerEnginePart('pinyin', { readPinyin, registerWords, prepare: preparePinyin });
});
