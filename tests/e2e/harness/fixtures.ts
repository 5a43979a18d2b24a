import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pagesDir } from './paths';

export interface FixturePage {
  /** File under tests/fixtures/pages. */
  file: string;
  /** The realistic URL the page is served at (no network: routed by the test browser). */
  url: string;
  /** What the page is, for people reading test output. */
  title: string;
  /** Whether the detector should call it government news. */
  govNews: boolean;
}

export function loadFixturePages(): FixturePage[] {
  return JSON.parse(readFileSync(path.join(pagesDir, 'manifest.json'), 'utf8')) as FixturePage[];
}

export function fixtureByFile(file: string): FixturePage {
  const page = loadFixturePages().find((p) => p.file === file);
  if (!page) throw new Error(`No fixture page ${file} in tests/fixtures/pages/manifest.json`);
  return page;
}

export function readFixture(file: string): string {
  return readFileSync(path.join(pagesDir, file), 'utf8');
}

/** Everything a test serves, keyed by URL without the hash. Extra pages can be added per test. */
export function routeTable(extra: Record<string, string> = {}): Map<string, string> {
  const table = new Map<string, string>();
  for (const page of loadFixturePages()) table.set(stripHash(page.url), readFixture(page.file));
  for (const [url, html] of Object.entries(extra)) table.set(stripHash(url), html);
  return table;
}

export function stripHash(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}
