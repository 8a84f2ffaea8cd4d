import * as z from "zod";
import { CurrencyJsonSchema, DecimalJsonSchema, InstantJsonSchema, ScopeJsonSchema } from "../../model/resultJson.js";
import type { Deal } from "../../model/types.js";
import type { DealTable } from "../../table/dealTable.js";
import { activityColumnsOf, dealColumnsOf } from "../../table/_columns.js";
import { tableRunner, type PlanRunner, type PlanTables } from "../../table/kernel/executePlan.js";
import { checkGroupBy, groupedDeals, withScope } from "./_dealsSettings.js";
import { checkPipelineAgeingOptions, pipelineAgeingOf } from "./_pipelineAgeingCore.js";
import type {
  PipelineAgeingGroupedOptions,
  PipelineAgeingGroupedResult,
  PipelineAgeingOptions,
  PipelineAgeingResult,
} from "./pipelineAgeingTypes.js";

export { DEFAULT_AGEING_BAND_LIMITS, DEFAULT_STALE_AFTER_DAYS } from "./pipelineAgeingTypes.js";
export type {
  AgeingAmounts,
  AgeingBand,
  PipelineAgeingGroupedOptions,
  PipelineAgeingGroupedResult,
  PipelineAgeingOptions,
  PipelineAgeingResult,
  StaleDeals,
} from "./pipelineAgeingTypes.js";

const amountsShape = {
  dealCount: z.number().int().nonnegative(),
  amount: DecimalJsonSchema,
  explain: z.object({ dealIds: z.array(z.string()) }).exactOptional(),
};

/**
 * zod schema of a {@link PipelineAgeingResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const result = pipelineAgeing([], { asOf: new Date("2026-03-15T00:00:00Z") });
 * resultFromJSON(PipelineAgeingResultSchema, JSON.stringify(result)).bands.map((b) => b.label);
 * //=> ["0-30", "31-60", "61-90", "over 90"]
 * ```
 * @category Deals
 */
export const PipelineAgeingResultSchema: z.ZodType<PipelineAgeingResult> = z.object({
  indicator: z.literal("pipeline-ageing"),
  unit: z.literal("count"),
  currency: CurrencyJsonSchema,
  asOf: InstantJsonSchema,
  scope: ScopeJsonSchema,
  totals: z.object(amountsShape),
  bands: z.array(
    z.object({ label: z.string(), minDays: z.number().int(), maxDays: z.number().int().nullable(), ...amountsShape }),
  ),
  stale: z.object({ afterDays: z.number().int().positive(), ...amountsShape }).nullable(),
  staleReason: z.literal("no-activities").nullable(),
});

function runnerFor(deals: readonly Deal[] | DealTable, options: PipelineAgeingOptions): PlanRunner {
  const tables: PlanTables = { deals: dealColumnsOf(deals, "deals") };
  if (options.activities === undefined) return tableRunner(tables);
  return tableRunner({ ...tables, activities: activityColumnsOf(options.activities, "activities") });
}

/**
 * Pipeline ageing and stale deals (ancienneté du pipeline, affaires dormantes): the deals open at
 * `asOf` by age since creation, and those with no activity for `n` days.
 *
 * Formula: a deal is open at `asOf` by settled detail 6; its age is the number of calendar days
 * of the reporting zone from the day of its `createdAt` to `asOf`'s day (a deal created today is
 * 0 days old). Bands by `bandLimits` (default 0-30, 31-60, 61-90, over 90 days): count and amount
 * (converted at `asOf`) per band; the bands add up to `totals`. Stale (with `activities`): the open
 * deals created at least `staleAfterDays` days before `asOf` (default 30) with no done activity
 * linked to them (`dealId`) dated after that instant and at or before `asOf`. Pipedrive flags such
 * deals "rotting" after a number of idle days; Zoho counts them as stale.
 *
 * Interpretation: "n days" for staleness is n calendar days of the zone at the same local time
 * (`asOf` minus n days, as `rollingWindow`); an activity of any seller linked to the deal counts;
 * planned and cancelled activities do not.
 *
 * @param deals - an array of deals, or its table (`dealTable(deals)`)
 * @param options - `asOf`, `bandLimits`, `staleAfterDays`, `activities`, scope, roster, zone, currency, explain ({@link PipelineAgeingOptions})
 * @returns the {@link PipelineAgeingResult}
 * @throws {@link InvalidArgumentError} for an invalid `asOf`, zone, scope, band limits (not ascending whole numbers) or
 *   `staleAfterDays`, or inputs neither arrays nor tables of their kind
 * @throws {@link MixedCurrencyError} when open deals are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at `asOf`
 * @example
 * ```ts
 * const deal = (id: string, createdAt: string): Deal => ({ id, ownerId: "ann", amount: toDecimal("100"), currency: "EUR",
 *   stage: "proposal", status: "open", createdAt: new Date(createdAt) });
 * const r = pipelineAgeing([deal("a", "2026-03-10T09:00:00Z"), deal("b", "2026-02-10T09:00:00Z"), deal("c", "2025-11-01T09:00:00Z")], {
 *   asOf: new Date("2026-03-15T12:00:00Z"),
 *   activities: [{ id: "x", ownerId: "ann", type: "call", date: new Date("2026-03-01T10:00:00Z"), status: "done", dealId: "b" }],
 * });
 * r.bands.map((b) => [b.label, b.dealCount]); //=> [["0-30", 1], ["31-60", 1], ["61-90", 0], ["over 90", 1]]
 * r.stale?.dealCount; //=> 1   (c: b had a call on 1 March, a is 5 days old)
 * ```
 * @category Deals
 */
export function pipelineAgeing(
  deals: readonly Deal[] | DealTable,
  options: PipelineAgeingOptions,
): PipelineAgeingResult {
  const settings = checkPipelineAgeingOptions(options);
  return pipelineAgeingOf(runnerFor(deals, options), settings);
}

/**
 * {@link pipelineAgeing} per seller or per team.
 *
 * @param deals - an array of deals, or its table
 * @param options - the options of {@link pipelineAgeing} without `scope`, and `groupBy`
 * @returns the {@link PipelineAgeingGroupedResult}
 * @throws {@link InvalidArgumentError} as {@link pipelineAgeing}, and for a bad `groupBy` or `"team"` without `sellers`
 * @throws {@link MixedCurrencyError} when open deals are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at `asOf`
 * @example
 * ```ts
 * const r = pipelineAgeingGrouped([], { asOf: new Date("2026-03-15T00:00:00Z"), groupBy: "seller", sellers: [{ id: "ann" }] });
 * r.groups.map((g) => [g.key, g.result.totals.dealCount]); //=> [["ann", 0]]
 * ```
 * @category Deals
 */
export function pipelineAgeingGrouped(
  deals: readonly Deal[] | DealTable,
  options: PipelineAgeingGroupedOptions,
): PipelineAgeingGroupedResult {
  const groupBy = checkGroupBy(options.groupBy, options.sellers);
  const { groupBy: _groupBy, ...rest } = options;
  const settings = checkPipelineAgeingOptions(rest);
  const run = runnerFor(deals, rest);
  const grouped = groupedDeals(run, groupBy, rest.sellers, (scope) =>
    pipelineAgeingOf(run, withScope(settings, scope)),
  );
  return { indicator: "pipeline-ageing", ...grouped };
}
