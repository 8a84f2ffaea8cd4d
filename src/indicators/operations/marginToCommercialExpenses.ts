import * as z from "zod";
import type { Expense } from "../../model/expenseSchema.js";
import { CountJsonSchema, CurrencyJsonSchema, DecimalJsonSchema, ratioJsonSchema } from "../../model/resultJson.js";
import type { Order } from "../../model/types.js";
import type { ExpenseTable } from "../../table/expenseTable.js";
import type { OrderTable } from "../../table/orderTable.js";
import {
  CategoriesJsonSchema,
  ordersAndExpensesRunner,
  OrdersAndExpensesExplainSchema,
} from "./_expenseRatioSchemas.js";
import { marginToCommercialExpensesOf } from "./_expenseRatios.js";
import { groupedOf } from "./_operationsCore.js";
import type { ExpenseRatioOptions, MarginToExpensesResult } from "./expenseRatiosTypes.js";
import { bucketBoundsShape, operationsHeadShape } from "./_operationsJson.js";
import type { OperationsGroupedOptions, OperationsGroupedResult } from "./operationsTypes.js";

const figuresShape = {
  margin: DecimalJsonSchema,
  ordersWithMargin: CountJsonSchema,
  ordersWithoutMargin: CountJsonSchema,
  expenses: DecimalJsonSchema,
  ratio: ratioJsonSchema(["no-expenses"]),
};

/**
 * zod schema of a {@link MarginToExpensesResult} as `JSON.stringify` writes it; read a result back
 * with `resultFromJSON(MarginToExpensesResultSchema, text)`.
 *
 * @example
 * ```ts
 * const result = marginToCommercialExpenses([], [], { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(MarginToExpensesResultSchema, JSON.stringify(result)).totals.ratio.reason; //=> "no-expenses"
 * ```
 * @category Indicators
 */
export const MarginToExpensesResultSchema: z.ZodType<MarginToExpensesResult> = z.object({
  indicator: z.literal("margin-to-commercial-expenses"),
  unit: z.literal("ratio"),
  currency: CurrencyJsonSchema,
  categories: CategoriesJsonSchema,
  ...operationsHeadShape,
  buckets: z.array(z.object({ ...bucketBoundsShape, ...figuresShape })),
  totals: z.object(figuresShape),
  explain: OrdersAndExpensesExplainSchema.exactOptional(),
});

/**
 * Order margins against commercial expenses (marge sur commandes / frais commerciaux engagés,
 * operational indicator 9): per bucket (months by default), the margin earned on orders for each
 * unit of commercial expense.
 *
 * Formula: for the scope's sellers and `[range start, min(range end, asOf))`, by bucket of `date`
 * (amounts converted at `date`): `margin` = sum of `margin` over the orders that give one;
 * `expenses` = sum of the expenses of every category (or the caller's `categories`); `ratio` =
 * `margin / expenses`.
 *
 * With `explain: true`, `explain.buckets` lists per bucket the orders whose margin is summed and
 * the expenses summed.
 *
 * Interpretation: an order without a margin adds nothing to `margin` and is counted in
 * `ordersWithoutMargin` (its margin is unknown, not 0 by choice); "commercial costs" are all the
 * expense categories unless `categories` narrows them (spec section 7).
 *
 * @param orders - an array of orders (trusted, already parsed), or their table
 * @param expenses - an array of expenses (from `parseExpenses`), or their table
 * @param options - range, grain (default `"month"`), `asOf`, scope, roster, zone, currency or exchange rates, `categories`, explain
 * @returns the {@link MarginToExpensesResult}
 * @throws {@link InvalidArgumentError} for an invalid range, `asOf`, grain, zone, scope or
 *   `categories`, or an input that is neither an array nor a table of its kind
 * @throws {@link MixedCurrencyError} when the summed amounts are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a summed record's date
 * @example
 * ```ts
 * const order = (id: string, margin?: string): Order => ({ id, sellerId: "ann", customerId: "acme", date: new Date("2026-03-10T00:00:00Z"),
 *   amount: toDecimal("10000"), currency: "EUR", ...(margin ? { margin: toDecimal(margin) } : {}) });
 * const expense = (id: string, amount: string, category: Expense["category"]): Expense => ({ id, sellerId: "ann",
 *   date: new Date("2026-03-12T00:00:00Z"), amount: toDecimal(amount), currency: "EUR", category });
 * const r = marginToCommercialExpenses([order("o1", "3000"), order("o2", "2000"), order("o3")],
 *   [expense("e1", "400", "travel"), expense("e2", "600", "representation")],
 *   { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * r.totals.ratio.value; //=> Decimal("5")   (5000 of margin / 1000 of expenses)
 * r.totals.ordersWithoutMargin; //=> 1
 * marginToCommercialExpenses([order("o1", "3000"), order("o3")], [expense("e1", "400", "travel")],
 *   { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, explain: true }).explain;
 * //=> { buckets: [{ label: "2026-03", orderIds: ["o1"], expenseIds: ["e1"] }] }   (o3 gives no margin)
 * ```
 * @category Indicators
 */
export function marginToCommercialExpenses(
  orders: readonly Order[] | OrderTable,
  expenses: readonly Expense[] | ExpenseTable,
  options: ExpenseRatioOptions,
): MarginToExpensesResult {
  return marginToCommercialExpensesOf(ordersAndExpensesRunner(orders, expenses), options);
}

/**
 * {@link marginToCommercialExpenses} for every seller or every team side by side.
 *
 * Formula: groups = the roster's sellers (or teams) first, then the sellers of orders, then of
 * expenses, dated in the counted window; per group, the formulas of {@link marginToCommercialExpenses}.
 *
 * @param orders - an array of orders, or their table
 * @param expenses - an array of expenses, or their table
 * @param options - the options of {@link marginToCommercialExpenses} (without `scope`) and `groupBy`
 * @returns one {@link MarginToExpensesResult} per group
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the roster, or any option {@link marginToCommercialExpenses} rejects
 * @throws {@link MixedCurrencyError} when a group's amounts are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a summed record's date
 * @example
 * ```ts
 * const order: Order = { id: "o1", sellerId: "ann", customerId: "acme", date: new Date("2026-03-10T00:00:00Z"), amount: toDecimal("10000"), currency: "EUR", margin: toDecimal("2500") };
 * const expense: Expense = { id: "e1", sellerId: "ann", date: new Date("2026-03-12T00:00:00Z"), amount: toDecimal("500"), currency: "EUR", category: "travel" };
 * const grouped = marginToCommercialExpensesGrouped([order], [expense],
 *   { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, groupBy: "seller" });
 * grouped.groups.map((g) => [g.key, g.result.totals.ratio.value?.toString()]); //=> [["ann", "5"]]
 * ```
 * @category Indicators
 */
export function marginToCommercialExpensesGrouped(
  orders: readonly Order[] | OrderTable,
  expenses: readonly Expense[] | ExpenseTable,
  options: OperationsGroupedOptions<ExpenseRatioOptions>,
): OperationsGroupedResult<"margin-to-commercial-expenses", MarginToExpensesResult> {
  const run = ordersAndExpensesRunner(orders, expenses);
  return {
    indicator: "margin-to-commercial-expenses",
    ...groupedOf(run, options, ["orders", "expenses"], (scoped) => marginToCommercialExpensesOf(run, scoped)),
  };
}
