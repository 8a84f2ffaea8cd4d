/**
 * Readers and field schemas of decimal cells: amounts (money), bounded decimals (probabilities,
 * counts) and non-negative numbers (durations).
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import { tryParseAmount } from "../money/decimal.js";
import { bad, ok, optionalField, requiredField, withLane, type FieldReader, type ResolvedSchemaOptions } from "./_fields.js";
import type { FieldSchema, OptionalFieldSchema } from "./schemaOptions.js";

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
