import * as z from "zod";
import { figureJsonSchema, InstantJsonSchema, PeriodJsonSchema, ScopeJsonSchema } from "../../model/resultJson.js";
import type { Deal } from "../../model/types.js";
import type { DealTable } from "../../table/dealTable.js";
import { dealColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkGroupBy, groupedDeals, withScope } from "./_dealsSettings.js";
import { checkSalesCycleOptions, salesCycleLengthOf } from "./_salesCycleCore.js";
import type {
  SalesCycleLengthGroupedOptions,
  SalesCycleLengthGroupedResult,
  SalesCycleLengthOptions,
  SalesCycleLengthResult,
} from "./salesCycleLengthTypes.js";
import { DEAL_PERIOD_WARNING_CODES } from "./winRateTypes.js";

export { DEFAULT_SALES_CYCLE_MIN_SAMPLE } from "./salesCycleLengthTypes.js";
export type {
  CycleFigures,
  SalesCycleLengthGroupedOptions,
  SalesCycleLengthGroupedResult,
  SalesCycleLengthOptions,
  SalesCycleLengthResult,
} from "./salesCycleLengthTypes.js";

/**
 * zod schema of a {@link SalesCycleLengthResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const won: Deal = { id: "d1", ownerId: "ann", amount: toDecimal("1000"), currency: "EUR", stage: "won", status: "won",
 *   createdAt: new Date("2026-01-01T00:00:00Z"), closedAt: new Date("2026-03-02T00:00:00Z") };
 * const result = salesCycleLength([won], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, minSample: 1 });
 * resultFromJSON(SalesCycleLengthResultSchema, JSON.stringify(result)).mean.value; //=> Decimal("60")
 * ```
 * @category Deals
 */
export const SalesCycleLengthResultSchema: z.ZodType<SalesCycleLengthResult> = z.object({
  indicator: z.literal("sales-cycle-length"),
  unit: z.literal("duration"),
  durationUnit: z.literal("days"),
  dayCount: z.enum(["calendar", "business"]),
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  scope: ScopeJsonSchema,
  count: z.number().int().nonnegative(),
  minSample: z.number().int().positive(),
  mean: figureJsonSchema(["too-few"]),
  median: figureJsonSchema(["too-few"]),
  warnings: z.array(z.object({ code: z.enum(DEAL_PERIOD_WARNING_CODES), message: z.string() })),
  explain: z.object({ wonDealIds: z.array(z.string()) }).exactOptional(),
});

/**
 * Sales cycle length (durée du cycle de vente): how long the deals won in a period took, from
 * creation to closing, in days; mean and median.
 *
 * Formula: for the won deals of the scope whose `closedAt` is in `[period start, min(period end,
 * asOf))`, each deal's length is the days from `createdAt` to `closedAt` in the reporting zone
 * (calendar days by default, business days with `dayCount: "business"`; parts of days counted as
 * real time over the day's real length, settled details 4 and 17: in UTC, exactly
 * `(closedAt - createdAt) / 86,400,000 ms`). `mean` and `median` (the mean of the two middle
 * values for an even count) of those lengths; both `null` with `too-few` when fewer than
 * `minSample` deals (default 5) were won. HubSpot's definition: "Sales Cycle Length = Average
 * (Close Date - Create Date) for Won Deals" (https://kpitree.co/integrations/hubspot/sales-cycle-length).
 *
 * Interpretation: lost deals are not read (a lost deal's cycle says nothing of how long a sale
 * takes), nor open ones.
 *
 * @param deals - an array of deals, or its table (`dealTable(deals)`)
 * @param options - period, `asOf`, `minSample`, `dayCount`, scope, roster, zone, explain ({@link SalesCycleLengthOptions})
 * @returns the {@link SalesCycleLengthResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone, scope, day count or `minSample` (not a
 *   whole number >= 1), or `deals` neither an array nor a deal table
 * @example
 * ```ts
 * const won = (id: string, createdAt: string, closedAt: string): Deal =>
 *   ({ id, ownerId: "ann", amount: toDecimal("100"), currency: "EUR", stage: "won", status: "won",
 *      createdAt: new Date(createdAt), closedAt: new Date(closedAt) });
 * const deals = [won("d1", "2026-03-01T00:00:00Z", "2026-03-11T00:00:00Z"), won("d2", "2026-02-01T00:00:00Z", "2026-03-13T00:00:00Z"),
 *   won("d3", "2026-03-10T00:00:00Z", "2026-03-15T12:00:00Z")];
 * const r = salesCycleLength(deals, { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, minSample: 3 });
 * r.mean.value?.toString();   //=> "18.5"  ((10 + 40 + 5.5) / 3)
 * r.median.value?.toString(); //=> "10"
 * salesCycleLength(deals, { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } }).mean;
 * //=> { value: null, reason: "too-few" }   (3 deals, fewer than the default 5)
 * ```
 * @category Deals
 */
export function salesCycleLength(
  deals: readonly Deal[] | DealTable,
  options: SalesCycleLengthOptions,
): SalesCycleLengthResult {
  const settings = checkSalesCycleOptions(options);
  return salesCycleLengthOf(tableRunner({ deals: dealColumnsOf(deals, "deals") }), settings);
}

/**
 * {@link salesCycleLength} per seller or per team: the roster's sellers (or teams) first, then the
 * owners of the deals by first appearance.
 *
 * @param deals - an array of deals, or its table
 * @param options - the options of {@link salesCycleLength} without `scope`, and `groupBy`
 * @returns the {@link SalesCycleLengthGroupedResult}
 * @throws {@link InvalidArgumentError} as {@link salesCycleLength}, and for a bad `groupBy` or `"team"` without `sellers`
 * @example
 * ```ts
 * const won = (id: string, ownerId: string, createdAt: string): Deal =>
 *   ({ id, ownerId, amount: toDecimal("100"), currency: "EUR", stage: "won", status: "won",
 *      createdAt: new Date(createdAt), closedAt: new Date("2026-03-11T00:00:00Z") });
 * const r = salesCycleLengthGrouped([won("d1", "ann", "2026-03-01T00:00:00Z"), won("d2", "bob", "2026-03-09T00:00:00Z")],
 *   { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, groupBy: "seller", minSample: 1 });
 * r.groups.map((g) => [g.key, g.result.mean.value?.toString()]); //=> [["ann", "10"], ["bob", "2"]]
 * ```
 * @category Deals
 */
export function salesCycleLengthGrouped(
  deals: readonly Deal[] | DealTable,
  options: SalesCycleLengthGroupedOptions,
): SalesCycleLengthGroupedResult {
  const groupBy = checkGroupBy(options.groupBy, options.sellers);
  const { groupBy: _groupBy, ...rest } = options;
  const settings = checkSalesCycleOptions(rest);
  const run = tableRunner({ deals: dealColumnsOf(deals, "deals") });
  const grouped = groupedDeals(run, groupBy, rest.sellers, (scope) =>
    salesCycleLengthOf(run, withScope(settings, scope)),
  );
  return { indicator: "sales-cycle-length", ...grouped };
}
