/**
 * Which script a text is written in, counting the characters that belong to
 * only one of them (see composeScriptClasses for how they are chosen).
 */
import { scriptClasses } from './generated/script-classes';

export type SourceScript = 'simplified' | 'traditional' | 'mixed' | 'none';

/** A text is "one script" if the other is at most this share of the evidence (names, noise). */
const MINORITY_SHARE = 0.1;

const SIMPLIFIED = 1;
const TRADITIONAL = 2;

let classes: Uint8Array | null = null;

function characterClasses(): Uint8Array {
  if (classes === null) {
    classes = new Uint8Array(0x10000);
    for (let i = 0; i < scriptClasses.simplifiedOnly.length; i++) classes[scriptClasses.simplifiedOnly.charCodeAt(i)] = SIMPLIFIED;
    for (let i = 0; i < scriptClasses.traditionalOnly.length; i++) classes[scriptClasses.traditionalOnly.charCodeAt(i)] = TRADITIONAL;
  }
  return classes;
}

/**
 * 'none': nothing tells the scripts apart (no Han, or only shared characters);
 * 'mixed': both scripts, each above MINORITY_SHARE of the evidence.
 */
export function detectScript(text: string): SourceScript {
  const cls = characterClasses();
  let simplified = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const k = cls[text.charCodeAt(i)];
    if (k === SIMPLIFIED) simplified++;
    else if (k === TRADITIONAL) traditional++;
  }
  const total = simplified + traditional;
  if (total === 0) return 'none';
  if (traditional <= total * MINORITY_SHARE) return 'simplified';
  if (simplified <= total * MINORITY_SHARE) return 'traditional';
  return 'mixed';
}
