import glossaryJson from '../../assets/glossary/glossary.json';
import { collectTextRuns } from '../dom/text-runs';
import { nextTask } from '../dom/chunk-runner';
import { createPageModes, type PageModes } from '../dom/page-modes';
import { primeRubyLayoutSoon } from '../dom/ruby-primer';
import { createTermMatcher, type TermMatcher } from '../engine/glossary';
import type { GlossaryData } from '../engine/glossary/types';
import { mountGlossary, type GlossaryLayer } from '../glossary-ui';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import type { Settings } from '../settings/schema';
import { recordSeenTerms } from '../settings/seen-terms';
import { loadSettings, onSettingsChanged } from '../settings/storage';
import { MODES_OFF, needsEngine, type Modes } from '../shared/modes';
import { getEnginePart, type ReaderApi } from '../shared/reader-api';
import { t } from '../ui/i18n';
import { createEnginePartsLoader, ENGINE_DEPS } from './engine-parts';
import { markReader } from './reader-marks';

const glossary = glossaryJson as GlossaryData;

/**
 * The glossary waits at most this long for the page layer to hold still before it
 * matches text that may still change: a page that keeps changing still gets its marks.
 */
export const SETTLE_WAIT_LIMIT_MS = 3000;

/**
 * Wires the DOM layer and the glossary layer to one document, and the parts of
 * the language engine as modes need them. Injected only into frames where a mode is on.
 */
export function createReader(doc: Document): ReaderApi {
  /** Built on the way to the first glossary mode, in a task of its own (not in the one that evaluates reader.js). */
  let matcher: TermMatcher | null = null;
  const termMatcher = (): TermMatcher => (matcher ??= createTermMatcher(glossary));
  let page: PageModes | null = null;
  let settings: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  let modes: Modes = { ...MODES_OFF };
  let terms: GlossaryLayer | null = null;
  /** The engine set-up and page update of the latest setModes, settled either way (for whenIdle). */
  let applying: Promise<void> = Promise.resolve();
  const ready = loadSettings().then((loaded) => {
    settings = loaded;
  });
  const engine = createEnginePartsLoader(glossary);

  async function applyPageModes(): Promise<void> {
    if (!needsEngine(modes) && !page) return;
    // `modes` may move on while parts load: get ready for whatever is current until it holds still.
    let wanted: Modes;
    do {
      wanted = modes;
      await engine.readyFor(wanted);
    } while (wanted !== modes);
    // Everything may have been turned off meanwhile: then there is still nothing to create.
    if (!needsEngine(modes) && !page) return;
    markReader('engine-ready');
    if (!page) {
      page = createPageModes(doc, ENGINE_DEPS);
      page.onTextChanged((roots) => terms?.rescan(roots));
    }
    page.set(modes, settings.pinyin);
  }

  onSettingsChanged((changed) => {
    settings = changed;
    // A change that lands while a part loads is applied by the setModes waiting for it.
    if (page && engine.canApply(modes)) page.set(modes, settings.pinyin);
  });

  function mountTerms(matcher: TermMatcher): GlossaryLayer {
    const layer = mountGlossary(doc, {
      find: (text) => matcher.find(text),
      entry: (id) => matcher.lookupEntry(id),
      textRuns: collectTextRuns,
      // Explanations follow a Traditional page when conversion is here; otherwise they stay as written.
      convert: (text, target) => getEnginePart('convert')?.convertScript(text, target) ?? text,
      // Text the page layer is about to rewrite is matched once, after the rewrite (scan-queue.ts).
      settling: {
        settled: (node) => (page ? page.isSettled(node) : !needsEngine(modes)),
        whenSettled: () =>
          Promise.race([
            (async () => {
              await applying;
              await page?.whenIdle();
            })(),
            new Promise<void>((resolve) => setTimeout(resolve, SETTLE_WAIT_LIMIT_MS)),
          ]),
      },
      settings: () => ({ hoverDelayMs: settings.card.hoverDelayMs, order: settings.card.order, script: modes.script }),
      t,
    });
    // Remember what the reader met, for the study-list export in the options page.
    void layer.whenIdle().then(() => recordSeenTerms(layer.terms()).catch(() => undefined));
    return layer;
  }

  /** All scheduled work done: page modes first, since their text changes queue glossary rescans. */
  async function whenIdle(): Promise<void> {
    await ready;
    await applying;
    await page?.whenIdle();
    await terms?.whenIdle();
  }

  return {
    async setModes(next) {
      await ready;
      modes = { ...next };
      if (modes.pinyin) primeRubyLayoutSoon(doc);
      if (modes.glossary && !matcher) {
        // The matcher's build and the layer's first scan each get a task of their own.
        await nextTask();
        termMatcher();
        await nextTask();
      }
      // `modes` may have moved on during those tasks: mount or dispose for whatever is current.
      if (modes.glossary && !terms) terms = mountTerms(termMatcher());
      if (!modes.glossary && terms) {
        terms.dispose();
        terms = null;
      }
      const applied = applyPageModes();
      applying = applied.catch(() => undefined);
      await applied;
      void whenIdle().then(() => markReader('idle'));
    },
    terms: () => terms?.terms() ?? [],
    scrollToTerm: (id) => terms?.scrollToTerm(id) ?? false,
    whenIdle,
  };
}
