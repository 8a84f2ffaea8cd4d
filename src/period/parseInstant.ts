import { InvalidDateError } from "../errors/index.js";
import { optionsObject } from "../errors/optionsObject.js";
import { assertTimeZone } from "./zone.js";
import { boundedInstant, instantOfText, lastTextWasDateOnly } from "./_instantText.js";

export { BUSINESS_YEAR_BOUNDS, MAX_DATE_LENGTH } from "./_instantText.js";

/** Options of {@link parseInstant}. @category Period */
export interface ParseInstantOptions {
  /** IANA zone in which date-only strings and date-times without offset are read. Default `"UTC"`. */
  readonly timeZone?: string;
}

/** The outcome of {@link tryParseInstant}. `dateOnly` tells a `"2026-03-31"` from a date-time. @category Period */
export type InstantParse =
  | {
      /** The date was read. */
      readonly ok: true;
      /** The instant. */
      readonly value: Date;
      /** Whether the input was a date without time (`"2026-03-31"`). */
      readonly dateOnly: boolean;
    }
  | {
      /** The date was rejected. */
      readonly ok: false;
      /** Why. */
      readonly message: string;
    };

/**
 * Reads an instant without throwing, by spec section 1's rules:
 * - a valid `Date` is that instant;
 * - `"2026-03-31"` (date only) is the first instant of that calendar day in the reporting zone
 *   (where the zone skips midnight, the first instant that exists that day);
 * - `"2026-03-31T14:00:00Z"` or `"...+02:00"` (with an offset) is that instant;
 * - `"2026-03-31T14:00"` (no offset) is wall time in the reporting zone: rejected in a DST gap, the
 *   earlier instant in a DST fold.
 *
 * A space may replace the `T`; seconds and up to three fraction digits are optional. Impossible
 * dates (`2026-02-30`, `24:00`), more than millisecond precision, other types and local years
 * outside 1900-2200 are rejected with the reason.
 *
 * @param raw - the value to read
 * @param options - the reporting zone
 * @returns `{ ok: true, value, dateOnly }` or `{ ok: false, message }`
 * @throws {@link InvalidArgumentError} for an unknown time zone or options that are not an object (option errors, not row errors)
 * @example
 * ```ts
 * tryParseInstant("2026-03-31", { timeZone: "Europe/Paris" });
 * //=> { ok: true, value: 2026-03-30T22:00:00.000Z, dateOnly: true }
 * tryParseInstant("2026-02-30"); //=> { ok: false, message: "2026-02-30 is not a calendar date" }
 * ```
 * @category Period
 */
export function tryParseInstant(raw: unknown, options?: ParseInstantOptions): InstantParse {
  const zone = assertTimeZone(optionsObject(options).timeZone ?? "UTC");
  if (raw instanceof Date) {
    const time = raw.getTime();
    if (Number.isNaN(time)) return { ok: false, message: "the date is invalid" };
    const bounded = boundedInstant(zone, time);
    return typeof bounded === "string"
      ? { ok: false, message: bounded }
      : { ok: true, value: new Date(bounded), dateOnly: false };
  }
  if (typeof raw !== "string") {
    return {
      ok: false,
      message: `a date must be an ISO 8601 string or a Date, not ${raw === null ? "null" : Array.isArray(raw) ? "an array" : typeof raw}`,
    };
  }
  const time = instantOfText(raw, zone);
  return typeof time === "string"
    ? { ok: false, message: time }
    : { ok: true, value: new Date(time), dateOnly: lastTextWasDateOnly() };
}

/**
 * Reads an instant, the checked way: same rules as {@link tryParseInstant}.
 *
 * @param raw - a `Date` or an ISO 8601 date or date-time string
 * @param options - the reporting zone
 * @returns the instant
 * @throws {@link InvalidDateError} when the value is not an accepted date
 * @throws {@link InvalidArgumentError} for an unknown time zone or options that are not an object
 * @example
 * ```ts
 * parseInstant("2026-03-29T02:30", { timeZone: "Europe/Paris" }); // throws InvalidDateError (DST gap)
 * parseInstant("2026-10-25T02:30", { timeZone: "Europe/Paris" }).toISOString();
 * //=> "2026-10-25T00:30:00.000Z"  (the earlier of the two instants)
 * ```
 * @category Period
 */
export function parseInstant(raw: unknown, options?: ParseInstantOptions): Date {
  const result = tryParseInstant(raw, options);
  if (!result.ok) throw new InvalidDateError(result.message);
  return result.value;
}
