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
import type { EngineAnswer, EngineJob } from '../shared/engine-api';
import { extensionApi } from '../shared/extension-api';
import { MODES_OFF, needsEngine, type Modes } from '../shared/modes';
import type { ReaderApi } from '../shared/reader-api';
import { t } from '../ui/i18n';
import { createEngineClient, type SendJobs } from './engine-client';
import { markReader } from './reader-marks';

const glossary = glossaryJson as GlossaryData;

/**
 * The glossary waits at most this long for the page layer to hold still before it
 * matches text that may still change: a page that keeps changing still gets its marks.
 */
export const SETTLE_WAIT_LIMIT_MS = 3000;

/** `wait`, but no longer than SETTLE_WAIT_LIMIT_MS: what the reader waits for may never come. */
function withinSettleLimit(wait: Promise<unknown> | undefined): Promise<unknown> {
  return Promise.race([wait, new Promise<void>((resolve) => setTimeout(resolve, SETTLE_WAIT_LIMIT_MS))]);
}

let askedBefore = false;

/** The background's engine, by message (src/background/engine-host.ts). */
const askBackground: SendJobs = async (jobs: EngineJob[]) => {
  const first = !askedBefore;
  askedBefore = true;
  if (first) markReader('engine-asked');
  const answers = (await extensionApi().runtime.sendMessage({ type: 'engine-run', jobs })) as EngineAnswer[] | undefined;
  if (!Array.isArray(answers)) throw new Error('no answer from the background');
  if (first) markReader('engine-answered');
  return answers;
};

/**
 * Wires the DOM layer and the glossary layer to one document, and both to the
 * language engine in the background. Injected only into frames where a mode is on.
 */
export function createReader(doc: Document, sendJobs: SendJobs = askBackground): ReaderApi {
  /** Built on the way to the first glossary mode, in a task of its own (not in the one that evaluates reader.js). */
  let matcher: TermMatcher | null = null;
  const termMatcher = (): TermMatcher => (matcher ??= createTermMatcher(glossary));
  let page: PageModes | null = null;
  let settings: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  let modes: Modes = { ...MODES_OFF };
  let terms: GlossaryLayer | null = null;
  const ready = loadSettings().then((loaded) => {
    settings = loaded;
  });
  const engine = createEngineClient(sendJobs);
  let engineError: string | undefined;
  engine.onError((message) => (engineError = message));

  /** Page work starts at once: each text waits for the engine's answer on its own (page-modes.ts). */
  function applyPageModes(): void {
    if (!needsEngine(modes) && !page) return;
    if (!page) {
      page = createPageModes(doc, engine);
      page.onTextChanged((roots) => terms?.rescan(roots));
    }
    page.set(modes, settings.pinyin);
  }

  onSettingsChanged((changed) => {
    settings = changed;
    page?.set(modes, settings.pinyin);
  });

  function mountTerms(matcher: TermMatcher): GlossaryLayer {
    const layer = mountGlossary(doc, {
      find: (text) => matcher.find(text),
      entry: (id) => matcher.lookupEntry(id),
      textRuns: collectTextRuns,
      // Explanations follow a Traditional page when conversion is here; otherwise they stay as written.
      convert: (text, target, whenConverted) => engine.convert(text, target, whenConverted, false),
      // Text the page layer is about to rewrite is matched once, after the rewrite (scan-queue.ts).
      settling: {
        settled: (node) => (page ? page.isSettled(node) : !needsEngine(modes)),
        whenSettled: async () => {
          await withinSettleLimit(page?.whenIdle());
        },
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
    await page?.whenIdle();
    await terms?.whenIdle();
  }

  return {
    async setModes(next) {
      await ready;
      modes = { ...next };
      if (modes.pinyin) primeRubyLayoutSoon(doc);
      // Page modes first: their walk asks the engine in the background for the first screen,
      // which answers while the glossary's matcher is built here.
      applyPageModes();
      if (modes.glossary && !matcher) {
        // The matcher's build and the layer's first scan each get a task of their own,
        // after the page layer's first chunk asked the engine and its first answer came in:
        // a long build would keep that answer, and with it the first screen, waiting.
        await nextTask();
        await withinSettleLimit(engine.whenAnswered());
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
      void whenIdle().then(() => markReader('idle'));
    },
    terms: () => terms?.terms() ?? [],
    scrollToTerm: (id) => terms?.scrollToTerm(id) ?? false,
    whenIdle,
    error: () => engineError,
  };
}
