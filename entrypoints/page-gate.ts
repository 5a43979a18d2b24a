import { needsController } from '@/src/content/gate';
import { markGatePassed } from '@/src/content/gate-passed';
import { isHtmlDocument } from '@/src/content/html-document';
import { extensionApi } from '@/src/shared/extension-api';
import type { ContentMessage } from '@/src/shared/messages';

// The always-on script, in every frame. Declared in wxt.config.ts rather than as a WXT
// content script (WXT's wrapper touches the extension API as it starts), and holding only
// the gate: on pages it leaves alone it touches no extension API and loads nothing
// (src/content/gate.ts, bench figure 1). Elsewhere the background injects the controller.
export default defineUnlistedScript(() => {
  if (!isHtmlDocument(document)) return;
  if (!needsController(document, location.hostname)) return;
  markGatePassed();
  const ask: ContentMessage = { type: 'start-controller' };
  const failed = (error: unknown) => console.error('Zhengdu: could not start', error);
  // Throws at once, rather than rejecting, when the extension was reloaded under this page.
  try {
    extensionApi().runtime.sendMessage(ask).catch(failed);
  } catch (error) {
    failed(error);
  }
});
