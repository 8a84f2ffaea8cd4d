import { InvalidArgumentError } from "../errors/index.js";
import type { SchemaOptions } from "./schemaOptions.js";
import { describeValue } from "../errors/describe.js";
import type { ParseOptions } from "./parseRows.js";

/**
 * Picks the row schema for parse options: the ready UTC instance when the options ask for the
 * defaults, else a schema built by `factory` (which checks the zone, the decimal comma flag, the
 * thousands separator and the date format).
 *
 * @param options - the parse options (only the schema options are read here)
 * @param ready - the ready instance (UTC, decimal point)
 * @param factory - the schema factory
 * @returns the schema to parse with
 * @throws {@link InvalidArgumentError} for an unknown time zone or malformed options
 * @example
 * ```ts
 * schemaForOptions({ timeZone: "UTC" }, OrderSchema, createOrderSchema) === OrderSchema; //=> true
 * ```
 */
export function schemaForOptions<S>(
  options: ParseOptions | undefined,
  ready: S,
  factory: (options?: SchemaOptions) => S,
): S {
  if (options === undefined) return ready;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(`parse options must be an object, not ${describeValue(options)}`);
  }
  const { timeZone, decimalComma, thousandsSeparator, dateFormat } = options;
  if (
    (timeZone === undefined || timeZone === "UTC") &&
    (decimalComma === undefined || !decimalComma) &&
    thousandsSeparator === undefined &&
    dateFormat === undefined
  ) {
    return ready;
  }
  const schemaOptions: { -readonly [K in keyof SchemaOptions]: SchemaOptions[K] } = {};
  if (timeZone !== undefined) schemaOptions.timeZone = timeZone;
  if (decimalComma !== undefined) schemaOptions.decimalComma = decimalComma;
  if (thousandsSeparator !== undefined) schemaOptions.thousandsSeparator = thousandsSeparator;
  if (dateFormat !== undefined) schemaOptions.dateFormat = dateFormat;
  return factory(schemaOptions);
}
