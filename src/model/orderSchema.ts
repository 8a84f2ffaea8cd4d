import * as z from "zod";
import { registerFastPlan } from "./_fastRows.js";
import type { Decimal } from "decimal.js";
import { resolveSchemaOptions } from "./_fields.js";
import { currencyField, idField, optionalIdField } from "./_textFields.js";
import { moneyField, optionalMoneyField } from "./_decimalFields.js";
import { instantField } from "./_dateFields.js";
import type { FieldSchema, OptionalFieldSchema, SchemaOptions } from "./schemaOptions.js";

/**
 * The fields of {@link OrderSchema}.
 *
 * @example
 * ```ts
 * Object.keys(OrderSchema.shape); //=> ["id", "date", "amount", "currency", "sellerId", "customerId", ...]
 * ```
 * @category Model
 */
export type OrderShape = {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  id: FieldSchema<string>;
  /** When the revenue is realized: a required instant. */
  date: FieldSchema<Date>;
  /** The amount: a required decimal (decimal string, finite number or Decimal). */
  amount: FieldSchema<Decimal>;
  /** ISO 4217 currency code, upper case: required. */
  currency: FieldSchema<string>;
  /** The seller credited: required id. */
  sellerId: FieldSchema<string>;
  /** The customer: required id. */
  customerId: FieldSchema<string>;
  /** Amount before discount; optional decimal. */
  grossAmount: OptionalFieldSchema<Decimal>;
  /** Discount granted; optional decimal. */
  discount: OptionalFieldSchema<Decimal>;
  /** Margin on the order; optional decimal. */
  margin: OptionalFieldSchema<Decimal>;
  /** Hours of production sold; optional decimal. */
  hoursSold: OptionalFieldSchema<Decimal>;
  /** The offer the order came from; optional id. */
  offerId: OptionalFieldSchema<string>;
  /** The deal it relates to; optional id. */
  dealId: OptionalFieldSchema<string>;
};

/**
 * The type of {@link OrderSchema} and of what {@link createOrderSchema} returns.
 *
 * @example
 * ```ts
 * const schema: OrderSchemaType = createOrderSchema({ decimalComma: true });
 * ```
 * @category Model
 */
export type OrderSchemaType = z.ZodObject<OrderShape>;

/**
 * What {@link OrderSchema} outputs (assignable to `Order`).
 *
 * @example
 * ```ts
 * const order: Order = OrderSchema.parse(row) satisfies OrderSchemaOutput;
 * ```
 * @category Model
 */
export type OrderSchemaOutput = z.output<OrderSchemaType>;

/**
 * An order (or invoice) row in its raw form: JSON values or CSV cells (all strings).
 * Amounts are decimal strings (`"1234.56"`, `"-12.5"`), finite numbers or `Decimal`s; dates are
 * `"YYYY-MM-DD"` (start of that day in the zone), date-times with an offset (that instant) or
 * without (wall time in the zone), or `Date`s. `""` and `null` mean absent in optional fields.
 *
 * @example
 * ```ts
 * const row: RawOrder = { id: "o-1", date: "2026-01-15", amount: "1200.50", currency: "EUR", sellerId: "s-1", customerId: "c-1" };
 * ```
 * @category Model
 */
export interface RawOrder {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  readonly id: string;
  /** When the revenue is realized: a required instant. */
  readonly date: string | Date;
  /** The amount: a required decimal (decimal string, finite number or Decimal). */
  readonly amount: string | number | Decimal;
  /** ISO 4217 currency code, upper case: required. */
  readonly currency: string;
  /** The seller credited: required id. */
  readonly sellerId: string;
  /** The customer: required id. */
  readonly customerId: string;
  /** Amount before discount; optional decimal. */
  readonly grossAmount?: string | number | Decimal | null;
  /** Discount granted; optional decimal. */
  readonly discount?: string | number | Decimal | null;
  /** Margin on the order; optional decimal. */
  readonly margin?: string | number | Decimal | null;
  /** Hours of production sold; optional decimal. */
  readonly hoursSold?: string | number | Decimal | null;
  /** The offer the order came from; optional id. */
  readonly offerId?: string | null;
  /** The deal it relates to; optional id. */
  readonly dealId?: string | null;
}

/**
 * Builds the schema of an order row (realized revenue: an order or invoice line). Required: `id`,
 * `date`, `amount` (negative for credit notes), `currency` (ISO 4217), `sellerId`, `customerId`.
 * Optional: `grossAmount`, `discount`, `margin`, `hoursSold` (decimals, any sign), `offerId`,
 * `dealId`. Interpretation: the optional decimals are not sign-checked (a return can carry a
 * negative margin or hours).
 *
 * @param options - {@link SchemaOptions}: the zone dates are read in, the decimal comma
 * @returns a zod object schema; unknown keys are stripped
 * @throws {@link InvalidArgumentError} for an unknown time zone or malformed options
 * @example
 * ```ts
 * createOrderSchema({ timeZone: "Europe/Paris" }).parse({
 *   id: "o-1", date: "2026-01-15", amount: "1200.50", currency: "EUR", sellerId: "s-1", customerId: "c-1",
 * });
 * //=> { id: "o-1", date: 2026-01-14T23:00:00.000Z, amount: Decimal("1200.5"), currency: "EUR", sellerId: "s-1", customerId: "c-1" }
 * ```
 * @category Model
 */
export function createOrderSchema(options?: SchemaOptions): OrderSchemaType {
  const resolved = resolveSchemaOptions(options);
  return registerFastPlan(
    z.object({
      id: idField(),
      date: instantField(resolved),
      amount: moneyField(resolved),
      currency: currencyField(),
      sellerId: idField(),
      customerId: idField(),
      grossAmount: optionalMoneyField(resolved),
      discount: optionalMoneyField(resolved),
      margin: optionalMoneyField(resolved),
      hoursSold: optionalMoneyField(resolved),
      offerId: optionalIdField(),
      dealId: optionalIdField(),
    }),
  );
}

/**
 * The order row schema (UTC, decimal point), ready to use.
 *
 * @example
 * ```ts
 * OrderSchema.parse({ id: "o-1", date: "2026-01-15T10:00:00Z", amount: -50, currency: "EUR", sellerId: "s-1", customerId: "c-1" }).amount.toString();
 * //=> "-50"
 * OrderSchema.safeParse({ id: "o-2", date: "2026-02-30", amount: "1e3", currency: "EUR", sellerId: "s-1", customerId: "c-1" }).success;
 * //=> false (date: "2026-02-30 is not a calendar date"; amount: "exponents are not accepted ...")
 * ```
 * @category Model
 */
export const OrderSchema: OrderSchemaType = createOrderSchema();
