import type { Decimal } from "decimal.js";
import { assertDayCount } from "./dayCount.js";
import { elapsedRational } from "./elapsed.js";
import { optionsObject } from "../errors/optionsObject.js";
import { assertTimeZone } from "./zone.js";
import { rationalToDecimal } from "../money/rational.js";
import { checkPeriod } from "./checkPeriod.js";
import { instantOf } from "./checkInstant.js";
import type { DayCount, Period } from "./types.js";

/** Options of {@link elapsedFraction}. @category Period */
export interface ElapsedFractionOptions {
  /** IANA zone whose calendar days are counted. Default `"UTC"`. */
  readonly timeZone?: string;
  /** `"calendar"` (default) or `"business"` (Monday to Friday) days. */
  readonly dayCount?: DayCount;
}

/**
 * The elapsed fraction of a period at `asOf`: `(asOf - start) / (end - start)`, both measured in
 * days of the reporting zone, counting the elapsed part of `asOf`'s own day as real time over
 * that day's real length (so at local noon of a 23-hour spring-forward day, 11/23 of it has
 * passed). Clamped to [0, 1]. Spec section 1 ("To date") and settled details 4 and 17.
 * Interpretation: with business days, a period that holds no business day (a weekend) has 0
 * elapsed until it ends, then 1.
 *
 * @param period - the `[start, end)` period
 * @param asOf - the instant "now"
 * @param options - zone and day count ({@link ElapsedFractionOptions})
 * @returns a `Decimal` in [0, 1]
 * @throws {@link InvalidArgumentError} for an invalid period, date, zone or day count, or options that are not an object
 * @example
 * ```ts
 * elapsedFraction(
 *   { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") },
 *   new Date("2026-01-16T12:00:00Z"),
 * ).toString(); //=> "0.5"  (15.5 of 31 days)
 * ```
 * @category Period
 */
export function elapsedFraction(period: Period, asOf: Date, options?: ElapsedFractionOptions): Decimal {
  const { timeZone, dayCount } = optionsObject(options);
  const checked = checkPeriod(period, "period");
  const time = instantOf(asOf, "asOf");
  const fraction = elapsedRational(assertTimeZone(timeZone ?? "UTC"), checked, time, assertDayCount(dayCount));
  return rationalToDecimal(fraction);
}
