interface Rewrite {
  original: string | null;
  written: string | null;
}

/**
 * The one restore mechanism for values we rewrite in place: text node contents,
 * attributes, `lang`. For each (target, slot) it remembers the page's original
 * and what we wrote. A value that is no longer what we wrote was changed by
 * someone else: theirs becomes the original and we never revert it.
 * `null` stands for an absent attribute.
 */
export class InPlaceRewrites<T extends object> {
  readonly #records = new WeakMap<T, Map<string, Rewrite>>();
  readonly #read: (target: T, slot: string) => string | null;
  readonly #write: (target: T, slot: string, value: string | null) => void;

  constructor(
    read: (target: T, slot: string) => string | null,
    write: (target: T, slot: string, value: string | null) => void,
  ) {
    this.#read = read;
    this.#write = write;
  }

  /** True when we rewrote this slot and someone else has changed it since. */
  changedByOthers(target: T, slot: string): boolean {
    const record = this.#records.get(target)?.get(slot);
    return record !== undefined && this.#read(target, slot) !== record.written;
  }

  /** The page's own value of the slot (its current value when we hold no rewrite). */
  original(target: T, slot: string): string | null {
    const current = this.#read(target, slot);
    const record = this.#records.get(target)?.get(slot);
    return record && current === record.written ? record.original : current;
  }

  /**
   * Make the slot show `render(original)`. Writes only when the value changes;
   * rendering the original back restores it and drops the record.
   */
  apply(target: T, slot: string, render: (original: string | null) => string | null): void {
    const current = this.#read(target, slot);
    const slots = this.#records.get(target);
    const record = slots?.get(slot);
    const ours = record !== undefined && current === record.written;
    const original = ours ? record.original : current;
    const desired = render(original);
    if (desired !== current) this.#write(target, slot, desired);
    if (desired === original) {
      slots?.delete(slot);
      return;
    }
    if (slots) slots.set(slot, { original, written: desired });
    else this.#records.set(target, new Map([[slot, { original, written: desired }]]));
  }

  /** Give up a slot: whatever it holds now stays, even when everything is restored. */
  forget(target: T, slot: string): void {
    this.#records.get(target)?.delete(slot);
  }
}
