import * as z from "zod";
import {
  CountJsonSchema,
  CurrencyJsonSchema,
  DecimalJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ratioJsonSchema,
  ScopeJsonSchema,
} from "../../model/resultJson.js";
import type { Deal } from "../../model/types.js";
import type { DealTable } from "../../table/dealTable.js";
import { activityColumnsOf, dealColumnsOf } from "../../table/_columns.js";
import { tableRunner, type PlanRunner, type PlanTables } from "../../table/kernel/executePlan.js";
import { checkGroupBy, groupedDeals, withScope } from "./_dealsSettings.js";
import { checkWinRateOptions, winRateOf } from "./_winRateCore.js";
import {
  DEAL_PERIOD_WARNING_CODES,
  type WinRateGroupedOptions,
  type WinRateGroupedResult,
  type WinRateOptions,
  type WinRateResult,
} from "./winRateTypes.js";

export { DEAL_PERIOD_WARNING_CODES } from "./winRateTypes.js";
export type {
  DealPeriodWarningCode,
  WinRateExplain,
  WinRateGroupedOptions,
  WinRateGroupedResult,
  WinRateOptions,
  WinRateResult,
} from "./winRateTypes.js";

/**
 * zod schema of a {@link WinRateResult} as `JSON.stringify` writes it; read a result back with
 * `resultFromJSON(WinRateResultSchema, text)`.
 *
 * @example
 * ```ts
 * const won: Deal = { id: "d1", ownerId: "ann", amount: toDecimal("1000"), currency: "EUR", stage: "won", status: "won",
 *   createdAt: new Date("2026-01-01T00:00:00Z"), closedAt: new Date("2026-03-05T00:00:00Z") };
 * const result = winRate([won], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(WinRateResultSchema, JSON.stringify(result)).byCount.value; //=> Decimal("1")
 * ```
 * @category Deals
 */
export const WinRateResultSchema: z.ZodType<WinRateResult> = z.object({
  indicator: z.literal("win-rate"),
  unit: z.literal("ratio"),
  currency: CurrencyJsonSchema,
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  scope: ScopeJsonSchema,
  wonCount: CountJsonSchema,
  wonAmount: DecimalJsonSchema,
  lostCount: CountJsonSchema,
  lostAmount: DecimalJsonSchema,
  staleAsLostAfterDays: z.number().int().positive().nullable(),
  staleCount: CountJsonSchema,
  staleAmount: DecimalJsonSchema,
  byCount: ratioJsonSchema(["no-closed-deals"]),
  byValue: ratioJsonSchema(["no-closed-deals", "no-closed-value"]),
  warnings: z.array(z.object({ code: z.enum(DEAL_PERIOD_WARNING_CODES), message: z.string() })),
  explain: z
    .object({ wonDealIds: z.array(z.string()), lostDealIds: z.array(z.string()), staleDealIds: z.array(z.string()) })
    .exactOptional(),
});

function runnerFor(deals: readonly Deal[] | DealTable, options: WinRateOptions): PlanRunner {
  const tables: PlanTables = { deals: dealColumnsOf(deals, "deals") };
  if (options.staleAsLostAfterDays === undefined || options.activities === undefined) return tableRunner(tables);
  return tableRunner({ ...tables, activities: activityColumnsOf(options.activities, "activities") });
}

/**
 * Win rate (taux de réussite des affaires): the share of the deals closed in a period that were
 * won, by count and by value, as the CRMs' win-rate reports give it.
 *
 * Formula, for the deals of the scope whose `closedAt` is in `[period start, min(period end, asOf))`:
 * - `byCount` = won / (won + lost); `byValue` = won amount / (won amount + lost amount), amounts
 *   converted at `closedAt`;
 * - with `staleAsLostAfterDays: n` (spec section 7, Zoho's reading), the deals open at `asOf`
 *   (else at the period's end) with no activity linked to them by `dealId` for `n` days are added
 *   to the lost ones (`staleCount`, `staleAmount`, converted at that instant);
 * - `null` with `no-closed-deals` when nothing closed; `byValue` is `null` with `no-closed-value`
 *   when deals closed but their amounts sum to 0.
 *
 * The vendors' formula: HubSpot's default deal win rate divides won deals by won + lost deals
 * (https://kpitree.co/integrations/hubspot/win-rate: "Win Rate = Deals Won / (Deals Won + Deals
 * Lost)"); Salesforce's and Pipedrive's win-rate reports divide won by all closed deals the same way.
 *
 * Interpretation: a deal open at the reading instant is stale when neither its creation nor a done
 * activity linked to it (`dealId`, dated at or before that instant) falls in the last `n` calendar
 * days (parts of days counted, settled detail 17): `now - lastTouch >= n days`.
 * Interpretation: a stale deal is counted whatever its creation date (it is open now); it is not
 * "closed in the period", but Zoho's reading adds it to the denominator as lost.
 *
 * @param deals - an array of deals, or its table (`dealTable(deals)`)
 * @param options - period, `asOf`, scope, roster, zone, currency or exchange rates, `staleAsLostAfterDays`
 *   and `activities`, explain ({@link WinRateOptions})
 * @returns the {@link WinRateResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone, scope, `staleAsLostAfterDays`
 *   (not a whole number >= 1, or given without `activities`), or `deals` neither an array nor a deal table
 * @throws {@link MixedCurrencyError} when counted deals are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a counted deal's date
 * @example
 * ```ts
 * const deal = (id: string, status: "won" | "lost", closedAt: string, amount: string): Deal =>
 *   ({ id, ownerId: "ann", amount: toDecimal(amount), currency: "EUR", stage: "closed", status,
 *      createdAt: new Date("2026-01-01T00:00:00Z"), closedAt: new Date(closedAt) });
 * const r = winRate(
 *   [deal("d1", "won", "2026-03-05T00:00:00Z", "3000"), deal("d2", "lost", "2026-03-09T00:00:00Z", "1000"),
 *    deal("d3", "lost", "2026-03-20T00:00:00Z", "2000"), deal("d4", "won", "2026-04-02T00:00:00Z", "9000")],
 *   { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } },
 * );
 * r.byCount.value?.toFixed(4); //=> "0.3333"  (1 won of 3 closed in March)
 * r.byValue.value?.toString(); //=> "0.5"     (3000 / 6000)
 * ```
 * @category Deals
 */
export function winRate(deals: readonly Deal[] | DealTable, options: WinRateOptions): WinRateResult {
  const settings = checkWinRateOptions(options);
  return winRateOf(runnerFor(deals, options), settings);
}

/**
 * {@link winRate} per seller or per team: one result per group, the roster's sellers (or teams)
 * first with zeros, then the owners of the deals by first appearance (settled detail 15).
 *
 * @param deals - an array of deals, or its table
 * @param options - the options of {@link winRate} without `scope`, and `groupBy` ({@link WinRateGroupedOptions})
 * @returns the {@link WinRateGroupedResult}
 * @throws {@link InvalidArgumentError} as {@link winRate}, and for a `groupBy` other than seller or
 *   team, or `"team"` without `sellers`
 * @throws {@link MixedCurrencyError} when counted deals are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a counted deal's date
 * @example
 * ```ts
 * const deal = (id: string, ownerId: string, status: "won" | "lost"): Deal =>
 *   ({ id, ownerId, amount: toDecimal("100"), currency: "EUR", stage: "closed", status,
 *      createdAt: new Date("2026-01-01T00:00:00Z"), closedAt: new Date("2026-03-05T00:00:00Z") });
 * const r = winRateGrouped([deal("d1", "ann", "won"), deal("d2", "bob", "lost"), deal("d3", "ann", "lost")], {
 *   period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") },
 *   groupBy: "seller", sellers: [{ id: "cy" }],
 * });
 * r.groups.map((g) => [g.key, g.result.byCount.value?.toString() ?? g.result.byCount.reason]);
 * //=> [["cy", "no-closed-deals"], ["ann", "0.5"], ["bob", "0"]]
 * ```
 * @category Deals
 */
export function winRateGrouped(
  deals: readonly Deal[] | DealTable,
  options: WinRateGroupedOptions,
): WinRateGroupedResult {
  const groupBy = checkGroupBy(options.groupBy, options.sellers);
  const { groupBy: _groupBy, ...rest } = options;
  const settings = checkWinRateOptions(rest);
  const run = runnerFor(deals, rest);
  const grouped = groupedDeals(run, groupBy, rest.sellers, (scope) => winRateOf(run, withScope(settings, scope)));
  return { indicator: "win-rate", ...grouped };
}
