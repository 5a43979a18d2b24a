/**
 * Script conversion: Simplified ⇄ Traditional (standard, Taiwan, Hong Kong),
 * phrase-level OpenCC data in precomputed tables plus our phrase rules.
 *
 * LENGTH: `convertScript(text, t).length === text.length`, always, and output
 * unit k replaces input unit k (UTF-16). The tables drop the few OpenCC
 * mappings that would break this (rare BMP↔astral characters, and the
 * vocabulary-level Taiwan/Hong Kong phrase sets — see below), so the DOM layer
 * can rewrite Text.nodeValue in place and keep offsets.
 *
 * zh-TW uses OpenCC 'tw' (characters + Taiwan variant forms), NOT 'twp'.
 * 'twp' also swaps vocabulary: 软件→軟體, 信息→資訊, 打印→列印, and on this
 * corpus 发布→釋出 (发布会→釋出會). That rewrites what a government text says
 * rather than its script; faithfulness matters more here than idiom, and the
 * vocabulary swaps change lengths. Same for zh-HK ('hk', not 'hkp').
 *
 * Mixed input (Traditional pages with naive-conversion noise such as 緻辭,
 * 若幹, 産業, or Simplified pages with Traditional words): see convert-script.ts.
 */
export { convertScript, prepareScript, type ScriptTarget } from './convert-script';
export { detectScript, type SourceScript } from './detect-script';
