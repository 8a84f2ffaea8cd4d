import * as z from "zod";
import type { Decimal } from "decimal.js";
import { registerFastPlan } from "./_fastRows.js";
import { resolveSchemaOptions } from "./_fields.js";
import { currencyField, idField, optionalIdField } from "./_textFields.js";
import { moneyField } from "./_decimalFields.js";
import { instantField } from "./_dateFields.js";
import type { FieldSchema, OptionalFieldSchema, SchemaOptions } from "./schemaOptions.js";

/**
 * The fields of {@link PenaltySchema}.
 *
 * @example
 * ```ts
 * Object.keys(PenaltySchema.shape); //=> ["id", "customerId", "date", "amount", "currency", "orderId", "deliveryId"]
 * ```
 * @category Model
 */
export type PenaltyShape = {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  id: FieldSchema<string>;
  /** The customer paid: required id. */
  customerId: FieldSchema<string>;
  /** When it was paid: a required instant. */
  date: FieldSchema<Date>;
  /** The amount: a required decimal (decimal string, finite number or Decimal), any sign. */
  amount: FieldSchema<Decimal>;
  /** ISO 4217 currency code, upper case: required. */
  currency: FieldSchema<string>;
  /** The order it relates to; optional id. */
  orderId: OptionalFieldSchema<string>;
  /** The delivery it relates to; optional id. */
  deliveryId: OptionalFieldSchema<string>;
};

/**
 * The type of {@link PenaltySchema} and of what {@link createPenaltySchema} returns.
 *
 * @example
 * ```ts
 * const schema: PenaltySchemaType = createPenaltySchema({ decimalComma: true });
 * ```
 * @category Model
 */
export type PenaltySchemaType = z.ZodObject<PenaltyShape>;

/**
 * What {@link PenaltySchema} outputs (assignable to `Penalty`).
 *
 * @example
 * ```ts
 * const penalty: Penalty = PenaltySchema.parse(row) satisfies PenaltySchemaOutput;
 * ```
 * @category Model
 */
export type PenaltySchemaOutput = z.output<PenaltySchemaType>;

/**
 * A penalty row in its raw form (JSON values or CSV cells). `""` and `null` mean absent in optional fields.
 *
 * @example
 * ```ts
 * const row: RawPenalty = { id: "p-1", customerId: "c-1", date: "2026-03-20", amount: "250.00", currency: "EUR", deliveryId: "l-1" };
 * ```
 * @category Model
 */
export interface RawPenalty {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  readonly id: string;
  /** The customer paid: required id. */
  readonly customerId: string;
  /** When it was paid: a required instant. */
  readonly date: string | Date;
  /** The amount: a decimal string, a finite number or a Decimal. */
  readonly amount: string | number | Decimal;
  /** ISO 4217 currency code, upper case: required. */
  readonly currency: string;
  /** The order it relates to; optional id. */
  readonly orderId?: string | null;
  /** The delivery it relates to; optional id. */
  readonly deliveryId?: string | null;
}

/**
 * Builds the schema of a penalty row (a penalty paid to a customer).
 *
 * Fields: `id`, `customerId`, `date`, `amount` (money, spec section 1), `currency` (ISO 4217),
 * optional `orderId` and `deliveryId`. Interpretation: the amount is not sign-checked: a negative
 * amount is a penalty refunded or waived after payment, summed as it is (section 1: negative
 * amounts are legal). No cross-field rule: the order and delivery are other records.
 *
 * @param options - {@link SchemaOptions}: the zone dates are read in, the decimal comma
 * @returns a zod object schema; unknown keys are stripped
 * @throws {@link InvalidArgumentError} for an unknown time zone or malformed options
 * @example
 * ```ts
 * createPenaltySchema({ decimalComma: true }).parse({ id: "p-1", customerId: "c-1", date: "2026-03-20", amount: "250,50", currency: "EUR" });
 * //=> { id: "p-1", customerId: "c-1", date: 2026-03-20T00:00:00.000Z, amount: Decimal("250.5"), currency: "EUR" }
 * ```
 * @category Model
 */
export function createPenaltySchema(options?: SchemaOptions): PenaltySchemaType {
  const resolved = resolveSchemaOptions(options);
  return registerFastPlan(
    z.object({
      id: idField(),
      customerId: idField(),
      date: instantField(resolved),
      amount: moneyField(resolved),
      currency: currencyField(),
      orderId: optionalIdField(),
      deliveryId: optionalIdField(),
    }),
  );
}

/**
 * The penalty row schema (UTC, decimal point), ready to use.
 *
 * @example
 * ```ts
 * PenaltySchema.safeParse({ id: "p-1", customerId: "c-1", date: "2026-03-20", amount: "250", currency: "eur" }).error?.issues[0]?.message;
 * //=> 'unknown ISO 4217 currency code "eur" (codes are upper case: "EUR")'
 * ```
 * @category Model
 */
export const PenaltySchema: PenaltySchemaType = createPenaltySchema();
