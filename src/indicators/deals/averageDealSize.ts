import * as z from "zod";
import {
  CurrencyJsonSchema,
  DecimalJsonSchema,
  figureJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ScopeJsonSchema,
} from "../../model/resultJson.js";
import type { Deal } from "../../model/types.js";
import type { DealTable } from "../../table/dealTable.js";
import { dealColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { averageDealSizeOf } from "./_averageDealSizeCore.js";
import { checkDealOptions, checkGroupBy, groupedDeals, withScope } from "./_dealsSettings.js";
import type {
  AverageDealSizeGroupedOptions,
  AverageDealSizeGroupedResult,
  AverageDealSizeOptions,
  AverageDealSizeResult,
} from "./averageDealSizeTypes.js";
import { DEAL_PERIOD_WARNING_CODES } from "./winRateTypes.js";

export type {
  AverageDealSizeGroupedOptions,
  AverageDealSizeGroupedResult,
  AverageDealSizeOptions,
  AverageDealSizeResult,
} from "./averageDealSizeTypes.js";

/**
 * zod schema of an {@link AverageDealSizeResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const won: Deal = { id: "d1", ownerId: "ann", amount: toDecimal("1000"), currency: "EUR", stage: "won", status: "won",
 *   createdAt: new Date("2026-01-01T00:00:00Z"), closedAt: new Date("2026-03-05T00:00:00Z") };
 * const result = averageDealSize([won], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(AverageDealSizeResultSchema, JSON.stringify(result)).average.value; //=> Decimal("1000")
 * ```
 * @category Deals
 */
export const AverageDealSizeResultSchema: z.ZodType<AverageDealSizeResult> = z.object({
  indicator: z.literal("average-deal-size"),
  unit: z.literal("money"),
  currency: CurrencyJsonSchema,
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  scope: ScopeJsonSchema,
  wonCount: z.number().int().nonnegative(),
  wonAmount: DecimalJsonSchema,
  average: figureJsonSchema(["no-won-deals"]),
  warnings: z.array(z.object({ code: z.enum(DEAL_PERIOD_WARNING_CODES), message: z.string() })),
  explain: z.object({ wonDealIds: z.array(z.string()) }).exactOptional(),
});

/**
 * Average deal size (taille moyenne des affaires gagnées): the amount won per won deal in a period.
 *
 * Formula: for the won deals of the scope whose `closedAt` is in `[period start, min(period end,
 * asOf))`, `average = wonAmount / wonCount` (amounts converted at `closedAt`); `null` with
 * `no-won-deals` when none was won. Lost and open deals are not read. This is the "average deal
 * value" factor of the sales velocity formula as Salesforce and HubSpot give it ("total value of
 * closed-won deals / number of closed-won deals").
 *
 * @param deals - an array of deals, or its table (`dealTable(deals)`)
 * @param options - period, `asOf`, scope, roster, zone, currency or exchange rates, explain ({@link AverageDealSizeOptions})
 * @returns the {@link AverageDealSizeResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone or scope, or `deals` neither an array nor a deal table
 * @throws {@link MixedCurrencyError} when won deals are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a won deal's `closedAt`
 * @example
 * ```ts
 * const won = (id: string, amount: string, closedAt: string): Deal =>
 *   ({ id, ownerId: "ann", amount: toDecimal(amount), currency: "EUR", stage: "won", status: "won",
 *      createdAt: new Date("2026-01-01T00:00:00Z"), closedAt: new Date(closedAt) });
 * const r = averageDealSize([won("d1", "1000", "2026-03-05T00:00:00Z"), won("d2", "2500", "2026-03-20T00:00:00Z")],
 *   { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * r.average.value?.toString(); //=> "1750"   (3500 / 2)
 * ```
 * @category Deals
 */
export function averageDealSize(
  deals: readonly Deal[] | DealTable,
  options: AverageDealSizeOptions,
): AverageDealSizeResult {
  const settings = checkDealOptions(options);
  return averageDealSizeOf(tableRunner({ deals: dealColumnsOf(deals, "deals") }), settings);
}

/**
 * {@link averageDealSize} per seller or per team: the roster's sellers (or teams) first, then the
 * owners of the deals by first appearance.
 *
 * @param deals - an array of deals, or its table
 * @param options - the options of {@link averageDealSize} without `scope`, and `groupBy`
 * @returns the {@link AverageDealSizeGroupedResult}
 * @throws {@link InvalidArgumentError} as {@link averageDealSize}, and for a bad `groupBy` or `"team"` without `sellers`
 * @throws {@link MixedCurrencyError} when won deals are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a won deal's `closedAt`
 * @example
 * ```ts
 * const won = (id: string, ownerId: string, amount: string): Deal =>
 *   ({ id, ownerId, amount: toDecimal(amount), currency: "EUR", stage: "won", status: "won",
 *      createdAt: new Date("2026-01-01T00:00:00Z"), closedAt: new Date("2026-03-05T00:00:00Z") });
 * const r = averageDealSizeGrouped([won("d1", "ann", "100"), won("d2", "bob", "300"), won("d3", "ann", "200")],
 *   { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, groupBy: "seller" });
 * r.groups.map((g) => [g.key, g.result.average.value?.toString()]); //=> [["ann", "150"], ["bob", "300"]]
 * ```
 * @category Deals
 */
export function averageDealSizeGrouped(
  deals: readonly Deal[] | DealTable,
  options: AverageDealSizeGroupedOptions,
): AverageDealSizeGroupedResult {
  const groupBy = checkGroupBy(options.groupBy, options.sellers);
  const { groupBy: _groupBy, ...rest } = options;
  const settings = checkDealOptions(rest);
  const run = tableRunner({ deals: dealColumnsOf(deals, "deals") });
  const grouped = groupedDeals(run, groupBy, rest.sellers, (scope) =>
    averageDealSizeOf(run, withScope(settings, scope)),
  );
  return { indicator: "average-deal-size", ...grouped };
}
