import * as z from "zod";
import { registerFastPlan } from "./_fastRows.js";
import type { Decimal } from "decimal.js";
import { resolveSchemaOptions, whenFieldsValid } from "./_fields.js";
import { orderAmountProblems, orderAmountsConsistent, type OrderAmounts } from "./_orderAmounts.js";
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
  /** Amount before discount; optional decimal (with `discount`: `amount = grossAmount - discount`). */
  grossAmount: OptionalFieldSchema<Decimal>;
  /** Discount granted; optional decimal, not negative unless the order is a credit note. */
  discount: OptionalFieldSchema<Decimal>;
  /** Margin on the order; optional decimal. */
  margin: OptionalFieldSchema<Decimal>;
  /** Hours of production sold; optional decimal, not negative unless the order is a credit note. */
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
  /** Amount before discount; optional decimal (with `discount`: `amount = grossAmount - discount`). */
  readonly grossAmount?: string | number | Decimal | null;
  /** Discount granted; optional decimal, not negative unless the order is a credit note. */
  readonly discount?: string | number | Decimal | null;
  /** Margin on the order; optional decimal. */
  readonly margin?: string | number | Decimal | null;
  /** Hours of production sold; optional decimal, not negative unless the order is a credit note. */
  readonly hoursSold?: string | number | Decimal | null;
  /** The offer the order came from; optional id. */
  readonly offerId?: string | null;
  /** The deal it relates to; optional id. */
  readonly dealId?: string | null;
}

/**
 * Builds the schema of an order row (realized revenue: an order or invoice line). Required: `id`,
 * `date`, `amount` (negative for credit notes), `currency` (ISO 4217), `sellerId`, `customerId`.
 * Optional (spec section 7, the extended order): `grossAmount` (the amount before discount),
 * `discount` (the discount granted), `margin`, `hoursSold` (hours of production sold), `offerId`,
 * `dealId`.
 *
 * Rules across fields (each a row error naming the field):
 * - `discount` and `hoursSold` are not negative, unless the order is a credit note (`amount < 0`),
 *   which may carry back the discount or the hours of the order it cancels (issue on the field);
 * - when `grossAmount` and `discount` are both given, `amount = grossAmount - discount` exactly
 *   (issue on `amount`). Interpretation: `amount` is always the net amount; with only one of the
 *   two given, nothing is checked (an export may carry the gross amount without the discount).
 * - `margin` may have any sign (an order sold at a loss has a negative margin), and `grossAmount`
 *   alone is not compared with `amount`.
 *
 * @param options - {@link SchemaOptions}: the zone dates are read in, the decimal comma
 * @returns a zod object schema with the cross-field checks; unknown keys are stripped
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
  const schema = z
    .object({
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
    })
    .superRefine(
      (value, ctx) => {
        for (const [field, message] of orderAmountProblems(value)) {
          ctx.addIssue({ code: "custom", path: [field], message });
        }
      },
      { when: whenFieldsValid(["amount", "grossAmount", "discount", "hoursSold"]) },
    );
  return registerFastPlan(schema, (record) => orderAmountsConsistent(record as unknown as OrderAmounts));
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
