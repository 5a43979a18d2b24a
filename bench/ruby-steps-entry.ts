/**
 * Bundled into the page by bench/ruby-steps.ts: puts one paragraph's Text into
 * ruby with RubyLayer, in one go or in steps, and times each change's layout.
 */
import { primeRubyLayout } from '../src/dom/ruby-primer';
import { RubyLayer } from '../src/dom/ruby-render';
import { rubyStylesheet } from '../src/dom/ruby-stylesheet';
import { readPinyin } from '../src/engine';
import { DEFAULT_SETTINGS } from '../src/settings/defaults';
import { layoutTime } from './layout-time';

const layer = new RubyLayer(document);
const format = DEFAULT_SETTINGS.pinyin;

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

/** Layout times of each step putting `p`'s text into ruby (`step` characters at a time; Infinity: at once), then of taking it out. */
async function wrapInSteps(p: HTMLElement, step: number): Promise<{ steps: number[]; unwrap: number }> {
  const node = p.firstChild as Text;
  const segments = readPinyin(node.data, { tone: 'marks' });
  const steps = [layoutTime(() => layer.wrap(node, segments, format, step))];
  while (layer.pendingChars(node) > 0) {
    await pause();
    steps.push(layoutTime(() => layer.extend(node, step)));
  }
  await pause();
  return { steps, unwrap: layoutTime(() => layer.unwrap(node)) };
}

/** Styles the page and pays the browser's once-per-document ruby layout (ruby-primer.ts), timed. */
function prepare(): number {
  const style = document.createElement('style');
  style.textContent = rubyStylesheet(format);
  document.head.append(style);
  let remove: (() => void) | null = null;
  const ms = layoutTime(() => (remove = primeRubyLayout(document)));
  layoutTime(() => remove?.());
  return ms;
}

const api = { wrapInSteps, prepare };
declare global {
  interface Window {
    __zdRubySteps: typeof api;
  }
}
window.__zdRubySteps = api;
