import { describe, expect, it } from 'vitest';
import type { GlossaryData } from '../engine/glossary/types';
import { MODES_OFF } from '../shared/modes';
import { registerEnginePart, type ScriptTarget } from '../shared/reader-api';
import { createEnginePartsLoader } from './engine-parts';

/** The loader reads the glossary only to set up the pinyin part, which these modes never ask for. */
const NO_GLOSSARY = {} as unknown as GlossaryData;

const flushMicrotasks = async (): Promise<void> => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('engine parts loader', () => {
  it('builds each conversion table once, and is ready without a task hop when they are built', async () => {
    const built: ScriptTarget[] = [];
    // A convert part already in the frame: loading it needs no message to the background.
    registerEnginePart('convert', { convertScript: (text) => text, prepare: (target) => built.push(target) });
    const loader = createEnginePartsLoader(NO_GLOSSARY);
    await loader.readyFor({ ...MODES_OFF, script: 'zh-TW' });
    expect(built).toEqual(['zh-Hans', 'zh-TW']);
    await loader.readyFor({ ...MODES_OFF, script: 'zh-HK' });
    await loader.readyFor({ ...MODES_OFF, script: 'zh-Hans' });
    expect(built).toEqual(['zh-Hans', 'zh-TW', 'zh-HK']);
    expect(loader.canApply({ ...MODES_OFF, script: 'zh-TW' })).toBe(true);

    // Back to a script whose tables exist: ready within the current task.
    let ready = false;
    void loader.readyFor({ ...MODES_OFF, script: 'zh-TW' }).then(() => (ready = true));
    await flushMicrotasks();
    expect(ready).toBe(true);
    expect(built).toHaveLength(3);
  });
});
