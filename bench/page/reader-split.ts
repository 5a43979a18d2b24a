import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { dictionaryAsJson, PINYIN_DICTIONARY } from '../../wxt.config';
import { JAPANESE_URL, type PlainBrowser } from './browsers';
import { field, repeat, type Sample } from './stats';

/**
 * What the two injected bundles cost the page before any page work, and what
 * the language engine costs on first use. Each bundle is injected into a page
 * of the browser without the extension and timed in the page:
 *  - load: parse, compile and the top-level run (table strings, pinyin-pro's
 *    dictionaries, the glossary JSON);
 *  - first use (engine only): the first zh-TW conversion and the first pinyin
 *    reading of a paragraph, which build the conversion table and pinyin-pro's
 *    word automaton.
 * Engine variants stub out one part (same shape, no data) to show what each part costs:
 *  - engine: all          what ships (every conversion direction, pinyin-pro with its
 *                         dictionaries as JSON.parse, see wxt.config.ts);
 *  - engine: pinyin-pro data as literals  the same, dictionaries as pinyin-pro writes them;
 *  - engine: pinyin-pro's own word automaton  without the engine's word matcher
 *                         (src/engine/pinyin/fast-matcher.ts), built on first use;
 *  - engine: no pinyin-pro conversion only;
 *  - engine: no s2t       without the Simplified→Traditional table (zh-Hant/TW/HK only).
 */
export interface SplitVariant {
  name: string;
  bytes: number;
  loadMs: Sample;
  /** First zh-TW conversion + first pinyin reading; NaN for the reader bundle. */
  firstUseMs: Sample;
}

const EMPTY_TABLE = `export const table = { chars: '', plain: '', special: '' };`;
const STUBS: Record<string, string> = {
  s2t: EMPTY_TABLE,
  'region-tw': EMPTY_TABLE,
  'region-hk': EMPTY_TABLE,
  'pinyin-pro': `export const pinyin = (s) => s; export const segment = (s) => [...s].map((c) => [{ origin: c, result: c }]); export const OutputFormat = { AllArray: 0 };`,
};

/** Replaces the named modules by stubs of the same shape (only their cost matters here). */
function stubs(names: string[]): Plugin {
  return {
    name: 'stubs',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const key = names.find((n) => args.path === n || args.path.endsWith(`/generated/${n}`));
        return key ? { path: key, namespace: 'stub' } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({ contents: STUBS[args.path], loader: 'js' }));
    },
  };
}

/** pinyin-pro's dictionaries as JSON.parse calls, as the build ships them (see wxt.config.ts). */
function jsonDictionaries(): Plugin {
  return {
    name: 'json-dictionaries',
    setup(b) {
      b.onLoad({ filter: PINYIN_DICTIONARY }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        return { contents: dictionaryAsJson(await readFile(args.path, 'utf8'), args.path), loader: 'js' };
      });
    },
  };
}

const src = (path: string): string => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

/**
 * The engine as reader-engine.js exposes it, under a global the page can call;
 * `matcher`: with the word matcher installed into pinyin-pro, as shipped.
 */
const engineEntry = (matcher: boolean): string => `
import { convertScript } from ${JSON.stringify(src('engine/convert/index.ts'))};
import { readPinyin } from ${JSON.stringify(src('engine/pinyin/index.ts'))};
${matcher ? `import { acTree } from 'pinyin-pro/dist/esm/common/segmentit/index.mjs';
import { installWordMatcher } from ${JSON.stringify(src('engine/pinyin/fast-matcher.ts'))};
installWordMatcher(acTree);` : ''}
globalThis.__zdBenchEngine = { convertScript, readPinyin };
`;
const ENGINE_ENTRY = engineEntry(true);

async function bundle(entry: { file: string } | { code: string }, stubbed: string[], extra: Plugin[] = []): Promise<string> {
  const result = await build({
    ...('file' in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.code, resolveDir: src(''), loader: 'ts' } }),
    bundle: true,
    format: 'iife',
    globalName: 'zhengduReaderBench',
    minify: true,
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
    plugins: [stubs(stubbed), ...extra],
  });
  return result.outputFiles[0].text;
}

/** A paragraph of government prose, for the first-use timing. */
const PARAGRAPH = '2024年，海淀区坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快发展新质生产力，推动高质量发展取得新成效。';

export async function benchReaderSplit(plain: PlainBrowser, runs: number): Promise<SplitVariant[]> {
  const variants = [
    { name: 'engine: all (shipped)', code: await bundle({ code: ENGINE_ENTRY }, [], [jsonDictionaries()]), engine: true },
    { name: 'engine: pinyin-pro data as literals', code: await bundle({ code: ENGINE_ENTRY }, []), engine: true },
    { name: "engine: pinyin-pro's own word automaton", code: await bundle({ code: engineEntry(false) }, [], [jsonDictionaries()]), engine: true },
    { name: 'engine: no pinyin-pro', code: await bundle({ code: engineEntry(false) }, ['pinyin-pro'], [jsonDictionaries()]), engine: true },
    { name: 'engine: no s2t tables', code: await bundle({ code: ENGINE_ENTRY }, ['s2t', 'region-tw', 'region-hk'], [jsonDictionaries()]), engine: true },
    { name: 'reader (glossary core)', code: await bundle({ file: src('reader/create-reader.ts') }, []), engine: false },
  ];
  const out: SplitVariant[] = [];
  for (const variant of variants) {
    const times = await repeat(runs, 1, async () => {
      const page = await plain.context.newPage();
      await page.goto(JAPANESE_URL, { waitUntil: 'load' });
      const result = await page.evaluate(
        ([code, engine, paragraph]) => {
          let failed: string | null = null;
          addEventListener('error', (event) => (failed = String(event.message)), { once: true });
          const start = performance.now();
          const script = document.createElement('script');
          script.textContent = code;
          document.head.append(script);
          const loaded = performance.now();
          let firstUse = NaN;
          if (engine && !failed) {
            type Engine = { convertScript(t: string, s: string): string; readPinyin(t: string): unknown[] };
            const api = (globalThis as unknown as { __zdBenchEngine: Engine }).__zdBenchEngine;
            api.convertScript(paragraph, 'zh-TW');
            api.readPinyin(paragraph);
            firstUse = performance.now() - loaded;
          }
          return { loadMs: loaded - start, firstUse, error: failed };
        },
        [variant.code, variant.engine, PARAGRAPH] as const,
      );
      await page.close();
      if (result.error) throw new Error(`${variant.name}: the bundle failed to load: ${result.error}`);
      return result;
    });
    out.push({
      name: variant.name,
      bytes: Buffer.byteLength(variant.code),
      loadMs: field(times, (t) => t.loadMs),
      firstUseMs: field(times, (t) => t.firstUse),
    });
  }
  return out;
}
