import * as z from "zod";
import type { Expense } from "../../model/expenseSchema.js";
import { CurrencyJsonSchema, DecimalJsonSchema, figureJsonSchema, ratioJsonSchema } from "../../model/resultJson.js";
import type { Order } from "../../model/types.js";
import type { ExpenseTable } from "../../table/expenseTable.js";
import type { OrderTable } from "../../table/orderTable.js";
import {
  CategoriesJsonSchema,
  ordersAndExpensesRunner,
  OrdersAndExpensesExplainSchema,
} from "./_expenseRatioSchemas.js";
import { representationExpenseRatioOf } from "./_expenseRatios.js";
import { groupedOf } from "./_operationsCore.js";
import type { ExpenseRatioOptions, RepresentationExpenseResult } from "./expenseRatiosTypes.js";
import { bucketBoundsShape, operationsHeadShape } from "./_operationsJson.js";
import type { OperationsGroupedOptions, OperationsGroupedResult } from "./operationsTypes.js";

const figuresShape = {
  expenses: DecimalJsonSchema,
  revenue: DecimalJsonSchema,
  ratio: ratioJsonSchema(["no-revenue"]),
};

/**
 * zod schema of a {@link RepresentationExpenseResult} as `JSON.stringify` writes it; read a result
 * back with `resultFromJSON(RepresentationExpenseResultSchema, text)`.
 *
 * @example
 * ```ts
 * const result = representationExpenseRatio([], [], { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(RepresentationExpenseResultSchema, JSON.stringify(result)).totals.ratio.reason; //=> "no-revenue"
 * ```
 * @category Indicators
 */
export const RepresentationExpenseResultSchema: z.ZodType<RepresentationExpenseResult> = z.object({
  indicator: z.literal("representation-expense-ratio"),
  unit: z.literal("ratio"),
  currency: CurrencyJsonSchema,
  categories: CategoriesJsonSchema,
  ...operationsHeadShape,
  buckets: z.array(
    z.object({ ...bucketBoundsShape, ...figuresShape, change: figureJsonSchema(["no-previous", "no-ratio"]) }),
  ),
  totals: z.object(figuresShape),
  explain: OrdersAndExpensesExplainSchema.exactOptional(),
});

/**
 * Representation expenses against revenue (variation des frais de représentation / CA,
 * operational indicator 8): per bucket (months by default), representation expenses over revenue,
 * and how that ratio changed against the previous bucket.
 *
 * Formula: for the scope's sellers and `[range start, min(range end, asOf))`, by bucket of `date`
 * (amounts converted at `date`): `expenses` = sum of the expenses of category `representation`
 * (or the caller's `categories`); `revenue` = sum of the orders' amounts; `ratio` =
 * `expenses / revenue`; `change` = `ratio - previous bucket's ratio`, in ratio points.
 *
 * With `explain: true`, `explain.buckets` lists per bucket the orders and the expenses summed.
 *
 * Interpretation: "variation" is the change of the ratio from one bucket to the next, an absolute
 * difference of ratios (0.012 then 0.015 is a change of 0.003); the first bucket has no previous
 * one (`no-previous`: start the range one bucket earlier to get it), and a bucket whose ratio or
 * previous ratio is `null` (no revenue) has none (`no-ratio`).
 * Interpretation: revenue is 2.1's realized revenue (order amounts, credit notes negative); a
 * refund expense (negative) lowers the expenses.
 *
 * @param orders - an array of orders (trusted, already parsed), or their table
 * @param expenses - an array of expenses (from `parseExpenses`), or their table (`expenseTable(expenses)`)
 * @param options - range, grain (default `"month"`), `asOf`, scope, roster, zone, currency or exchange rates, `categories`, explain
 * @returns the {@link RepresentationExpenseResult}
 * @throws {@link InvalidArgumentError} for an invalid range, `asOf`, grain, zone, scope or
 *   `categories`, or an input that is neither an array nor a table of its kind
 * @throws {@link MixedCurrencyError} when the summed amounts are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a summed record's date
 * @example
 * ```ts
 * const order = (id: string, date: string, amount: string): Order => ({ id, sellerId: "ann", customerId: "acme",
 *   date: new Date(date), amount: toDecimal(amount), currency: "EUR" });
 * const expense = (id: string, date: string, amount: string): Expense => ({ id, sellerId: "ann", date: new Date(date),
 *   amount: toDecimal(amount), currency: "EUR", category: "representation" });
 * const r = representationExpenseRatio(
 *   [order("o1", "2026-03-10T00:00:00Z", "50000"), order("o2", "2026-04-10T00:00:00Z", "40000")],
 *   [expense("e1", "2026-03-12T00:00:00Z", "600"), expense("e2", "2026-04-15T00:00:00Z", "800")],
 *   { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") } });
 * r.buckets.map((b) => b.ratio.value?.toString()); //=> ["0.012", "0.02"]
 * r.buckets[1]?.change.value; //=> Decimal("0.008")
 * representationExpenseRatio([order("o1", "2026-03-10T00:00:00Z", "50000")], [expense("e1", "2026-03-12T00:00:00Z", "600")],
 *   { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, explain: true }).explain;
 * //=> { buckets: [{ label: "2026-03", orderIds: ["o1"], expenseIds: ["e1"] }] }
 * ```
 * @category Indicators
 */
export function representationExpenseRatio(
  orders: readonly Order[] | OrderTable,
  expenses: readonly Expense[] | ExpenseTable,
  options: ExpenseRatioOptions,
): RepresentationExpenseResult {
  return representationExpenseRatioOf(ordersAndExpensesRunner(orders, expenses), options);
}

/**
 * {@link representationExpenseRatio} for every seller or every team side by side.
 *
 * Formula: groups = the roster's sellers (or teams) first, then the sellers of orders, then of
 * expenses, dated in the counted window; per group, the formulas of {@link representationExpenseRatio}.
 *
 * @param orders - an array of orders, or their table
 * @param expenses - an array of expenses, or their table
 * @param options - the options of {@link representationExpenseRatio} (without `scope`) and `groupBy`
 * @returns one {@link RepresentationExpenseResult} per group
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the roster, or any option {@link representationExpenseRatio} rejects
 * @throws {@link MixedCurrencyError} when a group's amounts are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a summed record's date
 * @example
 * ```ts
 * const order: Order = { id: "o1", sellerId: "ann", customerId: "acme", date: new Date("2026-03-10T00:00:00Z"), amount: toDecimal("10000"), currency: "EUR" };
 * const expense: Expense = { id: "e1", sellerId: "bob", date: new Date("2026-03-12T00:00:00Z"), amount: toDecimal("90"), currency: "EUR", category: "representation" };
 * const grouped = representationExpenseRatioGrouped([order], [expense],
 *   { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, groupBy: "seller" });
 * grouped.groups.map((g) => [g.key, g.result.totals.ratio.value?.toString() ?? g.result.totals.ratio.reason]);
 * //=> [["ann", "0"], ["bob", "no-revenue"]]
 * ```
 * @category Indicators
 */
export function representationExpenseRatioGrouped(
  orders: readonly Order[] | OrderTable,
  expenses: readonly Expense[] | ExpenseTable,
  options: OperationsGroupedOptions<ExpenseRatioOptions>,
): OperationsGroupedResult<"representation-expense-ratio", RepresentationExpenseResult> {
  const run = ordersAndExpensesRunner(orders, expenses);
  return {
    indicator: "representation-expense-ratio",
    ...groupedOf(run, options, ["orders", "expenses"], (scoped) => representationExpenseRatioOf(run, scoped)),
  };
}
