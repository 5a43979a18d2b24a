/**
 * The UI speaks English, Simplified and Traditional Chinese. Every locale must
 * have the same keys and placeholders, every key the code asks for must exist,
 * and no key may be left unused.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const localesDir = path.join(root, 'assets/public/_locales');

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalogue = Record<string, Message>;

const locales = readdirSync(localesDir).sort();
const catalogues: Record<string, Catalogue> = Object.fromEntries(
  locales.map((l) => [l, JSON.parse(readFileSync(path.join(localesDir, l, 'messages.json'), 'utf8')) as Catalogue]),
);
const en = catalogues.en;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|html)$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}
const code = [...sourceFiles(path.join(root, 'src')), ...sourceFiles(path.join(root, 'entrypoints')), path.join(root, 'wxt.config.ts')]
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

/** `$NAME$` references in a message, lower-cased as Chrome matches them. */
const references = (m: Message) => [...m.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1].toLowerCase()).sort();
const placeholders = (m: Message) =>
  Object.entries(m.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort();

describe('locales', () => {
  it('ships English, Simplified Chinese and Traditional Chinese', () => {
    expect(locales).toEqual(['en', 'zh_CN', 'zh_TW']);
  });

  it.each(locales.filter((l) => l !== 'en'))('%s has exactly the English keys', (locale) => {
    expect(Object.keys(catalogues[locale]).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(locales)('%s: every message has text and its placeholders match English', (locale) => {
    for (const [key, message] of Object.entries(catalogues[locale])) {
      expect(message.message.trim(), `${locale}/${key}`).not.toBe('');
      expect(placeholders(message), `${locale}/${key} placeholders`).toEqual(placeholders(en[key]));
      expect(references(message), `${locale}/${key} $refs$`).toEqual(references(en[key]));
      expect(new Set(references(message)), `${locale}/${key} refers to undefined placeholders`).toEqual(
        new Set(Object.keys(message.placeholders ?? {}).map((n) => n.toLowerCase())),
      );
      expect(message.message.split('%s').length, `${locale}/${key} %s`).toBe(en[key].message.split('%s').length);
    }
  });

  it('every key the code asks for exists', () => {
    const asked = new Set<string>();
    for (const m of code.matchAll(/\b(?:t|getMessage)\(\s*'([A-Za-z0-9_]+)'/g)) asked.add(m[1]);
    for (const m of code.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) asked.add(m[1]);
    expect(asked.size).toBeGreaterThan(20);
    expect([...asked].filter((key) => !(key in en))).toEqual([]);
  });

  it('no key is left unused', () => {
    const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });
});
