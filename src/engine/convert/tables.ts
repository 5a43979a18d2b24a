/**
 * One lazily built table per conversion direction: a page that is only ever
 * shown in zh-TW builds the Simplified→Taiwan table (and Traditional→Simplified
 * only if it meets Traditional text) and nothing else. Each direction is its own
 * pure export, so a bundle that needs one direction tree-shakes the others.
 */
import { table as s2t } from './generated/s2t';
import { table as t2s } from './generated/t2s';
import { table as regionTw } from './generated/region-tw';
import { table as regionHk } from './generated/region-hk';
import { PhraseTable } from './phrase-table';
import { simplifiedToTraditionalRules, traditionalToSimplifiedRules } from './phrase-rules';

export type LazyTable = () => PhraseTable;

function lazy(build: () => PhraseTable): LazyTable {
  let table: PhraseTable | null = null;
  return () => (table ??= build());
}

export const toSimplified = /* @__PURE__ */ lazy(() => new PhraseTable(t2s, null, traditionalToSimplifiedRules));
export const toTraditional = /* @__PURE__ */ lazy(() => new PhraseTable(s2t, null, simplifiedToTraditionalRules));
export const toTaiwan = /* @__PURE__ */ lazy(() => new PhraseTable(s2t, regionTw, simplifiedToTraditionalRules));
export const toHongKong = /* @__PURE__ */ lazy(() => new PhraseTable(s2t, regionHk, simplifiedToTraditionalRules));
