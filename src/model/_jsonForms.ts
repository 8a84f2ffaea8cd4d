/**
 * The JSON form of each raw cell the row schemas read: a JSON Schema (draft 2020-12) of the JSON
 * values a field reader accepts, registered beside the reader when it is built, so that the JSON
 * Schema of a row is derived from the zod schema that parses it (`_jsonSchema.ts`).
 *
 * Each form accepts every JSON value its reader accepts (a property test holds it). What a reader
 * checks beyond a form (a calendar date, a known currency, a range on a decimal text) is said in
 * the form's `description`.
 *
 * @internal
 * @module
 */
import * as z from "zod";
import type { DateFormat } from "./_formattedDates.js";
import type { ThousandsSeparator } from "./schemaOptions.js";

/** A JSON Schema object (the public `JsonSchema` type has the same shape). */
type JsonSchema = Readonly<Record<string, unknown>>;

const forms = new WeakMap<object, JsonSchema>();

/** Registers the JSON form of a reader (or of a zod schema) and returns it. */
export function withJsonForm<T extends object>(target: T, form: JsonSchema): T {
  forms.set(target, form);
  return target;
}

/** The JSON form registered for `target`, if any. */
export function jsonFormOf(target: unknown): JsonSchema | undefined {
  return typeof target === "object" || typeof target === "function"
    ? target === null
      ? undefined
      : forms.get(target)
    : undefined;
}

/**
 * A text of at most `max` characters with a character that is not a space. JSON Schema counts
 * code points where the reader counts UTF-16 units: a text with characters outside the Basic
 * Multilingual Plane can pass `maxLength` and be too long for the reader.
 */
export function textForm(max: number): JsonSchema {
  return {
    type: "string",
    minLength: 1,
    maxLength: max,
    pattern: "\\S",
    description: `Text of at most ${max} UTF-16 code units, not blank.`,
  };
}

/** One of `values`. */
export function enumForm(values: readonly string[]): JsonSchema {
  return { enum: [...values] };
}

/** An ISO 4217 code: the form checks its shape, the reader that the code exists. */
export function currencyForm(): JsonSchema {
  return {
    type: "string",
    pattern: "^[A-Z]{3}$",
    description: "An ISO 4217 currency code, upper case (the parse functions also check that the code exists).",
  };
}

/** `true`, `false`, or the texts `"true"` and `"false"`. */
export function booleanForm(): JsonSchema {
  return { enum: [true, false, "true", "false"] };
}

/** The number options of a decimal form. */
export interface DecimalFormOptions {
  /** Whether the decimal mark is a comma. */
  readonly decimalComma: boolean;
  /** The thousands separator (`" "` for the three spaces), or `null` for none. */
  readonly thousandsSeparator: ThousandsSeparator | null;
  /** The least value, if any. */
  readonly min?: number | undefined;
  /** The greatest value, if any. */
  readonly max?: number | undefined;
  /** Whether a text may end with `%` (a percentage, read as the number divided by 100). */
  readonly percent?: boolean;
}

/** Longest decimal text the readers accept (`MAX_AMOUNT_LENGTH`). */
const MAX_DECIMAL_TEXT = 64;

/** The pattern of a decimal text, without anchors. */
function decimalTextPattern(options: DecimalFormOptions): string {
  const mark = options.decimalComma ? "," : "\\.";
  const plain = `-?[0-9]+(?:${mark}[0-9]+)?`;
  const separator = options.thousandsSeparator;
  if (separator === null) return plain;
  const sep = separator === " " ? "[ \\u00A0\\u202F]" : separator === "." ? "\\." : separator;
  return `${plain}|-?[0-9]{1,3}(?:${sep}[0-9]{3})+(?:${mark}[0-9]+)?`;
}

/**
 * A decimal: a JSON number (with the range, if any) or a decimal text (no exponent, the decimal
 * mark and thousands separator of the options). The range of a decimal text is not in the form.
 */
export function decimalForm(options: DecimalFormOptions): JsonSchema {
  const number: Record<string, unknown> = { type: "number" };
  if (options.min !== undefined) number.minimum = options.min;
  if (options.max !== undefined) number.maximum = options.max;
  const body = decimalTextPattern(options);
  const percent = options.percent === true;
  const text = {
    type: "string",
    maxLength: percent ? MAX_DECIMAL_TEXT + 2 : MAX_DECIMAL_TEXT,
    pattern: percent ? `^(?:${body})(?:[ \\u00A0\\u202F]?%)?$` : `^(?:${body})$`,
  };
  const mark = options.decimalComma ? "a decimal comma" : "a decimal point";
  const range =
    options.min === undefined && options.max === undefined
      ? ""
      : ` Range: ${options.min ?? "any"} to ${options.max ?? "any"} (checked here on numbers only; the parse functions check texts too).`;
  return {
    anyOf: [number, text],
    description: `A decimal: a JSON number, or a text with ${mark} and no exponent${percent ? ", or a percentage (40%, 40 %)" : ""}.${range}`,
  };
}

// ISO 8601 parts: local years 1900-2200, and one more year either side when an offset moves the
// instant (the reader bounds the year in the zone, which an offset can shift by a day).
const YEAR = "(?:19[0-9]{2}|2[01][0-9]{2}|2200)";
const OFFSET_YEAR = "(?:1899|19[0-9]{2}|2[01][0-9]{2}|220[01])";
const MONTH_DAY = "-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])";
const TIME = "[T ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,3})?)?";
const OFFSET = "(?:Z|[+-](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?)";

/** The ISO 8601 date and date-time texts the readers accept, in the shape a pattern can check. */
export const ISO_INSTANT_PATTERN = `^(?:${YEAR}${MONTH_DAY}(?:${TIME})?|${OFFSET_YEAR}${MONTH_DAY}${TIME}${OFFSET})$`;

/**
 * An instant or a calendar day: an ISO 8601 text (date, or date-time with or without offset), or,
 * with a date format, any text (the pattern is date-fns', which JSON Schema does not read).
 */
export function instantForm(dateFormat: DateFormat | null): JsonSchema {
  if (dateFormat !== null) {
    return {
      type: "string",
      minLength: 1,
      description: "A date text in the schema's date format (the parse functions check the format).",
    };
  }
  return {
    type: "string",
    pattern: ISO_INSTANT_PATTERN,
    description:
      "An ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:mm]), local year 1900-2200. The parse functions also check that the day exists (no 2026-02-30), that a wall time without offset exists in the zone (not in a daylight-saving gap) and the year bounds in the zone.",
  };
}

/**
 * Names of the schemas results share (`Decimal`, `Instant`...): `toJsonSchema` gives them these
 * names in `$defs`, so a result's schema refers to `#/$defs/Decimal` rather than repeating it.
 */
export const jsonSchemaNames: z.core.$ZodRegistry<{ readonly id: string }> = z.registry<{ readonly id: string }>();
