import { convertScript, prepareScript } from '@/src/engine/convert';
import { markReader } from '@/src/reader/reader-marks';
import { getEnginePart, registerEnginePart } from '@/src/shared/reader-api';

// Script conversion tables: injected by the background only once a frame turns
// on script conversion (see src/reader/load-engine.ts).
export default defineUnlistedScript(() => {
  // Everything the bundle runs at load has run by now.
  markReader('convert-evaluated');
  if (getEnginePart('convert')) return;
  registerEnginePart('convert', { convertScript, prepare: prepareScript });
});
