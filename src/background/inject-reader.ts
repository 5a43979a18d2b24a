import { browser } from 'wxt/browser';
import type { LoadReaderReply } from '../shared/messages';
import { READER_PARTS, type ReaderPart } from '../shared/reader-api';

/** A script file of the extension (WXT types these paths from the build). */
type ExtensionScript = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>[number];

/** One frame of a tab, or every frame the extension may script. */
export type FrameTarget = number | 'all';

/** Runs one of the extension's scripts in a frame (or all); says why not when it cannot be scripted. */
export async function injectFile(tabId: number, frame: FrameTarget, file: ExtensionScript): Promise<LoadReaderReply> {
  const target = frame === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: [frame] };
  try {
    await browser.scripting.executeScript({ target, files: [file] });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Loads a part of the reading code into one frame. Only pages that need it pay
 * for it: the always-on script stays tiny, and the language engine (conversion
 * tables, pinyin data) comes only with script conversion or pinyin.
 */
export async function injectReader(tabId: number, frameId: number, part: ReaderPart): Promise<LoadReaderReply> {
  const reply = await injectFile(tabId, frameId, READER_PARTS[part]);
  if (!reply.ok) console.error(`Zhengdu: could not load the ${part}`, reply.error);
  return reply;
}
