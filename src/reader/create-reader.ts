import glossaryJson from '../../assets/glossary/glossary.json';
import { collectTextRuns } from '../dom/text-runs';
import { createPageModes, type PageModes } from '../dom/page-modes';
import { createTermMatcher } from '../engine/glossary';
import type { GlossaryData } from '../engine/glossary/types';
import { mountGlossary, type GlossaryLayer } from '../glossary-ui';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import type { Settings } from '../settings/schema';
import { recordSeenTerms } from '../settings/seen-terms';
import { loadSettings, onSettingsChanged } from '../settings/storage';
import { MODES_OFF, needsEngine, type Modes } from '../shared/modes';
import { getEngine, type ReaderApi } from '../shared/reader-api';
import { t } from '../ui/i18n';
import { glossaryReadings } from './glossary-readings';
import { loadEngine } from './load-engine';
import { markReader } from './reader-marks';

const glossary = glossaryJson as GlossaryData;

/**
 * Wires the DOM layer and the glossary layer to one document, and the language
 * engine once a mode needs it. Injected only into frames where a mode is on.
 */
export function createReader(doc: Document): ReaderApi {
  const matcher = createTermMatcher(glossary);
  let page: PageModes | null = null;
  let pageReady: Promise<PageModes> | null = null;
  let settings: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  let modes: Modes = { ...MODES_OFF };
  let terms: GlossaryLayer | null = null;
  const ready = loadSettings().then((loaded) => {
    settings = loaded;
  });

  /** The page-modes layer, created the first time conversion or pinyin is turned on. */
  function pageModes(): Promise<PageModes> {
    pageReady ??= loadEngine().then(
      (engine) => {
        // The glossary's curated readings, so a term reads the same on the page as on its card.
        engine.registerWords(glossaryReadings(glossary));
        page = createPageModes(doc, { convert: engine.convertScript, readPinyin: engine.readPinyin });
        page.onTextChanged((roots) => terms?.rescan(roots));
        return page;
      },
      (error: unknown) => {
        // Not remembered: the next mode change asks for the engine again.
        pageReady = null;
        throw error;
      },
    );
    return pageReady;
  }

  onSettingsChanged((changed) => {
    settings = changed;
    page?.set(modes, settings.pinyin);
  });

  function mountTerms(): GlossaryLayer {
    const layer = mountGlossary(doc, {
      find: (text) => matcher.find(text),
      entry: (id) => matcher.lookupEntry(id),
      textRuns: collectTextRuns,
      // Explanations follow a Traditional page when the engine is here; otherwise they stay as written.
      convert: (text, target) => getEngine()?.convertScript(text, target) ?? text,
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
    if (pageReady) await (await pageReady).whenIdle();
    await terms?.whenIdle();
  }

  return {
    async setModes(next) {
      await ready;
      modes = { ...next };
      if (modes.glossary && !terms) terms = mountTerms();
      if (!modes.glossary && terms) {
        terms.dispose();
        terms = null;
      }
      // `modes` may have moved on while the engine loaded: apply whatever is current.
      if (needsEngine(modes) || page) (await pageModes()).set(modes, settings.pinyin);
      void whenIdle().then(() => markReader('idle'));
    },
    terms: () => terms?.terms() ?? [],
    scrollToTerm: (id) => terms?.scrollToTerm(id) ?? false,
    whenIdle,
  };
}
