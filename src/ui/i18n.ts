import { browser } from 'wxt/browser';

/** Every key in the English catalogue; the compiler rejects a key that does not exist. */
export type MessageKey = keyof typeof import('../../assets/public/_locales/en/messages.json');

/**
 * A UI string for `key`. Substitutions fill the message's placeholders in order.
 * Code that also runs outside extension pages (the glossary layer, its tests) takes one injected.
 */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** One entry of a `_locales/<locale>/messages.json` catalogue. */
export interface CatalogueMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** A UI string in the browser's language. */
export const t: Translate = (key, substitutions) => {
  const text = browser.i18n.getMessage(key, substitutions);
  if (text) return text;
  // A missing key is a bug (tests/unit/locales.test.ts guards it); show the key rather than nothing.
  console.warn('Zhengdu: missing message', key);
  return key;
};

/**
 * A translator over one catalogue, substituting as `browser.i18n.getMessage` does:
 * `$NAME$` becomes its placeholder's content, then `$1`…`$9` the substitutions, `$$` a dollar.
 * For tests and pages without the extension API.
 */
export function catalogTranslator(messages: Record<string, CatalogueMessage>): Translate {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return key;
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    const contents = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
    const expanded = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => contents.get(name.toLowerCase()) ?? whole);
    return expanded.replace(/\$(\$|[1-9])/g, (_, ref: string) => (ref === '$' ? '$' : (subs[Number(ref) - 1] ?? '')));
  };
}

/** Sets the page's language, direction and title from the catalogue the browser picked. */
export function localizeDocument(doc: Document, titleKey: MessageKey): void {
  doc.documentElement.lang = browser.i18n.getUILanguage();
  doc.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  doc.title = t(titleKey);
}
