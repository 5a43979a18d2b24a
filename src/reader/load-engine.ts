import { loadRegistered } from '../shared/load-part';
import type { EnginePart } from '../shared/modes';
import { getEnginePart, type EngineParts } from '../shared/reader-api';
import { markReader } from './reader-marks';

/**
 * One part of the language engine, injected into this frame by the background
 * once. The content script may already have asked for it (it starts the parts'
 * loads together with the reader's); loadPart shares that request.
 */
export async function loadEnginePart<P extends EnginePart>(part: P): Promise<EngineParts[P]> {
  const present = getEnginePart(part);
  if (present) return present;
  markReader(`${part}-requested`);
  const loaded = await loadRegistered(part, () => getEnginePart(part));
  markReader(`${part}-loaded`);
  return loaded;
}
