import { extensionApi } from '../shared/extension-api';
import type { DetectReport } from '../shared/detect-report';
import { isTabMessage, type ContentMessage, type PageState, type TabMessage } from '../shared/messages';
import { anyModeOn, MODES_OFF, type Modes } from '../shared/modes';
import { listenForMessages } from '../shared/listen';
import { loadRegistered } from '../shared/load-part';
import { getReader, type ReaderApi } from '../shared/reader-api';
import { whenIdle } from './when-idle';

/**
 * One per frame that needs it: every sub-frame and every top frame the
 * always-on gate passes (src/content/gate.ts), or one the background starts on
 * demand. It detects, reports, and loads the heavy reader only once a mode is
 * actually on. Everything it holds is in this one state object.
 */
interface ControllerState {
  /** Filled on first use: `undefined` until then (null when detection failed or is not needed). */
  report: DetectReport | null | undefined;
  modes: Modes;
  reader: Promise<ReaderApi> | null;
  /** The reader once it has loaded (for its own errors, which come later than setModes). */
  loadedReader?: ReaderApi;
  error?: string;
}

export interface ControllerOptions {
  detect: () => DetectReport | null;
  isTop: boolean;
  /**
   * Started on demand by the background (src/background/ensure-controller.ts) rather than
   * when the page loaded: the tab's modes were chosen already (in the popup, by a shortcut, a
   * site rule), so the report asks to follow them instead of deciding them afresh.
   */
  follow: boolean;
}

/** Marks a frame whose controller runs: the always-on script and an on-demand injection must not both start one. */
const STARTED_GLOBAL = '__zhengduController';

/**
 * Detection and the report wait for idle time, at most this long: the page's
 * own loading comes first, and a detected page still turns its modes on
 * within a fraction of a second.
 */
const IDLE_TIMEOUT_MS = 500;

export function startController({ detect, isTop, follow }: ControllerOptions): void {
  const scope = globalThis as Record<string, unknown>;
  if (scope[STARTED_GLOBAL]) return;
  scope[STARTED_GLOBAL] = true;
  const state: ControllerState = { report: undefined, modes: { ...MODES_OFF }, reader: null };
  // The background reads only the top frame's verdict (sub-frames follow the tab's
  // modes, and the popup asks the top frame), so frames (ads, embeds) skip detection.
  const reportOf = (): DetectReport | null => (state.report ??= isTop ? detect() : null);
  listenForMessages(isTabMessage, (message: TabMessage) => answer(state, message, isTop, reportOf));
  // Back/Forward cache: the page returns as we left it, but the tab state in the
  // background was reset by the navigation away, so report again.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) void report(state, isTop, follow, reportOf());
  });
  whenIdle(() => {
    report(state, isTop, follow, reportOf()).catch((error: unknown) => console.error('Zhengdu: content script failed', error));
  }, IDLE_TIMEOUT_MS);
}

async function report(state: ControllerState, isTop: boolean, follow: boolean, detected: DetectReport | null): Promise<void> {
  const message: ContentMessage = { type: 'page-report', report: detected, top: isTop, url: location.href, follow };
  const modes = (await extensionApi().runtime.sendMessage(message)) as Modes | undefined;
  if (modes) await applyModes(state, modes);
}

function answer(
  state: ControllerState,
  message: TabMessage,
  isTop: boolean,
  reportOf: () => DetectReport | null,
): Promise<unknown> | undefined {
  switch (message.type) {
    case 'set-modes':
      return applyModes(state, message.modes).then(() => pageState(state, reportOf));
    case 'get-page-state':
      // Asked before idle time came: detect now rather than answer without a verdict.
      return isTop ? Promise.resolve(pageState(state, reportOf)) : undefined;
    case 'get-terms':
      return isTop ? withReader(state, (r) => r.terms(), []) : undefined;
    case 'when-idle':
      return withReader(state, (r) => r.whenIdle(), undefined).then(() => true);
    case 'scroll-to-term':
      return withReader(state, (r) => r.scrollToTerm(message.id), false);
  }
}

function pageState(state: ControllerState, reportOf: () => DetectReport | null): PageState {
  return {
    report: reportOf(),
    modes: { ...state.modes },
    readerLoaded: state.reader !== null,
    error: state.error ?? state.loadedReader?.error(),
  };
}

async function applyModes(state: ControllerState, modes: Modes): Promise<void> {
  state.modes = { ...modes };
  // Nothing on and nothing loaded: this is the near-zero-cost path.
  if (!anyModeOn(modes) && !state.reader) return;
  try {
    // The language engine is not loaded here: the reader asks the background's (src/reader/engine-client.ts).
    const reader = await loadReader(state);
    state.loadedReader = reader;
    await reader.setModes(state.modes);
    state.error = undefined;
  } catch (error) {
    state.error = error instanceof Error ? error.message : String(error);
    console.error('Zhengdu:', state.error);
  }
}

function loadReader(state: ControllerState): Promise<ReaderApi> {
  // Not remembered on failure: the next mode change asks for the reader again.
  state.reader ??= loadRegistered('reader', getReader).catch((error: unknown) => {
    state.reader = null;
    throw error;
  });
  return state.reader;
}

async function withReader<T>(state: ControllerState, use: (r: ReaderApi) => T, fallback: T): Promise<T> {
  if (!state.reader) return fallback;
  return use(await state.reader);
}
