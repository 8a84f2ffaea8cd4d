/**
 * Dictionary encoding of the string columns of tables.
 *
 * @internal
 * @module
 */
/**
 * Dictionary encoding of strings: each distinct value gets a small integer code, in order of first
 * appearance. Columnar tables store codes (a typed array) instead of one string per row, so a
 * scope test or a group key is an array read, not a string comparison or a hash lookup per row.
 * Backed by a `Map`, so any string (`__proto__`, `constructor`) is an ordinary value.
 */
export class Dictionary {
  /** The distinct values, indexed by code. */
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  /** The code of `value`, given a new one on first sight. */
  codeOf(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }
}

/** Code stored for an absent optional value (`lossReason` undefined...). */
export const NO_CODE = 0xffffffff;
