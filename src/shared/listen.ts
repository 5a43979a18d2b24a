import type { Browser } from 'wxt/browser';
import { extensionApi } from './extension-api';

/**
 * runtime.onMessage with a promise-returning handler that works the same in
 * Chrome and Firefox: the handler returns `undefined` for messages it does not
 * answer, so other listeners (other frames, other parts) can answer them.
 */
export function listenForMessages(
  accept: (message: unknown) => boolean,
  handle: (message: never, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined,
): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    if (!accept(message)) return false;
    const reply = handle(message as never, sender);
    if (reply === undefined) return false;
    reply.then(sendResponse, (error: unknown) => {
      console.error('Zhengdu: message handler failed', error);
      sendResponse({ error: error instanceof Error ? error.message : String(error) });
    });
    return true; // keep the channel open for the async reply
  };
  extensionApi().runtime.onMessage.addListener(listener as never);
  return () => extensionApi().runtime.onMessage.removeListener(listener as never);
}
