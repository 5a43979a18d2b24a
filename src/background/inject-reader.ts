import { browser } from 'wxt/browser';
import type { LoadReaderReply } from '../shared/messages';

/**
 * Loads the heavy reading code (OpenCC tables, pinyin data, glossary) into one
 * frame. Only pages that need it pay for it; the always-on content script stays tiny.
 */
export async function injectReader(tabId: number, frameId: number): Promise<LoadReaderReply> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/reader.js'] });
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error('Zhengdu: could not load the reader', message);
    return { ok: false, error: message };
  }
}
