import glossary from '../../assets/glossary/glossary.json';
import english from '../../assets/public/_locales/en/messages.json';
import { collectTextRuns } from '../dom/text-runs';
import { createTermMatcher } from '../engine/glossary/create-term-matcher';
import type { GlossaryData } from '../engine/glossary/types';
import { catalogTranslator } from '../ui/i18n';
import type { GlossaryDeps, GlossarySettings } from './types';

/** Unit tests run the layer against the real glossary, matcher and run collector. */
export const matcher = createTermMatcher(glossary as GlossaryData);

/** The English catalogue, substituted as the browser does: tests read the strings users read. */
export const englishT = catalogTranslator(english);

export function realDeps(settings: Partial<GlossarySettings> = {}): GlossaryDeps & { current: GlossarySettings } {
  const current: GlossarySettings = { hoverDelayMs: 150, order: 'en-first', script: 'original', ...settings };
  return { find: matcher.find, entry: matcher.lookupEntry, textRuns: collectTextRuns, settings: () => current, t: englishT, current };
}

/**
 * happy-dom has no Custom Highlight API and an IntersectionObserver that never
 * reports: a registry, ranges shaped like the real ones, and an observer the test
 * drives with `report(blocks, near)`. `restore()` puts the window back.
 */
export function fakeHighlightApi(win: Window & typeof globalThis) {
  const registry = new Map<string, Set<StaticRange>>();
  const observed = new Set<Element>();
  let notify: (entries: Array<Pick<IntersectionObserverEntry, 'target' | 'isIntersecting'>>) => void = () => undefined;
  const api = {
    Highlight: class extends Set<StaticRange> {},
    StaticRange: class {
      constructor(init: StaticRangeInit) {
        Object.assign(this, init);
      }
    },
    IntersectionObserver: class {
      constructor(callback: typeof notify) {
        notify = callback;
      }
      observe(target: Element) {
        observed.add(target);
      }
      unobserve(target: Element) {
        observed.delete(target);
      }
      disconnect() {
        observed.clear();
      }
    },
  };
  const saved = Object.fromEntries(Object.keys(api).map((name) => [name, Object.getOwnPropertyDescriptor(win, name)]));
  const css = Object.getOwnPropertyDescriptor(win, 'CSS');
  Object.assign(win, api);
  Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true });
  return {
    registry,
    observed,
    /** Reports `blocks` (every observed one by default) as near the viewport or away from it. */
    report(near: boolean, blocks: Iterable<Element> = [...observed]) {
      notify([...blocks].filter((target) => observed.has(target)).map((target) => ({ target, isIntersecting: near })));
    },
    restore() {
      for (const [name, descriptor] of Object.entries(saved)) {
        if (descriptor) Object.defineProperty(win, name, descriptor);
        else delete (win as unknown as Record<string, unknown>)[name];
      }
      if (css) Object.defineProperty(win, 'CSS', css);
      else delete (win as { CSS?: unknown }).CSS;
    },
  };
}
