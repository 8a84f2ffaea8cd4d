/**
 * Readers and field schemas of date cells: instants and calendar days, read in the schema's zone.
 *
 * @module
 */
import { tryParseInstant } from "../period/parseInstant.js";
import { formattedTextReader, type DateFormat } from "./_formattedDates.js";
import { startOfDayContaining } from "../period/zone.js";
import {
  bad,
  ok,
  optionalField,
  requiredField,
  withLane,
  type FieldReader,
  type ResolvedSchemaOptions,
} from "./_fields.js";
import type { FieldSchema, OptionalFieldSchema } from "./schemaOptions.js";
import { instantForm, withJsonForm } from "./_jsonForms.js";

/**
 * Reads an instant by spec section 1 (see `tryParseInstant`): date-only strings are the start of the
 * day in the zone, offsets are honoured, naive times are wall time (rejected in a DST gap, earlier
 * instant in a fold), impossible dates and local years outside 1900-2200 are rejected. With a date
 * format, every text must follow it instead of ISO 8601 (the fields it gives are local, with the
 * same rules); `Date` values are read as without it.
 *
 * @param timeZone - the checked reporting zone
 * @param dateFormat - the checked date format, or `null` (default) for ISO 8601 texts
 * @returns the reader
 * @example
 * ```ts
 * readInstant("UTC")("2026-02-30"); //=> { ok: false, message: "2026-02-30 is not a calendar date" }
 * ```
 */
export function readInstant(timeZone: string, dateFormat: DateFormat | null = null): FieldReader<Date> {
  const readFormatted = dateFormat === null ? null : formattedTextReader(dateFormat, timeZone);
  const reader: FieldReader<Date> = withLane(
    (value) => {
      if (readFormatted !== null && typeof value === "string") {
        const time = readFormatted(value);
        return typeof time === "string" ? bad(time) : ok(new Date(time));
      }
      const result = tryParseInstant(value, { timeZone });
      return result.ok ? ok(result.value) : bad(result.message);
    },
    { kind: "instant", timeZone, dateFormat },
  );
  return withJsonForm(reader, instantForm(dateFormat));
}

/**
 * Reads a calendar day (settled detail 8): any accepted instant, reduced to the first instant of
 * its calendar day in the zone. A date-only string is that day.
 *
 * @param timeZone - the checked reporting zone
 * @param dateFormat - the checked date format, or `null` (default) for ISO 8601 texts
 * @returns the reader
 * @example
 * ```ts
 * readCalendarDay("Europe/Paris")("2026-03-31T23:30:00Z"); // 2026-04-01 01:30 in Paris
 * //=> { ok: true, value: 2026-03-31T22:00:00.000Z } (start of 1 April in Paris)
 * ```
 */
export function readCalendarDay(timeZone: string, dateFormat: DateFormat | null = null): FieldReader<Date> {
  const read = readInstant(timeZone, dateFormat);
  const reader: FieldReader<Date> = withLane(
    (value) => {
      const result = read(value);
      if (!result.ok) return result;
      return ok(new Date(startOfDayContaining(timeZone, result.value.getTime())));
    },
    { kind: "calendar-day", timeZone, dateFormat },
  );
  return withJsonForm(reader, instantForm(dateFormat));
}

/**
 * Required instant field (see {@link readInstant}).
 *
 * @param options - the resolved schema options
 * @returns the field schema
 * @example
 * ```ts
 * instantField(resolveSchemaOptions()).parse("2026-03-31").toISOString(); //=> "2026-03-31T00:00:00.000Z"
 * ```
 */
export function instantField(options: ResolvedSchemaOptions): FieldSchema<Date> {
  return requiredField(readInstant(options.timeZone, options.dateFormat));
}

/**
 * Optional instant field.
 *
 * @param options - the resolved schema options
 * @returns the optional field schema
 * @example
 * ```ts
 * optionalInstantField(resolveSchemaOptions()).parse(null); //=> undefined
 * ```
 */
export function optionalInstantField(options: ResolvedSchemaOptions): OptionalFieldSchema<Date> {
  return optionalField(readInstant(options.timeZone, options.dateFormat));
}
