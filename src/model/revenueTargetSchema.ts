import * as z from "zod";
import type { Decimal } from "decimal.js";
import type { TargetLevel } from "./types.js";
import { requiredField, resolveSchemaOptions, type FieldReader, type ResolvedSchemaOptions } from "./_fields.js";
import { currencyField } from "./_textFields.js";
import { readAmount } from "./_decimalFields.js";
import { instantField } from "./_dateFields.js";
import type { FieldSchema, SchemaOptions, TargetScopeShape } from "./schemaOptions.js";
import { targetScopeFields, withTargetScopeChecks } from "./_targetFields.js";
import { decimalForm, withJsonForm } from "./_jsonForms.js";

/**
 * The fields of {@link RevenueTargetSchema}.
 *
 * @example
 * ```ts
 * Object.keys(RevenueTargetSchema.shape); //=> ["id", "level", "scopeId", "start", "end", "amount", "currency"]
 * ```
 * @category Model
 */
export type RevenueTargetShape = TargetScopeShape & {
  /** The amount: a required decimal (decimal string, finite number or Decimal). */
  amount: FieldSchema<Decimal>;
  /** ISO 4217 currency code, upper case: required. */
  currency: FieldSchema<string>;
};

/**
 * The type of {@link RevenueTargetSchema} and of what {@link createRevenueTargetSchema} returns.
 *
 * @example
 * ```ts
 * const schema: RevenueTargetSchemaType = createRevenueTargetSchema({ timeZone: "Europe/Paris" });
 * ```
 * @category Model
 */
export type RevenueTargetSchemaType = z.ZodObject<RevenueTargetShape>;

/**
 * What {@link RevenueTargetSchema} outputs (assignable to `RevenueTarget`).
 *
 * @example
 * ```ts
 * const target: RevenueTarget = RevenueTargetSchema.parse(row) satisfies RevenueTargetSchemaOutput;
 * ```
 * @category Model
 */
export type RevenueTargetSchemaOutput = z.output<RevenueTargetSchemaType>;

/**
 * A revenue target row in its raw form (JSON values or CSV cells).
 *
 * @example
 * ```ts
 * const row: RawRevenueTarget = { id: "t-1", level: "seller", scopeId: "s-1", start: "2026-01-01", end: "2027-01-01", amount: "1200000", currency: "EUR" };
 * ```
 * @category Model
 */
export interface RawRevenueTarget {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  readonly id: string;
  /** `"seller"`, `"team"` or `"company"`. */
  readonly level: TargetLevel;
  /** The seller or team id; empty (or absent) for the company. */
  readonly scopeId?: string | null;
  /** First instant covered (a date-only string is the start of that day in the zone). */
  readonly start: string | Date;
  /** First instant after the range: `end` is exclusive. */
  readonly end: string | Date;
  /** Target amount over the whole range, at least 0. */
  readonly amount: string | number | Decimal;
  /** ISO 4217 currency code, upper case: required. */
  readonly currency: string;
}

function readNonNegativeAmount(options: ResolvedSchemaOptions): FieldReader<Decimal> {
  const read = readAmount(options);
  const reader: FieldReader<Decimal> = (value) => {
    const result = read(value);
    if (result.ok && result.value.isNegative())
      return { ok: false, message: `a target amount must be at least 0 (got ${result.value.toString()})` };
    return result;
  };
  const { decimalComma, thousandsSeparator } = options;
  return withJsonForm(reader, decimalForm({ decimalComma, thousandsSeparator, min: 0 }));
}

/**
 * Builds the schema of a revenue target row: `id`, `level` (`"seller" | "team" | "company"`),
 * `scopeId` (required for seller and team, forbidden for company), the `[start, end)` range
 * (`end` after `start`), `amount` (at least 0) and `currency`.
 *
 * @param options - {@link SchemaOptions}: the zone dates are read in, the decimal comma
 * @returns a zod object schema with the cross-field checks; unknown keys are stripped
 * @throws {@link InvalidArgumentError} for an unknown time zone or malformed options
 * @example
 * ```ts
 * createRevenueTargetSchema().parse({ id: "t-1", level: "company", start: "2026-01-01", end: "2027-01-01", amount: "1200000", currency: "EUR" });
 * //=> { id: "t-1", level: "company", start: 2026-01-01T00:00:00.000Z, end: 2027-01-01T00:00:00.000Z, amount: Decimal("1200000"), currency: "EUR" }
 * ```
 * @category Model
 */
export function createRevenueTargetSchema(options?: SchemaOptions): RevenueTargetSchemaType {
  const resolved = resolveSchemaOptions(options);
  return withTargetScopeChecks(
    z.object({
      ...targetScopeFields(() => instantField(resolved)),
      amount: requiredField(readNonNegativeAmount(resolved)),
      currency: currencyField(),
    }),
  );
}

/**
 * The revenue target row schema (UTC, decimal point), ready to use.
 *
 * @example
 * ```ts
 * RevenueTargetSchema.safeParse({ id: "t-1", level: "seller", start: "2026-02-01", end: "2026-01-01", amount: "10", currency: "EUR" }).error?.issues.map((i) => i.path);
 * //=> [["scopeId"], ["end"]]
 * ```
 * @category Model
 */
export const RevenueTargetSchema: RevenueTargetSchemaType = createRevenueTargetSchema();
