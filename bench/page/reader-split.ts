import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { JAPANESE_URL, type PlainBrowser } from './browsers';
import { field, repeat, type Sample } from './stats';

/**
 * Would splitting reader.js help start-up? Bundles the reader three ways and
 * times what the browser spends on each bundle before any page work: parse,
 * compile and the top-level run (table strings, glossary JSON, library set-up).
 *  - all:        what ships today (every conversion direction, pinyin, glossary);
 *  - no s2t:     without the Simplified→Traditional table, which only the
 *                zh-Hant/zh-TW/zh-HK targets need (glossary, pinyin, zh-Hans do not);
 *  - core:       also without pinyin-pro, opencc-js and the other tables: what
 *                the default mode on a detected page (glossary only) needs.
 */
export interface SplitVariant {
  name: string;
  bytes: number;
  loadMs: Sample;
}

const EMPTY_TABLE = `export const table = { chars: '', plain: '', special: '' };`;
const STUBS: Record<string, string> = {
  s2t: EMPTY_TABLE,
  t2s: EMPTY_TABLE,
  'region-tw': EMPTY_TABLE,
  'region-hk': EMPTY_TABLE,
  'pinyin-pro': `export const pinyin = () => []; export const segment = () => []; export const OutputFormat = {};`,
  'opencc-js/core': `export const ConverterFactory = () => (s) => s;`,
  'opencc-js/preset/t2cn': `export const from = { tw: [['', '']] }; export const to = { cn: [['', '']] };`,
};

/** Replaces the named modules by stubs of the same shape (only their size matters here). */
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

async function bundle(stubbed: string[]): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../../src/reader/create-reader.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    globalName: 'zhengduReaderBench',
    minify: true,
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
    plugins: [stubs(stubbed)],
  });
  return result.outputFiles[0].text;
}

export async function benchReaderSplit(plain: PlainBrowser, runs: number): Promise<SplitVariant[]> {
  const variants = [
    { name: 'all (today)', code: await bundle([]) },
    { name: 'no s2t table', code: await bundle(['s2t']) },
    { name: 'glossary core', code: await bundle(Object.keys(STUBS)) },
  ];
  const out: SplitVariant[] = [];
  for (const variant of variants) {
    const times = await repeat(runs, 1, async () => {
      const page = await plain.context.newPage();
      await page.goto(JAPANESE_URL, { waitUntil: 'load' });
      const { ms, error } = await page.evaluate((code) => {
        let failed: string | null = null;
        addEventListener('error', (event) => (failed = String(event.message)), { once: true });
        const start = performance.now();
        const script = document.createElement('script');
        script.textContent = code;
        document.head.append(script);
        return { ms: performance.now() - start, error: failed };
      }, variant.code);
      await page.close();
      if (error) throw new Error(`${variant.name}: the bundle failed to load: ${error}`);
      return ms;
    });
    out.push({ name: variant.name, bytes: Buffer.byteLength(variant.code), loadMs: field(times, (t) => t) });
  }
  return out;
}
