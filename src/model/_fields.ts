/**
 * The machinery of the row schemas' fields: one zod schema per kind of raw cell, built from a
 * reader (`_textFields.ts`, `_decimalFields.ts`, `_dateFields.ts`). Each is
 * `z.unknown().transform(...)`, so it accepts any raw value, reports what is wrong as a zod `custom`
 * issue with a clear message, and outputs the domain type (`string`, `Decimal`, `Date`...). Nothing
 * is coerced: a value is either read by spec section 1's rules or rejected.
 *
 * **Absent values (CSV semantics).** `undefined` (missing key), `null` and the empty string `""`
 * all mean "absent". In an optional field, absent gives `undefined`; in a required field, absent is
 * an error (`"required: ..."`). Interpretation: JSON `null` is read as absent like an empty CSV
 * cell, since exports write missing values either way.
 *
 * @module
 */
import * as z from "zod";
import { InvalidArgumentError } from "../errors/index.js";
import { describeValue } from "../errors/describe.js";
import { assertTimeZone } from "../period/zone.js";
import {
  REQUIRED_MESSAGE,
  type FieldSchema,
  type OptionalFieldSchema,
  type SchemaOptions,
  type ThousandsSeparator,
} from "./schemaOptions.js";
import { resolveThousandsSeparator } from "./_localeNumbers.js";
import { resolveDateFormat, type DateFormat } from "./_formattedDates.js";

/**
 * {@link SchemaOptions} checked and with their defaults filled in.
 *
 * @example
 * ```ts
 * resolveSchemaOptions({ timeZone: "Europe/Paris" });
 * //=> { timeZone: "Europe/Paris", decimalComma: false, thousandsSeparator: null, dateFormat: null }
 * ```
 */
export interface ResolvedSchemaOptions {
  /** The checked IANA zone. */
  readonly timeZone: string;
  /** Whether decimals use a comma. */
  readonly decimalComma: boolean;
  /** The thousands separator (`" "` for any of the three spaces), or `null` for none. */
  readonly thousandsSeparator: ThousandsSeparator | null;
  /** The checked date format, or `null` for ISO 8601 texts. */
  readonly dateFormat: DateFormat | null;
}

/**
 * The outcome of reading one raw value.
 *
 * @example
 * ```ts
 * readText(3)("abcd"); //=> { ok: false, message: "text has at most 3 characters (got 4)" }
 * ```
 */
export type FieldRead<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/**
 * A function reading one raw (present) value.
 *
 * @example
 * ```ts
 * const read: FieldReader<string> = readText(10);
 * read("o-1"); //=> { ok: true, value: "o-1" }
 * ```
 */
export type FieldReader<T> = (value: unknown) => FieldRead<T>;

/**
 * How the table parsers read a field without building its record value: the kind of reader, with
 * its parameters. A lane accepts a subset of what the reader accepts, with the same value (a
 * property test holds the table parsers equal to the record parsers); anything else goes to the
 * reader itself.
 * @internal
 */
export type FieldLane =
  | { readonly kind: "text"; readonly max: number }
  | { readonly kind: "enum"; readonly values: ReadonlySet<string> }
  | {
      readonly kind: "decimal";
      readonly decimalComma: boolean;
      readonly min: number | undefined;
      readonly max: number | undefined;
    }
  | { readonly kind: "instant"; readonly timeZone: string; readonly dateFormat: DateFormat | null }
  | { readonly kind: "calendar-day"; readonly timeZone: string; readonly dateFormat: DateFormat | null }
  | { readonly kind: "currency" };

const fieldLanes = new WeakMap<object, FieldLane>();

/** Registers `reader`'s lane (see {@link FieldLane}) and returns the reader. */
export function withLane<T>(reader: FieldReader<T>, lane: FieldLane): FieldReader<T> {
  fieldLanes.set(reader, lane);
  return reader;
}

/** The lane of a reader made by this module (`readText`, `readAmount`...), if it has one. @internal */
export function laneOf(reader: FieldReader<unknown>): FieldLane | undefined {
  return fieldLanes.get(reader);
}

/** A value read. */
export function ok<T>(value: T): FieldRead<T> {
  return { ok: true, value };
}

/** A value rejected, with the message. */
export function bad<T>(message: string): FieldRead<T> {
  return { ok: false, message };
}

/**
 * Checks schema options and fills in the defaults.
 *
 * @param options - {@link SchemaOptions}, or `undefined`
 * @returns the zone (checked), the decimal comma flag, the thousands separator and the date format
 * @throws {@link InvalidArgumentError} for an unknown time zone, a non-boolean `decimalComma`, an
 * unknown `thousandsSeparator` or one equal to the decimal mark, a `dateFormat` that is not a
 * pattern of a local date, or options that are not an object
 * @example
 * ```ts
 * resolveSchemaOptions({ timeZone: "Europe/Paris" });
 * //=> { timeZone: "Europe/Paris", decimalComma: false, thousandsSeparator: null, dateFormat: null }
 * resolveSchemaOptions({ decimalComma: true, thousandsSeparator: "," }); // throws InvalidArgumentError
 * ```
 */
export function resolveSchemaOptions(options?: SchemaOptions): ResolvedSchemaOptions {
  if (options === undefined)
    return { timeZone: "UTC", decimalComma: false, thousandsSeparator: null, dateFormat: null };
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(`schema options must be an object, not ${describeValue(options)}`);
  }
  const timeZone = assertTimeZone(options.timeZone ?? "UTC");
  const decimalComma: unknown = options.decimalComma ?? false;
  if (typeof decimalComma !== "boolean") {
    throw new InvalidArgumentError(`decimalComma must be a boolean, not ${describeValue(decimalComma)}`);
  }
  const thousandsSeparator = resolveThousandsSeparator(options.thousandsSeparator, decimalComma);
  const dateFormat = resolveDateFormat(options.dateFormat);
  return { timeZone, decimalComma, thousandsSeparator, dateFormat };
}

/** The reader behind each field schema built here, for the row fast path (`_fastRows.ts`). */
const fieldReaders = new WeakMap<object, { readonly read: FieldReader<unknown>; readonly optional: boolean }>();

/** The reader of a field schema built by {@link requiredField} or {@link optionalField}, if it is one. */
export function fieldReaderOf(
  schema: unknown,
): { readonly read: FieldReader<unknown>; readonly optional: boolean } | undefined {
  return typeof schema === "object" && schema !== null ? fieldReaders.get(schema) : undefined;
}

/** Missing, `null` and `""` all mean "absent" (an empty CSV cell). */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

function field<T>(read: FieldReader<T>): FieldSchema<T> {
  return z.unknown().transform((value, ctx): Awaited<T> => {
    const result = read(value);
    if (result.ok) return result.value as Awaited<T>;
    ctx.addIssue({ code: "custom", message: result.message });
    return z.NEVER;
  });
}

/**
 * A required field: absent values (missing, `null`, `""`) are rejected with {@link REQUIRED_MESSAGE};
 * others go through `read`.
 *
 * @param read - reads a present value
 * @returns the field schema
 * @example
 * ```ts
 * requiredField(readText(10)).safeParse("").success; //=> false ("required: ...")
 * ```
 */
export function requiredField<T>(read: FieldReader<T>): FieldSchema<T> {
  const schema = field((value) => (isAbsent(value) ? bad<T>(REQUIRED_MESSAGE) : read(value)));
  fieldReaders.set(schema, { read, optional: false });
  return schema;
}

/**
 * An optional field: a missing key stays missing, `null` and `""` give `undefined`; other values go
 * through `read`.
 *
 * @param read - reads a present value
 * @returns the optional field schema
 * @example
 * ```ts
 * optionalField(readText(10)).parse(null); //=> undefined
 * ```
 */
export function optionalField<T>(read: FieldReader<T>): OptionalFieldSchema<T> {
  const schema = field<T | undefined>((value) => (isAbsent(value) ? ok(undefined) : read(value))).optional();
  fieldReaders.set(schema, { read, optional: true });
  return schema;
}

/**
 * The `when` predicate of a cross-field check: the check runs only when none of `fields` has an
 * issue yet, so it sees their parsed values (and other fields' problems are still all reported).
 *
 * @param fields - the top-level fields the check reads
 * @returns a predicate for zod's `superRefine(..., { when })`
 * @example
 * ```ts
 * z.object(shape).superRefine(checkRange, { when: whenFieldsValid(["start", "end"]) });
 * ```
 */
export function whenFieldsValid(fields: readonly string[]): (payload: z.core.ParsePayload) => boolean {
  const involved: ReadonlySet<PropertyKey> = new Set(fields);
  return (payload) => {
    if (typeof payload.value !== "object" || payload.value === null) return false;
    for (const issue of payload.issues) {
      const head = issue.path?.[0];
      if (head === undefined || involved.has(head)) return false;
    }
    return true;
  };
}
