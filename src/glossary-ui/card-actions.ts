import type { CardContent } from './render-card';
import type { FrameWindow } from './types';

/**
 * Copies `text`: the async Clipboard API, else a selection copy (insecure pages, older engines)
 * through a textarea put briefly into `scratch`.
 */
export async function copyText(text: string, scratch: Element | ShadowRoot): Promise<boolean> {
  const win = scratch.ownerDocument.defaultView;
  try {
    await win?.navigator.clipboard.writeText(text);
    return true;
  } catch {
    const doc = scratch.ownerDocument;
    const area = doc.createElement('textarea');
    area.value = text;
    scratch.append(area);
    area.select();
    // execCommand is deprecated but is the only copy path when the Clipboard API is refused.
    const copied = doc.execCommand('copy');
    area.remove();
    return copied;
  }
}

/** Whether the browser can speak at all (the card only offers what works). */
export function canSpeak(win: FrameWindow): boolean {
  return 'speechSynthesis' in win && typeof win.SpeechSynthesisUtterance === 'function';
}

export function speakChinese(win: FrameWindow, text: string): void {
  const utterance = new win.SpeechSynthesisUtterance(text);
  utterance.lang = 'zh-CN';
  win.speechSynthesis.cancel();
  win.speechSynthesis.speak(utterance);
}

/** The card's copy and speak buttons for a card shown in `win`; speak only where the browser can. */
export function cardActions(win: FrameWindow, scratch: Element | ShadowRoot): Pick<CardContent, 'onCopy' | 'onSpeak'> {
  return {
    onCopy: (text) => copyText(text, scratch),
    onSpeak: canSpeak(win) ? (text) => speakChinese(win, text) : undefined,
  };
}
