import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The plain approach (plain-annotate.ts) as one IIFE for page.addScriptTag, libraries included. */
export async function bundlePlainAnnotate(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./plain-annotate.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    charset: 'utf8',
    write: false,
  });
  return result.outputFiles[0].text;
}
