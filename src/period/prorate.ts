import type { Decimal } from "decimal.js";
import { assertDayCount } from "./dayCount.js";
import { overlapShare } from "./overlap.js";
import { scale } from "../money/rational.js";
import { ZERO } from "../money/dec.js";
import { optionsObject } from "../errors/optionsObject.js";
import { assertTimeZone } from "./zone.js";
import { toDecimal, type DecimalInput } from "../money/decimal.js";
import { checkPeriod } from "./checkPeriod.js";
import type { DayCount, Period } from "./types.js";

/** Options of {@link prorate}. @category Period */
export interface ProrateOptions {
  /** IANA zone whose days are counted. Default `"UTC"`. */
  readonly timeZone?: string;
  /** `"calendar"` (default) or `"business"` days (Monday to Friday). */
  readonly dayCount?: DayCount;
}

/**
 * The share of an amount set over one range that falls in another:
 * `amount x days(overlap) / days(source)`, days counted in the reporting zone (spec section 1,
 * "Targets that do not line up"). An annual target of 1,200,000 gives 31/365 of it to January.
 *
 * @param amount - the amount set over `source` (a target, a quota)
 * @param source - the range the amount covers
 * @param period - the period asked about
 * @param options - zone and day count ({@link ProrateOptions})
 * @returns the prorated amount (zero when the ranges do not overlap)
 * @throws {@link InvalidArgumentError} for invalid ranges, zone or day count, options that are not an object, or a source with no business day
 * @throws {@link InvalidMoneyError} for an amount that is not a finite decimal
 * @example
 * ```ts
 * prorate("1200000",
 *   { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") },
 *   { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") },
 * ).toFixed(2); //=> "101917.81"  (1,200,000 x 31 / 365)
 * ```
 * @category Period
 */
export function prorate(amount: DecimalInput, source: Period, period: Period, options?: ProrateOptions): Decimal {
  const { timeZone, dayCount } = optionsObject(options);
  const value = toDecimal(amount);
  const share = overlapShare(
    assertTimeZone(timeZone ?? "UTC"),
    checkPeriod(source, "source"),
    checkPeriod(period, "period"),
    assertDayCount(dayCount),
  );
  return share === null ? ZERO : scale(value, share);
}
