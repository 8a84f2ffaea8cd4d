import * as z from "zod";
import {
  CurrencyJsonSchema,
  figureJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ratioJsonSchema,
  ScopeJsonSchema,
} from "../../model/resultJson.js";
import type { Deal } from "../../model/types.js";
import type { DealTable } from "../../table/dealTable.js";
import { dealColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkGroupBy, groupedDeals, withScope } from "./_dealsSettings.js";
import { checkSalesCycleOptions } from "./_salesCycleCore.js";
import { salesVelocityOf } from "./_salesVelocityCore.js";
import type {
  SalesVelocityGroupedOptions,
  SalesVelocityGroupedResult,
  SalesVelocityOptions,
  SalesVelocityResult,
} from "./salesVelocityTypes.js";
import { DEAL_PERIOD_WARNING_CODES } from "./winRateTypes.js";

export type {
  SalesVelocityFactors,
  SalesVelocityGroupedOptions,
  SalesVelocityGroupedResult,
  SalesVelocityOptions,
  SalesVelocityReason,
  SalesVelocityResult,
} from "./salesVelocityTypes.js";

/**
 * zod schema of a {@link SalesVelocityResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const result = salesVelocity([], { period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(SalesVelocityResultSchema, JSON.stringify(result)).velocityPerDay; //=> { value: null, reason: "no-closed-deals" }
 * ```
 * @category Deals
 */
export const SalesVelocityResultSchema: z.ZodType<SalesVelocityResult> = z.object({
  indicator: z.literal("sales-velocity"),
  unit: z.literal("money"),
  currency: CurrencyJsonSchema,
  period: PeriodJsonSchema,
  openAt: InstantJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  scope: ScopeJsonSchema,
  openDeals: z.number().int().nonnegative(),
  winRate: ratioJsonSchema(["no-closed-deals"]),
  averageDealSize: figureJsonSchema(["no-won-deals"]),
  cycleLengthDays: figureJsonSchema(["too-few"]),
  cycleCount: z.number().int().nonnegative(),
  minSample: z.number().int().positive(),
  velocityPerDay: figureJsonSchema(["no-closed-deals", "no-won-deals", "too-few", "zero-cycle"]),
  warnings: z.array(z.object({ code: z.enum(DEAL_PERIOD_WARNING_CODES), message: z.string() })),
});

/**
 * Sales velocity (vélocité commerciale): the money the pipeline brings in per day, from four factors
 * taken over the same look-back range, each reported.
 *
 * Formula: `velocityPerDay = openDeals x winRate x averageDealSize / cycleLengthDays`, where
 * - `openDeals` = deals of the scope open at `asOf` (else at the period's end; settled detail 6);
 * - `winRate` = won / (won + lost) by count among the deals closed in the look-back `period` (to
 *   `asOf`), as {@link winRate} gives it;
 * - `averageDealSize` = won amount / won count over the same deals, as {@link averageDealSize};
 * - `cycleLengthDays` = the mean calendar days from creation to closing of the same won deals, as
 *   {@link salesCycleLength} (`null` with `too-few` below `minSample`, default 5);
 * - `null` with the reason of the first factor that has none (`no-closed-deals`, `no-won-deals`,
 *   `too-few`), or `zero-cycle` when the mean cycle is 0 days.
 *
 * The formula is Salesforce's and HubSpot's ("Sales Velocity = (Opportunities x Average Deal Value
 * x Win Rate) / Sales Cycle Length", https://www.storylane.io/feeds/blog/sales-velocity). Worked
 * example (https://www.mavenlb.com/blog/sales-velocity-formula): 40 open opportunities, 25,000
 * average deal, 25 % win rate, 90-day cycle give 40 x 25,000 x 0.25 / 90 = 2,777.78 a day.
 *
 * Interpretation: the win rate factor is by count and without stale deals (Zoho's
 * `staleAsLostAfterDays` is an option of {@link winRate} only); the cycle is in calendar days.
 *
 * @param deals - an array of deals, or its table (`dealTable(deals)`)
 * @param options - look-back `period`, `asOf`, `minSample`, scope, roster, zone, currency or exchange rates ({@link SalesVelocityOptions})
 * @returns the {@link SalesVelocityResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone, scope or `minSample`, or `deals` neither an array nor a deal table
 * @throws {@link MixedCurrencyError} when closed deals are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a closed deal's `closedAt`
 * @example
 * ```ts
 * const deal = (id: string, status: "won" | "lost" | "open", amount: string, createdAt: string, closedAt?: string): Deal =>
 *   ({ id, ownerId: "ann", amount: toDecimal(amount), currency: "EUR", stage: "s", status,
 *      createdAt: new Date(createdAt), ...(closedAt === undefined ? {} : { closedAt: new Date(closedAt) }) });
 * const r = salesVelocity([
 *   deal("w1", "won", "4000", "2026-01-01T00:00:00Z", "2026-01-31T00:00:00Z"),   // 30 days
 *   deal("w2", "won", "2000", "2026-02-01T00:00:00Z", "2026-03-23T00:00:00Z"),   // 50 days
 *   deal("l1", "lost", "9000", "2026-01-05T00:00:00Z", "2026-02-10T00:00:00Z"),
 *   deal("l2", "lost", "1000", "2026-01-05T00:00:00Z", "2026-02-11T00:00:00Z"),
 *   deal("o1", "open", "5000", "2026-02-01T00:00:00Z"), deal("o2", "open", "5000", "2026-03-01T00:00:00Z"),
 * ], { period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, minSample: 2 });
 * [r.openDeals, r.winRate.value?.toString(), r.averageDealSize.value?.toString(), r.cycleLengthDays.value?.toString()];
 * //=> [2, "0.5", "3000", "40"]
 * r.velocityPerDay.value?.toString(); //=> "75"   (2 x 0.5 x 3000 / 40)
 * ```
 * @category Deals
 */
export function salesVelocity(deals: readonly Deal[] | DealTable, options: SalesVelocityOptions): SalesVelocityResult {
  const settings = checkSalesCycleOptions(options);
  return salesVelocityOf(tableRunner({ deals: dealColumnsOf(deals, "deals") }), settings);
}

/**
 * {@link salesVelocity} per seller or per team: the roster's sellers (or teams) first, then the
 * owners of the deals by first appearance; every factor is the group's own.
 *
 * @param deals - an array of deals, or its table
 * @param options - the options of {@link salesVelocity} without `scope`, and `groupBy`
 * @returns the {@link SalesVelocityGroupedResult}
 * @throws {@link InvalidArgumentError} as {@link salesVelocity}, and for a bad `groupBy` or `"team"` without `sellers`
 * @throws {@link MixedCurrencyError} when closed deals are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a closed deal's `closedAt`
 * @example
 * ```ts
 * const r = salesVelocityGrouped([], { period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") },
 *   groupBy: "seller", sellers: [{ id: "ann" }] });
 * r.groups.map((g) => [g.key, g.result.velocityPerDay.reason]); //=> [["ann", "no-closed-deals"]]
 * ```
 * @category Deals
 */
export function salesVelocityGrouped(
  deals: readonly Deal[] | DealTable,
  options: SalesVelocityGroupedOptions,
): SalesVelocityGroupedResult {
  const groupBy = checkGroupBy(options.groupBy, options.sellers);
  const { groupBy: _groupBy, ...rest } = options;
  const settings = checkSalesCycleOptions(rest);
  const run = tableRunner({ deals: dealColumnsOf(deals, "deals") });
  const grouped = groupedDeals(run, groupBy, rest.sellers, (scope) => salesVelocityOf(run, withScope(settings, scope)));
  return { indicator: "sales-velocity", ...grouped };
}
