import { acTree } from 'pinyin-pro/dist/esm/common/segmentit/index.mjs';
import { convertScript } from '@/src/engine/convert';
import { readPinyin, registerWords } from '@/src/engine/pinyin';
import { installWordMatcher } from '@/src/engine/pinyin/fast-matcher';
import { markReader } from '@/src/reader/reader-marks';
import { getEngine, registerEngine } from '@/src/shared/reader-api';

// The language engine: injected by the background only once a frame turns on
// script conversion or pinyin (see src/reader/load-engine.ts).
export default defineUnlistedScript(() => {
  // Everything the bundle runs at load (tables, pinyin data) has run by now.
  markReader('engine-evaluated');
  if (getEngine()) return;
  // pinyin-pro's word automaton costs tens of ms to build on the first reading;
  // the replacement gives the same matches and builds in a few (bench/engine-word-matcher.ts).
  installWordMatcher(acTree);
  registerEngine({ convertScript, readPinyin, registerWords });
});
