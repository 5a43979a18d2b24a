import glossaryJson from '../../assets/glossary/glossary.json';
import { collectTextRuns } from '../dom/text-runs';
import { nextTask } from '../dom/chunk-runner';
import type { EngineDeps } from '../dom/engine-deps';
import { createPageModes, type PageModes } from '../dom/page-modes';
import { createTermMatcher, type TermMatcher } from '../engine/glossary';
import type { GlossaryData } from '../engine/glossary/types';
import { mountGlossary, type GlossaryLayer } from '../glossary-ui';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import type { Settings } from '../settings/schema';
import { recordSeenTerms } from '../settings/seen-terms';
import { loadSettings, onSettingsChanged } from '../settings/storage';
import { enginePartsFor, MODES_OFF, needsEngine, type EnginePart, type Modes } from '../shared/modes';
import { getEnginePart, type EngineParts, type PinyinEngine, type ReaderApi } from '../shared/reader-api';
import { t } from '../ui/i18n';
import { glossaryReadings } from './glossary-readings';
import { loadEnginePart } from './load-engine';
import { markReader } from './reader-marks';

const glossary = glossaryJson as GlossaryData;

/** Time per step of an engine part's one-off set-up: one frame at most, far from a long task (set-up runs once per page). */
const PREPARE_STEP_MS = 16;

function timeBox(ms: number): () => boolean {
  const start = performance.now();
  return () => performance.now() - start >= ms;
}

/** An engine part the page layer calls into; the reader loads it before any mode that needs it is applied. */
function partInHand<P extends EnginePart>(part: P): EngineParts[P] {
  const engine = getEnginePart(part);
  if (!engine) throw new Error(`the ${part} part of the language engine was used before it loaded`);
  return engine;
}

/** The page layer's engine functions, each resolved on call: parts arrive as modes ask for them. */
const ENGINE_DEPS: EngineDeps = {
  convert: (text, target) => partInHand('convert').convertScript(text, target),
  readPinyin: (text, options) => partInHand('pinyin').readPinyin(text, options),
};

/**
 * Wires the DOM layer and the glossary layer to one document, and the parts of
 * the language engine as modes need them. Injected only into frames where a mode is on.
 */
export function createReader(doc: Document): ReaderApi {
  /** Built on the way to the first glossary mode, in a task of its own (not in the one that evaluates reader.js). */
  let matcher: TermMatcher | null = null;
  let page: PageModes | null = null;
  let settings: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  let modes: Modes = { ...MODES_OFF };
  let terms: GlossaryLayer | null = null;
  /** The engine set-up and page update of the latest setModes, settled either way (for whenIdle). */
  let applying: Promise<void> = Promise.resolve();
  const ready = loadSettings().then((loaded) => {
    settings = loaded;
  });
  const prepared = new Set<EnginePart>();
  const preparing: Partial<Record<EnginePart, Promise<void>>> = {};

  /**
   * Loads a part and runs its one-off set-up, each step in a task of its own so
   * none of them joins the first chunk of page work (or each other) in one long task.
   */
  function preparePart(part: EnginePart): Promise<void> {
    const run = (preparing[part] ??= (async () => {
      const engine = await loadEnginePart(part);
      if (part === 'pinyin') {
        const pinyin = engine as PinyinEngine;
        await nextTask();
        // The glossary's curated readings, so a term reads the same on the page as on its card.
        pinyin.registerWords(glossaryReadings(glossary));
        // The word index in time-boxed steps, one task each.
        do await nextTask();
        while (!pinyin.prepare(timeBox(PREPARE_STEP_MS)));
      }
      prepared.add(part);
      markReader(`${part}-prepared`);
    })());
    // Not remembered on failure: the next mode change asks for the part again.
    run.catch(() => {
      if (preparing[part] === run) delete preparing[part];
    });
    return run;
  }

  /** Every part `wanted` needs, loaded (in parallel) and prepared, including the conversion direction. */
  async function engineReadyFor(wanted: Modes): Promise<void> {
    await Promise.all(enginePartsFor(wanted).map(preparePart));
    if (wanted.script !== 'original') {
      // One table per task: the Simplified pivot first (every target may need it), then the target's own.
      await nextTask();
      partInHand('convert').prepare('zh-Hans');
      await nextTask();
      partInHand('convert').prepare(wanted.script);
    }
  }

  const canApply = (m: Modes): boolean => enginePartsFor(m).every((part) => prepared.has(part));

  async function applyPageModes(): Promise<void> {
    if (!needsEngine(modes) && !page) return;
    // `modes` may move on while parts load: get ready for whatever is current until it holds still.
    let wanted: Modes;
    do {
      wanted = modes;
      await engineReadyFor(wanted);
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
    if (page && canApply(modes)) page.set(modes, settings.pinyin);
  });

  function mountTerms(matcher: TermMatcher): GlossaryLayer {
    const layer = mountGlossary(doc, {
      find: (text) => matcher.find(text),
      entry: (id) => matcher.lookupEntry(id),
      textRuns: collectTextRuns,
      // Explanations follow a Traditional page when conversion is here; otherwise they stay as written.
      convert: (text, target) => getEnginePart('convert')?.convertScript(text, target) ?? text,
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
      if (modes.glossary && !matcher) {
        // The matcher's build and the layer's first scan each get a task of their own.
        await nextTask();
        matcher ??= createTermMatcher(glossary);
        await nextTask();
      }
      // `modes` may have moved on during that task: mount or dispose for whatever is current.
      if (modes.glossary && !terms) terms = mountTerms((matcher ??= createTermMatcher(glossary)));
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
