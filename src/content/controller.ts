import { browser } from 'wxt/browser';
import type { DetectReport } from '../shared/detect-report';
import { isTabMessage, type LoadReaderReply, type PageState, type TabMessage } from '../shared/messages';
import { anyModeOn, MODES_OFF, type Modes } from '../shared/modes';
import { listenForMessages } from '../shared/listen';
import { getReader, type ReaderApi } from '../shared/reader-api';

/**
 * The always-on part, one per frame. It detects, reports, and loads the
 * heavy reader only once a mode is actually on. Everything it holds is in
 * this one state object.
 */
interface ControllerState {
  report: DetectReport | null;
  modes: Modes;
  reader: Promise<ReaderApi> | null;
  error?: string;
}

export interface ControllerOptions {
  detect: () => DetectReport | null;
  isTop: boolean;
}

export async function startController({ detect, isTop }: ControllerOptions): Promise<void> {
  const state: ControllerState = { report: detect(), modes: { ...MODES_OFF }, reader: null };
  listenForMessages(isTabMessage, (message: TabMessage) => answer(state, message, isTop));
  // Back/Forward cache: the page returns as we left it, but the tab state in the
  // background was reset by the navigation away, so report again.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) void report(state, isTop);
  });
  await report(state, isTop);
}

async function report(state: ControllerState, isTop: boolean): Promise<void> {
  const modes = (await browser.runtime.sendMessage({
    type: 'page-report',
    report: state.report,
    top: isTop,
    url: location.href,
  })) as Modes | undefined;
  if (modes) await applyModes(state, modes);
}

function answer(state: ControllerState, message: TabMessage, isTop: boolean): Promise<unknown> | undefined {
  switch (message.type) {
    case 'set-modes':
      return applyModes(state, message.modes).then(() => pageState(state));
    case 'get-page-state':
      return isTop ? Promise.resolve(pageState(state)) : undefined;
    case 'get-terms':
      return isTop ? withReader(state, (r) => r.terms(), []) : undefined;
    case 'when-idle':
      return withReader(state, (r) => r.whenIdle(), undefined).then(() => true);
    case 'scroll-to-term':
      return withReader(state, (r) => r.scrollToTerm(message.id), false);
  }
}

function pageState(state: ControllerState): PageState {
  return { report: state.report, modes: { ...state.modes }, readerLoaded: state.reader !== null, error: state.error };
}

async function applyModes(state: ControllerState, modes: Modes): Promise<void> {
  state.modes = { ...modes };
  // Nothing on and nothing loaded: this is the near-zero-cost path.
  if (!anyModeOn(modes) && !state.reader) return;
  try {
    const reader = await loadReader(state);
    await reader.setModes(state.modes);
    state.error = undefined;
  } catch (error) {
    state.error = error instanceof Error ? error.message : String(error);
    console.error('Zhengdu:', state.error);
  }
}

function loadReader(state: ControllerState): Promise<ReaderApi> {
  state.reader ??= (async () => {
    const existing = getReader();
    if (existing) return existing;
    const reply = (await browser.runtime.sendMessage({ type: 'load-reader', part: 'reader' })) as LoadReaderReply | undefined;
    const reader = getReader();
    if (!reply?.ok || !reader) {
      state.reader = null;
      throw new Error(`reader did not load: ${reply?.error ?? 'no reply'}`);
    }
    return reader;
  })();
  return state.reader;
}

async function withReader<T>(state: ControllerState, use: (r: ReaderApi) => T, fallback: T): Promise<T> {
  if (!state.reader) return fallback;
  return use(await state.reader);
}
