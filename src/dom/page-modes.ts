import type { ScriptMode } from '../shared/modes';
import type { PinyinStyle } from '../settings/schema';
import { BlockQueue, type Taken } from './block-queue';
import { createChunkRunner, type NextRun } from './chunk-runner';
import type { EngineDeps } from './engine-deps';
import { InPlaceRewrites } from './in-place-rewrites';
import { MutationWatch, WATCHED_ATTRIBUTES } from './mutation-watch';
import { sameFormat } from './pinyin-format';
import { stripPinyinNotes } from '../engine/text/pinyin-notes';
import { primeRubyLayout } from './ruby-primer';
import { RubyLayer } from './ruby-render';
import { RUBY_REPORT_WAIT_MS, RubyWindow } from './ruby-window';
import { StyleInjector } from './ruby-stylesheet';
import { hasConvertiblePlaceholder, isInsideSkipped, isSkippedElement } from './skip-rules';
import { TextCursor } from './walk-text';

export interface PageModeSet {
  script: ScriptMode;
  pinyin: boolean;
}

export interface PageModes {
  /** Show the page in these modes (idempotent, any order); the work is scheduled. */
  set(modes: PageModeSet, style: PinyinStyle): void;
  /** Resolves once all scheduled work (including debounced page changes) is done. */
  whenIdle(): Promise<void>;
  /** Called with the roots whose text we or the page changed (for the glossary layer). */
  onTextChanged(listener: (roots: Node[]) => void): () => void;
  /**
   * Whether a Text node (the page's, or one of our ruby's) shows its final text for
   * the current modes: nothing is pending, or the node was reconciled in this pass.
   * The glossary matches a run only then (ScanQueue), so a page being converted is
   * matched once, after its conversion, not before and after.
   */
  isSettled(node: Text): boolean;
  /** Restore the page exactly and stop observing it. */
  dispose(): void;
}

/** Page mutations are batched for this long before we look at them. */
export const MUTATION_DEBOUNCE_MS = 120;
/** A node someone else keeps rewriting (another converter) is left alone after this many rounds. */
export const MAX_FOREIGN_REWRITES = 3;

/** The fewest characters a step puts into ruby when a long node is wrapped over several frames (ruby-render.ts). */
export const RUBY_STEP_MIN_CHARS = 200;

const HAN = /\p{Script=Han}/u;
/** How much of a page's text (from the top) is asked of the engine before the first screen is known. */
export const ASK_AHEAD_CHARS = 3000;
/** Thrown out of an item's reconciliation when the engine's results for it are not here yet. */
const ENGINE_PENDING: unique symbol = Symbol('engine results pending');
const TEXT_SLOT = 'data';
const ELEMENT_ATTRIBUTES = WATCHED_ATTRIBUTES.filter((name) => name !== 'placeholder');

/**
 * Applies script conversion, inline-note cleaning and pinyin ruby to a live
 * document and undoes them exactly. Everything is reconciled towards the current
 * modes: turning a mode off is the same walk as turning it on, with nothing left to show.
 *
 * Decisions:
 * - `lang` is set on the parent element of each Text node with Han text while a
 *   script is chosen (not on <html>): inner elements often carry their own `lang`,
 *   and a page converted halfway (work still scheduled) stays correct. Restored
 *   from the page's value, or removed when it had none.
 * - Inline pinyin notes are cleaned while any mode is on, per Text node (a note
 *   split across elements stays).
 * - Pinyin is read from the converted text, so readings follow the script shown.
 * - Ruby is kept to blocks within a screen of the viewport (ruby-window.ts); conversion
 *   and note cleaning cover the whole page.
 * - A long Text node goes into ruby in steps, one per frame (rubyStep, ruby-render.ts),
 *   and the first ruby of a page waits for a frame that lays out the browser's
 *   one-off whole-document ruby layout alone (ruby-primer.ts).
 * - A subtree the page detached while converted is restored if the page puts it
 *   back while we observe; after dispose() we no longer see it.
 * - Limitation: a framework that later writes to a Text node we replaced by ruby
 *   writes to the detached node; the change shows when the modes are set again.
 */
export function createPageModes(doc: Document, deps: EngineDeps): PageModes {
  let modes: PageModeSet = { script: 'original', pinyin: false };
  let style: PinyinStyle | null = null;
  let generation = 0;
  let touched = false;
  let disposed = false;

  /** Per Text node: the generation, value and ruby window state it was last reconciled to. */
  const reconciled = new WeakMap<Text, { generation: number; value: string; near: boolean }>();
  const foreignRewrites = new WeakMap<Text, number>();
  const abandoned = new WeakSet<Text>();
  const texts = new InPlaceRewrites<Text>(
    (node) => node.data,
    (node, _slot, value) => {
      node.data = value ?? '';
    },
  );
  const attributes = new InPlaceRewrites<Element>(
    (el, name) => el.getAttribute(name),
    (el, name, value) => (value === null ? el.removeAttribute(name) : el.setAttribute(name, value)),
  );
  const ruby = new RubyLayer(doc);
  const styles = new StyleInjector(doc);
  const listeners = new Set<(roots: Node[]) => void>();
  const changedRoots = new Set<Node>();
  let walks: TextCursor[] = [];
  let idleWaiters: Array<() => void> = [];
  const pendingRoots = new Set<Node>();
  const pendingItems = new Set<Node>();
  let debounce: ReturnType<typeof setTimeout> | null = null;
  /** Removes the ruby primer while it waits for its frame (ruby-primer.ts). */
  let unprime: (() => void) | null = null;

  const anyOn = (): boolean => modes.script !== 'original' || modes.pinyin;

  /**
   * Items whose engine results are on their way, with the generation they waited in.
   * The item is left exactly as it was and comes back to the queue when they arrive.
   */
  const awaiting = new Map<Node, number>();
  /** The item being reconciled, and whether its block was on screen (for requeueCurrent). */
  let current: Taken<Node> | null = null;

  /** The engine's `whenAnswered` for the current item: queue it again once its results are here. */
  const requeueCurrent = (): (() => void) => {
    const taken = current;
    if (!taken) throw new Error('page modes asked the engine outside reconciling an item');
    const waitedIn = generation;
    return () => {
      if (disposed || awaiting.get(taken.item) !== waitedIn) return;
      awaiting.delete(taken.item);
      requeue(taken.item, taken.onScreen);
      runner.request(queue.hasVisible ? 'soon' : 'idle');
      settleIfIdle();
    };
  };

  /** An engine answer, or out of this item: its results are on their way (process() catches this). */
  const answered = <T>(result: T | undefined): T => {
    if (result !== undefined) {
      if (current) awaiting.delete(current.item);
      return result;
    }
    if (current) awaiting.set(current.item, generation);
    throw ENGINE_PENDING;
  };

  /** Characters asked of the engine ahead of this pass's first chunks (see askAhead). */
  let askedAhead = 0;
  const ignoreAnswer = (): void => undefined;

  /**
   * While walking, asks the engine for the first ASK_AHEAD_CHARS of the page's text.
   * Which blocks are on screen is known only after the next frame (IntersectionObserver);
   * the engine (in the background) answers meanwhile, so the first screen rarely waits
   * for it. The top of the document is the first screen on most loads.
   */
  const askAhead = (node: Text): void => {
    if (askedAhead >= ASK_AHEAD_CHARS || !anyOn()) return;
    const original = texts.original(node, TEXT_SLOT) ?? node.data;
    if (!HAN.test(original)) return;
    askedAhead += original.length;
    const clean = stripPinyinNotes(original);
    if (modes.script !== 'original') deps.convert(clean, modes.script, ignoreAnswer, modes.pinyin);
    else deps.readPinyin(clean, { tone: 'marks' }, ignoreAnswer);
  };

  /** `alsoRead`: the readings of the result will be wanted next (one round trip for both). */
  const render = (text: string, alsoRead = false): string => {
    if (!anyOn()) return text;
    const clean = stripPinyinNotes(text);
    if (modes.script === 'original') return clean;
    return answered(deps.convert(clean, modes.script, requeueCurrent(), alsoRead));
  };
  const renderAttribute = (value: string | null): string | null => (value === null ? null : render(value));

  const queue = new BlockQueue<Node>(() => runner.request('soon'));

  // Blocks that came near the viewport get their ruby, blocks that went away lose it.
  const rubyWindow = new RubyWindow(doc, (moved) => {
    if (disposed) return;
    for (const node of moved) {
      const shownIn = ruby.parentOf(node);
      if (shownIn) enqueue(shownIn, node);
    }
    if (!queue.isEmpty) runner.request('idle');
    settleIfIdle();
  });

  const enqueue = (shownIn: Node, item: Node, onScreen = false): void => queue.add(shownIn, item, onScreen);
  /** Back into the queue where its walk put it: a Text node in the element that shows it, an element as itself. */
  const requeue = (item: Node, onScreen: boolean): void => {
    // A Text node in ruby is off the page itself: its ruby's parent shows it. One with neither has left the page.
    const shownIn = item.nodeType === 3 ? ruby.parentOf(item as Text) : item.parentNode && item;
    if (shownIn) enqueue(shownIn, item, onScreen);
  };

  const walker = {
    element(el: Element): boolean {
      const owner = ruby.ownerOf(el);
      if (owner) {
        enqueue(el.parentNode ?? el, owner);
        return false;
      }
      if (el.shadowRoot) watch.observe(el.shadowRoot);
      enqueue(el, el);
      return true;
    },
    text(node: Text): void {
      enqueue(node.parentNode ?? node, ruby.ownerOf(node) ?? node);
      askAhead(ruby.ownerOf(node) ?? node);
    },
    boundary(): void {},
  };

  /**
   * How much of a node to put into ruby now: what the coming frame has room for, but
   * at least RUBY_STEP_MIN_CHARS (every step costs a layout of the ruby already in the
   * paragraph), and all of it when little would be left for another step.
   */
  const rubyStep = (remaining: number): number => {
    const step = Math.max(runner.room('ruby'), RUBY_STEP_MIN_CHARS);
    return remaining <= step * 1.5 ? Infinity : step;
  };

  const reconcileText = (node: Text, block: Node, onScreen: boolean): void => {
    if (abandoned.has(node)) return;
    const parent = ruby.parentOf(node);
    if (!parent) return;
    const near = rubyWindow.isNear(block, onScreen);
    const last = reconciled.get(node);
    if (last && last.generation === generation && last.value === node.data && last.near === near) return;
    const value = render(texts.original(node, TEXT_SLOT) ?? '', modes.pinyin && near);
    const parentElement = parent.nodeType === 1 ? (parent as Element) : null;
    const wantsPinyin = modes.pinyin && HAN.test(value) && !parentElement?.closest('ruby, title');
    const wantRuby = wantsPinyin && near;
    const shownBefore = ruby.renderedValue(node) ?? node.data;
    const wrappedBefore = ruby.renderedValue(node) !== undefined;
    // Readings before any change to the node: when they are not here yet, the node waits untouched.
    const keepsRuby = wrappedBefore && ruby.renderedValue(node) === value;
    const readings =
      wantRuby && style && !keepsRuby ? answered(deps.readPinyin(value, { tone: 'marks' }, requeueCurrent())) : null;
    if (wantsPinyin) rubyWindow.track(block, node, onScreen);
    if (ruby.renderedValue(node) !== undefined && (!wantRuby || ruby.renderedValue(node) !== value)) ruby.unwrap(node);
    texts.apply(node, TEXT_SLOT, () => value);
    if (modes.script !== 'original' && parentElement && HAN.test(value)) {
      attributes.apply(parentElement, 'lang', () => modes.script);
    }
    let restyled = false;
    let rubyChars = 0;
    if (wantRuby && style) {
      if (ruby.renderedValue(node) !== undefined) {
        restyled = ruby.restyle(node, style);
        if (ruby.pendingChars(node) > 0) rubyChars = ruby.extend(node, rubyStep(ruby.pendingChars(node)));
      } else {
        rubyChars = ruby.wrap(node, readings ?? [], style, rubyStep(value.length));
        if (rubyChars > 0) styles.ensure(parent.getRootNode() as Document | ShadowRoot);
      }
    }
    const wrappedNow = ruby.renderedValue(node) !== undefined;
    if (ruby.pendingChars(node) > 0) {
      // Part of a long node is in ruby: the rest follows in the coming frames, one step each.
      reconciled.delete(node);
      enqueue(ruby.parentOf(node) ?? parent, node);
    } else reconciled.set(node, { generation, value: node.data, near });
    // What the coming frame must style and lay out again (frame-budget.ts): chunks stop when it is full.
    if (restyled || (wrappedBefore && (!wrappedNow || shownBefore !== value))) runner.spend('ruby', value.length);
    else if (rubyChars > 0) runner.spend('ruby', rubyChars);
    else if (shownBefore !== value) runner.spend('text', value.length);
    // Text or structure changed (a step too splits the plain rest): the glossary layer must map its ranges again.
    if (shownBefore !== value || wrappedNow !== wrappedBefore || rubyChars > 0) changedRoots.add(parent);
  };

  const reconcileElement = (el: Element): void => {
    if (isSkippedElement(el)) {
      if (hasConvertiblePlaceholder(el)) attributes.apply(el, 'placeholder', renderAttribute);
      return;
    }
    for (const name of ELEMENT_ATTRIBUTES) attributes.apply(el, name, renderAttribute);
    if (modes.script === 'original') attributes.apply(el, 'lang', (original) => original);
  };

  const process = (taken: Taken<Node>): void => {
    const { item, block, onScreen } = taken;
    current = taken;
    try {
      if (item.nodeType === 3) reconcileText(item as Text, block, onScreen);
      else reconcileElement(item as Element);
    } catch (error) {
      // The engine's results for this item are on their way: it waits (requeueCurrent).
      if (error !== ENGINE_PENDING) throw error;
    } finally {
      current = null;
    }
  };

  /**
   * One chunk: finish collecting (cheap), then reconcile; `soon` chunks only take what is on screen.
   * Hidden blocks go bottom-up: a frame's layout cost grows with the content after the
   * change, so the end of the page is done first. Top-down took 24 s instead of 2 s for
   * zh-TW + pinyin on a 2 MB page (bench/dom-long-tasks.ts). Hidden blocks get no ruby
   * (ruby-window.ts), so there is no ruby below the change to lay out again.
   */
  const work = (timeUp: () => boolean, includeHidden: boolean): NextRun => {
    watch.quietly(() => {
      while (!timeUp()) {
        if (walks.length > 0) {
          if (walks[0].step(256)) walks.shift();
          continue;
        }
        const taken = queue.next(includeHidden ? 'last' : 'none');
        if (taken === undefined) break;
        process(taken);
      }
    });
    if (walks.length > 0 || queue.hasVisible) return 'soon';
    return queue.isEmpty ? 'done' : 'idle';
  };

  // Listeners hear each chunk's changes as it ends (one batch per chunk), so the
  // glossary maps what is on screen without waiting for the rest of the page.
  const runner = createChunkRunner((timeUp, kind) => {
    const next = work(timeUp, kind === 'idle');
    notifyTextChanged();
    return next;
  }, () => {
    // The stylesheet goes once no ruby is left: removed while the page is still full
    // of ruby, the next frame restyles and lays out all of it at once (seconds on a
    // long page, bench/dom-long-tasks.ts).
    if (!modes.pinyin) styles.removeAll();
    settleIfIdle();
  });

  const notifyTextChanged = (): void => {
    if (changedRoots.size === 0) return;
    const roots = [...changedRoots];
    changedRoots.clear();
    for (const listener of listeners) {
      // A listener's failure is reported, and does not stop the page work that called it.
      try {
        listener(roots);
      } catch (error) {
        console.error('Zhengdu: a text-change listener failed', error);
      }
    }
  };

  /** Text still to reconcile: a walk, queued blocks, or page changes waiting for the debounce (which holds every pending root and item). */
  const textPending = (): boolean => debounce !== null || walks.length > 0 || !queue.isEmpty || awaiting.size > 0;

  let settleRetry: ReturnType<typeof setTimeout> | null = null;
  const settleIfIdle = (): void => {
    if (unprime || runner.scheduled || textPending()) return;
    if (rubyWindow.settling) {
      // The observer's report normally comes with the next frame (and settles us); this is the fallback.
      settleRetry ??= setTimeout(() => {
        settleRetry = null;
        settleIfIdle();
      }, RUBY_REPORT_WAIT_MS);
      return;
    }
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  /** Page changes: added subtrees are walked; changed texts and attributes are reconciled alone. */
  const onPageMutations = (records: MutationRecord[]): void => {
    if (disposed) return;
    for (const record of records) {
      if (record.type === 'childList') {
        record.addedNodes.forEach((node) => {
          if (!ruby.ownerOf(node)) pendingRoots.add(node);
        });
        continue;
      }
      const target = record.target;
      if (ruby.ownerOf(target)) continue;
      if (record.type === 'characterData' && texts.changedByOthers(target as Text, TEXT_SLOT)) {
        const rounds = (foreignRewrites.get(target as Text) ?? 0) + 1;
        foreignRewrites.set(target as Text, rounds);
        if (rounds > MAX_FOREIGN_REWRITES) {
          // Another script keeps rewriting what we wrote: leave its text, and stop the loop.
          abandoned.add(target as Text);
          texts.forget(target as Text, TEXT_SLOT);
          continue;
        }
      }
      pendingItems.add(target);
    }
    if (pendingRoots.size + pendingItems.size > 0 && debounce === null) {
      debounce = setTimeout(flushMutations, MUTATION_DEBOUNCE_MS);
    }
  };

  const flushMutations = (): void => {
    debounce = null;
    const roots = [...pendingRoots];
    const items = [...pendingItems];
    pendingRoots.clear();
    pendingItems.clear();
    for (const node of [...roots, ...items]) {
      if (node.isConnected) changedRoots.add(node.nodeType === 3 ? (node.parentNode ?? node) : node);
    }
    // Also while off: a subtree we changed may come back from a detached cache and needs restoring.
    if (touched) {
      for (const node of roots) {
        if (node.isConnected && !isInsideSkipped(node.parentNode ?? node)) walks.push(new TextCursor(node, walker));
      }
      for (const node of items) {
        if (node.isConnected && !isInsideSkipped(node.parentNode ?? node)) enqueue(node.parentNode ?? node, node);
      }
    }
    if (walks.length > 0 || !queue.isEmpty) runner.request('soon');
    else {
      notifyTextChanged();
      settleIfIdle();
    }
  };

  const watch = new MutationWatch(onPageMutations);

  const removePrimer = (): void => {
    const remove = unprime;
    unprime = null;
    if (remove) watch.quietly(remove);
  };

  /** When pinyin comes on: the first time in this document, let the browser's one-off whole-document ruby layout have a frame to itself. */
  const primeRuby = (): void => {
    // Null once the document is primed (ruby-primer.ts): a primer already waiting keeps its remover.
    const remove = watch.quietly(() => primeRubyLayout(doc));
    if (!remove) return;
    unprime = remove;
    runner.holdFrame(() => {
      removePrimer();
      settleIfIdle();
    });
  };

  const restart = (): void => {
    generation++;
    runner.cancel();
    queue.clear();
    // The new walk meets every waiting item again.
    awaiting.clear();
    askedAhead = 0;
    walks = [new TextCursor(doc, walker)];
    runner.request('soon');
  };
  watch.observe(doc);

  return {
    set(next, nextStyle): void {
      if (disposed) return;
      const modesChanged = next.script !== modes.script || next.pinyin !== modes.pinyin;
      const formatChanged = next.pinyin && style !== null && !sameFormat(style, nextStyle);
      style = { ...nextStyle };
      styles.setStyle(style);
      if (!modesChanged && !formatChanged) return;
      modes = { script: next.script, pinyin: next.pinyin };
      if (!modes.pinyin) rubyWindow.clear();
      else primeRuby();
      if (anyOn()) touched = true;
      if (touched) restart();
    },
    whenIdle(): Promise<void> {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        if (!disposed) watch.flush();
        settleIfIdle();
      });
    },
    onTextChanged(listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isSettled(node): boolean {
      if (!textPending() || disposed) return true;
      const original = ruby.originalOf(node) ?? node;
      const last = reconciled.get(original);
      return last !== undefined && last.generation === generation && last.value === original.data;
    },
    dispose(): void {
      if (disposed) return;
      runner.cancel();
      if (debounce !== null) clearTimeout(debounce);
      if (settleRetry !== null) clearTimeout(settleRetry);
      debounce = settleRetry = null;
      removePrimer();
      modes = { script: 'original', pinyin: false };
      generation++;
      queue.clear();
      awaiting.clear();
      walks = touched ? [new TextCursor(doc, walker)] : [];
      work(() => false, true);
      disposed = true;
      rubyWindow.clear();
      watch.disconnect();
      styles.removeAll();
      queue.clear();
      notifyTextChanged();
      settleIfIdle();
    },
  };
}
