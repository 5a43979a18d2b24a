import { injectFile } from './inject-reader';

/** The controller (entrypoints/controller.ts), injected where it is needed; it does nothing where one runs already. */
export const CONTROLLER_FILE = '/controller.js';

/**
 * Starts the controller in a tab's top frame if the always-on script left that
 * frame alone (src/content/gate.ts): before modes are set there, and when the
 * popup asks a page that has none. Says whether the frame could be scripted
 * (browser pages and the web store cannot).
 */
export function ensureController(tabId: number): Promise<boolean> {
  return injectController(tabId, 0);
}

/** Injects the controller into one frame (the always-on script asks for it where the page looks Chinese). */
export async function injectController(tabId: number, frameId: number): Promise<boolean> {
  const reply = await injectFile(tabId, frameId, CONTROLLER_FILE);
  if (!reply.ok) console.debug('Zhengdu: no controller in frame', tabId, frameId, reply.error);
  return reply.ok;
}
