import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { dictionaryAsJson, PINYIN_DICTIONARY } from '../../wxt.config';
import { JAPANESE_URL, type PlainBrowser } from './browsers';
import { field, repeat, type Sample } from './stats';

/**
 * What the injected bundles cost the page before any page work, and what each
 * engine part costs on first use. Each bundle is injected into a page of the
 * browser without the extension and timed in the page:
 *  - load: parse, compile and the top-level run (table strings, pinyin-pro's
 *    dictionaries, the glossary JSON);
 *  - first use (engine parts only): conversion: building the zh-TW tables and
 *    converting a paragraph; pinyin: the first reading of a paragraph, which
 *    builds the word index.
 * Variants:
 *  - convert part (shipped)   engine-convert.js: the conversion tables;
 *  - pinyin part (shipped)    engine-pinyin.js: pinyin-pro with its dictionaries as
 *                             JSON.parse (wxt.config.ts) and the engine's word matcher;
 *  - pinyin part: data as literals  the same, dictionaries as pinyin-pro writes them;
 *  - pinyin part: pinyin-pro's own word automaton  without the word matcher
 *                             (src/engine/pinyin/fast-matcher.ts), built on first use;
 *  - reader (glossary core)   reader.js's code without the entry's wiring.
 */
export interface SplitVariant {
  name: string;
  bytes: number;
  loadMs: Sample;
  /** The part's first use (see above); NaN for the reader bundle. */
  firstUseMs: Sample;
}

type EngineKind = 'convert' | 'pinyin' | null;

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

/** The conversion part as engine-convert.js exposes it, under a global the page can call. */
const CONVERT_ENTRY = `
import { convertScript, prepareScript } from ${JSON.stringify(src('engine/convert/index.ts'))};
globalThis.__zdBenchEngine = { convertScript, prepareScript };
`;

/** The pinyin part as engine-pinyin.js exposes it; `matcher`: with the word matcher installed into pinyin-pro, as shipped. */
const pinyinEntry = (matcher: boolean): string => `
import { readPinyin } from ${JSON.stringify(src('engine/pinyin/index.ts'))};
${matcher ? `import { acTree } from 'pinyin-pro/dist/esm/common/segmentit/index.mjs';
import { installWordMatcher } from ${JSON.stringify(src('engine/pinyin/fast-matcher.ts'))};
installWordMatcher(acTree);` : ''}
globalThis.__zdBenchEngine = { readPinyin };
`;

async function bundle(entry: { file: string } | { code: string }, extra: Plugin[] = []): Promise<string> {
  const result = await build({
    ...('file' in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.code, resolveDir: src(''), loader: 'ts' } }),
    bundle: true,
    format: 'iife',
    globalName: 'zhengduReaderBench',
    minify: true,
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
    plugins: extra,
  });
  return result.outputFiles[0].text;
}

/** A paragraph of government prose, for the first-use timing. */
const PARAGRAPH = '2024年，海淀区坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快发展新质生产力，推动高质量发展取得新成效。';

export async function benchReaderSplit(plain: PlainBrowser, runs: number): Promise<SplitVariant[]> {
  const variants: Array<{ name: string; code: string; engine: EngineKind }> = [
    { name: 'convert part (shipped)', code: await bundle({ code: CONVERT_ENTRY }), engine: 'convert' },
    { name: 'pinyin part (shipped)', code: await bundle({ code: pinyinEntry(true) }, [jsonDictionaries()]), engine: 'pinyin' },
    { name: 'pinyin part: data as literals', code: await bundle({ code: pinyinEntry(true) }), engine: 'pinyin' },
    { name: "pinyin part: pinyin-pro's own word automaton", code: await bundle({ code: pinyinEntry(false) }, [jsonDictionaries()]), engine: 'pinyin' },
    { name: 'reader (glossary core)', code: await bundle({ file: src('reader/create-reader.ts') }), engine: null },
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
            type Part = { convertScript?(t: string, s: string): string; prepareScript?(s: string): void; readPinyin?(t: string): unknown[] };
            const api = (globalThis as unknown as { __zdBenchEngine: Part }).__zdBenchEngine;
            if (engine === 'convert') {
              api.prepareScript?.('zh-TW');
              api.convertScript?.(paragraph, 'zh-TW');
            } else api.readPinyin?.(paragraph);
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
