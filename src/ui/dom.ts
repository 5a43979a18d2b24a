/** A child of `el`: nodes as they are, strings as text (never parsed as HTML), falsy values skipped. */
export type Child = Node | string | null | undefined | false;

type Attrs = Record<string, string | number | boolean | null | undefined>;

/**
 * The one DOM builder of the extension pages. Text always goes through Text
 * nodes, so page text and dictionary text can never become markup.
 * Boolean attributes: `true` sets them empty, `false`/`null`/`undefined` leaves them out.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

let uid = 0;
/** A page-unique id for label/aria wiring. */
export function uniqueId(prefix: string): string {
  uid += 1;
  return `${prefix}-${uid}`;
}
