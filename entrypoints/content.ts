import { detectPage } from '@/src/engine/detect';
import { startController } from '@/src/content/controller';

// Always on, in every frame: must stay tiny (see bench/). The reading code is injected on demand.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main() {
    // Not an HTML page (an image, XML, a PDF viewer): nothing to read.
    if (!(document.documentElement instanceof HTMLElement)) return;
    void startController({
      isTop: window === window.top,
      detect: () => {
        try {
          return detectPage(document, location.href);
        } catch (error) {
          console.error('Zhengdu: detection failed', error);
          return null;
        }
      },
    }).catch((error: unknown) => console.error('Zhengdu: content script failed', error));
  },
});
