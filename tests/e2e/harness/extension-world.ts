import type { CDPSession } from 'playwright-core';

/** The execution context id of our isolated world (content script and reader) in the page. */
export async function extensionWorld(cdp: CDPSession): Promise<number> {
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  const seen = (event: { context: (typeof contexts)[number] }): void => {
    contexts.push(event.context);
  };
  cdp.on('Runtime.executionContextCreated', seen);
  await cdp.send('Runtime.enable');
  cdp.off('Runtime.executionContextCreated', seen);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
  if (!world) throw new Error('the content script world was not found');
  return world.id;
}

export async function inWorld<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise: true });
  if (exceptionDetails) throw new Error(`probe failed: ${exceptionDetails.text}`);
  return result.value as T;
}
