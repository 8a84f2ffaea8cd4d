import { checkPeriod } from "./checkPeriod.js";
import type { Period } from "./types.js";

/**
 * Builds a custom half-open period `[start, end)` and checks it.
 *
 * @param start - first instant inside the period
 * @param end - first instant after it; must be later than `start`
 * @returns the period, with its own copies of the dates
 * @throws {@link InvalidArgumentError} when a date is invalid or `end <= start`
 * @example
 * ```ts
 * createPeriod(new Date("2026-01-01T00:00:00Z"), new Date("2026-04-01T00:00:00Z"));
 * //=> { start: 2026-01-01T00:00:00.000Z, end: 2026-04-01T00:00:00.000Z }
 * ```
  * @category Period
 */
export function createPeriod(start: Date, end: Date): Period {
  return checkPeriod({ start, end }, "period");
}
