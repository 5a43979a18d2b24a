import { convertScript } from '@/src/engine/convert';
import { readPinyin, registerWords } from '@/src/engine/pinyin';
import { markReader } from '@/src/reader/reader-marks';
import { getEngine, registerEngine } from '@/src/shared/reader-api';

// The language engine: injected by the background only once a frame turns on
// script conversion or pinyin (see src/reader/load-engine.ts).
export default defineUnlistedScript(() => {
  // Everything the bundle runs at load (tables, pinyin data) has run by now.
  markReader('engine-evaluated');
  if (!getEngine()) registerEngine({ convertScript, readPinyin, registerWords });
});
