import { InvalidArgumentError } from "../errors/index.js";
import type { Period } from "./types.js";

function instantOf(value: unknown, name: string): number {
  const time = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw new InvalidArgumentError(`${name} must be a valid Date`);
  return time;
}

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
 */
export function createPeriod(start: Date, end: Date): Period {
  return checkPeriod({ start, end }, "period");
}

/**
 * Checks a period given by a caller. Internal to the library's option handling.
 * @internal
 */
export function checkPeriod(period: Period, name: string): Period {
  if (typeof period !== "object" || period === null) throw new InvalidArgumentError(`${name} must be an object { start, end }`);
  const start = instantOf(period.start, `${name}.start`);
  const end = instantOf(period.end, `${name}.end`);
  if (end <= start) {
    throw new InvalidArgumentError(`${name} must end after it starts ([${new Date(start).toISOString()}, ${new Date(end).toISOString()}))`);
  }
  return { start: new Date(start), end: new Date(end) };
}
