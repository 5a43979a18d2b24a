import { TextCursor } from './walk-text';

/** Text nodes a reader sees as one continuous text, with where each starts in `text`. */
export interface TextRun {
  nodes: Text[];
  text: string;
  starts: number[];
}

/**
 * Runs of reading text under `root`: inline elements do not break a run; blocks,
 * `<br>`, skipped elements and shadow-root edges do. Our ruby wrappers are
 * transparent (their base characters are in the run) and annotations (`<rt>`,
 * ours or the page's) contribute nothing. Open shadow roots give runs of their own.
 */
export function collectTextRuns(root: Node): TextRun[] {
  const runs: TextRun[] = [];
  let current: TextRun = { nodes: [], text: '', starts: [] };
  const close = (): void => {
    if (current.nodes.length > 0 && /\S/.test(current.text)) runs.push(current);
    current = { nodes: [], text: '', starts: [] };
  };
  new TextCursor(root, {
    element: () => true,
    text: (node) => {
      current.starts.push(current.text.length);
      current.nodes.push(node);
      current.text += node.data;
    },
    boundary: close,
  }).step();
  close();
  return runs;
}
