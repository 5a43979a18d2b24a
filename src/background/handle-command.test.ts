import { describe, expect, it } from 'vitest';
import { MODES_OFF, type Modes } from '../shared/modes';
import { nextModes } from './handle-command';

describe('nextModes (keyboard shortcuts)', () => {
  const on: Modes = { script: 'zh-TW', pinyin: true, glossary: true };

  it('toggle-pinyin and toggle-glossary flip only their own mode', () => {
    expect(nextModes(MODES_OFF, 'toggle-pinyin')).toEqual({ ...MODES_OFF, pinyin: true });
    expect(nextModes(on, 'toggle-pinyin')).toEqual({ ...on, pinyin: false });
    expect(nextModes(MODES_OFF, 'toggle-glossary')).toEqual({ ...MODES_OFF, glossary: true });
    expect(nextModes(on, 'toggle-glossary')).toEqual({ ...on, glossary: false });
  });

  it('cycle-script walks original → 简体 → 繁體 TW → 繁體 HK → original', () => {
    const seen: string[] = [];
    let modes: Modes = { ...MODES_OFF };
    for (let i = 0; i < 4; i++) {
      modes = nextModes(modes, 'cycle-script')!;
      seen.push(modes.script);
    }
    expect(seen).toEqual(['zh-Hans', 'zh-TW', 'zh-HK', 'original']);
    expect(modes.pinyin).toBe(false);
  });

  it('leaves generic Traditional by moving on to the start of the cycle', () => {
    expect(nextModes({ ...MODES_OFF, script: 'zh-Hant' }, 'cycle-script')?.script).toBe('original');
  });

  it('ignores commands it does not know', () => {
    expect(nextModes(on, '_execute_action')).toBeUndefined();
  });
});
