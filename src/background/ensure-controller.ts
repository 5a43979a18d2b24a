import { injectFile, type FrameTarget } from './inject-reader';

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

/**
 * Starts the controller in every frame of a tab that lacks one, once a mode is on
 * there. The always-on script starts it only in frames that look Chinese (or sit
 * on a government host) when they load (src/content/gate.ts); a mode turned on by
 * hand must reach the others too, as it reaches a top frame the gate left alone.
 * The top frame first, on its own: a frame that cannot be scripted must not keep
 * it from its controller.
 */
export async function ensureControllers(tabId: number): Promise<boolean> {
  const top = await ensureController(tabId);
  await injectController(tabId, 'all');
  return top;
}

/** Injects the controller into one frame (the always-on script asks for it where the frame looks Chinese), or all. */
export async function injectController(tabId: number, frame: FrameTarget): Promise<boolean> {
  const reply = await injectFile(tabId, frame, CONTROLLER_FILE);
  if (!reply.ok) console.debug('Zhengdu: no controller in frame', tabId, frame, reply.error);
  return reply.ok;
}
