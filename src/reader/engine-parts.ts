import { nextTask } from '../dom/chunk-runner';
import type { EngineDeps } from '../dom/engine-deps';
import type { GlossaryData } from '../engine/glossary/types';
import { enginePartsFor, type EnginePart, type Modes } from '../shared/modes';
import { getEnginePart, type EngineParts, type ScriptTarget } from '../shared/reader-api';
import { glossaryReadings } from './glossary-readings';
import { loadEnginePart } from './load-engine';
import { markReader } from './reader-marks';

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
export const ENGINE_DEPS: EngineDeps = {
  convert: (text, target) => partInHand('convert').convertScript(text, target),
  readPinyin: (text, options) => partInHand('pinyin').readPinyin(text, options),
};

export interface EnginePartsLoader {
  /** Every part `modes` need, loaded (in parallel) and set up, including the conversion direction. */
  readyFor(modes: Modes): Promise<void>;
  /** Whether every part `modes` need is set up already. */
  canApply(modes: Modes): boolean;
}

/**
 * Loads the parts of the language engine as modes ask for them, and runs each
 * part's one-off set-up with every step in a task of its own, so none of them
 * joins the first chunk of page work (or each other) in one long task.
 */
export function createEnginePartsLoader(glossary: GlossaryData): EnginePartsLoader {
  const prepared = new Set<EnginePart>();
  /** Conversion targets whose tables the convert part has built. */
  const tablesBuilt = new Set<ScriptTarget>();
  const preparing: Partial<Record<EnginePart, Promise<void>>> = {};

  const setUp: Record<EnginePart, () => Promise<void>> = {
    async convert() {
      await loadEnginePart('convert');
    },
    async pinyin() {
      const pinyin = await loadEnginePart('pinyin');
      await nextTask();
      // The glossary's curated readings, so a term reads the same on the page as on its card.
      pinyin.registerWords(glossaryReadings(glossary));
      // The word index in time-boxed steps, one task each.
      do await nextTask();
      while (!pinyin.prepare(timeBox(PREPARE_STEP_MS)));
    },
  };

  function preparePart(part: EnginePart): Promise<void> {
    const run = (preparing[part] ??= setUp[part]().then(() => {
      prepared.add(part);
      markReader(`${part}-prepared`);
    }));
    // Not remembered on failure: the next mode change asks for the part again.
    run.catch(() => {
      if (preparing[part] === run) delete preparing[part];
    });
    return run;
  }

  return {
    async readyFor(modes) {
      await Promise.all(enginePartsFor(modes).map(preparePart));
      if (modes.script === 'original') return;
      // One table per task: the Simplified pivot first (every target may need it), then the target's own.
      // A table built before costs no task hop (a mode change then applies at once).
      for (const target of new Set<ScriptTarget>(['zh-Hans', modes.script])) {
        if (tablesBuilt.has(target)) continue;
        await nextTask();
        partInHand('convert').prepare(target);
        tablesBuilt.add(target);
      }
    },
    canApply: (modes) => enginePartsFor(modes).every((part) => prepared.has(part)),
  };
}
