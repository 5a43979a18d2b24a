/**
 * Styles inside the card's shadow root. The host resets everything with
 * `all: initial !important`: in the cascade an !important rule of the shadow tree
 * beats the page's !important rules on the host, and nothing else of the page
 * reaches inside, so a page's `* { … !important }` cannot restyle the card.
 */
export const CARD_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  display: block !important;
  /* Size and layout containment make the host a relayout boundary: filling or moving the card
     lays out the card alone, not the page (no paint containment: the card overflows the 0×0 host,
     and as the containing block of the fixed card the host sits at 0,0 like the viewport). */
  contain: size layout style !important;
}
.card, .nav {
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0b5cad; --chip: #eef2f6;
  position: fixed;
  box-sizing: border-box;
  font: 14px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: var(--fg);
  background: var(--bg);
  border: 1px solid var(--line);
  border-radius: 8px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
  text-align: start;
  letter-spacing: normal;
  writing-mode: horizontal-tb;
}
[data-theme="dark"] {
  --bg: #22262c; --fg: #e6edf3; --muted: #9aa5b1; --line: #3d444d; --accent: #7cb7ff; --chip: #30363d;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.55);
}
.card { left: 0; top: 0; width: min(360px, calc(100vw - 16px)); max-height: min(70vh, 440px); overflow: auto; padding: 10px 12px; }
/* A hidden card stays laid out and is only not painted (visibility also takes it out of the
   accessibility tree, hit-testing and focus): showing it then adds no layout box to the page,
   so only the card is laid out again, not the document from its root. */
.card[hidden] { display: block; visibility: hidden; }
.nav[hidden] { display: none; }
.head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 10px; margin: 0 0 4px; }
.term { font-size: 20px; font-weight: 600; line-height: 1.3; }
.forms, .pinyin { color: var(--muted); }
.category { margin-inline-start: auto; font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); background: var(--chip); border-radius: 4px; padding: 0 6px; }
p { margin: 4px 0; }
.origin, .source { color: var(--muted); font-size: 12px; }
blockquote { margin: 6px 0 0; padding: 0 0 0 8px; border-inline-start: 3px solid var(--line); font-size: 13px;
  display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
blockquote b { font-weight: 600; color: var(--fg); }
.related { display: flex; flex-wrap: wrap; gap: 4px; align-items: baseline; margin-top: 8px; font-size: 13px; }
.actions { display: flex; gap: 6px; margin-top: 8px; }
button { font: inherit; font-size: 13px; color: var(--accent); background: var(--chip); border: 1px solid transparent; border-radius: 4px; padding: 1px 8px; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.nav { top: 8px; left: 8px; padding: 6px 10px; max-width: calc(100vw - 16px); color: var(--accent); }
.nav:not(:focus) { clip-path: inset(50%); width: 1px; height: 1px; overflow: hidden; padding: 0; border: 0; white-space: nowrap; }
`;

/**
 * The page-side rules that paint terms (they must live in each tree that holds terms).
 * Colours only: Chromium rebuilds every highlight after any DOM or style change in the
 * document (opening the card is one), and for a highlight with a text decoration or
 * shadow it also recomputes the ink overflow of every marked text node, which made the
 * frame that shows the card several milliseconds longer on a long annotated page.
 */
export const HIGHLIGHT_NAME = 'zd-term';
export const FLASH_NAME = 'zd-term-flash';
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAME}) { background-color: rgb(230 160 0 / 0.28); }
::highlight(${FLASH_NAME}) { background-color: rgb(255 200 0 / 0.65); color: #000; }
`;
