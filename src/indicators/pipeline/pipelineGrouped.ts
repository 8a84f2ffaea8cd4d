import * as z from "zod";
import { instantOf } from "../../period/checkInstant.js";
import { safeString } from "../../errors/describe.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { CurrencyJsonSchema, InstantJsonSchema } from "../../model/resultJson.js";
import type { Deal } from "../../model/types.js";
import { pipelineGroupsOf } from "./_pipelineGroups.js";
import { stageProbabilityMap } from "./stageProbabilities.js";
import { pipeline, PipelineResultSchema, type PipelineGrain, type PipelineOptions, type PipelineResult } from "./pipeline.js";
import type { DealTable } from "../../table/dealTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { dealColumnsOf, type OrderColumns, orderColumnsOf } from "../../table/_columns.js";

/** Options of {@link pipelineGrouped}: those of {@link pipeline} without `scope`, plus how to group. @category Pipeline */
export type PipelineGroupedOptions = Omit<PipelineOptions, "scope"> & {
  /** One pipeline per seller (deal owner) or per team of the `sellers` roster. */
  readonly groupBy: "seller" | "team";
};

/** One group of a {@link PipelineGroupedResult}. @category Pipeline */
export interface PipelineGroup {
  /** The seller id or team id. */
  readonly key: string;
  /** The group's pipeline (its `scope` is the seller or the team). */
  readonly result: PipelineResult;
}

/** Result of {@link pipelineGrouped}. @category Pipeline */
export interface PipelineGroupedResult {
  /** Stable indicator id. */
  readonly indicator: "pipeline";
  /** Every figure is money. */
  readonly unit: "money";
  /** The one currency of every group; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The instant the pipelines are read at. */
  readonly asOf: Date;
  /** The bucket grain. */
  readonly grain: PipelineGrain;
  /** How the deals were grouped. */
  readonly groupBy: "seller" | "team";
  /** The groups: roster order first, then owners in order of first appearance (deals, then orders). */
  readonly groups: readonly PipelineGroup[];
}

/**
 * The commercial pipeline (pipeline commercial, headline indicator 2.3) per seller or per team:
 * one {@link pipeline} result per group, each computed with the group as its scope.
 *
 * Formula in words: deals (and, for the forecast, orders) are split by owner (`ownerId` of deals,
 * `sellerId` of orders), or by the owner's team in the `sellers` roster; each group's pipeline is
 * {@link pipeline} over its own records with the targets set at its own level (settled detail 1).
 * Sellers of the roster appear with zeros when they own nothing; owners found in the records are
 * never dropped (settled detail 15). With `groupBy: "seller"`, the groups' totals add up to the
 * company's pipeline totals.
 *
 * Interpretation: a seller who owns orders but no deal still gets a group (its realized revenue
 * counts in its forecast). Owners without a team in the roster are in no team group.
 * Interpretation: every group must share one currency: without exchange rates, groups in different
 * currencies raise {@link MixedCurrencyError}; a group with nothing summed takes the common currency.
 * One currency check covers every group: the open deals meet it group by group (a team's seller by
 * seller, in roster order), then the orders, then each group's targets; an error names the first
 * two currencies met. An unknown stage is reported first, for the first group that has one.
 *
 * @param deals - an array of deals (trusted domain records), or its table (`dealTable`): pass the
 *   table when calling several indicators on the same deals
 * @param options - the {@link pipeline} options without `scope`, plus `groupBy`; the forecast's
 *   `orders` may be an array of orders or its table (`orderTable`)
 * @returns a {@link PipelineGroupedResult}
 * @throws {@link InvalidArgumentError} for an unknown `groupBy`, a team grouping without a roster, `deals`
 *   (`forecast.orders`) that are neither an array nor a deal (order) table, or any option {@link pipeline} rejects
 * @throws {@link UnknownStageError} when an open deal has no probability and its stage is not in the map
 * @throws {@link MixedCurrencyError} when amounts (within or across groups) are in several currencies without exchange rates
 * @throws {@link MissingExchangeRateError} when a rate is missing
 * @throws {@link ProrationForbiddenError} when `proration: false` and a target only partly overlaps the period
 * @example
 * ```ts
 * // one open deal: 1000 EUR at stage "proposal", owned by s1, expected to close on 2026-03-20
 * const deals: Deal[] = [{
 *   id: "a", ownerId: "s1", amount: toDecimal("1000"), currency: "EUR", stage: "proposal", status: "open",
 *   createdAt: new Date("2026-01-01T00:00:00Z"), expectedCloseDate: new Date("2026-03-20T00:00:00Z"),
 * }];
 * const result = pipelineGrouped(deals, {
 *   asOf: new Date("2026-03-15T12:00:00Z"),
 *   stageProbabilities: { proposal: "0.5" },
 *   groupBy: "seller",
 *   sellers: [{ id: "s1", name: "Ana" }, { id: "s2", name: "Bo" }],
 * });
 * result.groups.map((g) => [g.key, g.result.totals.weighted.toString()]);
 * //=> [["s1", "500"], ["s2", "0"]]  (s2 owns no deal and is listed with zeros)
 * ```
  * @category Pipeline
 */
export function pipelineGrouped(deals: readonly Deal[] | DealTable, options: PipelineGroupedOptions): PipelineGroupedResult {
  if (typeof options !== "object" || options === null) throw new InvalidArgumentError("pipelineGrouped needs an options object");
  const table = dealColumnsOf(deals, "deals");
  const groupBy = options.groupBy;
  if (groupBy !== "seller" && groupBy !== "team") {
    throw new InvalidArgumentError(`groupBy must be "seller" or "team", got ${JSON.stringify(safeString(groupBy)).slice(0, 40)}`);
  }
  if (groupBy === "team" && options.sellers === undefined) {
    throw new InvalidArgumentError("grouping by team needs the sellers roster (option sellers) to know who is in each team");
  }
  // Checked here too so that a grouping with no group still rejects bad options.
  const asOf = instantOf(options.asOf, "asOf");
  const grain: PipelineGrain = options.grain ?? "month";
  if (grain !== "month" && grain !== "quarter" && grain !== "year") {
    throw new InvalidArgumentError(`the pipeline grain must be "month", "quarter" or "year", got ${JSON.stringify(safeString(grain)).slice(0, 40)}`);
  }
  stageProbabilityMap(options.stageProbabilities);
  const forecastInput = options.forecast;
  let orders: OrderColumns | null = null;
  if (forecastInput !== undefined) {
    if (typeof forecastInput !== "object" || forecastInput === null) throw new InvalidArgumentError("forecast.orders must be an array of orders");
    orders = orderColumnsOf(forecastInput.orders, "forecast.orders");
  }
  const { groupBy: _groupBy, ...rest } = options;
  const runner = tableRunner(orders === null ? { deals: table } : { deals: table, orders });
  const { currency, groups } = pipelineGroupsOf(runner, rest, groupBy);
  return { indicator: "pipeline", unit: "money", currency, asOf: new Date(asOf), grain, groupBy, groups };
}

/**
 * Schema of a {@link PipelineGroupedResult} as JSON: read one back with
 * `resultFromJSON(PipelineGroupedResultSchema, text)`.
 *
 * @example
 * ```ts
 * const back = resultFromJSON(PipelineGroupedResultSchema, JSON.stringify(grouped));
 * back.groups.length === grouped.groups.length; //=> true
 * ```
  * @category Pipeline
 */
export const PipelineGroupedResultSchema: z.ZodType<PipelineGroupedResult, unknown> = z.object({
  indicator: z.literal("pipeline"),
  unit: z.literal("money"),
  currency: CurrencyJsonSchema,
  asOf: InstantJsonSchema,
  grain: z.enum(["month", "quarter", "year"]),
  groupBy: z.enum(["seller", "team"]),
  groups: z.array(z.object({ key: z.string(), result: PipelineResultSchema })),
});
