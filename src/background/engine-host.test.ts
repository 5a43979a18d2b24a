import { afterEach, describe, expect, it, vi } from 'vitest';
import { convertScript } from '../engine/convert';
import { readPinyin } from '../engine/pinyin';
import { ENGINE_FILES, forgetEngineParts, getEnginePart, registerEnginePart } from '../shared/engine-api';

/** A fresh background (the host remembers what it loaded, as a service worker lifetime does). */
async function freshHost(): Promise<typeof import('./engine-host')> {
  vi.resetModules();
  return import('./engine-host');
}

afterEach(() => {
  forgetEngineParts();
  vi.unstubAllGlobals();
});

function registerRealEngine(): void {
  registerEnginePart('convert', { convertScript });
  registerEnginePart('pinyin', { readPinyin, prepare: () => undefined });
}

describe('the background engine', () => {
  it('converts, then reads the converted text, job by job', async () => {
    const { runEngineJobs } = await freshHost();
    registerRealEngine();
    const answers = await runEngineJobs([
      { text: '头发', target: 'zh-TW', read: true, tone: 'marks' },
      { text: '银行', target: null, read: true, tone: 'numbers' },
      { text: '发展', target: 'zh-HK', read: false, tone: 'marks' },
    ]);
    expect(answers[0].text).toBe('頭髮');
    // Read from the converted text, in context (头发: tóu fa, 发 not fā).
    expect(answers[0].readings?.map((s) => s.text).join('')).toBe('頭髮');
    expect(answers[0].readings?.flatMap((s) => s.pinyin ?? [])).toEqual(['tóu', 'fa']);
    expect(answers[1]).toEqual({ text: '银行', readings: [{ text: '银行', pinyin: ['yin2', 'hang2'] }] });
    expect(answers[2]).toEqual({ text: '發展', readings: null });
  });

  it('loads a part a page asks for, and says clearly when it cannot', async () => {
    const { runEngineJobs } = await freshHost();
    // Chrome's service worker: no document, importScripts runs the file (here: registers a fake part).
    const importScripts = vi.fn((file: string) => {
      if (file === ENGINE_FILES.convert) registerEnginePart('convert', { convertScript: (t) => `<${t}>` });
    });
    vi.stubGlobal('importScripts', importScripts);
    expect(await runEngineJobs([{ text: '发', target: 'zh-TW', read: false, tone: 'marks' }])).toEqual([{ text: '<发>', readings: null }]);
    expect(importScripts).toHaveBeenCalledWith(ENGINE_FILES.convert);
    await expect(runEngineJobs([{ text: '发', target: null, read: true, tone: 'marks' }])).rejects.toThrow(
      'the pinyin part of the language engine ran but did not register itself',
    );
  });

  it('keeps the engine files with the service worker at install, and lets go of what they registered', async () => {
    const { keepEngineFilesWithWorker } = await freshHost();
    let onInstall: (() => void) | undefined;
    vi.stubGlobal('self', { addEventListener: (type: string, listener: () => void) => type === 'install' && (onInstall = listener) });
    const importScripts = vi.fn(() => registerRealEngine());
    vi.stubGlobal('importScripts', importScripts);
    keepEngineFilesWithWorker();
    expect(importScripts).not.toHaveBeenCalled();
    onInstall?.();
    expect(importScripts).toHaveBeenCalledWith(...Object.values(ENGINE_FILES));
    expect(getEnginePart('convert')).toBeUndefined();
    expect(getEnginePart('pinyin')).toBeUndefined();
  });
});
