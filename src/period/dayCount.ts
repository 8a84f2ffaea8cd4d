/**
 * Calendar and business day counts between instants, parts of days included.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../errors/index.js";
import { safeString } from "../errors/describe.js";
import type { DayCount } from "./types.js";
import { rational, subtract, type Rational } from "../money/rational.js";
import { startOfWallDay, wallDayOf } from "./zone.js";

export function assertDayCount(value: unknown): DayCount {
  if (value === undefined || value === "calendar") return "calendar";
  if (value === "business") return "business";
  throw new InvalidArgumentError(
    `dayCount must be "calendar" or "business", got ${JSON.stringify(safeString(value)).slice(0, 40)}`,
  );
}

/** Monday to Friday days in wall days [0, day) counted from a Monday (1969-12-29 is day -3). */
function businessDaysBefore(day: number): number {
  const fromMonday = day + 3;
  const weeks = Math.floor(fromMonday / 7);
  return weeks * 5 + Math.min(fromMonday - weeks * 7, 5);
}

function isBusinessDay(day: number): boolean {
  return businessDaysBefore(day + 1) > businessDaysBefore(day);
}

/**
 * Position of instant `t` on the zone's day line: the number of (calendar or business) days before
 * its day plus the elapsed part of its own day, as real time over that day's real length
 * (a 23-hour or 25-hour day on DST changes).
 */
export function dayPosition(zone: string, t: number, dayCount: DayCount): Rational {
  const day = wallDayOf(zone, t);
  const dayStart = startOfWallDay(zone, day);
  const length = BigInt(startOfWallDay(zone, day + 1) - dayStart);
  const whole = BigInt(dayCount === "calendar" ? day : businessDaysBefore(day));
  const counts = dayCount === "calendar" || isBusinessDay(day);
  return rational(whole * length + (counts ? BigInt(t - dayStart) : 0n), length);
}

/** Days from `a` to `b` (negative when `b` is before `a`), parts of days included. */
export function daysBetween(zone: string, a: number, b: number, dayCount: DayCount): Rational {
  return subtract(dayPosition(zone, b, dayCount), dayPosition(zone, a, dayCount));
}
