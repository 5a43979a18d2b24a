import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dictionaryAsJson, PINYIN_DICTIONARY } from '../../wxt.config';

// The build rewrites pinyin-pro's dictionaries as JSON.parse (wxt.config.ts): the data must come out the same.
const esm = fileURLToPath(new URL('../../node_modules/pinyin-pro/dist/esm', import.meta.url));
const copy = mkdtempSync(path.join(tmpdir(), 'zhengdu-pinyin-json-'));
cpSync(esm, copy, { recursive: true });
const dataFiles = readdirSync(path.join(esm, 'data')).filter((file) => PINYIN_DICTIONARY.test(path.join(esm, 'data', file)));
for (const file of dataFiles) {
  const target = path.join(copy, 'data', file);
  writeFileSync(target, dictionaryAsJson(readFileSync(target, 'utf8'), target));
}
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** A module's exports as comparable data (Symbols and node links dropped, FastDict maps as entries). */
async function exportsOf(dir: string, file: string): Promise<unknown> {
  const mod = (await import(pathToFileURL(path.join(dir, 'data', file)).href)) as Record<string, unknown>;
  return JSON.parse(
    JSON.stringify(mod, (_key, value: unknown) => (value instanceof Map ? [...value] : typeof value === 'symbol' ? String(value) : value)),
  );
}

describe('pinyin-pro dictionaries as JSON', () => {
  it('covers every dictionary module', () => {
    expect(dataFiles.sort()).toEqual(['dict1.mjs', 'dict2.mjs', 'dict3.mjs', 'dict4.mjs', 'dict5.mjs', 'surname.mjs']);
  });

  it.each(dataFiles)('%s exports the same data', async (file) => {
    expect(readFileSync(path.join(copy, 'data', file), 'utf8')).toContain('JSON.parse(');
    expect(await exportsOf(copy, file)).toEqual(await exportsOf(esm, file));
  });

  it('fails loudly on a module without a dictionary literal', () => {
    expect(() => dictionaryAsJson('export const x = 1;', 'x.mjs')).toThrow(/no dictionary literal/);
  });
});
