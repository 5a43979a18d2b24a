import type { DetectReport } from './detect-report';
import { isModes, type Modes } from './modes';
import { isEngineJob, type EngineJob } from './engine-api';
import { READER_PARTS, type ReaderPart } from './reader-api';

/** A glossary term found on a page, for the popup's "terms on this page" list. */
export interface TermCount {
  id: string;
  term: string;
  count: number;
}

/** What a frame's content script knows about itself. */
export interface PageState {
  report: DetectReport | null;
  modes: Modes;
  readerLoaded: boolean;
  /** Set when the reader failed; shown in the popup instead of failing silently. */
  error?: string;
}

/** What the background keeps per tab. */
export interface TabState {
  host: string;
  report: DetectReport | null;
  modes: Modes;
}

// Content script → background.
export type ContentMessage =
  | { type: 'page-report'; report: DetectReport | null; top: boolean; url: string; follow: boolean }
  | { type: 'load-reader'; part: ReaderPart }
  /** From the reader: convert and read these texts (src/reader/engine-client.ts); the reply is EngineAnswer[]. */
  | { type: 'engine-run'; jobs: EngineJob[] }
  /** From the always-on script: this frame needs the controller (src/content/gate.ts). */
  | { type: 'start-controller' };

// Popup / options → background.
export type PopupMessage =
  | { type: 'get-tab-state'; tabId: number }
  | { type: 'set-tab-modes'; tabId: number; modes: Modes }
  | { type: 'set-site-rule'; tabId: number; rule: 'always' | 'never' | null }
  /** Start the controller in the tab's top frame if the always-on script left it alone (src/content/gate.ts). */
  | { type: 'ensure-controller'; tabId: number };

// Background or popup → content script (every frame of a tab unless a frameId is given).
export type TabMessage =
  | { type: 'set-modes'; modes: Modes }
  | { type: 'get-page-state' }
  | { type: 'get-terms' }
  | { type: 'when-idle' }
  | { type: 'scroll-to-term'; id: string };

export type BackgroundMessage = ContentMessage | PopupMessage;

export interface LoadReaderReply {
  ok: boolean;
  error?: string;
}

/** Messages arrive from other contexts as `unknown`; accept only well-formed ones. */
export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'page-report':
      return (
        typeof value.top === 'boolean' &&
        typeof value.url === 'string' &&
        typeof value.follow === 'boolean' &&
        (value.report === null || isRecord(value.report))
      );
    case 'start-controller':
      return true;
    case 'load-reader':
      return typeof value.part === 'string' && Object.hasOwn(READER_PARTS, value.part);
    case 'engine-run':
      return Array.isArray(value.jobs) && value.jobs.every(isEngineJob);
    case 'get-tab-state':
    case 'ensure-controller':
      return typeof value.tabId === 'number';
    case 'set-tab-modes':
      return typeof value.tabId === 'number' && isModes(value.modes);
    case 'set-site-rule':
      return typeof value.tabId === 'number' && (value.rule === 'always' || value.rule === 'never' || value.rule === null);
    default:
      return false;
  }
}

export function isTabMessage(value: unknown): value is TabMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'set-modes':
      return isModes(value.modes);
    case 'get-page-state':
    case 'get-terms':
    case 'when-idle':
      return true;
    case 'scroll-to-term':
      return typeof value.id === 'string';
    default:
      return false;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}
