import { extensionApi } from './extension-api';
import type { LoadReaderReply } from './messages';
import type { ReaderPart } from './reader-api';

/**
 * Asks the background to inject a part of the reading code into this frame,
 * once per part. The content script and the injected reader are separate
 * bundles in the same isolated world, so the in-flight promises live on the
 * world's global: every caller in the world waits on the same request instead
 * of asking again (a second injection would run the whole file twice).
 */
const LOADING_GLOBAL = '__zhengduLoading';

type Loading = Partial<Record<ReaderPart, Promise<void>>>;

function loadingSlots(): Loading {
  const slots = globalThis as Record<string, unknown>;
  return (slots[LOADING_GLOBAL] ??= {}) as Loading;
}

/** Resolves once `part` has been injected (and has run); rejects with the reason it was not, and may then be retried. */
export function loadPart(part: ReaderPart): Promise<void> {
  const loading = loadingSlots();
  const inFlight = loading[part];
  if (inFlight) return inFlight;
  const request = (async () => {
    const reply = (await extensionApi().runtime.sendMessage({ type: 'load-reader', part })) as LoadReaderReply | undefined;
    if (!reply?.ok) throw new Error(`the ${part} did not load: ${reply?.error ?? 'no reply'}`);
  })();
  loading[part] = request;
  // A failed load is forgotten, so the next mode change tries again.
  request.catch(() => {
    if (loading[part] === request) delete loading[part];
  });
  return request;
}

/**
 * `loadPart(part)`, then what the part registered (`registered` reads it): the
 * part in hand, without a request when it is here already. Rejects when the
 * part did not load, or ran without registering itself.
 */
export async function loadRegistered<T>(part: ReaderPart, registered: () => T | undefined): Promise<T> {
  const present = registered();
  if (present) return present;
  await loadPart(part);
  const loaded = registered();
  if (!loaded) throw new Error(`the ${part} ran but did not register itself`);
  return loaded;
}
