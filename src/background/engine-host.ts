import { ENGINE_FILES, forgetEngineParts, getEnginePart, type EngineAnswer, type EngineJob, type EngineParts } from '../shared/engine-api';
import type { EnginePart } from '../shared/modes';

/** How a background context runs one of the extension's classic scripts. */
type ImportScripts = (...urls: string[]) => void;

function workerImportScripts(): ImportScripts | undefined {
  const scope = globalThis as { importScripts?: ImportScripts; document?: unknown };
  return typeof scope.importScripts === 'function' && scope.document === undefined ? scope.importScripts : undefined;
}

/**
 * Chrome's service worker may call importScripts() after it was installed only for
 * scripts it imported while installing (the browser keeps those with the worker).
 * So the worker imports every engine file once, when installed: later lifetimes
 * load a part only when a page asks for it. Call at the top level of the worker.
 */
export function keepEngineFilesWithWorker(): void {
  const importScripts = workerImportScripts();
  if (!importScripts) return;
  self.addEventListener('install', () => {
    try {
      importScripts(...Object.values(ENGINE_FILES));
      // Let go of what they registered: every lifetime, this one too, loads the engine when a page
      // first asks (no engine memory without a Chinese page, and the same start-up each time).
      forgetEngineParts();
    } catch (error) {
      console.error('Zhengdu: could not keep the language engine with the service worker', error);
    }
  });
}

/** Runs one engine file: importScripts in Chrome's service worker, a script element in Firefox's background page. */
function runFile(file: string): Promise<void> {
  const importScripts = workerImportScripts();
  if (importScripts) {
    importScripts(file);
    return Promise.resolve();
  }
  if (typeof document === 'undefined') return Promise.reject(new Error(`no way to run ${file} here (neither a service worker nor a page)`));
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = file;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${file} did not load`));
    document.head.append(script);
  });
}

const loading: Partial<Record<EnginePart, Promise<void>>> = {};

async function loadPart(part: EnginePart): Promise<void> {
  if (!getEnginePart(part)) await runFile(ENGINE_FILES[part]);
  const engine = getEnginePart(part);
  if (!engine) throw new Error(`the ${part} part of the language engine ran but did not register itself`);
  // The one-off set-up now, in the background, instead of inside the first answer.
  if (part === 'pinyin') getEnginePart('pinyin')?.prepare();
}

/** Loads and sets up `parts` once per background lifetime; a failed load is tried again next time. */
export function warmEngine(parts: readonly EnginePart[]): Promise<void> {
  return Promise.all(
    parts.map((part) => {
      const run = (loading[part] ??= loadPart(part));
      run.catch(() => {
        if (loading[part] === run) delete loading[part];
      });
      return run;
    }),
  ).then(() => undefined);
}

/**
 * warmEngine after the current task: loading a part blocks the background for tens of
 * ms (importScripts is synchronous), so the reply or message being sent goes first.
 */
export function warmEngineSoon(parts: readonly EnginePart[]): void {
  if (parts.length === 0) return;
  setTimeout(() => {
    warmEngine(parts).catch((error: unknown) => console.error('Zhengdu: the language engine did not load', error));
  }, 0);
}

function partInHand<P extends EnginePart>(part: P): EngineParts[P] {
  const engine = getEnginePart(part);
  if (!engine) throw new Error(`the ${part} part of the language engine is not loaded`);
  return engine;
}

/** Answers a page's batch: each text converted as asked, then read as asked. */
export async function runEngineJobs(jobs: readonly EngineJob[]): Promise<EngineAnswer[]> {
  const parts = new Set<EnginePart>();
  for (const job of jobs) {
    if (job.target) parts.add('convert');
    if (job.read) parts.add('pinyin');
  }
  await warmEngine([...parts]);
  return jobs.map((job) => {
    const text = job.target ? partInHand('convert').convertScript(job.text, job.target) : job.text;
    return { text, readings: job.read ? partInHand('pinyin').readPinyin(text, { tone: job.tone }) : null };
  });
}
