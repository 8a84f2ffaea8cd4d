import * as z from "zod";
import { CountJsonSchema, CurrencyJsonSchema, DecimalJsonSchema, ratioJsonSchema } from "../../model/resultJson.js";
import type { Order } from "../../model/types.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { groupedOf } from "./_operationsCore.js";
import { discountsOf } from "./_discounts.js";
import type { DiscountsOptions, DiscountsResult } from "./discountsTypes.js";
import { bucketBoundsShape, explainSchema, operationsHeadShape } from "./_operationsJson.js";
import type { OperationsGroupedOptions, OperationsGroupedResult } from "./operationsTypes.js";

const figuresShape = {
  discounts: DecimalJsonSchema,
  grossAmount: DecimalJsonSchema,
  discountRate: ratioJsonSchema(["no-gross-amount"]),
  orders: CountJsonSchema,
  discountedOrders: CountJsonSchema,
  discountedWithoutGross: CountJsonSchema,
};

/**
 * zod schema of a {@link DiscountsResult} as `JSON.stringify` writes it; read a result back with
 * `resultFromJSON(DiscountsResultSchema, text)`.
 *
 * @example
 * ```ts
 * const result = discounts([], { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(DiscountsResultSchema, JSON.stringify(result)).totals.discountRate.reason; //=> "no-gross-amount"
 * ```
 * @category Indicators
 */
export const DiscountsResultSchema: z.ZodType<DiscountsResult> = z.object({
  indicator: z.literal("discounts"),
  unit: z.literal("money"),
  currency: CurrencyJsonSchema,
  ...operationsHeadShape,
  buckets: z.array(z.object({ ...bucketBoundsShape, ...figuresShape })),
  totals: z.object(figuresShape),
  explain: explainSchema("orderIds").exactOptional(),
});

/**
 * Discounts granted (montant de la remise, operational indicator 18): the sum of the discounts on
 * the orders of each bucket (months by default), and the discount rate, discounts over the amount
 * before discount.
 *
 * Formula: for the orders of sellers in the scope dated in `[range start, min(range end, asOf))`,
 * by bucket of `date` (amounts converted at `date`): `discounts` = sum of `discount` over the
 * orders that give one; `grossAmount` = sum over all the orders of `grossAmount` when given, else
 * `amount + discount` (just `amount` without a discount); `discountRate` = `discounts / grossAmount`.
 *
 * Interpretation: an order with a discount but no gross amount counts with `amount + discount`
 * as its gross amount (the schema's rule `amount = grossAmount - discount` read backwards), and is
 * counted in `discountedWithoutGross`. An order with neither was sold at its amount: it counts in
 * the gross amount with no discount, so the rate is over all the sales, not only the discounted
 * ones. An order with a gross amount but no discount adds its gross amount and no discount.
 * Interpretation: credit notes count as they are (a negative discount returns a discount).
 *
 * @param orders - an array of orders (trusted, already parsed), or their table
 * @param options - range, grain (default `"month"`), `asOf`, scope, roster, zone, currency or exchange rates, explain
 * @returns the {@link DiscountsResult}
 * @throws {@link InvalidArgumentError} for an invalid range, `asOf`, grain, zone or scope, or
 *   `orders` neither an array nor an order table
 * @throws {@link MixedCurrencyError} when the summed orders are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a summed order's date
 * @example
 * ```ts
 * const order = (id: string, amount: string, more: Partial<Order> = {}): Order => ({ id, sellerId: "ann", customerId: "acme",
 *   date: new Date("2026-03-10T10:00:00Z"), amount: toDecimal(amount), currency: "EUR", ...more });
 * const r = discounts([
 *   order("o1", "900", { grossAmount: toDecimal("1000"), discount: toDecimal("100") }),
 *   order("o2", "450", { discount: toDecimal("50") }),   // no gross amount: 450 + 50
 *   order("o3", "3500"),                                 // no discount: sold at its amount
 * ], { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * r.totals.discounts;   //=> Decimal("150")
 * r.totals.grossAmount; //=> Decimal("5000")   (1000 + 500 + 3500)
 * r.totals.discountRate.value; //=> Decimal("0.03")
 * ```
 * @category Indicators
 */
export function discounts(orders: readonly Order[] | OrderTable, options: DiscountsOptions): DiscountsResult {
  return discountsOf(tableRunner({ orders: orderColumnsOf(orders, "orders") }), options);
}

/**
 * {@link discounts} for every seller or every team side by side.
 *
 * Formula: groups = the roster's sellers (or teams) first, then the sellers of orders dated in the
 * counted window; per group, the formulas of {@link discounts}.
 *
 * @param orders - an array of orders, or their table
 * @param options - the options of {@link discounts} (without `scope`) and `groupBy`
 * @returns one {@link DiscountsResult} per group
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the roster, or any option {@link discounts} rejects
 * @throws {@link MixedCurrencyError} when a group's orders are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a summed order's date
 * @example
 * ```ts
 * const order = (id: string, sellerId: string, discount: string): Order => ({ id, sellerId, customerId: "acme",
 *   date: new Date("2026-03-10T10:00:00Z"), amount: toDecimal("900"), currency: "EUR", discount: toDecimal(discount) });
 * const grouped = discountsGrouped([order("o1", "ann", "100"), order("o2", "bob", "0")],
 *   { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, groupBy: "seller" });
 * grouped.groups.map((g) => [g.key, g.result.totals.discountRate.value?.toString()]); //=> [["ann", "0.1"], ["bob", "0"]]
 * ```
 * @category Indicators
 */
export function discountsGrouped(
  orders: readonly Order[] | OrderTable,
  options: OperationsGroupedOptions<DiscountsOptions>,
): OperationsGroupedResult<"discounts", DiscountsResult> {
  const run = tableRunner({ orders: orderColumnsOf(orders, "orders") });
  return { indicator: "discounts", ...groupedOf(run, options, ["orders"], (scoped) => discountsOf(run, scoped)) };
}
