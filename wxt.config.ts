import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';

/** pinyin-pro's data modules: each holds one dictionary as a plain object literal. */
export const PINYIN_DICTIONARY = /pinyin-pro[\\/]dist[\\/]esm[\\/]data[\\/](?:dict\d|surname)\.mjs$/;

/**
 * Rewrites a pinyin-pro data module's dictionary literal (`const DICT2 = { 这个:
 * 'zhè ge', … };`) as JSON.parse of the same data. V8 parses JSON text several
 * times faster than an object literal, and these ~500 KB are most of what
 * reader-engine.js costs to load (bench/page/reader-split.ts measures both).
 * Only bundler configuration can change how a dependency is compiled, hence here.
 * Fails the build if the module no longer looks as expected (pinyin-pro is pinned).
 */
export function dictionaryAsJson(code: string, id: string): string {
  const out = code.replace(/^const (\w+) = (\{[\s\S]*?\n\});$/m, (_all, name: string, literal: string) => {
    const data: unknown = new Function(`return ${literal};`)();
    return `const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
  });
  if (out === code) throw new Error(`dictionaryAsJson: no dictionary literal in ${id}`);
  return out;
}

/**
 * The glossary (assets/glossary/glossary.json) as JSON.parse of its text, for
 * the same reason: as an object literal it was ~89 KB of reader.js to parse and
 * compile in the task that injects the reader. Vite's `json.stringify` option is
 * not honoured by this bundler version, hence a load hook.
 */
export const GLOSSARY_JSON = /assets[\\/]glossary[\\/]glossary\.json$/;

function glossaryAsJsonParse(): Plugin {
  return {
    name: 'zhengdu:glossary-as-json-parse',
    enforce: 'pre',
    async load(id) {
      if (!GLOSSARY_JSON.test(id)) return null;
      const { readFile } = await import('node:fs/promises');
      const text = JSON.stringify(JSON.parse(await readFile(id, 'utf8')));
      return { code: `export default JSON.parse(${JSON.stringify(text)});`, moduleType: 'js' };
    },
  };
}

function pinyinDictionariesAsJson(): Plugin {
  return {
    name: 'zhengdu:pinyin-dictionaries-as-json',
    transform: (code, id) => (PINYIN_DICTIONARY.test(id) ? { code: dictionaryAsJson(code, id), map: null } : null),
  };
}

// ZHENGDU_OUT_DIR lets several builds (tests, benchmarks) live side by side.
const outDir = process.env.ZHENGDU_OUT_DIR ?? '.output';

export default defineConfig({
  outDir,
  publicDir: 'assets/public',
  vite: () => ({ plugins: [glossaryAsJsonParse(), pinyinDictionariesAsJson()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Zhengdu',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings; scripting: inject the reader only where it is needed;
    // contextMenus: "read the selection". Host access so the reader can be
    // injected on detected pages without a click.
    permissions: ['storage', 'scripting', 'contextMenus'],
    host_permissions: ['<all_urls>'],
    // The always-on script (entrypoints/page-gate.ts), declared here because it is not a WXT
    // content script: WXT's wrapper touches the extension API on every page.
    content_scripts: [
      { matches: ['<all_urls>'], js: ['page-gate.js'], all_frames: true, match_about_blank: true, run_at: 'document_idle' },
    ],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-pinyin': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_commandTogglePinyin__',
      },
      'cycle-script': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandCycleScript__',
      },
      'toggle-glossary': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandToggleGlossary__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'zhengdu@zhengdu.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
