/**
 * Build-time only (never imported by the extension): composes opencc-js's
 * dictionary chains into one single-pass table per direction, plus small
 * regional layers. Semantics follow OpenCC's configs:
 *   s2t/s2tw/s2hk: [STPhrases, generated regional phrases, STCharacters] then the
 *                  region's [VariantsPhrases, Variants] over each segment's output;
 *   t2s:           [TW/HK VariantsRev(Phrases)] then [TSPhrases, TSCharacters],
 *                  so Taiwan and Hong Kong forms both simplify.
 * CJK compatibility ideographs are normalised first, as OpenCC does.
 * Entries whose output would change the UTF-16 length are dropped (a handful of
 * rare BMP↔astral mappings): the engine promises length-preserving output.
 */
import type { ScriptClasses } from '../script-classes';
import type { TableData } from '../table-data';

export type OpenccDicts = Record<
  | 'CJK_Compatibility_Ideographs' | 'STPhrases' | 'STPhrases_GeneratedFromRegionalPhrases' | 'STCharacters'
  | 'TSPhrases' | 'TSCharacters' | 'TWVariants' | 'TWVariantsPhrases' | 'TWVariantsRev' | 'TWVariantsRevPhrases'
  | 'HKVariants' | 'HKVariantsPhrases' | 'HKVariantsRev' | 'HKVariantsRevPhrases',
  [string, string][]
>;

type Dict = Map<string, string>;

/** Merge dictionaries where, as in OpenCC groups, the first one listed wins. */
function merge(...lists: [string, string][][]): Dict {
  const out: Dict = new Map();
  for (const list of lists) for (const [k, v] of list) if (!out.has(k)) out.set(k, v);
  return out;
}

/** OpenCC's conversion step: greedy longest match, unmatched code points copied. */
function converterFor(dict: Dict): (text: string) => string {
  let maxLen = 0;
  for (const k of dict.keys()) maxLen = Math.max(maxLen, k.length);
  return (text) => {
    let out = '';
    for (let i = 0; i < text.length; ) {
      let hit = 0;
      for (let len = Math.min(maxLen, text.length - i); len > 0 && hit === 0; len--) {
        const v = dict.get(text.slice(i, i + len));
        if (v !== undefined) {
          out += v;
          hit = len;
        }
      }
      if (hit === 0) {
        const unit = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        out += text.slice(i, i + unit);
        i += unit;
      } else i += hit;
    }
    return out;
  };
}

const isSingleCodePoint = (s: string) => [...s].length === 1;

/** Split composed mappings into the compact, length-preserving TableData form. */
function pack(entries: Dict): TableData {
  const charMap = new Map<string, string>();
  const phrases: [string, string][] = [];
  for (const [k, v] of entries) {
    if (k.length !== v.length) continue; // would break the length promise
    if (k.includes('|')) throw new Error(`separator in key ${k}`);
    if (k.length === 1) { if (k !== v) charMap.set(k, v); } else phrases.push([k, v]);
  }
  const charwise = (s: string) => [...s].map((c) => charMap.get(c) ?? c).join('');
  const plain: string[] = [];
  const special: string[] = [];
  for (const [k, v] of phrases.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (isSingleCodePoint(k) && k === v) continue; // astral identity: nothing to do
    if (v === charwise(k)) plain.push(k); else special.push(k + v);
  }
  const chars = [...charMap].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => k + v).join('');
  return { chars, plain: plain.join('|'), special: special.join('|') };
}

function simplifiedToTraditional(d: OpenccDicts): Dict {
  const compat = merge(d.CJK_Compatibility_Ideographs);
  const chars = merge(d.STCharacters);
  const out = merge(d.STPhrases, d.STPhrases_GeneratedFromRegionalPhrases);
  for (const [c, n] of compat) out.set(c, chars.get(n) ?? n);
  for (const [c, v] of chars) out.set(c, v);
  return out;
}

function traditionalToSimplified(d: OpenccDicts): Dict {
  const variantsRev = merge(d.TWVariantsRevPhrases, d.HKVariantsRevPhrases, d.TWVariantsRev, d.HKVariantsRev);
  const ts = merge(d.TSPhrases, d.TSCharacters);
  const toStandard = converterFor(variantsRev);
  const toSimplified = converterFor(ts);
  const out: Dict = new Map();
  const keys = new Set([...d.TSPhrases.map(([k]) => k), ...variantsRev.keys(), ...d.TSCharacters.map(([k]) => k)]);
  for (const k of keys) out.set(k, toSimplified(toStandard(k)));
  for (const [c, n] of d.CJK_Compatibility_Ideographs) out.set(c, toSimplified(toStandard(n)));
  return out;
}

/**
 * A regional layer over the s2t table: `chars` re-map every output character
 * (standard Traditional → regional form); `special` lists the source phrases
 * whose regional output is not just that re-mapping. Its values are final: the
 * character layer is not applied to them again (they protect names like 葉步樑).
 */
function regionLayer(base: Dict, variantPhrases: [string, string][], variants: [string, string][]): TableData {
  const toRegion = converterFor(merge(variantPhrases, variants));
  const post = merge(variants);
  const postMap = (s: string) => [...s].map((c) => post.get(c) ?? c).join('');
  const special: Dict = new Map();
  for (const [k, v] of base) {
    const full = toRegion(v);
    if (full !== postMap(v)) special.set(k, full);
  }
  for (const [k, v] of variantPhrases) special.set(k, v);
  const chars = [...post].filter(([k, v]) => k.length === 1 && v.length === 1).map(([k, v]) => k + v).join('');
  const phrases = [...special]
    .filter(([k, v]) => k.length === v.length && k.length > 1)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => k + v);
  return { chars, plain: '', special: phrases.join('|') };
}

/**
 * Simplified phrases that contain a Simplified-only character can only occur in
 * Simplified text, which is already Simplified: t2s must leave them alone. OpenCC
 * turns 显著 into 显着 because its t2s data maps 著→着 and only knows 顯著.
 */
function protectSimplifiedPhrases(t2s: Dict, d: OpenccDicts, simplifiedOnly: string): void {
  const only = new Set(simplifiedOnly);
  const toSimplified = converterFor(new Map(t2s));
  for (const [k] of [...d.STPhrases, ...d.STPhrases_GeneratedFromRegionalPhrases]) {
    if ([...k].some((c) => only.has(c)) && toSimplified(k) !== k) t2s.set(k, k);
  }
}

export function composeTables(d: OpenccDicts): {
  tables: Record<'s2t' | 't2s' | 'region-tw' | 'region-hk', TableData>;
  scriptClasses: ScriptClasses;
} {
  const s2t = simplifiedToTraditional(d);
  const t2s = traditionalToSimplified(d);
  const scriptClasses = composeScriptClasses({ s2t: pack(s2t), t2s: pack(t2s) });
  protectSimplifiedPhrases(t2s, d, scriptClasses.simplifiedOnly);
  return {
    tables: {
      s2t: pack(s2t),
      t2s: pack(t2s),
      'region-tw': regionLayer(s2t, d.TWVariantsPhrases, d.TWVariants),
      'region-hk': regionLayer(s2t, d.HKVariantsPhrases, d.HKVariants),
    },
    scriptClasses,
  };
}

/**
 * Characters that identify a script. Simplified-only: changed by s2t and used in
 * no Traditional phrase (发, 国). Traditional-only: changed by t2s and used in no
 * Simplified phrase (發, 産). 著 is changed by t2s (發揮著→发挥着) but 显著 is a
 * Simplified phrase, so 著 — like 干, 台, 中 — identifies neither.
 */
function composeScriptClasses(tables: { s2t: TableData; t2s: TableData }): ScriptClasses {
  const changed = (t: TableData) => new Set(t.chars.split('').filter((_, i) => i % 2 === 0));
  const inPhrases = (t: TableData) => {
    const keys = [...t.plain.split('|'), ...t.special.split('|').map((e) => e.slice(0, e.length / 2))];
    return new Set(keys.join(''));
  };
  const toT = changed(tables.s2t);
  const toS = changed(tables.t2s);
  const simplifiedPhrases = inPhrases(tables.s2t);
  const traditionalPhrases = inPhrases(tables.t2s);
  const sorted = (set: Iterable<string>) => [...set].sort().join('');
  return {
    simplifiedOnly: sorted([...toT].filter((c) => !toS.has(c) && !traditionalPhrases.has(c))),
    traditionalOnly: sorted([...toS].filter((c) => !toT.has(c) && !simplifiedPhrases.has(c))),
  };
}
