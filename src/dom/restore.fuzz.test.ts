// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answeringLater, fakeEngine, realEngine } from '../../tests/fixtures/dom/engine-adapters';
import { runFuzzCase } from '../../tests/fixtures/dom/fuzz-check';

// happy-dom's IntersectionObserver never reports: run as in Node, every block near (ruby everywhere).
beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const CASES = Number(process.env.ZD_FUZZ_CASES ?? 80);

describe('restore is exact for random pages and random mode sequences', () => {
  it.each([
    ['the real libraries', realEngine, 1],
    ['a length-changing fake', fakeEngine, 100_000],
    // As in the extension: results come later, by message, and items wait for them untouched.
    ['the real libraries answering later', answeringLater(realEngine), 200_000],
  ])('with %s', async (_name, engine, firstSeed) => {
    const problems: string[] = [];
    for (let seed = firstSeed; seed < firstSeed + CASES; seed++) {
      problems.push(...(await runFuzzCase(document, engine, seed)));
      if (problems.length > 5) break;
    }
    expect(problems).toEqual([]);
  });
});
