import { browser } from 'wxt/browser';
import type { LoadReaderReply } from '../shared/messages';
import { READER_PARTS, type ReaderPart } from '../shared/reader-api';

/**
 * Loads a part of the reading code into one frame. Only pages that need it pay
 * for it: the always-on content script stays tiny, and the language engine
 * (conversion tables, pinyin data) comes only with script conversion or pinyin.
 */
export async function injectReader(tabId: number, frameId: number, part: ReaderPart): Promise<LoadReaderReply> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [READER_PARTS[part]] });
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Zhengdu: could not load the ${part}`, message);
    return { ok: false, error: message };
  }
}
