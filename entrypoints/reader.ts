import { createReader } from '@/src/reader/create-reader';
import { registerReader, getReader } from '@/src/shared/reader-api';

// Injected on demand by the background (scripting.executeScript) into the frame
// that needs it. Guard against a second injection into the same frame.
export default defineUnlistedScript(() => {
  if (!getReader()) registerReader(createReader(document));
});
