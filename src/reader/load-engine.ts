import { browser } from 'wxt/browser';
import type { LoadReaderReply } from '../shared/messages';
import { getEngine, type LanguageEngine } from '../shared/reader-api';
import { markReader } from './reader-marks';

let loading: Promise<LanguageEngine> | null = null;

/** Asks the background to inject the language engine into this frame, once. */
export function loadEngine(): Promise<LanguageEngine> {
  loading ??= (async () => {
    const present = getEngine();
    if (present) return present;
    markReader('engine-requested');
    const reply = (await browser.runtime.sendMessage({ type: 'load-reader', part: 'engine' })) as LoadReaderReply | undefined;
    const engine = getEngine();
    if (!reply?.ok || !engine) {
      loading = null;
      throw new Error(`language engine did not load: ${reply?.error ?? 'no reply'}`);
    }
    markReader('engine-loaded');
    return engine;
  })();
  return loading;
}
