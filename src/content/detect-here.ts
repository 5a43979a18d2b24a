import { detectPage } from '../engine/detect';
import type { DetectReport } from '../shared/detect-report';

/** The detector on this frame's document; a detector bug is logged and reported as "no verdict", never thrown into the page. */
export function detectHere(): DetectReport | null {
  try {
    return detectPage(document, location.href);
  } catch (error) {
    console.error('Zhengdu: detection failed', error);
    return null;
  }
}
