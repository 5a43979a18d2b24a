/**
 * The part of pinyin-pro's internals that src/engine/pinyin/fast-matcher.ts
 * replaces: the word automaton every pinyin()/segment() call searches. The
 * package exports "./dist/*", but ships types only for its public entry, so the
 * shapes used are declared here (from pinyin-pro 3.29's types/common/segmentit).
 */
declare module 'pinyin-pro/dist/esm/common/segmentit/index.mjs' {
  export interface Pattern {
    zh: string;
    pinyin: string;
    probability: number;
    length: number;
    priority: number;
    dict: string | symbol;
    pos?: string;
  }
  export interface MatchPattern extends Pattern {
    index: number;
  }
  export type SurnameMode = 'all' | 'head' | 'off';
  export class AC {
    dictMap: Map<string | symbol, Set<Pattern>>;
    build(patternList: Pattern[]): void;
    removeDict(dictName: string | symbol): void;
    match(text: string, surname: SurnameMode, zhChars?: string[]): MatchPattern[];
    search(text: string, surname: SurnameMode, algorithm?: number, zhChars?: string[]): MatchPattern[];
  }
  export const acTree: AC;
  export const PatternsNormal: Pattern[];
  export function ensureAcBuilt(): void;
}
