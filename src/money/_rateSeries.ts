/**
 * The rate series behind each table `createExchangeRates` built, by table: code that cannot call
 * `rateOn` row by row (SQL) passes the breakpoints on instead. A table written by hand has none:
 * its rates are known only through `rateOn`.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";

/** The dated rates of one currency: `rates[i]` is in force from `from[i]` (epoch ms, ascending). */
export interface RateSeries {
  readonly from: number[];
  readonly rates: Decimal[];
}

// Keyed by the table object (typed `object`: this module stays below `exchangeRates.ts`).
const SERIES = new WeakMap<object, ReadonlyMap<string, RateSeries>>();

/** Records the series of a table `createExchangeRates` built. */
export function keepRateSeries(table: object, series: ReadonlyMap<string, RateSeries>): void {
  SERIES.set(table, series);
}

/** The dated rates of a table built by `createExchangeRates`, by currency; `undefined` for any other. */
export function rateSeriesOf(rates: object): ReadonlyMap<string, RateSeries> | undefined {
  return SERIES.get(rates);
}
