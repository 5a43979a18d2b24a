import { browser } from 'wxt/browser';
import type { TermCount } from '../shared/messages';

/** How often a glossary term was seen on pages, and when last (ms since epoch). */
export interface SeenTerm {
  count: number;
  lastSeen: number;
}

export type SeenTerms = Record<string, SeenTerm>;

/** Local, not sync: the record grows with reading and is only needed for export on this machine. */
const KEY = 'seenTerms';

/** Adds one page's term counts to the record. Pure, so the arithmetic is tested without a browser. */
export function mergeSeenTerms(seen: SeenTerms, counts: readonly TermCount[], now: number): SeenTerms {
  const next: SeenTerms = { ...seen };
  for (const { id, count } of counts) {
    if (!id || !Number.isFinite(count) || count <= 0) continue;
    next[id] = { count: (next[id]?.count ?? 0) + Math.round(count), lastSeen: now };
  }
  return next;
}

/** Whatever storage holds, keep only well-formed records. */
export function sanitizeSeenTerms(value: unknown): SeenTerms {
  const seen: SeenTerms = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return seen;
  for (const [id, record] of Object.entries(value as Record<string, unknown>)) {
    if (typeof record !== 'object' || record === null) continue;
    const { count, lastSeen } = record as Record<string, unknown>;
    if (typeof count === 'number' && count > 0 && typeof lastSeen === 'number') seen[id] = { count, lastSeen };
  }
  return seen;
}

export async function loadSeenTerms(): Promise<SeenTerms> {
  const got = await browser.storage.local.get(KEY);
  return sanitizeSeenTerms(got[KEY]);
}

/**
 * Called by the reader once per page with the terms it found. Read-modify-write:
 * two tabs finishing in the same instant can lose one page's counts, which is
 * acceptable for a study list.
 */
export async function recordSeenTerms(counts: TermCount[]): Promise<void> {
  if (counts.length === 0) return;
  const seen = await loadSeenTerms();
  await browser.storage.local.set({ [KEY]: mergeSeenTerms(seen, counts, Date.now()) });
}
