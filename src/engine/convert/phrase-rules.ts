/**
 * Our phrase rules on top of OpenCC: real phrases (or phrase boundaries) that
 * OpenCC's greedy longest match gets wrong in government prose. Each rule is a
 * source phrase and its output in the same length; `to` for s2t is standard
 * (OpenCC) Traditional, and the Taiwan/Hong Kong character layer is NOT applied
 * to it, so write rules with characters that are the same in all three.
 * Every rule has a test in phrase-rules.test.ts that fails without it.
 */
export interface PhraseRuleEntry {
  readonly from: string;
  readonly to: string;
  /** A real sentence fragment that OpenCC alone gets wrong, and its right output. */
  readonly example: readonly [input: string, output: string];
  /** What goes wrong without the rule. */
  readonly why: string;
}

/** Simplified → Traditional (all Traditional targets). */
export const simplifiedToTraditionalRules: readonly PhraseRuleEntry[] = [
  {
    from: '好局', to: '好局', example: ['开好局促发展', '開好局促發展'],
    why: '局促 (侷促, "cramped") swallows the 局 of 开好局 → 開好侷促發展',
  },
  {
    from: '并发布', to: '並發佈', example: ['并发布了一批政策', '並發佈了一批政策'],
    why: '并 + 发布 ("and released"): 并发 (併發, "concurrent") matches first → 併發布',
  },
  {
    from: '并发出', to: '並發出', example: ['并发出倡议', '並發出倡議'],
    why: '并 + 发出 ("and issued"): 并发 matches first → 併發出',
  },
  {
    from: '会发布', to: '會發佈', example: ['大会发布了一批政策', '大會發佈了一批政策'],
    why: '(大)会 + 发布: 会发 (會發, "will issue") matches first and strands 布 → 大會發布',
  },
  {
    from: '加油干', to: '加油幹', example: ['加油干的动员令', '加油幹的動員令'],
    why: '撸起袖子加油干的…: 干的 (乾的, "the dry one") matches first → 加油乾的',
  },
  {
    from: '新征程', to: '新征程', example: ['高质量发展新征程', '高質量發展新征程'],
    why: '新征程 ("new journey"): 新征 (新徵, "newly levied") matches first → 新徵程',
  },
  {
    from: '新征途', to: '新征途', example: ['迈上新征途', '邁上新征途'],
    why: '新征途 ("new journey"): 新征 matches first → 新徵途',
  },
];

/** Traditional (any region) → Simplified. */
export const traditionalToSimplifiedRules: readonly PhraseRuleEntry[] = [
  {
    from: '發揮著', to: '发挥着', example: ['發揮著作用', '发挥着作用'],
    why: 'Taiwan writes the particle 着 as 著: 發揮著作用 would otherwise segment as 發揮|著作 (著作, "a work") → 发挥著作用',
  },
];
