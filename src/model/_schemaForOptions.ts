import { InvalidArgumentError } from "../errors/index.js";
import type { SchemaOptions } from "./schemaOptions.js";
import { describeValue } from "../errors/describe.js";
import type { ParseOptions } from "./parseRows.js";

/**
 * Picks the row schema for parse options: the ready UTC instance when the options ask for the
 * defaults, else a schema built by `factory` (which checks the zone and the decimal comma flag).
 *
 * @param options - the parse options (only `timeZone` and `decimalComma` are read here)
 * @param ready - the ready instance (UTC, decimal point)
 * @param factory - the schema factory
 * @returns the schema to parse with
 * @throws {@link InvalidArgumentError} for an unknown time zone or malformed options
 * @example
 * ```ts
 * schemaForOptions({ timeZone: "UTC" }, OrderSchema, createOrderSchema) === OrderSchema; //=> true
 * ```
 */
export function schemaForOptions<S>(options: ParseOptions | undefined, ready: S, factory: (options?: SchemaOptions) => S): S {
  if (options === undefined) return ready;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(`parse options must be an object, not ${describeValue(options)}`);
  }
  const { timeZone, decimalComma } = options;
  if ((timeZone === undefined || timeZone === "UTC") && (decimalComma === undefined || decimalComma === false)) return ready;
  const schemaOptions: { timeZone?: string; decimalComma?: boolean } = {};
  if (timeZone !== undefined) schemaOptions.timeZone = timeZone;
  if (decimalComma !== undefined) schemaOptions.decimalComma = decimalComma;
  return factory(schemaOptions);
}
