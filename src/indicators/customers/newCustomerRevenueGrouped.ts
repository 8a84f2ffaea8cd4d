import * as z from "zod";
import type { Order } from "../../model/types.js";
import { CurrencyJsonSchema } from "../../model/resultJson.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { customerRevenueGroupedOf } from "./_customerRevenueFigures.js";
import { newCustomerRevenueResultObject } from "./_customerJson.js";
import type {
  CustomerGroupedOptions,
  CustomerRevenueGroupedResult,
  NewCustomerRevenueResult,
} from "./customerTypes.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- named by {@link newCustomerRevenue} in the TSDoc
import type { newCustomerRevenue } from "./newCustomerRevenue.js";

export type {
  CustomerGroup,
  CustomerGroupedOptions,
  CustomerGroupedResult,
  CustomerRevenueGroupedResult,
} from "./customerTypes.js";

/** The result of {@link newCustomerRevenueGrouped}. @category Indicators */
export type NewCustomerRevenueGroupedResult = CustomerRevenueGroupedResult<
  "new-customer-revenue",
  NewCustomerRevenueResult
>;

/**
 * zod schema of a {@link NewCustomerRevenueGroupedResult} as `JSON.stringify` writes it, for `resultFromJSON`.
 *
 * @example
 * ```ts
 * const { orders, sellers } = generateSampleDataset();
 * const grouped = newCustomerRevenueGrouped(orders, { period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") }, groupBy: "team", sellers });
 * const back = resultFromJSON(NewCustomerRevenueGroupedResultSchema, JSON.stringify(grouped));
 * JSON.stringify(back) === JSON.stringify(grouped); //=> true
 * ```
 * @category Indicators
 */
export const NewCustomerRevenueGroupedResultSchema: z.ZodType<NewCustomerRevenueGroupedResult> = z.object({
  indicator: z.literal("new-customer-revenue"),
  groupBy: z.enum(["seller", "team"]),
  currency: CurrencyJsonSchema,
  groups: z.array(z.object({ key: z.string(), result: newCustomerRevenueResultObject })),
});

/**
 * New customer revenue (tarif nouveau client) for every seller or every team side by side: one
 * {@link newCustomerRevenue} per group, each over the group's own orders of the period.
 *
 * Formula: groups = the roster's sellers (or teams), then the other owners of orders dated in
 * `[start, min(end, asOf))` (settled detail 15); per group, the formulas of
 * {@link newCustomerRevenue} over the group's orders, a customer being new when its first order
 * over ALL the orders given (every owner) falls in the period.
 *
 * Interpretation: newness is company-wide, so a seller is credited with the customers new to the
 * company that he or she sold to in the period; a customer won by a colleague earlier is not new
 * for anyone.
 * Interpretation: every group is reported in one currency (one currency check covers every group).
 *
 * @param orders - every order given, or its table: the full history
 * @param options - the options of {@link newCustomerRevenue} (without `scope`) and `groupBy`
 * @returns the {@link NewCustomerRevenueGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, `"team"` without the roster, or any
 *   option {@link newCustomerRevenue} rejects
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
 * const grouped = newCustomerRevenueGrouped(orders, {
 *   period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") },
 *   groupBy: "seller",
 *   sellers: [{ id: "ann" }, { id: "bob" }],
 * });
 * grouped.groups.map((g) => [g.key, g.result.newCustomers.customerCount, g.result.meanRevenuePerNewCustomer.value?.toString() ?? null]);
 * //=> [["ann", 0, null], ["bob", 1, "1000"]]
 * ```
 * @category Indicators
 */
export function newCustomerRevenueGrouped(
  orders: readonly Order[] | OrderTable,
  options: CustomerGroupedOptions,
): NewCustomerRevenueGroupedResult {
  const table = orderColumnsOf(orders, "orders");
  return customerRevenueGroupedOf(tableRunner({ orders: table }), options, "new-customer-revenue");
}
