import * as z from "zod";
import { instantOf } from "../../period/checkInstant.js";
import { safeString } from "../../errors/describe.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { CurrencyJsonSchema, InstantJsonSchema } from "../../model/resultJson.js";
import type { Deal } from "../../model/types.js";
import { pipelineGroupsOf } from "./_pipelineGroups.js";
import { stageProbabilityMap } from "./stageProbabilities.js";
import { DEFAULT_PIPELINE_GRAIN } from "./pipelineTypes.js";
import {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- pipeline is named by {@link pipeline} in the TSDoc
  pipeline,
  PipelineResultSchema,
  type PipelineAmounts,
  type PipelineGrain,
  type PipelineOptions,
  type PipelineResult,
} from "./pipeline.js";
import { PipelineAmountsJsonSchema } from "./_pipelineJson.js";
import type { DealTable } from "../../table/dealTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { dealColumnsOf, type OrderColumns, orderColumnsOf } from "../../table/_columns.js";

/** How {@link pipelineGrouped} groups: by seller (deal owner), by team of the `sellers` roster, or by customer. @category Pipeline */
export type PipelineGroupBy = "seller" | "team" | "customer";

/** Options of {@link pipelineGrouped}: those of {@link pipeline} without `scope`, plus how to group. @category Pipeline */
export type PipelineGroupedOptions = Omit<PipelineOptions, "scope"> & {
  /** One pipeline per seller (deal owner), per team of the `sellers` roster, or per customer. */
  readonly groupBy: PipelineGroupBy;
  /**
   * With `groupBy: "customer"`: keep the first `top` customers (by weighted pipeline) and fold the
   * others into `rest`. A positive integer; absent: every customer. Not allowed for sellers and teams.
   */
  readonly top?: number;
};

/** The customers folded by `top` in a {@link PipelineGroupedResult}: how many, and their pipeline as one. @category Pipeline */
export interface PipelineGroupedRest {
  /** Number of customer groups folded. */
  readonly groupCount: number;
  /** Their pipeline, computed over their deals and orders together (scope: the company; no target). */
  readonly result: PipelineResult;
}

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
  readonly groupBy: PipelineGroupBy;
  /**
   * The groups. Sellers and teams: roster order first, then owners in order of first appearance
   * (deals, then orders). Customers: by weighted pipeline (`totals.weighted`) descending, ties by
   * customer id (by code point); with `top`, the first `top` of them.
   */
  readonly groups: readonly PipelineGroup[];
  /** The customers folded by `top`; `null` when nothing was folded (and for sellers and teams). */
  readonly rest: PipelineGroupedRest | null;
  /**
   * With `groupBy: "customer"`: the open deals without a customer (in no group), their count and
   * sums; `null` for sellers and teams.
   */
  readonly withoutCustomer: PipelineAmounts | null;
}

/**
 * The commercial pipeline (pipeline commercial, headline indicator 2.3) per seller, per team or
 * per customer: one {@link pipeline} result per group, each computed with the group as its scope.
 *
 * Formula in words: deals (and, for the forecast, orders) are split by owner (`ownerId` of deals,
 * `sellerId` of orders), or by the owner's team in the `sellers` roster; each group's pipeline is
 * {@link pipeline} over its own records with the targets set at its own level (settled detail 1).
 * Sellers of the roster appear with zeros when they own nothing; owners found in the records are
 * never dropped (settled detail 15). With `groupBy: "seller"`, the groups' totals add up to the
 * company's pipeline totals.
 *
 * By customer (spec section 1, "Scope"): deals are split by `customerId`, the forecast's orders by
 * `customerId`; the groups are ranked by weighted pipeline (`totals.weighted`) descending, ties by
 * customer id (by code point), so a manager sees which accounts carry the period. With `top: N`,
 * the first N groups are kept and the others fold into `rest` (their pipeline computed as one:
 * `groupCount` customers, their deals and orders together). Groups, `rest` and `withoutCustomer`
 * add up to the company's pipeline totals.
 *
 * Interpretation: the customer groups are the customers of the open deals at `asOf`, and with a
 * forecast those of the orders in its realized window `[start, min(end, asOf))`; a customer with
 * only closed deals is in no group.
 * Interpretation: open deals without a customer form no group: `withoutCustomer` gives their count,
 * unweighted and weighted sums (they are in no group and not in `rest`). Orders always have a customer.
 * Interpretation: a customer group's `scope` is the company (the deals and orders read) and no
 * target is set for a customer, so its forecast has `target` 0 and `forecastAttainment` and
 * `coverage` are `null` with reason `no-target`.
 *
 * Interpretation: a seller who owns orders but no deal still gets a group (its realized revenue
 * counts in its forecast). Owners without a team in the roster are in no team group.
 * Interpretation: every group must share one currency: without exchange rates, groups in different
 * currencies raise {@link MixedCurrencyError}; a group with nothing summed takes the common currency.
 * One currency check covers every group: the open deals meet it group by group (a team's seller by
 * seller, in roster order), then the orders, then each group's targets; an error names the first
 * two currencies met. Unknown stages are reported first: every stage missing from the map among
 * the open deals of every group, with its deal count.
 *
 * @param deals - an array of deals (trusted domain records), or its table (`dealTable`): pass the
 *   table when calling several indicators on the same deals
 * @param options - the {@link pipeline} options without `scope`, plus `groupBy` and (customers only)
 *   `top`; the forecast's `orders` may be an array of orders or its table (`orderTable`)
 * @returns a {@link PipelineGroupedResult}
 * @throws {@link InvalidArgumentError} for an unknown `groupBy`, a team grouping without a roster, a `top`
 *   that is not a positive integer or given for sellers or teams, `deals`
 *   (`forecast.orders`) that are neither an array nor a deal (order) table, or any option {@link pipeline} rejects
 * @throws {@link UnknownStageError} when open deals have no probability and their stage is not in the map (every such stage, with its deal count)
 * @throws {@link MixedCurrencyError} when amounts (within or across groups) are in several currencies without exchange rates
 * @throws {@link MissingExchangeRateError} when a rate is missing
 * @throws {@link ProrationForbiddenError} when `proration: false` and a target only partly overlaps the period
 * @category Pipeline
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
 *
 * // by customer: the two largest accounts, the others folded into rest
 * const withCustomer = (id: string, customerId: string | undefined, amount: string): Deal => ({
 *   id, ownerId: "s1", amount: toDecimal(amount), currency: "EUR", stage: "proposal", status: "open",
 *   createdAt: new Date("2026-01-01T00:00:00Z"), ...(customerId === undefined ? {} : { customerId }),
 * });
 * const byCustomer = pipelineGrouped(
 *   [withCustomer("a", "acme", "1000"), withCustomer("b", "globex", "3000"), withCustomer("c", "initech", "200"), withCustomer("d", "umbrella", "400"), withCustomer("e", undefined, "600")],
 *   { asOf: new Date("2026-03-15T12:00:00Z"), stageProbabilities: { proposal: "0.5" }, groupBy: "customer", top: 2 },
 * );
 * byCustomer.groups.map((g) => [g.key, g.result.totals.dealCount, g.result.totals.weighted.toString()]);
 * //=> [["globex", 1, "1500"], ["acme", 1, "500"]]
 * [byCustomer.rest?.groupCount, byCustomer.rest?.result.totals.weighted.toString()]; //=> [2, "300"]
 * [byCustomer.withoutCustomer?.dealCount, byCustomer.withoutCustomer?.weighted.toString()]; //=> [1, "300"]
 * ```
 */
export function pipelineGrouped(
  deals: readonly Deal[] | DealTable,
  options: PipelineGroupedOptions,
): PipelineGroupedResult {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("pipelineGrouped needs an options object");
  const table = dealColumnsOf(deals, "deals");
  const groupBy = options.groupBy;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (groupBy !== "seller" && groupBy !== "team" && groupBy !== "customer") {
    throw new InvalidArgumentError(
      `groupBy must be "seller", "team" or "customer", got ${JSON.stringify(safeString(groupBy)).slice(0, 40)}`,
    );
  }
  const top = options.top;
  if (top !== undefined) {
    if (groupBy !== "customer")
      throw new InvalidArgumentError(
        `top applies to customer groups only (groupBy "customer"), not to groupBy "${groupBy}"`,
      );
    if (typeof top !== "number" || !Number.isSafeInteger(top) || top < 1)
      throw new InvalidArgumentError(
        `top must be a positive integer, got ${JSON.stringify(safeString(top)).slice(0, 40)}`,
      );
  }
  if (groupBy === "team" && options.sellers === undefined) {
    throw new InvalidArgumentError(
      "grouping by team needs the sellers roster (option sellers) to know who is in each team",
    );
  }
  // Checked here too so that a grouping with no group still rejects bad options.
  const asOf = instantOf(options.asOf, "asOf");
  const grain: PipelineGrain = options.grain ?? DEFAULT_PIPELINE_GRAIN;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (grain !== "month" && grain !== "quarter" && grain !== "year") {
    throw new InvalidArgumentError(
      `the pipeline grain must be "month", "quarter" or "year", got ${JSON.stringify(safeString(grain)).slice(0, 40)}`,
    );
  }
  stageProbabilityMap(options.stageProbabilities);
  const forecastInput = options.forecast;
  let orders: OrderColumns | null = null;
  if (forecastInput !== undefined) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
    if (typeof forecastInput !== "object" || forecastInput === null)
      throw new InvalidArgumentError("forecast.orders must be an array of orders");
    orders = orderColumnsOf(forecastInput.orders, "forecast.orders");
  }
  const { groupBy: _groupBy, top: _top, ...rest } = options;
  const runner = tableRunner(orders === null ? { deals: table } : { deals: table, orders });
  const figures = pipelineGroupsOf(runner, rest, groupBy, top);
  return {
    indicator: "pipeline",
    unit: "money",
    currency: figures.currency,
    asOf: new Date(asOf),
    grain,
    groupBy,
    groups: figures.groups,
    rest: figures.rest,
    withoutCustomer: figures.withoutCustomer,
  };
}

/**
 * Schema of a {@link PipelineGroupedResult} as JSON: read one back with
 * `resultFromJSON(PipelineGroupedResultSchema, text)`.
 *
 * @example
 * ```ts
 * const deal: Deal = { id: "a", ownerId: "s1", amount: toDecimal("1000"), currency: "EUR", stage: "proposal", status: "open",
 *   createdAt: new Date("2026-01-01T00:00:00Z"), expectedCloseDate: new Date("2026-03-20T00:00:00Z") };
 * const grouped = pipelineGrouped([deal], {
 *   asOf: new Date("2026-03-15T12:00:00Z"),
 *   stageProbabilities: { proposal: "0.5" },
 *   groupBy: "seller",
 *   sellers: [{ id: "s1" }, { id: "s2" }],
 * });
 * const back = resultFromJSON(PipelineGroupedResultSchema, JSON.stringify(grouped));
 * back.groups.map((g) => [g.key, g.result.totals.weighted.toString()]); //=> [["s1", "500"], ["s2", "0"]]
 * ```
 * @category Pipeline
 */
export const PipelineGroupedResultSchema: z.ZodType<PipelineGroupedResult> = z.object({
  indicator: z.literal("pipeline"),
  unit: z.literal("money"),
  currency: CurrencyJsonSchema,
  asOf: InstantJsonSchema,
  grain: z.enum(["month", "quarter", "year"]),
  groupBy: z.enum(["seller", "team", "customer"]),
  groups: z.array(z.object({ key: z.string(), result: PipelineResultSchema })),
  rest: z.object({ groupCount: z.number().int().positive(), result: PipelineResultSchema }).nullable(),
  withoutCustomer: PipelineAmountsJsonSchema.nullable(),
});
