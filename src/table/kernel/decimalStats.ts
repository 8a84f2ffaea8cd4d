/**
 * The `decimalStats` measure: count, exact sum and exact median of a decimal column's values by
 * cell (visit lengths in minutes), with no object per row. Values are kept as scaled integers
 * (x 10^4) in one typed array, grouped by cell; a cell's median is selected (not sorted) among
 * them; the sum adds safe integers and moves to `bigint` past 2^53. A value with more than four
 * decimals (no scaled form) sends the cells read to an exact `Decimal` path.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { Dec, median, unsignedZero, ZERO } from "../../money/dec.js";
import { decimalOfScaled, SCALE_FACTOR } from "../../money/exactSum.js";
import type { DecimalColumn } from "./planColumns.js";
import { middlesOf, sumOfSafeIntegers } from "./_middles.js";

/** What the store reads of a scan: the selected rows and each one's cell. */
interface StatsScan {
  readonly selection: { readonly rows: Uint32Array; readonly count: number };
  readonly layout: { readonly cellOfRow: Int32Array; readonly cellCount: number };
}

/** What a `decimalStats` measure gives for a cell: the values present, their exact sum and median. */
export interface DecimalStats {
  /** How many rows have a value. */
  readonly count: number;
  /** Their exact sum (zero when none). */
  readonly sum: Decimal;
  /** Their median, the mean of the two middle values for an even count; `null` when none. */
  readonly median: Decimal | null;
}

/** The stats of a list of values (the reference and the partial states' finishing use it too). */
export function statsOfDecimals(values: readonly Decimal[]): DecimalStats {
  let sum: Decimal = ZERO;
  for (const value of values) sum = sum.plus(value);
  return { count: values.length, sum: unsignedZero(sum), median: median(values) };
}

/** Exact sum of scaled integers: a double while it stays a safe integer, then a `bigint`. */
function scaledSum(values: Float64Array, n: number): Decimal {
  const total = new Dec(sumOfSafeIntegers(values, n).toString());
  return unsignedZero(total.div(SCALE_FACTOR));
}

/** The median of scaled integers `values[0..n)` (n > 0), as a decimal; reorders `values`. */
function scaledMedian(values: Float64Array, n: number): Decimal {
  const { low, high } = middlesOf(values, n);
  if (n % 2 === 1) return decimalOfScaled(high);
  return unsignedZero(decimalOfScaled(low).plus(decimalOfScaled(high)).div(2));
}

/** The store of a `decimalStats` measure, which also lists a cell's values row by row (partial states). */
export interface DecimalStatsStore {
  /** The stats over the given cells. */
  valueOf(cells: readonly number[]): DecimalStats;
  /** Each row's value of `cells`, in table order, `null` when absent (aligned with the rows). */
  listOf(cells: readonly number[]): (string | null)[];
}

/** Accumulates a `decimalStats` measure: the selected rows' values, grouped by cell. */
export function decimalStatsStore(scan: StatsScan, column: DecimalColumn): DecimalStatsStore {
  const { rows, count } = scan.selection;
  const { cellOfRow, cellCount } = scan.layout;
  const { scaled, exact } = column;
  // Counting sort of the rows by cell: start[cell]..start[cell + 1] indexes `order` (table order within a cell).
  const start = new Int32Array(cellCount + 1);
  for (let i = 0; i < count; i++) {
    const next = (cellOfRow[i] as number) + 1;
    start[next] = (start[next] as number) + 1;
  }
  for (let cell = 0; cell < cellCount; cell++) start[cell + 1] = (start[cell + 1] as number) + (start[cell] as number);
  const fill = start.slice(0, cellCount);
  const order = new Uint32Array(count);
  let unscaled = false;
  for (let i = 0; i < count; i++) {
    const row = rows[i] as number;
    const cell = cellOfRow[i] as number;
    const at = fill[cell] as number;
    order[at] = row;
    fill[cell] = at + 1;
    const value = scaled[row] as number;
    if (value !== value && exact.has(row)) unscaled = true;
  }
  const rowsOf = (cells: readonly number[]): number[] => {
    const picked: number[] = [];
    for (const cell of cells)
      for (let at = start[cell] as number; at < (start[cell + 1] as number); at++) picked.push(order[at] as number);
    if (cells.length > 1) picked.sort((a, b) => a - b);
    return picked;
  };
  const decimalOf = (row: number): Decimal | null => {
    const value = scaled[row] as number;
    return value === value ? decimalOfScaled(value) : (exact.get(row) ?? null);
  };
  return {
    valueOf: (cells): DecimalStats => {
      if (unscaled) {
        const values = rowsOf(cells)
          .map(decimalOf)
          .filter((value): value is Decimal => value !== null);
        return statsOfDecimals(values);
      }
      let size = 0;
      for (const cell of cells) size += (start[cell + 1] as number) - (start[cell] as number);
      const values = new Float64Array(size);
      let n = 0;
      for (const cell of cells) {
        for (let at = start[cell] as number; at < (start[cell + 1] as number); at++) {
          const value = scaled[order[at] as number] as number;
          if (value === value) values[n++] = value;
        }
      }
      if (n === 0) return { count: 0, sum: ZERO, median: null };
      const sum = scaledSum(values, n);
      return { count: n, sum, median: scaledMedian(values, n) };
    },
    listOf: (cells) => rowsOf(cells).map((row) => decimalOf(row)?.toFixed() ?? null),
  };
}
