import { defineConfig } from 'wxt';

// ZHENGDU_OUT_DIR lets several builds (tests, benchmarks) live side by side.
const outDir = process.env.ZHENGDU_OUT_DIR ?? '.output';

export default defineConfig({
  outDir,
  publicDir: 'assets/public',
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
