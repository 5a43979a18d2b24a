import { notChinese } from '../engine/detect/read-language';
import { govSuffixOf } from '../engine/detect/read-host';
import type { ScriptCounts } from '../engine/detect/script-ranges';
import { gateOpeningCounts } from './gate-opening';

/**
 * A top frame whose opening has less Han than this share of its letters (Latin
 * halved, as the detector counts them) is left alone: an English page quoting
 * Chinese terms. The full detector draws its line at 0.3 of the main text; the
 * opening (menus and headers, in document order) is held to a lower bar so that a
 * Chinese page with an English header is not cut short. In the labelled corpus
 * (tests/fixtures/detect) Chinese pages open at 0.80 or more, English ones at 0.06
 * or less.
 */
export const GATE_MIN_HAN_SHARE = 0.2;

/**
 * Whether this frame starts the controller (which reports to the background and
 * listens for it) when the always-on script runs.
 *
 * Why: most pages and frames a reader opens are not Chinese, and on them the
 * extension API alone costs more than everything else the script does
 * (extension-api.ts); a controller costs more again. A frame whose opening is
 * plainly not Chinese, on a host that is not a government one, would have its
 * modes off (a site rule aside) and nothing to read; so it is left alone and
 * touches no extension API. Sub-frames are judged the same way: the ads, players
 * and widgets an ordinary page embeds would each have cost a controller. The
 * background covers the rest: it resets the tab's state when a top frame it did
 * not hear from has loaded and applies an "always" site rule
 * (src/background/tab-loaded.ts), starts the controller on demand for the popup,
 * and in every frame once a mode is on (src/background/ensure-controller.ts).
 * `host` is the frame's location.hostname (parsing the URL instead cost as much
 * as the rest of the gate: the first URL object in a script's world).
 */
export function needsController(doc: Document, host: string): boolean {
  if (govSuffixOf(host)) return true;
  return looksChinese(gateOpeningCounts(doc));
}

/** The detector's own tests (kana, hangul, too little Han), then the gate's lower Latin line. */
export function looksChinese(counts: ScriptCounts): boolean {
  if (notChinese({ ...counts, latin: 0 }) !== null) return false;
  return counts.han >= GATE_MIN_HAN_SHARE * (counts.han + counts.latin / 2);
}
