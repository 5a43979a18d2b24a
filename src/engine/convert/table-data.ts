/**
 * The compact, precomputed form of one conversion table (written by
 * scripts/build-opencc-tables.ts into ./generated/). Every mapping keeps the
 * UTF-16 length of what it replaces, which is what lets convertScript promise
 * `output.length === input.length`.
 */
export interface TableData {
  /** Single BMP characters: pairs of UTF-16 units, source then target. */
  chars: string;
  /**
   * '|'-separated phrases whose output is simply their characters mapped through
   * `chars`. They are kept because they steer segmentation: a matched phrase
   * consumes its characters, so 公里 stays 公里 instead of becoming 公裏.
   */
  plain: string;
  /** '|'-separated phrases with their own output: the key immediately followed by its value (same length). */
  special: string;
}
