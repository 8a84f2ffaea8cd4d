import type { Decimal } from "decimal.js";
import { assertDayCount, daysBetween } from "./dayCount.js";
import { rationalToDecimal } from "../money/rational.js";
import { optionsObject } from "../errors/optionsObject.js";
import { assertTimeZone } from "./zone.js";
import { checkPeriod } from "./checkPeriod.js";
import type { Period } from "./types.js";
import type { ProrateOptions } from "./prorate.js";

/**
 * The length of a period in days of the reporting zone: calendar days (a 23-hour DST day counts
 * as one) or business days (Monday to Friday), parts of days included as real time over the
 * day's real length. A calendar date a zone skipped entirely (Pacific/Apia, 2011-12-30) still
 * counts as a day, of zero length.
 *
 * @param period - the `[start, end)` period
 * @param options - zone and day count
 * @returns the number of days as a `Decimal`
 * @throws {@link InvalidArgumentError} for an invalid period, zone or day count, or options that are not an object
 * @example
 * ```ts
 * countDays({ start: new Date("2026-03-01T00:00:00+01:00"), end: new Date("2026-04-01T00:00:00+02:00") },
 *   { timeZone: "Europe/Paris" }).toString(); //=> "31"
 * ```
 * @category Period
 */
export function countDays(period: Period, options?: ProrateOptions): Decimal {
  const { timeZone, dayCount } = optionsObject(options);
  const checked = checkPeriod(period, "period");
  return rationalToDecimal(
    daysBetween(
      assertTimeZone(timeZone ?? "UTC"),
      checked.start.getTime(),
      checked.end.getTime(),
      assertDayCount(dayCount),
    ),
  );
}
