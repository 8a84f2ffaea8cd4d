/**
 * A caller's `Date` option checked and read as epoch milliseconds.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../errors/index.js";

/** Epoch milliseconds of a caller's `Date`, or an `InvalidArgumentError` naming the option. */
export function instantOf(value: unknown, name: string): number {
  const time = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw new InvalidArgumentError(`${name} must be a valid Date`);
  return time;
}
