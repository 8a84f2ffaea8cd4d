/**
 * Field builders of the row schemas: one zod schema per kind of raw cell (id, text, amount,
 * instant, calendar day, currency, enum...). Each is `z.unknown().transform(...)`, so it accepts
 * any raw value, reports what is wrong as a zod `custom` issue with a clear message, and outputs
 * the domain type (`string`, `Decimal`, `Date`...). Nothing is coerced: a value is either read by
 * spec section 1's rules or rejected.
 *
 * **Absent values (CSV semantics).** `undefined` (missing key), `null` and the empty string `""`
 * all mean "absent". In an optional field, absent gives `undefined`; in a required field, absent is
 * an error (`"required: ..."`). Interpretation: JSON `null` is read as absent like an empty CSV
 * cell, since exports write missing values either way.
 *
 * @module
 */
import * as z from "zod";
import type { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../errors/index.js";
import { isCurrencyCode } from "../money/currency.js";
import { tryParseAmount } from "../money/decimal.js";
import { tryParseInstant } from "../period/parseInstant.js";
import { assertTimeZone, startOfDayContaining } from "../_lib/zone.js";

/**
 * Longest id (and code-like text: stage, activity type) accepted, checked before any pattern.
 *
 * @example
 * ```ts
 * SellerSchema.safeParse({ id: "x".repeat(257), name: "A" }).success; //=> false
 * ```
 */
export const MAX_ID_LENGTH = 256;

/**
 * Longest free text (names, loss reasons, competitors, causes) accepted.
 *
 * @example
 * ```ts
 * SellerSchema.safeParse({ id: "s-1", name: "n".repeat(1001) }).success; //=> false
 * ```
 */
export const MAX_TEXT_LENGTH = 1000;

/**
 * Options of every schema factory (`createOrderSchema(options)`...).
 *
 * @example
 * ```ts
 * const options: SchemaOptions = { timeZone: "Europe/Paris", decimalComma: true };
 * createOrderSchema(options).parse(row).amount.toString(); // "12,5" read as "12.5"
 * ```
 */
export interface SchemaOptions {
  /**
   * IANA zone in which date-only strings and date-times without offset are read, and in which
   * expected close dates are reduced to calendar days. Default `"UTC"`.
   */
  readonly timeZone?: string;
  /** Read decimals with a locale decimal comma (`"12,5"`) instead of a point. Default `false`. */
  readonly decimalComma?: boolean;
}

/**
 * {@link SchemaOptions} checked and with their defaults filled in.
 *
 * @example
 * ```ts
 * resolveSchemaOptions({ timeZone: "Europe/Paris" }); //=> { timeZone: "Europe/Paris", decimalComma: false }
 * ```
 */
export interface ResolvedSchemaOptions {
  /** The checked IANA zone. */
  readonly timeZone: string;
  /** Whether decimals use a comma. */
  readonly decimalComma: boolean;
}

/**
 * A field schema: any raw value in, `T` out (or a `custom` issue).
 *
 * @example
 * ```ts
 * const amount: FieldSchema<Decimal> = moneyField(resolveSchemaOptions());
 * amount.parse("12.50").toString(); //=> "12.5"
 * ```
 */
export type FieldSchema<T> = z.ZodPipe<z.ZodUnknown, z.ZodTransform<Awaited<T>, unknown>>;

/**
 * An optional field schema: a missing key is omitted from the output; `null` and `""` give `undefined`.
 *
 * @example
 * ```ts
 * const teamId: OptionalFieldSchema<string> = optionalIdField();
 * teamId.parse(""); //=> undefined
 * ```
 */
export type OptionalFieldSchema<T> = z.ZodOptional<FieldSchema<T | undefined>>;

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
  | { readonly kind: "decimal"; readonly decimalComma: boolean; readonly min: number | undefined; readonly max: number | undefined }
  | { readonly kind: "instant"; readonly timeZone: string }
  | { readonly kind: "calendar-day"; readonly timeZone: string }
  | { readonly kind: "currency" };

const fieldLanes = new WeakMap<object, FieldLane>();

function withLane<T>(reader: FieldReader<T>, lane: FieldLane): FieldReader<T> {
  fieldLanes.set(reader, lane);
  return reader;
}

/** The lane of a reader made by this module (`readText`, `readAmount`...), if it has one. @internal */
export function laneOf(reader: FieldReader<unknown>): FieldLane | undefined {
  return fieldLanes.get(reader);
}

/**
 * Message of a required field that is absent.
 *
 * @example
 * ```ts
 * parseSellers([{ id: "s-1", name: "" }]).errors[0]?.message; //=> "required: the value is missing, null or empty"
 * ```
 */
export const REQUIRED_MESSAGE = "required: the value is missing, null or empty";

function ok<T>(value: T): FieldRead<T> {
  return { ok: true, value };
}

function bad<T>(message: string): FieldRead<T> {
  return { ok: false, message };
}

/**
 * Describes a raw value in an error message without ever serialising objects (which may be
 * circular or huge): strings are quoted and cut at 64 characters.
 *
 * @param value - anything
 * @returns e.g. `"\"Won\""`, `"null"`, `"an array"`, `"a number (12)"`
 * @example
 * ```ts
 * describeValue("Won"); //=> '"Won"'
 * describeValue([]);    //=> "an array"
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") {
    return value.length > 64 ? `${JSON.stringify(value.slice(0, 64))}... (${value.length} characters)` : JSON.stringify(value);
  }
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "number") return `a number (${String(value)})`;
  if (typeof value === "boolean") return `a boolean (${String(value)})`;
  if (typeof value === "bigint") return "a bigint";
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return "an array";
  return "an object";
}

/**
 * Checks schema options and fills in the defaults.
 *
 * @param options - {@link SchemaOptions}, or `undefined`
 * @returns the zone (checked) and the decimal comma flag
 * @throws {@link InvalidArgumentError} for an unknown time zone, a non-boolean `decimalComma`, or options that are not an object
 * @example
 * ```ts
 * resolveSchemaOptions({ timeZone: "Europe/Paris" }); //=> { timeZone: "Europe/Paris", decimalComma: false }
 * resolveSchemaOptions({ timeZone: "Mars/Olympus" }); // throws InvalidArgumentError
 * ```
 */
export function resolveSchemaOptions(options?: SchemaOptions): ResolvedSchemaOptions {
  if (options === undefined) return { timeZone: "UTC", decimalComma: false };
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(`schema options must be an object, not ${describeValue(options)}`);
  }
  const timeZone = assertTimeZone(options.timeZone ?? "UTC");
  const decimalComma: unknown = options.decimalComma ?? false;
  if (typeof decimalComma !== "boolean") {
    throw new InvalidArgumentError(`decimalComma must be a boolean, not ${describeValue(decimalComma)}`);
  }
  return { timeZone, decimalComma };
}

/** The reader behind each field schema built here, for the row fast path (`_fastRows.ts`). */
const fieldReaders = new WeakMap<object, { readonly read: FieldReader<unknown>; readonly optional: boolean }>();

/** The reader of a field schema built by {@link requiredField} or {@link optionalField}, if it is one. */
export function fieldReaderOf(schema: unknown): { readonly read: FieldReader<unknown>; readonly optional: boolean } | undefined {
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
 * Reads text: a string of at most `max` characters that is not only spaces. The text is kept as
 * given (no trimming).
 *
 * @param max - the longest accepted length
 * @returns the reader
 * @example
 * ```ts
 * readText(3)("abc"); //=> { ok: true, value: "abc" }
 * readText(3)("   "); //=> { ok: false, message: "must not be blank (only spaces)" }
 * ```
 */
export function readText(max: number): FieldReader<string> {
  return withLane((value) => {
    if (typeof value !== "string") return bad(`expected text, got ${describeValue(value)}`);
    if (value.length > max) return bad(`text has at most ${max} characters (got ${value.length})`);
    if (value.trim().length === 0) return bad("must not be blank (only spaces)");
    return ok(value);
  }, { kind: "text", max });
}

/**
 * Reads one of a fixed set of strings, exactly (case-sensitive, no trimming).
 *
 * @param values - the accepted strings
 * @returns the reader
 * @example
 * ```ts
 * readEnum(["open", "won", "lost"] as const)("Won");
 * //=> { ok: false, message: 'expected one of "open", "won", "lost", got "Won"' }
 * ```
 */
export function readEnum<const V extends readonly string[]>(values: V): FieldReader<V[number]> {
  const allowed: ReadonlySet<string> = new Set(values);
  const list = values.map((v) => JSON.stringify(v)).join(", ");
  return withLane(
    (value) => (typeof value === "string" && allowed.has(value) ? ok(value as V[number]) : bad(`expected one of ${list}, got ${describeValue(value)}`)),
    { kind: "enum", values: allowed },
  );
}

/**
 * Reads an amount by spec section 1 (see `tryParseAmount`): decimal string, finite number or Decimal.
 *
 * @param options - the decimal comma flag
 * @returns the reader
 * @example
 * ```ts
 * readAmount({ decimalComma: false })("1,234.56").ok; //=> false
 * ```
 */
export function readAmount(options: { readonly decimalComma: boolean }): FieldReader<Decimal> {
  return withLane(
    (value) => {
      const result = tryParseAmount(value, { decimalComma: options.decimalComma });
      return result.ok ? ok(result.value) : bad(result.message);
    },
    { kind: "decimal", decimalComma: options.decimalComma, min: undefined, max: undefined },
  );
}

function asNumberMessage(message: string): string {
  return message.replace(/\ban amount\b/g, "a number").replace(/\bamounts\b/g, "numbers").replace(/\bamount\b/g, "number");
}

/**
 * Reads a decimal that is not money (probability, count, minutes) with the same accepted forms as
 * amounts, within optional bounds.
 *
 * @param options - the decimal comma flag, and the inclusive bounds
 * @returns the reader
 * @example
 * ```ts
 * readDecimal({ decimalComma: false, min: 0, max: 1 })("1.5");
 * //=> { ok: false, message: "must be between 0 and 1 (got 1.5)" }
 * ```
 */
export function readDecimal(options: { readonly decimalComma: boolean; readonly min?: number; readonly max?: number }): FieldReader<Decimal> {
  return withLane((value) => {
    const result = tryParseAmount(value, { decimalComma: options.decimalComma });
    if (!result.ok) return bad(asNumberMessage(result.message));
    const { min, max } = options;
    if (min !== undefined && max !== undefined && (result.value.lt(min) || result.value.gt(max))) {
      return bad(`must be between ${min} and ${max} (got ${result.value.toString()})`);
    }
    if (min !== undefined && result.value.lt(min)) return bad(`must be at least ${min} (got ${result.value.toString()})`);
    if (max !== undefined && result.value.gt(max)) return bad(`must be at most ${max} (got ${result.value.toString()})`);
    return ok(result.value);
  }, { kind: "decimal", decimalComma: options.decimalComma, min: options.min, max: options.max });
}

/**
 * Reads a non-negative finite JavaScript number (durations in minutes), from a number or a decimal string.
 *
 * @param options - the decimal comma flag
 * @returns the reader
 * @example
 * ```ts
 * readNonNegativeNumber({ decimalComma: false })("45.5"); //=> { ok: true, value: 45.5 }
 * ```
 */
export function readNonNegativeNumber(options: { readonly decimalComma: boolean }): FieldReader<number> {
  const read = readDecimal({ decimalComma: options.decimalComma, min: 0 });
  return withLane(
    (value) => {
      const result = read(value);
      if (!result.ok) return result;
      const number = result.value.toNumber();
      return Number.isFinite(number) ? ok(number === 0 ? 0 : number) : bad("the number is too large");
    },
    { kind: "decimal", decimalComma: options.decimalComma, min: 0, max: undefined },
  );
}

/**
 * Reads an instant by spec section 1 (see `tryParseInstant`): date-only strings are the start of the
 * day in the zone, offsets are honoured, naive times are wall time (rejected in a DST gap, earlier
 * instant in a fold), impossible dates and local years outside 1900-2200 are rejected.
 *
 * @param timeZone - the checked reporting zone
 * @returns the reader
 * @example
 * ```ts
 * readInstant("UTC")("2026-02-30"); //=> { ok: false, message: "2026-02-30 is not a calendar date" }
 * ```
 */
export function readInstant(timeZone: string): FieldReader<Date> {
  return withLane(
    (value) => {
      const result = tryParseInstant(value, { timeZone });
      return result.ok ? ok(result.value) : bad(result.message);
    },
    { kind: "instant", timeZone },
  );
}

/**
 * Reads a calendar day (settled detail 8): any accepted instant, reduced to the first instant of
 * its calendar day in the zone. A date-only string is that day.
 *
 * @param timeZone - the checked reporting zone
 * @returns the reader
 * @example
 * ```ts
 * readCalendarDay("Europe/Paris")("2026-03-31T23:30:00Z"); // 2026-04-01 01:30 in Paris
 * //=> { ok: true, value: 2026-03-31T22:00:00.000Z } (start of 1 April in Paris)
 * ```
 */
export function readCalendarDay(timeZone: string): FieldReader<Date> {
  const read = readInstant(timeZone);
  return withLane(
    (value) => {
      const result = read(value);
      if (!result.ok) return result;
      return ok(new Date(startOfDayContaining(timeZone, result.value.getTime())));
    },
    { kind: "calendar-day", timeZone },
  );
}

function isKnownCurrency(code: string): boolean {
  return isCurrencyCode(code);
}

/**
 * Reads an ISO 4217 currency code known to the runtime, exactly (`"eur"` is rejected).
 *
 * @returns the reader
 * @example
 * ```ts
 * readCurrency()("XYZ"); //=> { ok: false, message: 'unknown ISO 4217 currency code "XYZ"' }
 * ```
 */
export function readCurrency(): FieldReader<string> {
  return withLane((value) => {
    if (typeof value !== "string") return bad(`a currency must be an ISO 4217 code such as "EUR", not ${describeValue(value)}`);
    const code: string = value;
    if (isKnownCurrency(code)) return ok(code);
    if (code.length <= 16 && isKnownCurrency(code.toUpperCase())) {
      return bad(`unknown ISO 4217 currency code ${describeValue(code)} (codes are upper case: ${JSON.stringify(code.toUpperCase())})`);
    }
    return bad(`unknown ISO 4217 currency code ${describeValue(code)}`);
  }, { kind: "currency" });
}

/**
 * Required id field: text of 1 to {@link MAX_ID_LENGTH} characters, not blank.
 *
 * @returns the field schema
 * @example
 * ```ts
 * idField().parse("o-1"); //=> "o-1"
 * ```
 */
export function idField(): FieldSchema<string> {
  return requiredField(readText(MAX_ID_LENGTH));
}

/**
 * Optional id field (a reference such as `teamId`, `customerId`).
 *
 * @returns the optional field schema
 * @example
 * ```ts
 * optionalIdField().parse(""); //=> undefined
 * ```
 */
export function optionalIdField(): OptionalFieldSchema<string> {
  return optionalField(readText(MAX_ID_LENGTH));
}

/**
 * Required money field (see {@link readAmount}).
 *
 * @param options - the resolved schema options
 * @returns the field schema
 * @example
 * ```ts
 * moneyField(resolveSchemaOptions()).parse("-0").toString(); //=> "0"
 * ```
 */
export function moneyField(options: ResolvedSchemaOptions): FieldSchema<Decimal> {
  return requiredField(readAmount(options));
}

/**
 * Optional money field.
 *
 * @param options - the resolved schema options
 * @returns the optional field schema
 * @example
 * ```ts
 * optionalMoneyField(resolveSchemaOptions()).parse(""); //=> undefined
 * ```
 */
export function optionalMoneyField(options: ResolvedSchemaOptions): OptionalFieldSchema<Decimal> {
  return optionalField(readAmount(options));
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
  return requiredField(readInstant(options.timeZone));
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
  return optionalField(readInstant(options.timeZone));
}

/**
 * Required currency field (see {@link readCurrency}).
 *
 * @returns the field schema
 * @example
 * ```ts
 * currencyField().parse("EUR"); //=> "EUR"
 * ```
 */
export function currencyField(): FieldSchema<string> {
  return requiredField(readCurrency());
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
