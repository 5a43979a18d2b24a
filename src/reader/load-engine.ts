import { loadPart } from '../shared/load-part';
import { getEngine, type LanguageEngine } from '../shared/reader-api';
import { markReader } from './reader-marks';

/**
 * The language engine, injected into this frame by the background once. The
 * content script may already have asked for it (it starts the engine's load
 * together with the reader's when a mode needs both); loadPart shares that request.
 */
export async function loadEngine(): Promise<LanguageEngine> {
  const present = getEngine();
  if (present) return present;
  markReader('engine-requested');
  await loadPart('engine');
  const engine = getEngine();
  if (!engine) throw new Error('the language engine ran but did not register itself');
  markReader('engine-loaded');
  return engine;
}
