import { convertScript } from '@/src/engine/convert';
import { getEnginePart, registerEnginePart } from '@/src/shared/engine-api';

// Script conversion tables: run by the background only once a page asks for a
// conversion (src/background/engine-host.ts). Pages never load this file.
export default defineUnlistedScript(() => {
  if (getEnginePart('convert')) return;
  registerEnginePart('convert', { convertScript });
});
