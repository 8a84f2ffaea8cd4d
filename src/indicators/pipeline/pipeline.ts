import * as z from "zod";
import { InvalidArgumentError } from "../../errors/index.js";
import { CurrencyJsonSchema, InstantJsonSchema, ScopeJsonSchema } from "../../model/resultJson.js";
import {
  PipelineAmountsJsonSchema,
  PipelineBucketJsonSchema,
  PipelineForecastJsonSchema,
  PipelineWarningJsonSchema,
} from "./_pipelineJson.js";
import type { Deal } from "../../model/types.js";
import { pipelineOf } from "./_pipelineCore.js";
import { checkPipelineOptions } from "./_pipelineOptions.js";
import type { DealTable } from "../../table/dealTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { dealColumnsOf } from "../../table/_columns.js";
import type { PipelineOptions, PipelineResult } from "./pipelineTypes.js";

export type {
  PipelineAmounts,
  PipelineBucket,
  PipelineExplain,
  PipelineForecast,
  PipelineForecastExplain,
  PipelineForecastOptions,
  PipelineGrain,
  PipelineOptions,
  PipelineResult,
  PipelineWarningCode,
} from "./pipelineTypes.js";

/**
 * The commercial pipeline (pipeline commercial, headline indicator 2.3): the open deals at `asOf`,
 * unweighted and weighted by their probability of being won, by unit (month, quarter or year) of
 * their expected close date, with an optional forecast against a target period.
 *
 * Formula in words:
 * - a deal is open at `asOf` when `createdAt <= asOf` and (`closedAt` is absent or `closedAt > asOf`)
 *   (settled detail 6; the `status` field is not read);
 * - its probability is `deal.probability` when present (0 included), else its stage's in the
 *   stage map (settled detail 7); `weighted = amount x probability`;
 * - each open deal lands in exactly one place: `undated` (no expected close), `overdue` (expected
 *   close day before `asOf`'s day; a deal due today is not overdue, settled detail 8), or the bucket
 *   of the grain unit holding its expected close day; `totals` is the sum of all of them;
 * - forecast: `realized` = orders of the scope in `[start, min(end, asOf))`; `forecast` =
 *   `realized + weightedInWindow`; `forecastAttainment = forecast / target`;
 *   `remainingTarget = max(target - realized, 0)`; `coverage = unweightedInWindow / remainingTarget`.
 *
 * Interpretation: expected close dates are calendar days of the reporting zone (settled detail 8):
 * a date-time is reduced to the day that holds it.
 * Interpretation: the buckets are whole grain units (not clipped to `asOf`), contiguous from the
 * unit holding `asOf`'s day to the unit holding the latest expected close day that is not overdue,
 * empty units in between included; with no such deal there is no bucket (`buckets: []`).
 * Interpretation: a deal is in the forecast window `[max(start, asOf), end)` when its expected
 * close day is on or after `asOf`'s day and the first instant of that day is at or after `start`
 * and before `end`. So a deal due today counts in the window even when `asOf` is later in the day.
 * Interpretation: with exchange rates, open deals are converted at the rate in force at `asOf`
 * (their amount is a current estimate, not a dated transaction), orders at their date and targets at
 * their start. One currency check covers every amount summed: open deals of the scope, realized
 * orders, and the scope's targets that overlap the period (settled detail 14).
 * Interpretation: the stage map is needed only by open deals of the scope that have no explicit
 * probability; closed, not yet created and out-of-scope deals never raise {@link UnknownStageError}.
 * The stages are checked before any amount is summed: an unknown stage is reported before a
 * currency error.
 * Interpretation: with `explain: true`, deal and order ids come in input order; the overlapping
 * targets are summed (and listed) in a canonical order (start, end, id), so the result does not
 * depend on the order of any input.
 * Interpretation: `coverage` is `null` with `no-target` whenever the target is 0 (even when negative
 * realized revenue leaves something "remaining"), and with `no-remaining-target` when the target is
 * positive and already reached.
 *
 * @param deals - an array of deals (trusted domain records), or its table (`dealTable`): pass the
 *   table when calling several indicators on the same deals
 * @param options - `asOf`, the stage map, the grain, the scope, calendar, currency and forecast options
 *   ({@link PipelineOptions}); the forecast's `orders` may be an array of orders or its table (`orderTable`)
 * @returns the {@link PipelineResult}
 * @throws {@link InvalidArgumentError} for an invalid `asOf`, grain, stage map (a probability outside
 *   [0, 1]), scope, time zone, fiscal month, day count or forecast period, or `deals` (`forecast.orders`)
 *   that are neither an array nor a deal (order) table
 * @throws {@link UnknownStageError} when open deals of the scope have no probability and their stage is not in the map:
 *   `stages` lists every such stage (sorted by code point) with how many of those deals carry it
 * @throws {@link MixedCurrencyError} when summed amounts or used targets are in several currencies without exchange rates
 * @throws {@link MissingExchangeRateError} when a rate is missing for an amount's currency and date
 * @throws {@link ProrationForbiddenError} when `proration: false` and a target only partly overlaps the period
 * @example
 * ```ts
 * const d = (id: string, amount: string, stage: string, close?: string): Deal => ({
 *   id, ownerId: "s1", amount: toDecimal(amount), currency: "EUR", stage, status: "open",
 *   createdAt: new Date("2026-01-01T00:00:00Z"),
 *   ...(close === undefined ? {} : { expectedCloseDate: new Date(close) }),
 * });
 * const result = pipeline(
 *   [d("a", "1000", "proposal", "2026-03-20"), d("b", "2000", "qualification", "2026-04-10"), d("c", "500", "proposal")],
 *   { asOf: new Date("2026-03-15T12:00:00Z"), stageProbabilities: { qualification: "0.2", proposal: "0.5" } },
 * );
 * result.buckets.map((b) => [b.label, b.dealCount, b.unweighted.toString(), b.weighted.toString()]);
 * //=> [["2026-03", 1, "1000", "500"], ["2026-04", 1, "2000", "400"]]
 * result.undated.weighted.toString(); //=> "250"
 * result.totals.weighted.toString();  //=> "1150"
 * // the same deals as a table (built once, reused across calls): the same result
 * const table = dealTable([d("a", "1000", "proposal", "2026-03-20")]);
 * pipeline(table, { asOf: new Date("2026-03-15T12:00:00Z"), stageProbabilities: { proposal: "0.5" } }).totals.weighted.toString(); //=> "500"
 * ```
 * @category Pipeline
 */
export function pipeline(deals: readonly Deal[] | DealTable, options: PipelineOptions): PipelineResult {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("pipeline needs an options object with asOf and stageProbabilities");
  const table = dealColumnsOf(deals, "deals");
  const { settings, orders } = checkPipelineOptions(options, true);
  return pipelineOf(tableRunner(orders === null ? { deals: table } : { deals: table, orders }), settings);
}

/**
 * Schema of a {@link PipelineResult} as JSON: read one back with
 * `resultFromJSON(PipelineResultSchema, text)` (decimal strings become `Decimal`, ISO strings `Date`).
 *
 * @example
 * ```ts
 * const deal: Deal = { id: "a", ownerId: "s1", amount: toDecimal("1000"), currency: "EUR", stage: "proposal", status: "open",
 *   createdAt: new Date("2026-01-01T00:00:00Z"), expectedCloseDate: new Date("2026-03-20T00:00:00Z") };
 * const result = pipeline([deal], { asOf: new Date("2026-03-15T12:00:00Z"), stageProbabilities: { proposal: "0.5" } });
 * const back = resultFromJSON(PipelineResultSchema, JSON.stringify(result));
 * back.totals.weighted; //=> Decimal("500")
 * back.asOf;            //=> 2026-03-15T12:00:00.000Z
 * ```
 * @category Pipeline
 */
export const PipelineResultSchema: z.ZodType<PipelineResult> = z.object({
  indicator: z.literal("pipeline"),
  unit: z.literal("money"),
  currency: CurrencyJsonSchema,
  asOf: InstantJsonSchema,
  grain: z.enum(["month", "quarter", "year"]),
  scope: ScopeJsonSchema,
  totals: PipelineAmountsJsonSchema,
  buckets: z.array(PipelineBucketJsonSchema),
  overdue: PipelineAmountsJsonSchema,
  undated: PipelineAmountsJsonSchema,
  forecast: PipelineForecastJsonSchema.nullable(),
  warnings: z.array(PipelineWarningJsonSchema),
});
