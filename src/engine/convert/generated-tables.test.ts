import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('committed tables in generated/ match what scripts/build-opencc-tables.ts makes from opencc-js', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const run = () => execFileSync('npx', ['tsx', 'scripts/build-opencc-tables.ts', '--check'], { cwd: root, stdio: 'pipe' });
  expect(run).not.toThrow();
});
