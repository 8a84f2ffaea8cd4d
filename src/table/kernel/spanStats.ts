/**
 * The `spanStats` measure: count, exact sum and exact middle values of the spans between two
 * instants of each row (end - start, in integer milliseconds: a sales cycle, a lateness, a
 * response time, an age at `asOf`), by cell, with no object per row. A cell's spans sit in one
 * typed array; its median is selected (not sorted) among them; the sum adds safe integers and
 * moves to `bigint` past 2^53. A span past 2^53 ms (instants about 285,000 years apart) sends
 * the cell read to a `bigint` path, so every figure stays exact.
 *
 * @internal
 * @module
 */
import type { SpanStatsMeasure } from "./plan.js";
import type { ListScan } from "./valueLists.js";
import { cellRowsOf } from "./valueLists.js";
import { middlesOf, sumOfSafeIntegers } from "./_middles.js";

/**
 * What a `spanStats` measure gives for a cell, in milliseconds: the spans of the rows that have
 * both instants, their exact sum and their two middle values (the median is their mean).
 */
export interface SpanStats {
  /** How many rows have both instants (each gives one span). */
  readonly count: number;
  /** How many spans are above zero (before `floorAtZero`): the late ones of a lateness. */
  readonly positive: number;
  /** The exact sum of the spans (after `floorAtZero`), in ms; `0n` when none. */
  readonly sum: bigint;
  /** The lower middle span (the `floor((count - 1) / 2)`-th smallest), in ms; `null` when none. */
  readonly lowMiddle: bigint | null;
  /** The upper middle span (the `floor(count / 2)`-th smallest; equal to `lowMiddle` for an odd count), in ms; `null` when none. */
  readonly highMiddle: bigint | null;
}

/** The stats of no span. */
export const NO_SPANS: SpanStats = { count: 0, positive: 0, sum: 0n, lowMiddle: null, highMiddle: null };

/**
 * The stats of a list of spans in ms (the partial states' finishing and the SQL cells use it):
 * `null` entries (a row without one of its instants) are not counted.
 *
 * @param spans - each row's span, in ms, or `null`
 * @param floorAtZero - whether a negative span counts as zero
 * @returns the stats
 */
export function statsOfSpans(spans: readonly (bigint | null)[], floorAtZero: boolean): SpanStats {
  const values: bigint[] = [];
  let positive = 0;
  let sum = 0n;
  for (const span of spans) {
    if (span === null) continue;
    if (span > 0n) positive++;
    const value = floorAtZero && span < 0n ? 0n : span;
    values.push(value);
    sum += value;
  }
  if (values.length === 0) return NO_SPANS;
  values.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = values.length;
  return {
    count: n,
    positive,
    sum,
    lowMiddle: values[(n - 1) >>> 1] as bigint,
    highMiddle: values[n >>> 1] as bigint,
  };
}

/**
 * The stats of the spans `values[0..n)` (safe integers, floored already; n > 0), `positive` of
 * them above zero before the floor: the sum in doubles while it stays a safe integer, then in
 * `bigint`; the middles by selection (reorders `values`).
 */
function statsOfSafe(values: Float64Array, n: number, positive: number): SpanStats {
  const { low, high } = middlesOf(values, n);
  return { count: n, positive, sum: sumOfSafeIntegers(values, n), lowMiddle: BigInt(low), highMiddle: BigInt(high) };
}

/**
 * Writes the spans `to[row] - from[row]` of the rows of `picked` that have both instants into
 * `values`; returns how many, or -1 when one is not a safe integer (the caller then goes exact).
 */
function spansBetween(picked: ArrayLike<number>, from: Float64Array, to: Float64Array, values: Float64Array): number {
  let n = 0;
  for (let i = 0; i < picked.length; i++) {
    const row = picked[i] as number;
    const span = (to[row] as number) - (from[row] as number);
    // An absent instant is NaN, and so is the span.
    if (span !== span) continue;
    if (!Number.isSafeInteger(span)) return -1;
    values[n++] = span;
  }
  return n;
}

/** {@link spansBetween} to one instant `to`. */
function spansTo(picked: ArrayLike<number>, from: Float64Array, to: number, values: Float64Array): number {
  let n = 0;
  for (let i = 0; i < picked.length; i++) {
    const span = to - (from[picked[i] as number] as number);
    if (span !== span) continue;
    if (!Number.isSafeInteger(span)) return -1;
    values[n++] = span;
  }
  return n;
}

/** The store of a `spanStats` measure, which also lists a cell's spans row by row (partial states). */
export interface SpanStatsStore {
  /** The stats over the given cells. */
  valueOf(cells: readonly number[]): SpanStats;
  /** Each row's span of `cells` (ms, before `floorAtZero`, as decimal text), in table order, `null` when an instant is absent. */
  listOf(cells: readonly number[]): (string | null)[];
}

/**
 * Accumulates a `spanStats` measure: the selected rows' spans, read cell by cell.
 *
 * @param scan - the scan (its selection and layout)
 * @param measure - the measure
 * @param from - the start column (epoch ms, `NaN` when absent)
 * @param to - the end column, or one instant (epoch ms)
 * @returns the store
 */
export function spanStatsStore(
  scan: ListScan,
  measure: SpanStatsMeasure,
  from: Float64Array,
  to: Float64Array | number,
): SpanStatsStore {
  const rows = cellRowsOf(scan);
  const floor = measure.floorAtZero === true;
  const endOf = typeof to === "number" ? (): number => to : (row: number): number => to[row] as number;
  const exactSpans = (picked: ArrayLike<number>): (bigint | null)[] => {
    const spans = new Array<bigint | null>(picked.length);
    for (let i = 0; i < picked.length; i++) {
      const row = picked[i] as number;
      const start = from[row] as number;
      const end = endOf(row);
      spans[i] = start === start && end === end ? BigInt(end) - BigInt(start) : null;
    }
    return spans;
  };
  return {
    valueOf: (cells): SpanStats => {
      const picked = rows.rowsOf(cells);
      const values = new Float64Array(picked.length);
      // One loop per kind of end, so that the hot loop reads typed arrays only.
      const n = typeof to === "number" ? spansTo(picked, from, to, values) : spansBetween(picked, from, to, values);
      if (n < 0) return statsOfSpans(exactSpans(picked), floor);
      let positive = 0;
      for (let i = 0; i < n; i++) {
        const span = values[i] as number;
        if (span > 0) positive++;
        else if (floor && span < 0) values[i] = 0;
      }
      return n === 0 ? NO_SPANS : statsOfSafe(values, n, positive);
    },
    listOf: (cells) => exactSpans(rows.rowsOf(cells)).map((span) => (span === null ? null : span.toString())),
  };
}

/**
 * The stats of spans measured outside a plan, `ends[i] - starts[i]` for `i` in `[0, n)` (epoch
 * ms): a span whose two instants come from two tables joined by key (a delivery and its order).
 * Exact as the measure: a span past 2^53 ms sends them through bigints.
 *
 * @param starts - each span's start (epoch ms, an integer)
 * @param ends - each span's end (epoch ms, an integer)
 * @param n - how many spans
 * @returns their stats (no `floorAtZero`)
 */
export function statsOfSpanPairs(starts: Float64Array, ends: Float64Array, n: number): SpanStats {
  const values = new Float64Array(n);
  let positive = 0;
  for (let i = 0; i < n; i++) {
    const span = (ends[i] as number) - (starts[i] as number);
    if (!Number.isSafeInteger(span)) {
      const spans: bigint[] = [];
      for (let j = 0; j < n; j++) spans.push(BigInt(ends[j] as number) - BigInt(starts[j] as number));
      return statsOfSpans(spans, false);
    }
    if (span > 0) positive++;
    values[i] = span;
  }
  return n === 0 ? NO_SPANS : statsOfSafe(values, n, positive);
}
