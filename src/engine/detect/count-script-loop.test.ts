import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countScript } from './count-script';
import { addScriptCounts } from './count-script-loop';
import type { ScriptCounts } from './script-ranges';

const loopCounts = (text: string): ScriptCounts => {
  const counts = { han: 0, kana: 0, hangul: 0, latin: 0 };
  addScriptCounts(text, counts);
  return counts;
};

/** A seeded generator, so a failure names a string that can be made again. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('addScriptCounts (the always-on script\'s loop) counts exactly what countScript counts', () => {
  it('on every corpus document', () => {
    const dir = new URL('../../../assets/corpus/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      expect(loopCounts(text), file).toEqual(countScript(text));
    }
  });

  it('on random strings that straddle every range edge, surrogates and ASCII included', () => {
    const edges = [0x40, 0x41, 0x5a, 0x5b, 0x60, 0x61, 0x7a, 0x7b, 0xc0, 0x3040, 0x3041, 0x309f, 0x30a0, 0x30a1, 0x30fa, 0x30fb, 0x30fc,
      0x33ff, 0x3400, 0x4dbf, 0x4dc0, 0x4dff, 0x4e00, 0x9fff, 0xa000, 0xabff, 0xac00, 0xd7af, 0xd7b0, 0xd840, 0xdc00, 0xf8ff, 0xf900, 0xfaff, 0xfb00, 0xff21];
    const random = seeded(7);
    for (let round = 0; round < 400; round++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += String.fromCharCode(random() < 0.7 ? edges[Math.floor(random() * edges.length)] : Math.floor(random() * 0x10000));
      expect(loopCounts(text), JSON.stringify(text)).toEqual(countScript(text));
    }
  });

  it('adds to the counts it is given', () => {
    const counts = { han: 1, kana: 2, hangul: 3, latin: 4 };
    addScriptCounts('政府ひらがなカタカナ한국어abcXYZ 123', counts);
    expect(counts).toEqual({ han: 3, kana: 10, hangul: 6, latin: 10 });
  });
});
