import { describe, expect, it } from 'vitest';
import { convertScript, detectScript, type ScriptTarget } from './index';

const targets: ScriptTarget[] = ['zh-Hans', 'zh-Hant', 'zh-TW', 'zh-HK'];

describe('convertScript on awkward input', () => {
  it('returns an empty string for empty input', () => {
    for (const t of targets) expect(convertScript('', t)).toBe('');
    expect(detectScript('')).toBe('none');
  });

  it('copies lone surrogates unchanged and still converts around them', () => {
    expect(convertScript('\uD800发展\uDC00', 'zh-TW')).toBe('\uD800發展\uDC00');
    expect(convertScript('發\uDFFF', 'zh-Hans')).toBe('发\uDFFF');
  });

  it('keeps astral characters (CJK Ext B) intact', () => {
    expect(convertScript('𠀀发展𠀀', 'zh-TW')).toBe('𠀀發展𠀀');
    expect(convertScript('𠀀發展', 'zh-Hans')).toBe('𠀀发展');
  });

  it('keeps combining marks where they were', () => {
    expect(convertScript('发\u0301展', 'zh-HK')).toBe('發\u0301展');
  });

  it('keeps ideographic variation selectors (U+E0100) on their character', () => {
    const ivs = '\u{E0100}';
    expect(convertScript(`发${ivs}展`, 'zh-TW')).toBe(`發${ivs}展`);
    expect(convertScript(`葛${ivs}发展`, 'zh-Hant')).toBe(`葛${ivs}發展`);
  });

  it('leaves full-width digits and Latin alone', () => {
    expect(convertScript('ＡＩ时代２０２４年', 'zh-TW')).toBe('ＡＩ時代２０２４年');
    expect(convertScript('ＡＩ時代２０２４年', 'zh-Hans')).toBe('ＡＩ时代２０２４年');
  });

  it('converts 1 MB in linear time without throwing', () => {
    const unit = '着力发挥科技创新引领作用，开好局促发展并发布了一批政策。\uD800𠀀';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const quarter = big.slice(0, big.length / 4);
    // CPU time of this test process, best of three: the machine is shared.
    const cpuMs = () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
    const time = (s: string) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const start = cpuMs();
        const out = convertScript(s, 'zh-TW');
        best = Math.min(best, cpuMs() - start);
        expect(out.length).toBe(s.length);
      }
      return best;
    };
    const small = time(quarter);
    const full = time(big);
    // Linear is ×4; allow for noise, but not ×16 (quadratic).
    expect(full / small).toBeLessThan(10);
  });
});
