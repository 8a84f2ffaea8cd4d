import { assertTimeZone, DAY_MS, firstInstantAtOrAfterWall, toWall } from "../../period/zone.js";
import { instantOf } from "../../period/checkInstant.js";
import { safeString } from "../../errors/describe.js";
import { optionsObject } from "../../errors/optionsObject.js";
import { InvalidArgumentError } from "../../errors/index.js";
import type { Period } from "../../period/types.js";

/** Options of {@link rollingWindow}. @category Activity rate */
export interface RollingWindowOptions {
  /** IANA zone whose wall-clock days are counted back. Default `"UTC"`. */
  readonly timeZone?: string;
}

/**
 * The rolling window of the last `days` calendar days ending at `asOf` (fenêtre glissante, the
 * helper the article's "taux d'activité" asks for: "ne construisez pas cet indicateur sur un temps
 * trop court").
 *
 * Formula: `[asOf minus days wall-clock days at the same local time, asOf)` in the reporting zone.
 * Across a daylight-saving change the window is therefore `days` calendar days long but not
 * `days x 24` hours.
 *
 * Interpretation: when the same local time does not exist on the first day (it falls in a DST gap)
 * the window starts at the first instant after the gap; when it occurs twice (DST fold) the window
 * starts at the earlier instant. Measured with `countDays`, a window whose `asOf` is not at local
 * midnight and which crosses a DST change can be a fraction of a day away from `days` (part of a
 * day is real time over that day's real length, settled detail 17); use a midnight `asOf` for an
 * exact count.
 *
 * @param asOf - the end of the window (exclusive), the instant "now"
 * @param days - the number of calendar days, a positive whole number
 * @param options - the reporting zone ({@link RollingWindowOptions})
 * @returns the `[start, asOf)` period
 * @throws {@link InvalidArgumentError} when `asOf` is not a valid Date, `days` is not a positive
 *   whole number, the zone is unknown, options are not an object, or the start falls outside the range of dates
 * @example
 * ```ts
 * rollingWindow(new Date("2026-03-31T00:00:00Z"), 28);
 * //=> { start: 2026-03-03T00:00:00.000Z, end: 2026-03-31T00:00:00.000Z }
 * rollingWindow(new Date("2026-04-10T10:00:00Z"), 28, { timeZone: "Europe/Paris" }).start.toISOString();
 * //=> "2026-03-13T11:00:00.000Z"  (12:00 in Paris on both days; CET then, CEST now)
 * ```
 * @category Activity rate
 */
export function rollingWindow(asOf: Date, days: number, options?: RollingWindowOptions): Period {
  const { timeZone } = optionsObject(options);
  const end = instantOf(asOf, "asOf");
  if (typeof days !== "number" || !Number.isSafeInteger(days) || days <= 0) {
    throw new InvalidArgumentError(`days must be a positive whole number, got ${safeString(days).slice(0, 40)}`);
  }
  const zone = assertTimeZone(timeZone ?? "UTC");
  const wallStart = toWall(zone, end) - days * DAY_MS;
  const start = Number.isFinite(wallStart) ? firstInstantAtOrAfterWall(zone, wallStart) : Number.NaN;
  const startDate = new Date(start);
  if (Number.isNaN(startDate.getTime())) {
    throw new InvalidArgumentError(
      `a window of ${days} days before ${asOf.toISOString()} starts outside the range of dates`,
    );
  }
  return { start: startDate, end: new Date(end) };
}
