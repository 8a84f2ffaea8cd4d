/**
 * Order sums over a window, by bucket: the realized revenue of 2.1 (and of the pipeline's forecast,
 * which uses the same window, settled detail 9), read from an order table.
 *
 * @internal
 * @module
 */
import { BucketSlots } from "./bucketIndex.js";
import type { CurrencyGuard } from "./currencyGuard.js";
import { ExactSum } from "./exactSum.js";
import { ScaledSums } from "./scaledSums.js";
import { addRowAmount, guardCurrencyCode } from "./tableMoney.js";
import type { OrderColumns } from "../table/_columns.js";

/** A realized sum and the ids behind it. */
export interface Realized {
  readonly total: ExactSum;
  readonly ids: string[] | null;
}

/** An empty realized sum. */
export function emptyRealized(explain: boolean): Realized {
  return { total: new ExactSum(), ids: explain ? [] : null };
}

/**
 * Adds the table rows (`rows`, in that order; every row when `null`) whose owner is in `mask`
 * (every owner when `null`) and whose date is in `[from, to)` to the sums of their buckets: bucket
 * `b` is `[starts[b], starts[b + 1])`, the last one ending at `to`. Amounts go through the guard
 * row by row, in table order (so the first currency met and any `MixedCurrencyError` are those of
 * the records read in order); when explaining, each summed row's id goes to its bucket's ids and
 * to `all` (when given), in table order.
 *
 * The hot path of the three revenue-vs-target functions and of the pipeline's forecast: typed arrays only, no allocation per row;
 * an amount in the guard's currency is added in its scaled form without reading its `Decimal`.
 * @internal
 */
export function sumRows(
  table: OrderColumns,
  rows: readonly number[] | null,
  mask: Uint8Array | null,
  from: number,
  to: number,
  starts: readonly number[],
  sums: readonly Realized[],
  guard: CurrencyGuard,
  all: string[] | null,
): void {
  const bucketSums = new ScaledSums(sums.length);
  const explain = sums.length > 0 && (sums[0] as Realized).ids !== null;
  scanRows(table, rows, mask, from, to, starts, sums, guard, explain ? all : null, explain, bucketSums);
  for (let bucket = 0; bucket < sums.length; bucket++) (sums[bucket] as Realized).total.merge(bucketSums.sumOf(bucket));
}

/**
 * The loop of {@link sumRows}, alone in its function: everything it touches in the common case
 * (typed arrays, `BucketSlots`) has type feedback from its first rows, so its optimised
 * code has no unvisited property access to bail out on; the rare cases are calls.
 */
function scanRows(
  table: OrderColumns,
  rows: readonly number[] | null,
  mask: Uint8Array | null,
  from: number,
  to: number,
  starts: readonly number[],
  sums: readonly Realized[],
  guard: CurrencyGuard,
  all: string[] | null,
  explain: boolean,
  bucketSums: ScaledSums,
): void {
  const { times, ownerCodes, currencyCodes, scaledAmounts, ids } = table;
  const count = rows === null ? table.size : rows.length;
  let fastCurrency = guardCurrencyCode(table, guard);
  const buckets = new BucketSlots(starts, to);
  for (let i = 0; i < count; i++) {
    const row = rows === null ? i : (rows[i] as number);
    const time = times[row] as number;
    if (time < from || time >= to) continue;
    if (mask !== null && mask[ownerCodes[row] as number] === 0) continue;
    const bucket = buckets.bucketOf(time);
    if (currencyCodes[row] !== fastCurrency || !bucketSums.add(bucket, scaledAmounts[row] as number)) {
      addRowAmount(bucketSums.exactOf(bucket), table, row, guard, time);
      if (fastCurrency < 0) fastCurrency = guardCurrencyCode(table, guard);
    }
    if (explain) explainRow(sums, bucket, ids[row] as string, all);
  }
}

/** Records a summed row's id in its bucket's ids and in `all`. */
function explainRow(sums: readonly Realized[], bucket: number, id: string, all: string[] | null): void {
  ((sums[bucket] as Realized).ids as string[]).push(id);
  if (all !== null) all.push(id);
}

