import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alwaysOnScript, chromeExtensionDir, firefoxExtensionDir, outDir, repoRoot } from './harness/paths';

describe('the builds', () => {
  it('Chrome is MV3 with the fewest permissions and no remote code', () => {
    const manifest = JSON.parse(readFileSync(path.join(chromeExtensionDir, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['contextMenus', 'scripting', 'storage']);
    expect(manifest.content_scripts[0]).toMatchObject({ all_frames: true, match_about_blank: true });
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('Firefox carries a gecko id and passes web-ext lint with no errors', () => {
    const manifest = JSON.parse(readFileSync(path.join(firefoxExtensionDir, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBe('zhengdu@zhengdu.app');
    const out = execFileSync(
      path.join(repoRoot, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', firefoxExtensionDir, '--output', 'json', '--no-config-discovery'],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors, JSON.stringify(report.errors, null, 2)).toEqual([]);
  });

  it('the always-on content script stays under 20 KB', () => {
    const size = statSync(path.join(chromeExtensionDir, alwaysOnScript(chromeExtensionDir))).size;
    expect(size).toBeLessThan(20 * 1024);
  });

  it('the always-on content script builds no regular expression (the first one costs a page ~0.6 ms: bench figure 1)', () => {
    const code = readFileSync(path.join(chromeExtensionDir, alwaysOnScript(chromeExtensionDir)), 'utf8');
    expect(code).not.toMatch(/\bRegExp\b/);
    // A regular-expression literal in minified code follows an operator or bracket; a division follows a name or number.
    expect(code).not.toMatch(/[=(,:;!&|?{}[]\s*\/(?![/*])(?:\\.|[^/\n])+\/[dgimsuvy]*/);
  });

  it('`npm run zip` produces a zip for each browser', () => {
    execFileSync('npm', ['run', '--silent', 'zip'], { cwd: repoRoot, stdio: 'pipe' });
    const zips = readdirSync(outDir).filter((f) => f.endsWith('.zip'));
    expect(zips.some((f) => f.includes('chrome'))).toBe(true);
    expect(zips.some((f) => f.includes('firefox'))).toBe(true);
    expect(existsSync(path.join(outDir, zips[0]))).toBe(true);
  });
});
