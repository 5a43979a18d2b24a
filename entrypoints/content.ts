import { detectPage } from '@/src/engine/detect';
import { startController } from '@/src/content/controller';

// Always on, in every frame: must stay tiny and cheap (see bench/, figure 1). The reading code is injected on demand.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT announces each content script with a custom event and, for older WXT
  // versions, also with window.postMessage: a message event on every page and
  // frame (about 1 ms of main-thread time here, and visible to the page). The
  // custom event is enough for this WXT version, and is WXT's future default.
  noScriptStartedPostMessage: true,
  main() {
    // Not an HTML page (an image, XML, a PDF viewer): nothing to read. The same test as
    // `instanceof HTMLElement` without creating that interface object in this world.
    if (document.documentElement?.namespaceURI !== 'http://www.w3.org/1999/xhtml') return;
    startController({
      isTop: window === window.top,
      detect: () => {
        try {
          return detectPage(document, location.href);
        } catch (error) {
          console.error('Zhengdu: detection failed', error);
          return null;
        }
      },
    });
  },
});
