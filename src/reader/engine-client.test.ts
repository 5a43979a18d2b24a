import { describe, expect, it, vi } from 'vitest';
import type { EngineAnswer, EngineJob } from '../shared/engine-api';
import { BATCH_CHARS, BATCHES_IN_FLIGHT, createEngineClient } from './engine-client';

/** A background that answers each batch when the test says: text reversed as the "conversion", one reading per character. */
function background() {
  const batches: Array<{ jobs: EngineJob[]; answer: () => void; fail: (error: Error) => void }> = [];
  const send = vi.fn(
    (jobs: EngineJob[]) =>
      new Promise<EngineAnswer[]>((resolve, reject) => {
        const answer = (): void =>
          resolve(
            jobs.map((job) => {
              const text = job.target ? [...job.text].reverse().join('') : job.text;
              return { text, readings: job.read ? [...text].map((c) => ({ text: c, pinyin: [`${c}-${job.tone}`] })) : null };
            }),
          );
        batches.push({ jobs, answer, fail: reject });
      }),
  );
  return { send, batches };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('engine client', () => {
  it('asks once per text, in one message per task, and answers from what came back', async () => {
    const bg = background();
    const client = createEngineClient(bg.send);
    const called: string[] = [];
    expect(client.convert('发展', 'zh-TW', () => called.push('a'), true)).toBeUndefined();
    expect(client.convert('发展', 'zh-TW', () => called.push('b'), false)).toBeUndefined();
    expect(client.readPinyin('经济', { tone: 'marks' }, () => called.push('c'))).toBeUndefined();
    await tick();
    expect(bg.send).toHaveBeenCalledTimes(1);
    expect(bg.batches[0].jobs).toEqual([
      { text: '发展', target: 'zh-TW', read: true, tone: 'marks' },
      { text: '经济', target: null, read: true, tone: 'marks' },
    ]);
    bg.batches[0].answer();
    await tick();
    expect(called).toEqual(['a', 'b', 'c']);
    const never = vi.fn();
    expect(client.convert('发展', 'zh-TW', never, false)).toBe('展发');
    // The readings of the converted text came with it (alsoRead): no second trip.
    expect(client.readPinyin('展发', { tone: 'marks' }, never)?.map((s) => s.pinyin?.[0])).toEqual(['展-marks', '发-marks']);
    expect(client.readPinyin('经济', { tone: 'marks' }, never)).toHaveLength(2);
    expect(never).not.toHaveBeenCalled();
    expect(bg.send).toHaveBeenCalledTimes(1);
  });

  it('splits a large request into batches of bounded size, a bounded number on their way at once', async () => {
    const bg = background();
    const client = createEngineClient(bg.send);
    const text = (i: number): string => `${'字'.repeat(999)}${i}`;
    const count = Math.ceil((BATCH_CHARS * (BATCHES_IN_FLIGHT + 2)) / 1000);
    for (let i = 0; i < count; i++) client.convert(text(i), 'zh-HK', () => undefined, false);
    await tick();
    expect(bg.batches).toHaveLength(BATCHES_IN_FLIGHT);
    for (const batch of bg.batches) expect(batch.jobs.reduce((n, job) => n + job.text.length, 0)).toBeLessThanOrEqual(BATCH_CHARS);
    let firstAnswered = false;
    void client.whenAnswered().then(() => (firstAnswered = true));
    for (let answered = 0; answered < bg.batches.length; answered++) {
      bg.batches[answered].answer();
      await tick();
      expect(firstAnswered).toBe(true);
    }
    await client.whenAnswered(); // nothing left: at once
    // Every text went exactly once, in the order asked.
    expect(bg.batches.flatMap((b) => b.jobs.map((j) => j.text))).toEqual(Array.from({ length: count }, (_, i) => text(i)));
  });

  it('when the background fails, says why once and leaves each text as it is (no readings), so nothing waits forever', async () => {
    const bg = background();
    const client = createEngineClient(bg.send);
    const errors: string[] = [];
    client.onError((message) => errors.push(message));
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const answered = vi.fn();
    client.convert('发展', 'zh-TW', answered, true);
    await tick();
    bg.batches[0].fail(new Error('Could not establish connection'));
    await tick();
    expect(answered).toHaveBeenCalledTimes(1);
    expect(errors).toEqual(['the language engine did not answer: Could not establish connection']);
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(client.convert('发展', 'zh-TW', answered, false)).toBe('发展');
    expect(client.readPinyin('发展', { tone: 'marks' }, answered)).toEqual([{ text: '发展', pinyin: null }]);
    consoleError.mockRestore();
  });
});
