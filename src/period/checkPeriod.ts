/**
 * A caller's period checked and copied.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../errors/index.js";
import { safeString } from "../errors/describe.js";
import { instantOf } from "./checkInstant.js";
import { assertTimeZone } from "./zone.js";
import type { Period } from "./types.js";

/** Checks a period given by a caller and copies its dates, and its label and zone when it has them. */
export function checkPeriod(period: Period, name: string): Period {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof period !== "object" || period === null)
    throw new InvalidArgumentError(`${name} must be an object { start, end }`);
  const start = instantOf(period.start, `${name}.start`);
  const end = instantOf(period.end, `${name}.end`);
  if (end <= start) {
    throw new InvalidArgumentError(
      `${name} must end after it starts ([${new Date(start).toISOString()}, ${new Date(end).toISOString()}))`,
    );
  }
  const { label, timeZone } = period;
  if (label !== undefined && typeof label !== "string")
    throw new InvalidArgumentError(`${name}.label must be a string, got ${safeString(label).slice(0, 40)}`);
  return {
    start: new Date(start),
    end: new Date(end),
    ...(label === undefined ? {} : { label }),
    ...(timeZone === undefined ? {} : { timeZone: assertTimeZone(timeZone) }),
  };
}

/**
 * The period a result echoes: its dates, its label when it has one, and the zone the computation
 * read the calendar in.
 */
export function echoPeriod(period: Period, timeZone: string): Period {
  return {
    start: new Date(period.start.getTime()),
    end: new Date(period.end.getTime()),
    ...(period.label === undefined ? {} : { label: period.label }),
    timeZone,
  };
}
