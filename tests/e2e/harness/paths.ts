import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const outDir = path.resolve(repoRoot, process.env.ZHENGDU_OUT_DIR ?? '.output');
export const chromeExtensionDir = path.join(outDir, 'chrome-mv3');
export const firefoxExtensionDir = path.join(outDir, 'firefox-mv2');
/** A test-only companion extension that opens one of our pages (see its manifest). */
export const firefoxBridgeDir = path.join(repoRoot, 'tests/e2e/firefox-bridge');
export const artifactsDir = path.join(repoRoot, 'artifacts');
export const pagesDir = path.join(repoRoot, 'tests/fixtures/pages');

/** The browser binary, or a loud failure: e2e tests never skip silently. */
export function requireBinary(kind: 'chromium' | 'firefox'): string {
  const candidates =
    kind === 'chromium'
      ? [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
      : [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    const install = kind === 'chromium' ? 'apt-get install -y chromium' : 'apt-get install -y firefox-esr';
    throw new Error(
      `${kind} not found (looked at ${candidates.filter(Boolean).join(', ')}). ` +
        `Install it (${install}) or set ${kind === 'chromium' ? 'CHROME_PATH' : 'FIREFOX_PATH'}.`,
    );
  }
  return found;
}

export function requireBuilt(dir: string): string {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}. Run \`npm run build\` first.`);
  }
  return dir;
}

/** The always-on script of a built extension, as its manifest declares it (a path inside the extension). */
export function alwaysOnScript(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
  };
  const file = manifest.content_scripts?.[0]?.js?.[0];
  if (!file) throw new Error(`${extensionDir}/manifest.json declares no content script`);
  return file;
}
