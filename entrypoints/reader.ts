import { createReader } from '@/src/reader/create-reader';
import { markReader } from '@/src/reader/reader-marks';
import { registerReader, getReader } from '@/src/shared/reader-api';

// Injected on demand by the background (scripting.executeScript) into the frame
// that needs it. Guard against a second injection into the same frame.
export default defineUnlistedScript(() => {
  // Everything the bundle runs at load (tables, glossary JSON) has run by now.
  markReader('evaluated');
  if (!getReader()) registerReader(createReader(document));
  markReader('created');
});
