import * as z from "zod";
import type { Order } from "../../model/types.js";
import { CurrencyJsonSchema } from "../../model/resultJson.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { customerRevenueGroupedOf } from "./_customerRevenueFigures.js";
import { newVsExistingRevenueResultObject } from "./_customerJson.js";
import type {
  CustomerGroupedOptions,
  CustomerRevenueGroupedResult,
  NewVsExistingRevenueResult,
} from "./customerTypes.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- named by {@link newVsExistingRevenue} in the TSDoc
import type { newVsExistingRevenue } from "./newVsExistingRevenue.js";

/** The result of {@link newVsExistingRevenueGrouped}. @category Indicators */
export type NewVsExistingRevenueGroupedResult = CustomerRevenueGroupedResult<
  "new-vs-existing-revenue",
  NewVsExistingRevenueResult
>;

/**
 * zod schema of a {@link NewVsExistingRevenueGroupedResult} as `JSON.stringify` writes it, for `resultFromJSON`.
 *
 * @example
 * ```ts
 * const { orders, sellers } = generateSampleDataset();
 * const grouped = newVsExistingRevenueGrouped(orders, { period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") }, groupBy: "team", sellers });
 * const back = resultFromJSON(NewVsExistingRevenueGroupedResultSchema, JSON.stringify(grouped));
 * JSON.stringify(back) === JSON.stringify(grouped); //=> true
 * ```
 * @category Indicators
 */
export const NewVsExistingRevenueGroupedResultSchema: z.ZodType<NewVsExistingRevenueGroupedResult> = z.object({
  indicator: z.literal("new-vs-existing-revenue"),
  groupBy: z.enum(["seller", "team"]),
  currency: CurrencyJsonSchema,
  groups: z.array(z.object({ key: z.string(), result: newVsExistingRevenueResultObject })),
});

/**
 * New versus existing customer revenue for every seller or every team side by side: one
 * {@link newVsExistingRevenue} per group, each over the group's own orders of the period.
 *
 * Formula: groups = the roster's sellers (or teams), then the other owners of orders dated in
 * `[start, min(end, asOf))` (settled detail 15); per group, the formulas of
 * {@link newVsExistingRevenue} over the group's orders, a customer being new when its first order
 * over ALL the orders given (every owner) falls in the period.
 *
 * Interpretation: newness is company-wide: a seller's new-customer revenue is from customers new
 * to the company; a customer a colleague sold to before the period is existing for everyone.
 * Interpretation: every group is reported in one currency (one currency check covers every group).
 *
 * @param orders - every order given, or its table: the full history
 * @param options - the options of {@link newVsExistingRevenue} (without `scope`) and `groupBy`
 * @returns the {@link NewVsExistingRevenueGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, `"team"` without the roster, or any
 *   option {@link newVsExistingRevenue} rejects
 * @throws {@link MixedCurrencyError} when the summed orders are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a summed order's date
 * @example
 * ```ts
 * const order = (id: string, sellerId: string, customerId: string, date: string, amount: string): Order =>
 *   ({ id, date: new Date(date), amount: toDecimal(amount), currency: "EUR", sellerId, customerId });
 * const orders = [
 *   order("o1", "ann", "acme", "2025-11-10T00:00:00Z", "900"),
 *   order("o2", "bob", "acme", "2026-03-05T00:00:00Z", "400"), // acme is not new: ann sold to it in November
 *   order("o3", "bob", "bolt", "2026-03-10T00:00:00Z", "1000"),
 * ];
 * const grouped = newVsExistingRevenueGrouped(orders, {
 *   period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") },
 *   groupBy: "seller",
 *   sellers: [{ id: "ann" }, { id: "bob" }],
 * });
 * grouped.groups.map((g) => [g.key, g.result.newCustomers.revenue.toString(), g.result.existingCustomers.revenue.toString()]);
 * //=> [["ann", "0", "0"], ["bob", "1000", "400"]]
 * ```
 * @category Indicators
 */
export function newVsExistingRevenueGrouped(
  orders: readonly Order[] | OrderTable,
  options: CustomerGroupedOptions,
): NewVsExistingRevenueGroupedResult {
  const table = orderColumnsOf(orders, "orders");
  return customerRevenueGroupedOf(tableRunner({ orders: table }), options, "new-vs-existing-revenue");
}
