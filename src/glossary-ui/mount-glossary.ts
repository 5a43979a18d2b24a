import { createCardHost } from './card-host';
import { CardView } from './card-view';
import { headword } from './headword';
import { listenKeyboard } from './keyboard-input';
import { listenPointer } from './pointer-input';
import { outermost, rescanRoot } from './rescan-scope';
import { ScanQueue } from './scan-queue';
import { termAtPoint } from './term-at-point';
import { TermIndex } from './term-index';
import { canHighlight, TermMarks } from './term-marks';
import type { FrameWindow, GlossaryDeps, GlossaryLayer } from './types';

/** How long scrollToTerm paints the occurrence it scrolled to. */
export const FLASH_MS = 1600;

/**
 * The glossary on one document (one per frame): marks every term, shows a card
 * on hover, tap or keyboard, and removes everything again on dispose.
 */
export function mountGlossary(doc: Document, deps: GlossaryDeps): GlossaryLayer {
  const win = doc.defaultView as FrameWindow;
  const controller = new AbortController();
  const index = new TermIndex();
  const marks = canHighlight(win) ? new TermMarks(win) : null;
  const { host, root } = createCardHost(doc);
  const view = new CardView(doc, root, deps);
  const probe = doc.createRange();
  /** Open shadow roots holding terms: caretPositionFromPoint only enters the ones it is given. */
  const shadowRoots = new Set<ShadowRoot>();

  const termAt = (x: number, y: number) => termAtPoint(doc, x, y, index, [...shadowRoots], probe);
  const stopPointer = listenPointer({ doc, host, view, termAt, hoverDelayMs: () => deps.settings().hoverDelayMs, signal: controller.signal });
  listenKeyboard({ doc, host, root, view, index, t: deps.t, signal: controller.signal });

  let frame = 0;
  const follow = (): void => {
    if (!view.shown || frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      view.reposition();
    });
  };
  win.addEventListener('scroll', follow, { capture: true, passive: true, signal: controller.signal });
  win.addEventListener('resize', follow, { passive: true, signal: controller.signal });

  const queue = new ScanQueue(deps.textRuns, (run) => {
    const added = index.add([run], deps.find);
    for (const term of added) {
      const tree = term.pieces[0].node.getRootNode();
      if (tree instanceof win.ShadowRoot) shadowRoots.add(tree);
    }
    marks?.add(added);
  }, { settling: deps.settling });

  const layer: GlossaryLayer = {
    rescan(roots) {
      if (!roots) {
        queue.clear();
        const removed = index.clear();
        marks?.remove(removed);
        shadowRoots.clear();
        if (doc.body) queue.push([doc.body]);
      } else {
        const scope = outermost(roots.flatMap((root) => rescanRoot(doc, root) ?? []));
        // Not inside `marks?.…(…)`: without marks that call, argument included, is skipped.
        const removed = index.remove(scope);
        marks?.remove(removed);
        // Read and matched in slices: a finished conversion hands over thousands of roots at once.
        queue.push(scope);
      }
      if (view.shown && !index.has(view.shown.term)) view.hide();
    },
    whenIdle: () => queue.whenIdle(),
    terms() {
      const script = deps.settings().script;
      return [...index.counts()].flatMap(([id, count]) => {
        const entry = deps.entry(id);
        return entry ? [{ id, term: headword(entry, script), count }] : [];
      });
    },
    scrollToTerm(id) {
      const term = index.ordered().find((t) => t.id === id);
      if (!term) return false;
      term.pieces[0].node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      marks?.flash(term, FLASH_MS);
      return true;
    },
    dispose() {
      controller.abort();
      queue.dispose();
      stopPointer();
      if (frame) win.cancelAnimationFrame(frame);
      marks?.dispose();
      index.clear();
      host.remove();
    },
  };
  layer.rescan();
  return layer;
}
