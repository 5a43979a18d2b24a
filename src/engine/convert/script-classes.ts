/** Characters that identify a script, precomputed by scripts/build-opencc-tables.ts. */
export interface ScriptClasses {
  /** Sorted BMP characters found only in Simplified text. */
  simplifiedOnly: string;
  /** Sorted BMP characters found only in Traditional text (including variants such as 産). */
  traditionalOnly: string;
}
