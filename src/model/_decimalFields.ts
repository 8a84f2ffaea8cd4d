/**
 * Readers and field schemas of decimal cells: amounts (money), bounded decimals (probabilities,
 * counts) and non-negative numbers (durations).
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import {
  bad,
  ok,
  optionalField,
  requiredField,
  withLane,
  type FieldReader,
  type ResolvedSchemaOptions,
} from "./_fields.js";
import { readLocaleAmount, readLocalePercentOrDecimal, type NumberFormat } from "./_localeNumbers.js";
import type { FieldSchema, OptionalFieldSchema, ThousandsSeparator } from "./schemaOptions.js";
import { decimalForm, withJsonForm } from "./_jsonForms.js";

/** The number options a decimal reader takes: the decimal comma flag and the thousands separator (none when omitted). */
export interface DecimalReaderOptions {
  /** Whether the decimal mark is a comma. */
  readonly decimalComma: boolean;
  /** The thousands separator (checked by `resolveSchemaOptions`), `null` or omitted for none. */
  readonly thousandsSeparator?: ThousandsSeparator | null;
}

function numberFormat(options: DecimalReaderOptions): NumberFormat {
  return { decimalComma: options.decimalComma, thousandsSeparator: options.thousandsSeparator ?? null };
}

/**
 * Reads an amount by spec section 1 (see `tryParseAmount`): decimal string, finite number or
 * Decimal; with a thousands separator, decimal strings grouped by three with it.
 *
 * @param options - the decimal comma flag and the thousands separator
 * @returns the reader
 * @example
 * ```ts
 * readAmount({ decimalComma: false })("1,234.56").ok; //=> false
 * readAmount({ decimalComma: false, thousandsSeparator: "," })("1,234.56").ok; //=> true
 * ```
 */
export function readAmount(options: DecimalReaderOptions): FieldReader<Decimal> {
  const format = numberFormat(options);
  const reader: FieldReader<Decimal> = withLane(
    (value) => {
      const result = readLocaleAmount(value, format);
      return result.ok ? ok(result.value) : bad(result.message);
    },
    { kind: "decimal", decimalComma: options.decimalComma, min: undefined, max: undefined },
  );
  return withJsonForm(reader, decimalForm(format));
}

function asNumberMessage(message: string): string {
  return message
    .replace(/\ban amount\b/g, "a number")
    .replace(/\bamounts\b/g, "numbers")
    .replace(/\bamount\b/g, "number");
}

/**
 * Reads a decimal that is not money (probability, count, minutes) with the same accepted forms as
 * amounts, within optional bounds; with `percent`, also a percentage (`"40%"`, `"40 %"` is 0.4).
 *
 * @param options - the number options, the inclusive bounds, and whether percentages are read
 * @returns the reader
 * @example
 * ```ts
 * readDecimal({ decimalComma: false, min: 0, max: 1 })("1.5");
 * //=> { ok: false, message: "must be between 0 and 1 (got 1.5)" }
 * readDecimal({ decimalComma: true, min: 0, max: 1, percent: true })("12,5 %"); //=> { ok: true, value: Decimal("0.125") }
 * ```
 */
export function readDecimal(
  options: DecimalReaderOptions & { readonly min?: number; readonly max?: number; readonly percent?: boolean },
): FieldReader<Decimal> {
  const format = numberFormat(options);
  const readNumber = options.percent === true ? readLocalePercentOrDecimal : readLocaleAmount;
  const reader: FieldReader<Decimal> = withLane(
    (value) => {
      const result = readNumber(value, format);
      if (!result.ok) return bad(asNumberMessage(result.message));
      const { min, max } = options;
      if (min !== undefined && max !== undefined && (result.value.lt(min) || result.value.gt(max))) {
        return bad(`must be between ${min} and ${max} (got ${result.value.toString()})`);
      }
      if (min !== undefined && result.value.lt(min))
        return bad(`must be at least ${min} (got ${result.value.toString()})`);
      if (max !== undefined && result.value.gt(max))
        return bad(`must be at most ${max} (got ${result.value.toString()})`);
      return ok(result.value);
    },
    { kind: "decimal", decimalComma: options.decimalComma, min: options.min, max: options.max },
  );
  return withJsonForm(
    reader,
    decimalForm({ ...format, min: options.min, max: options.max, percent: options.percent === true }),
  );
}

/**
 * Reads a non-negative finite JavaScript number (durations in minutes), from a number or a decimal string.
 *
 * @param options - the decimal comma flag and the thousands separator
 * @returns the reader
 * @example
 * ```ts
 * readNonNegativeNumber({ decimalComma: false })("45.5"); //=> { ok: true, value: 45.5 }
 * ```
 */
export function readNonNegativeNumber(options: DecimalReaderOptions): FieldReader<number> {
  const read = readDecimal({ ...numberFormat(options), min: 0 });
  const reader: FieldReader<number> = withLane(
    (value) => {
      const result = read(value);
      if (!result.ok) return result;
      const number = result.value.toNumber();
      return Number.isFinite(number) ? ok(number === 0 ? 0 : number) : bad("the number is too large");
    },
    { kind: "decimal", decimalComma: options.decimalComma, min: 0, max: undefined },
  );
  return withJsonForm(reader, decimalForm({ ...numberFormat(options), min: 0 }));
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
