import { startController } from '@/src/content/controller';
import { detectHere } from '@/src/content/detect-here';
import { gatePassed } from '@/src/content/gate-passed';
import { isHtmlDocument } from '@/src/content/html-document';

// Injected by the background into a frame that needs it: one the always-on script passed
// (src/content/gate.ts), or a top frame it left alone when the popup, a shortcut or a mode
// change needs it there; then it follows the modes the tab was given.
export default defineUnlistedScript(() => {
  if (!isHtmlDocument(document)) return;
  startController({ isTop: window === window.top, follow: !gatePassed(), detect: detectHere });
});
