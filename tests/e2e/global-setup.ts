import { execSync } from 'node:child_process';
import { requireBinary, repoRoot } from './harness/paths';

/**
 * Runs once before the e2e files: fails loudly when a browser is missing
 * (never a silent skip), then builds both extensions unless told the build is fresh.
 */
export default function setup(): void {
  requireBinary('chromium');
  requireBinary('firefox');
  if (process.env.ZHENGDU_SKIP_BUILD === '1') return;
  execSync('npm run --silent build', { cwd: repoRoot, stdio: 'inherit' });
}
