/**
 * A caller's period checked and copied.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../errors/index.js";
import { instantOf } from "./checkInstant.js";
import type { Period } from "./types.js";

/** Checks a period given by a caller and copies its dates. */
export function checkPeriod(period: Period, name: string): Period {
  if (typeof period !== "object" || period === null) throw new InvalidArgumentError(`${name} must be an object { start, end }`);
  const start = instantOf(period.start, `${name}.start`);
  const end = instantOf(period.end, `${name}.end`);
  if (end <= start) {
    throw new InvalidArgumentError(`${name} must end after it starts ([${new Date(start).toISOString()}, ${new Date(end).toISOString()}))`);
  }
  return { start: new Date(start), end: new Date(end) };
}
