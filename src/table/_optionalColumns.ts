/**
 * Columns a table stores only when some row has a value: the extended order fields (`grossAmount`,
 * `discount`, `margin`, `hoursSold`, `offerId`, `dealId`) and activity fields (`dealId`,
 * `durationMinutes`, `cancellationCause`). A table without them costs one `undefined` test per
 * field and row while it is built, and nothing after: no array is allocated, and the headline
 * indicators never read them.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { Dec } from "../money/dec.js";
import { scaledInteger, SCALE_FACTOR } from "../money/exactSum.js";
import { Dictionary, NO_CODE } from "./dictionary.js";

/** A decimal column: each row's value x 10^4 as a safe integer, `NaN` when absent or in `exact`. */
export interface OptionalDecimals {
  /** Each row's value x 10^4 as a safe integer; `NaN` when absent or in `exact`. */
  readonly scaled: Float64Array;
  /** The values without a scaled form (more than four decimals, or too large), by row. */
  readonly exact: ReadonlyMap<number, Decimal>;
}

/** A dictionary-encoded text column: each row's code into `values`, {@link NO_CODE} when absent. */
export interface OptionalCodes {
  /** Each row's code into `values`, {@link NO_CODE} when absent. */
  readonly codes: Uint32Array;
  /** The distinct values, in order of first appearance. */
  readonly values: readonly string[];
}

/**
 * The first `size` values (the builders allocate for every input row, or for a guess of the rows of
 * a CSV part; rejected rows leave the end unused): a view of them when at most an eighth of the
 * column is unused (copying a whole column costs more than that memory), else a copy.
 */
export function trimmed<A extends Float64Array | Uint32Array | Uint8Array>(column: A, size: number): A {
  if (column.length === size) return column;
  return (size * 8 >= column.length * 7 ? column.subarray(0, size) : column.slice(0, size)) as A;
}

/** Builds an {@link OptionalDecimals} column, allocated at the first value. */
export class OptionalDecimalsBuilder {
  private scaled: Float64Array | undefined;
  private readonly exact = new Map<number, Decimal>();

  /** @param capacity - most rows that will be added */
  constructor(private readonly capacity: number) {}

  private column(): Float64Array {
    return (this.scaled ??= new Float64Array(this.capacity).fill(Number.NaN));
  }

  /** Stores a record's value (nothing for `undefined`). */
  setDecimal(row: number, value: Decimal | undefined): void {
    if (value === undefined) return;
    const form = scaledInteger(value);
    const column = this.column();
    if (form !== undefined) column[row] = form;
    else this.exact.set(row, value);
  }

  /** Stores a value read by a lane (x 10^4, a safe integer; nothing for `undefined`). */
  setScaled(row: number, scaled: number | undefined): void {
    if (scaled !== undefined) this.column()[row] = scaled;
  }

  /**
   * Stores a JavaScript number (a duration in minutes) as the decimal it prints as: its scaled
   * form when it has at most four decimals and fewer than 16 digits, else its `Decimal`.
   */
  setNumber(row: number, value: number | undefined): void {
    if (value === undefined) return;
    const scaled = Math.round(value * SCALE_FACTOR);
    if (Math.abs(scaled) < 1e15 && scaled / SCALE_FACTOR === value) this.column()[row] = scaled === 0 ? 0 : scaled;
    else this.setDecimal(row, new Dec(value));
  }

  /** The column over the first `size` rows, `undefined` when no row had a value. */
  build(size: number): OptionalDecimals | undefined {
    const scaled = this.scaled;
    if (scaled === undefined) return undefined;
    return { scaled: trimmed(scaled, size), exact: this.exact };
  }
}

/** Builds an {@link OptionalCodes} column, allocated at the first value. */
export class OptionalCodesBuilder {
  private codes: Uint32Array | undefined;
  private readonly dictionary = new Dictionary();

  /** @param capacity - most rows that will be added */
  constructor(private readonly capacity: number) {}

  /** Stores a row's text (nothing for `undefined`). */
  set(row: number, value: string | undefined): void {
    if (value === undefined) return;
    (this.codes ??= new Uint32Array(this.capacity).fill(NO_CODE))[row] = this.dictionary.codeOf(value);
  }

  /** The column over the first `size` rows, `undefined` when no row had a value. */
  build(size: number): OptionalCodes | undefined {
    const codes = this.codes;
    if (codes === undefined) return undefined;
    return { codes: trimmed(codes, size), values: this.dictionary.values };
  }
}

/** An own-property object of the defined entries only (so a table without a column has no key for it). */
export function definedEntries<T extends Record<string, unknown>>(
  entries: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(entries)) {
    if (entries[key] !== undefined) out[key] = entries[key];
  }
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** A column of `size` absent values, for a plan that reads a column the table did not store. */
export function absentDecimals(size: number): OptionalDecimals {
  return { scaled: new Float64Array(size).fill(Number.NaN), exact: new Map() };
}

/** A coded column of `size` absent values. */
export function absentCodes(size: number): OptionalCodes {
  return { codes: new Uint32Array(size).fill(NO_CODE), values: [] };
}
