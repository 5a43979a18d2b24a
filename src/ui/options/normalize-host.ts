/**
 * What a person types as a site — a host, a URL, with or without `www.`, any
 * case — as the host name a site rule is keyed by; null when it is not one.
 * `www.` is kept: rules apply to a host and its sub-domains (decide-modes), and
 * the popup writes the tab's exact host.
 */
export function normalizeHost(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  let host = text;
  try {
    host = new URL(text.includes('://') ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  const labels = host.split('.');
  const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
  // Internationalised names arrive punycoded (xn--) from URL parsing.
  if (host === 'localhost' || (labels.length >= 2 && labels.every((l) => label.test(l)))) return host;
  return null;
}
