import type { EngineDeps, PinyinSegment, ScriptTarget, WhenAnswered } from '../dom/engine-deps';
import type { EngineAnswer, EngineJob } from '../shared/engine-api';
import type { ToneStyle } from '../settings/schema';

/** Characters per message: a batch the background answers, and the page takes in, in a few ms. */
export const BATCH_CHARS = 6000;
/** Batches on their way at once: the next is being answered while the page applies the last. */
export const BATCHES_IN_FLIGHT = 2;
/** Answers kept per page (a page scrolled back needs its readings again); the oldest go first. */
export const CACHE_ENTRIES = 50_000;

export type SendJobs = (jobs: EngineJob[]) => Promise<EngineAnswer[]>;

export interface EngineClient extends EngineDeps {
  /** The first time the background fails to answer: why (the page's text is then left as it is). */
  onError(listener: (message: string) => void): void;
  /** Resolves once the next answer is handed to its callers; at once when nothing is asked or on its way. */
  whenAnswered(): Promise<void>;
}

interface Waiting {
  job: EngineJob;
  callers: WhenAnswered[];
}

class BoundedMap<V> extends Map<string, V> {
  override set(key: string, value: V): this {
    if (this.size >= CACHE_ENTRIES && !this.has(key)) this.delete(this.keys().next().value as string);
    return super.set(key, value);
  }
}

/**
 * The page's side of the language engine: answers from what the background has
 * sent, and otherwise returns undefined and asks. Every text asked for in one
 * task goes in one message (batched at the end of the task), at most
 * BATCH_CHARS per message and BATCHES_IN_FLIGHT at a time, in the order asked:
 * the first screen's texts first.
 */
export function createEngineClient(send: SendJobs): EngineClient {
  const converted = new BoundedMap<string>();
  const readings = new BoundedMap<PinyinSegment[]>();
  const waiting = new Map<string, Waiting>();
  /** Keys not sent yet, in the order asked. */
  let unsent: string[] = [];
  let inFlight = 0;
  let flushQueued = false;
  const errorListeners = new Set<(message: string) => void>();
  let failed: string | null = null;
  let answerWaiters: Array<() => void> = [];

  const convertKey = (text: string, target: ScriptTarget): string => `${target}\n${text}`;
  const readKey = (text: string, tone: ToneStyle): string => `${tone}\r${text}`;

  function ask(key: string, job: EngineJob, whenAnswered: WhenAnswered): undefined {
    const known = waiting.get(key);
    if (known) {
      known.callers.push(whenAnswered);
      // A conversion asked for again with its readings: one trip for both, if it has not left yet.
      if (job.read) known.job.read = true;
      return undefined;
    }
    waiting.set(key, { job, callers: [whenAnswered] });
    unsent.push(key);
    if (!flushQueued) {
      flushQueued = true;
      queueMicrotask(flush);
    }
    return undefined;
  }

  function flush(): void {
    flushQueued = false;
    while (inFlight < BATCHES_IN_FLIGHT && unsent.length > 0) {
      let chars = 0;
      let end = 0;
      while (end < unsent.length && (end === 0 || chars + unsent[end].length <= BATCH_CHARS)) chars += unsent[end++].length;
      const keys = unsent.slice(0, end);
      unsent = unsent.slice(end);
      inFlight++;
      void sendBatch(keys);
    }
  }

  async function sendBatch(keys: string[]): Promise<void> {
    const batch = keys.map((key) => waiting.get(key)).filter((entry): entry is Waiting => entry !== undefined);
    let answers: EngineAnswer[];
    try {
      answers = await send(batch.map((entry) => entry.job));
      if (answers.length !== batch.length) throw new Error(`${answers.length} answers for ${batch.length} texts`);
    } catch (error) {
      // The page stays as it is: each text is taken as its own answer, without readings.
      const message = `the language engine did not answer: ${error instanceof Error ? error.message : String(error)}`;
      if (failed === null) {
        failed = message;
        console.error(`Zhengdu: ${message}`);
        for (const listener of errorListeners) listener(message);
      }
      answers = batch.map((entry) => ({ text: entry.job.text, readings: entry.job.read ? [{ text: entry.job.text, pinyin: null }] : null }));
    }
    inFlight--;
    batch.forEach((entry, i) => {
      const { job } = entry;
      const answer = answers[i];
      if (job.target) converted.set(convertKey(job.text, job.target), answer.text);
      if (job.read && answer.readings) readings.set(readKey(answer.text, job.tone), answer.readings);
    });
    keys.forEach((key) => waiting.delete(key));
    for (const entry of batch) for (const call of entry.callers) call();
    flush();
    const waiters = answerWaiters;
    answerWaiters = [];
    for (const resolve of waiters) resolve();
  }

  return {
    convert(text, target, whenAnswered, alsoRead) {
      const key = convertKey(text, target);
      return converted.get(key) ?? ask(key, { text, target, read: alsoRead, tone: 'marks' }, whenAnswered);
    },
    readPinyin(text, options, whenAnswered) {
      const tone = options.tone ?? 'marks';
      const key = readKey(text, tone);
      return readings.get(key) ?? ask(key, { text, target: null, read: true, tone }, whenAnswered);
    },
    whenAnswered() {
      const idle = inFlight === 0 && unsent.length === 0;
      return idle ? Promise.resolve() : new Promise((resolve) => answerWaiters.push(resolve));
    },
    onError(listener) {
      errorListeners.add(listener);
      if (failed !== null) listener(failed);
    },
  };
}
