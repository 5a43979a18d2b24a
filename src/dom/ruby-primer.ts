import { UI_ATTR } from './markers';

/** A hidden document makes no frames: the primer goes after this long whatever happened. */
const PRIMER_LIMIT_MS = 500;

const primed = new WeakSet<Document>();

/**
 * Chromium lays out the whole document again the first time a ruby annotation
 * box appears in it: once per document, whatever the ruby and wherever it is
 * (even hidden), and as dear as the page's own relayout for a window resize
 * (~100–125 ms for a 2 MB page here; bench/dom-long-tasks.ts prints both). The
 * primer, one hidden empty annotation, makes that happen in a frame of its own,
 * instead of on top of the first screen's conversion and ruby.
 *
 * Once per document. Returns the primer's remover, or null when the document was
 * primed before, already has ruby (the cost is paid) or has no place for it.
 */
export function primeRubyLayout(doc: Document): (() => void) | null {
  if (primed.has(doc)) return null;
  primed.add(doc);
  const host = doc.body ?? doc.documentElement;
  if (!host || doc.getElementsByTagName('rt').length > 0) return null;
  const ruby = doc.createElement('ruby');
  ruby.setAttribute(UI_ATTR, '');
  ruby.setAttribute('aria-hidden', 'true');
  const hidden: Array<[string, string]> = [
    ['position', 'absolute'],
    ['top', '0'],
    ['left', '0'],
    ['visibility', 'hidden'],
    ['pointer-events', 'none'],
  ];
  for (const [name, value] of hidden) ruby.style.setProperty(name, value, 'important');
  ruby.append(doc.createTextNode('中'), doc.createElement('rt'));
  host.appendChild(ruby);
  return () => ruby.remove();
}

/**
 * Primes `doc` now and takes the primer out once a frame has laid it out, for a
 * caller with no frame budget of its own: the reader, as soon as pinyin is asked
 * for, so the frame passes while the pinyin engine part loads rather than after.
 */
export function primeRubyLayoutSoon(doc: Document): void {
  const remove = primeRubyLayout(doc);
  if (!remove) return;
  let removed = false;
  const finish = (): void => {
    if (removed) return;
    removed = true;
    remove();
  };
  setTimeout(finish, PRIMER_LIMIT_MS);
  // The animation-frame callback runs before the frame's layout; the task after it runs after.
  const frames = globalThis as { requestAnimationFrame?: (run: () => void) => number };
  frames.requestAnimationFrame?.(() => setTimeout(finish, 0));
}
