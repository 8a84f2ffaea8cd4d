import * as z from "zod";
import { InvalidArgumentError } from "../../errors/index.js";
import {
  CurrencyJsonSchema,
  DecimalJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ratioJsonSchema,
  ScopeJsonSchema,
} from "../../model/resultJson.js";
import type { Deal } from "../../model/types.js";
import type { DealTable } from "../../table/dealTable.js";
import { dealColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkPipelineOptions } from "../pipeline/_pipelineOptions.js";
import { PIPELINE_WARNING_CODES } from "../pipeline/pipelineTypes.js";
import { pipelineGrouped } from "../pipeline/pipelineGrouped.js";
import { coverageOfPipeline, pipelineCoverageOf } from "./_forecastCores.js";
import type { DealGroupedResult } from "./dealsTypes.js";
import type { PipelineCoverageOptions, PipelineCoverageResult } from "./forecastTypes.js";

export type { PipelineCoverageOptions, PipelineCoverageResult } from "./forecastTypes.js";

/** Options of {@link pipelineCoverageGrouped}. @category Deals */
export interface PipelineCoverageGroupedOptions extends Omit<PipelineCoverageOptions, "scope"> {
  /** One result per seller (owner), or per team of the roster (`sellers` needed). */
  readonly groupBy: "seller" | "team";
}

/** Result of {@link pipelineCoverageGrouped}. @category Deals */
export interface PipelineCoverageGroupedResult extends DealGroupedResult<PipelineCoverageResult> {
  /** Stable indicator id. */
  readonly indicator: "pipeline-coverage";
}

/**
 * zod schema of a {@link PipelineCoverageResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const period = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
 * const result = pipelineCoverage([], { asOf: new Date("2026-03-10T00:00:00Z"), stageProbabilities: {}, forecast: { period, orders: [], targets: [] } });
 * resultFromJSON(PipelineCoverageResultSchema, JSON.stringify(result)).coverage.reason; //=> "no-target"
 * ```
 * @category Deals
 */
export const PipelineCoverageResultSchema: z.ZodType<PipelineCoverageResult> = z.object({
  indicator: z.literal("pipeline-coverage"),
  unit: z.literal("ratio"),
  currency: CurrencyJsonSchema,
  asOf: InstantJsonSchema,
  period: PeriodJsonSchema,
  scope: ScopeJsonSchema,
  realized: DecimalJsonSchema,
  target: DecimalJsonSchema,
  remainingTarget: DecimalJsonSchema,
  dealCountInWindow: z.number().int().nonnegative(),
  unweightedInWindow: DecimalJsonSchema,
  coverage: ratioJsonSchema(["no-target", "no-remaining-target"]),
  warnings: z.array(z.object({ code: z.enum(PIPELINE_WARNING_CODES), message: z.string() })),
});

function requireForecast(options: PipelineCoverageOptions): void {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null || options.forecast === undefined)
    throw new InvalidArgumentError(
      "pipelineCoverage needs an options object with asOf, stageProbabilities and forecast",
    );
}

/**
 * Pipeline coverage (couverture du pipeline, spec 2.3 and section 4): how many times the open
 * pipeline expected before the period's end covers what remains of the target. It is 2.3's
 * `coverage`, computed by `pipeline` itself, with the figures it rests on.
 *
 * Formula: `coverage = unweightedInWindow / remainingTarget`, where `unweightedInWindow` is the
 * amount of the open deals expected in the forecast window `[max(start, asOf), end)` and
 * `remainingTarget = max(target - realized, 0)`; `null` with `no-target` when the target is 0 and
 * `no-remaining-target` when it is already reached (settled detail 9). Salesforce and HubSpot read
 * a coverage of 3 (3x) as the usual comfort level.
 *
 * @param deals - an array of deals, or its table (`dealTable(deals)`)
 * @param options - `pipeline`'s options with `forecast` required ({@link PipelineCoverageOptions})
 * @returns the {@link PipelineCoverageResult}
 * @throws {@link InvalidArgumentError} without a forecast, and as `pipeline` for any invalid option
 * @throws {@link UnknownStageError} as `pipeline`
 * @throws {@link MixedCurrencyError} as `pipeline`
 * @throws {@link MissingExchangeRateError} as `pipeline`
 * @throws {@link ProrationForbiddenError} as `pipeline`
 * @example
 * ```ts
 * const deal: Deal = { id: "d1", ownerId: "ann", amount: toDecimal("30000"), currency: "EUR", stage: "proposal", status: "open",
 *   createdAt: new Date("2026-01-01T00:00:00Z"), expectedCloseDate: new Date("2026-03-25T00:00:00Z") };
 * const order: Order = { id: "o1", date: new Date("2026-03-02T00:00:00Z"), amount: toDecimal("10000"), currency: "EUR", sellerId: "ann", customerId: "c1" };
 * const target: RevenueTarget = { id: "t1", level: "company", start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z"),
 *   amount: toDecimal("20000"), currency: "EUR" };
 * const r = pipelineCoverage([deal], { asOf: new Date("2026-03-10T00:00:00Z"), stageProbabilities: { proposal: "0.5" },
 *   forecast: { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, orders: [order], targets: [target] } });
 * r.coverage.value?.toString(); //=> "3"   (30000 / (20000 - 10000))
 * ```
 * @category Deals
 */
export function pipelineCoverage(
  deals: readonly Deal[] | DealTable,
  options: PipelineCoverageOptions,
): PipelineCoverageResult {
  requireForecast(options);
  const table = dealColumnsOf(deals, "deals");
  const { settings, orders } = checkPipelineOptions(options, true);
  return pipelineCoverageOf(tableRunner(orders === null ? { deals: table } : { deals: table, orders }), settings);
}

/**
 * {@link pipelineCoverage} per seller or per team, from `pipelineGrouped` (each group's targets are
 * its own, settled detail 1).
 *
 * @param deals - an array of deals, or its table
 * @param options - the options of {@link pipelineCoverage} without `scope`, and `groupBy`
 * @returns the {@link PipelineCoverageGroupedResult}
 * @throws {@link InvalidArgumentError} as {@link pipelineCoverage}, and for a bad `groupBy`
 * @throws {@link UnknownStageError} as `pipeline`
 * @throws {@link MixedCurrencyError} as `pipeline`
 * @throws {@link MissingExchangeRateError} as `pipeline`
 * @throws {@link ProrationForbiddenError} as `pipeline`
 * @example
 * ```ts
 * const period = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
 * const r = pipelineCoverageGrouped([], { asOf: new Date("2026-03-10T00:00:00Z"), stageProbabilities: {}, groupBy: "seller",
 *   sellers: [{ id: "ann" }], forecast: { period, orders: [], targets: [] } });
 * r.groups.map((g) => [g.key, g.result.coverage.reason]); //=> [["ann", "no-target"]]
 * ```
 * @category Deals
 */
export function pipelineCoverageGrouped(
  deals: readonly Deal[] | DealTable,
  options: PipelineCoverageGroupedOptions,
): PipelineCoverageGroupedResult {
  requireForecast(options);
  const grouped = pipelineGrouped(deals, options);
  return {
    indicator: "pipeline-coverage",
    groupBy: options.groupBy,
    groups: grouped.groups.map((group) => ({ key: group.key, result: coverageOfPipeline(group.result) })),
  };
}
