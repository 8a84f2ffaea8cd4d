import { optionsObject } from "../errors/optionsObject.js";
import { checkPeriod } from "./checkPeriod.js";
import type { Period } from "./types.js";

/**
 * Options of {@link createPeriod}: what the period says about itself besides its dates.
 * @category Period
 */
export interface CreatePeriodOptions {
  /** IANA zone the period was read in; an indicator given the period then uses (or checks) this zone. */
  readonly timeZone?: string;
  /** A label a person can read, echoed in results (`"Spring campaign"`). */
  readonly label?: string;
}

/**
 * Builds a custom half-open period `[start, end)` and checks it; it may carry its time zone and
 * a label, which indicators then use and echo.
 *
 * @param start - first instant inside the period
 * @param end - first instant after it; must be later than `start`
 * @param options - the period's `timeZone` and `label` ({@link CreatePeriodOptions})
 * @returns the period, with its own copies of the dates
 * @throws {@link InvalidArgumentError} when a date is invalid, `end <= start`, the zone is unknown or the label is not a string
 * @category Period
 * @example
 * ```ts
 * createPeriod(new Date("2026-01-01T00:00:00Z"), new Date("2026-04-01T00:00:00Z"));
 * //=> { start: 2026-01-01T00:00:00.000Z, end: 2026-04-01T00:00:00.000Z }
 * createPeriod(new Date("2026-03-20T00:00:00Z"), new Date("2026-04-10T00:00:00Z"), { timeZone: "UTC", label: "Spring" });
 * //=> { start: 2026-03-20T00:00:00.000Z, end: 2026-04-10T00:00:00.000Z, label: "Spring", timeZone: "UTC" }
 * ```
 */
export function createPeriod(start: Date, end: Date, options?: CreatePeriodOptions): Period {
  const { timeZone, label } = optionsObject(options);
  return checkPeriod(
    { start, end, ...(timeZone === undefined ? {} : { timeZone }), ...(label === undefined ? {} : { label }) },
    "period",
  );
}
