import { UI_ATTR } from '../dom/markers';
import { CARD_CSS } from './card-style';

/**
 * Closed so page scripts and other extensions that walk open shadow roots
 * (translators, other dictionaries, our own DOM layer) never see or rewrite the
 * card. Tests reach it through `cardShadowRoot`.
 */
const roots = new WeakMap<Element, ShadowRoot>();

export function cardShadowRoot(host: Element): ShadowRoot | undefined {
  return roots.get(host);
}

/**
 * The element holding our UI: before `<body>` in tree order, so its one focusable
 * entry (the term navigator) comes first in the tab order like a skip link, and
 * outside `<body>` so a transformed body does not capture its fixed positioning.
 */
export function createCardHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('div');
  host.setAttribute(UI_ATTR, 'glossary');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  root.append(style);
  const parent = doc.documentElement;
  parent.insertBefore(host, doc.body && doc.body.parentNode === parent ? doc.body : null);
  roots.set(host, root);
  return { host, root };
}
