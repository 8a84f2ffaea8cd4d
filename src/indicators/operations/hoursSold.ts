import * as z from "zod";
import { CountJsonSchema, DecimalJsonSchema } from "../../model/resultJson.js";
import type { Order } from "../../model/types.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { groupedOf } from "./_operationsCore.js";
import { hoursSoldOf } from "./_hoursSold.js";
import type { HoursSoldOptions, HoursSoldResult } from "./hoursSoldTypes.js";
import { bucketBoundsShape, explainSchema, operationsHeadShape } from "./_operationsJson.js";
import type { OperationsGroupedOptions, OperationsGroupedResult } from "./operationsTypes.js";

const figuresShape = {
  hours: DecimalJsonSchema,
  orders: CountJsonSchema,
  ordersWithHours: CountJsonSchema,
  ordersWithoutHours: CountJsonSchema,
};

/**
 * zod schema of a {@link HoursSoldResult} as `JSON.stringify` writes it; read a result back with
 * `resultFromJSON(HoursSoldResultSchema, text)`.
 *
 * @example
 * ```ts
 * const result = hoursSold([], { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(HoursSoldResultSchema, JSON.stringify(result)).totals.hours; //=> Decimal("0")
 * ```
 * @category Indicators
 */
export const HoursSoldResultSchema: z.ZodType<HoursSoldResult> = z.object({
  indicator: z.literal("hours-sold"),
  unit: z.literal("hours"),
  ...operationsHeadShape,
  buckets: z.array(z.object({ ...bucketBoundsShape, ...figuresShape })),
  totals: z.object(figuresShape),
  explain: explainSchema("orderIds").exactOptional(),
});

/**
 * Hours of production sold (nombre total d'heures de production vendues, operational indicator
 * 7): the hours sold on the orders of each bucket (months by default).
 *
 * Formula: for the orders of sellers in the scope dated in `[range start, min(range end, asOf))`,
 * by bucket of `date`: `hours` = exact sum of `hoursSold` over the orders that give it;
 * `ordersWithoutHours` = the orders that do not, counted and adding nothing.
 *
 * Interpretation: an order without `hoursSold` sold no production hours that the CRM knows of: it
 * adds 0 and is counted in `ordersWithoutHours`, so a reader sees how many orders the sum rests on.
 * A credit note's negative hours (hours taken back) subtract, as its amount does.
 *
 * @param orders - an array of orders (trusted, already parsed), or their table (`orderTable(orders)`)
 * @param options - range, grain (default `"month"`), `asOf`, scope, roster, zone, explain
 * @returns the {@link HoursSoldResult}
 * @throws {@link InvalidArgumentError} for an invalid range, `asOf`, grain, zone or scope, or
 *   `orders` neither an array nor an order table
 * @example
 * ```ts
 * const order = (id: string, amount: string, hoursSold?: string): Order => ({ id, sellerId: "ann", customerId: "acme",
 *   date: new Date("2026-03-10T10:00:00Z"), amount: toDecimal(amount), currency: "EUR", ...(hoursSold ? { hoursSold: toDecimal(hoursSold) } : {}) });
 * const r = hoursSold([order("o1", "9500", "100"), order("o2", "3800", "40.5"), order("o3", "-950", "-10"), order("o4", "1200")],
 *   { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * r.totals.hours; //=> Decimal("130.5")   (100 + 40.5 - 10)
 * [r.totals.ordersWithHours, r.totals.ordersWithoutHours]; //=> [3, 1]
 * ```
 * @category Indicators
 */
export function hoursSold(orders: readonly Order[] | OrderTable, options: HoursSoldOptions): HoursSoldResult {
  return hoursSoldOf(tableRunner({ orders: orderColumnsOf(orders, "orders") }), options);
}

/**
 * {@link hoursSold} for every seller or every team side by side.
 *
 * Formula: groups = the roster's sellers (or teams) first, then the sellers of orders dated in the
 * counted window; per group, the formulas of {@link hoursSold}.
 *
 * @param orders - an array of orders, or their table
 * @param options - the options of {@link hoursSold} (without `scope`) and `groupBy`
 * @returns one {@link HoursSoldResult} per group
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the roster, or any option {@link hoursSold} rejects
 * @example
 * ```ts
 * const order = (id: string, sellerId: string, hoursSold: string): Order => ({ id, sellerId, customerId: "acme",
 *   date: new Date("2026-03-10T10:00:00Z"), amount: toDecimal("1000"), currency: "EUR", hoursSold: toDecimal(hoursSold) });
 * const grouped = hoursSoldGrouped([order("o1", "ann", "12"), order("o2", "bob", "7.5"), order("o3", "ann", "3")],
 *   { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, groupBy: "seller" });
 * grouped.groups.map((g) => [g.key, g.result.totals.hours.toString()]); //=> [["ann", "15"], ["bob", "7.5"]]
 * ```
 * @category Indicators
 */
export function hoursSoldGrouped(
  orders: readonly Order[] | OrderTable,
  options: OperationsGroupedOptions<HoursSoldOptions>,
): OperationsGroupedResult<"hours-sold", HoursSoldResult> {
  const run = tableRunner({ orders: orderColumnsOf(orders, "orders") });
  return { indicator: "hours-sold", ...groupedOf(run, options, ["orders"], (scoped) => hoursSoldOf(run, scoped)) };
}
