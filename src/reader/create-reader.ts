import glossaryJson from '../../assets/glossary/glossary.json';
import { collectTextRuns } from '../dom/text-runs';
import { createPageModes } from '../dom/page-modes';
import { convertScript } from '../engine/convert';
import { createTermMatcher } from '../engine/glossary';
import type { GlossaryData } from '../engine/glossary/types';
import { readPinyin, registerWords } from '../engine/pinyin';
import { mountGlossary, type GlossaryLayer } from '../glossary-ui';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import type { Settings } from '../settings/schema';
import { recordSeenTerms } from '../settings/seen-terms';
import { loadSettings, onSettingsChanged } from '../settings/storage';
import { MODES_OFF, type Modes } from '../shared/modes';
import type { ReaderApi } from '../shared/reader-api';
import { t } from '../ui/i18n';
import { glossaryReadings } from './glossary-readings';
import { markReader } from './reader-marks';

const glossary = glossaryJson as GlossaryData;

/**
 * Wires the engine, the DOM layer and the glossary layer to one document.
 * This module is the heavy part: it is only ever injected into frames where a mode is on.
 */
export function createReader(doc: Document): ReaderApi {
  registerWords(glossaryReadings(glossary));
  const matcher = createTermMatcher(glossary);
  const page = createPageModes(doc, { convert: convertScript, readPinyin });
  let settings: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  let modes: Modes = { ...MODES_OFF };
  let terms: GlossaryLayer | null = null;
  const ready = loadSettings().then((loaded) => {
    settings = loaded;
  });

  page.onTextChanged((roots) => terms?.rescan(roots));
  onSettingsChanged((changed) => {
    settings = changed;
    page.set(modes, settings.pinyin);
  });

  function mountTerms(): GlossaryLayer {
    const layer = mountGlossary(doc, {
      find: (text) => matcher.find(text),
      entry: (id) => matcher.lookupEntry(id),
      textRuns: collectTextRuns,
      convert: convertScript,
      settings: () => ({ hoverDelayMs: settings.card.hoverDelayMs, order: settings.card.order, script: modes.script }),
      t,
    });
    // Remember what the reader met, for the study-list export in the options page.
    void layer.whenIdle().then(() => recordSeenTerms(layer.terms()).catch(() => undefined));
    return layer;
  }

  /** All scheduled work done: page modes first, since their text changes queue glossary rescans. */
  async function whenIdle(): Promise<void> {
    await page.whenIdle();
    await terms?.whenIdle();
  }

  return {
    async setModes(next) {
      await ready;
      modes = { ...next };
      page.set(modes, settings.pinyin);
      if (modes.glossary && !terms) terms = mountTerms();
      if (!modes.glossary && terms) {
        terms.dispose();
        terms = null;
      }
      void whenIdle().then(() => markReader('idle'));
    },
    terms: () => terms?.terms() ?? [],
    scrollToTerm: (id) => terms?.scrollToTerm(id) ?? false,
    async whenIdle() {
      await ready;
      await whenIdle();
    },
  };
}
