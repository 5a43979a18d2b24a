/** sRGB relative luminance of a computed `rgb()/rgba()` colour, or null when it is mostly transparent. */
function luminance(color: string): number | null {
  const parts = color.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3 || (parts.length > 3 && parts[3] < 0.5)) return null;
  const [r, g, b] = parts.slice(0, 3).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Whether the text at `el` sits on a dark background: the first opaque background
 * up the tree decides (pages darken a section, or the whole page, with or without
 * `prefers-color-scheme`); with none, the page's colour scheme does.
 */
export function isDarkBackground(el: Element): boolean {
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  for (let at: Element | null = el; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
    const lum = luminance(win.getComputedStyle(at).backgroundColor);
    if (lum !== null) return lum < 0.2;
  }
  // No background anywhere: the canvas, which is dark only when the page opted into a dark scheme.
  const scheme = win.getComputedStyle(el.ownerDocument.documentElement).colorScheme ?? '';
  if (!/\bdark\b/.test(scheme)) return false;
  return !/\blight\b/.test(scheme) || win.matchMedia('(prefers-color-scheme: dark)').matches;
}
