import * as z from "zod";
import { checkPeriod } from "../../period/checkPeriod.js";
import { safeString } from "../../errors/describe.js";
import { InvalidArgumentError } from "../../errors/index.js";
import type { Order, RevenueTarget } from "../../model/types.js";
import {
  CurrencyJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ScopeJsonSchema,
  ThresholdsJsonSchema,
} from "../../model/resultJson.js";
import type { Period } from "../../period/types.js";
import type { Scope, Thresholds } from "../types.js";
import type { RevenueVsTargetOptions, RevenueVsTargetResult } from "./revenueVsTarget.js";
import { prepare, revenueVsTargetResultObject } from "./_revenueVsTargetCore.js";
import { revenueVsTargetGroupedOf } from "./_revenueVsTargetFigures.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";

/** Options of {@link revenueVsTargetGrouped}. @category Revenue vs target */
export type RevenueVsTargetGroupedOptions = RevenueVsTargetOptions & {
  /** One result per seller (owner), or per team of the `sellers` roster. */
  readonly groupBy: "seller" | "team";
};

/** One group of a {@link RevenueVsTargetGroupedResult}: a full result for the group's scope, with its key. @category Revenue vs target */
export type RevenueVsTargetGroupResult = RevenueVsTargetResult & {
  /** The seller id or team id. */
  readonly key: string;
};

/** Revenue versus target for each seller or each team. @category Revenue vs target */
export interface RevenueVsTargetGroupedResult {
  /** Stable indicator id. */
  readonly indicator: "revenue-vs-target";
  /** The unit of the money figures. */
  readonly unit: "money";
  /** Currency of every money figure of every group. */
  readonly currency: string | null;
  /** The scope the groups were taken in (default the company). */
  readonly scope: Scope;
  /** How the groups were made. */
  readonly groupBy: "seller" | "team";
  /** The `[start, end)` period measured. */
  readonly period: Period;
  /** The `asOf` used, or `null`. */
  readonly asOf: Date | null;
  /** The status thresholds used. */
  readonly thresholds: Thresholds;
  /** One result per group: roster order first, then owners in order of first appearance in `orders`. */
  readonly groups: RevenueVsTargetGroupResult[];
  /** Notes, e.g. targets set for a seller or team that has no group. */
  readonly warnings: string[];
}

/**
 * Revenue achieved versus target (CA réalisé / objectifs) for each seller or each team:
 * {@link revenueVsTarget} computed for every group, each group with its own targets only.
 *
 * Formulas, in words: groups come from the orders' `sellerId` (and, for teams, the roster's
 * `teamId`); sellers of the roster with no order appear with zero and owners missing from the
 * roster are never removed (settled detail 15). For each group, realized = sum of the group's
 * orders dated in `[start, min(end, asOf))`; target = the targets set at that seller's (or team's)
 * own level, prorated; the other figures as in {@link revenueVsTarget}. Sellers' realized sums add
 * up to the scope's realized; sellers' targets never roll up into a team's (settled detail 1).
 *
 * Interpretation: groups are made from all the orders given (within the outer `scope`), not only
 * those dated in the period, so a seller who sold before the period still appears, with zero.
 * Interpretation: the outer `scope` (default the company) restricts the groups: `groupBy: "seller"`
 * within a team scope gives that team's sellers; `groupBy: "team"` within a seller scope is refused.
 * Interpretation: one currency check covers every group, so all groups share one `currency`.
 * A target set for a seller (or team) that gets no group is reported in `warnings`, not silently
 * dropped; pass the roster to list that seller (or team) with zero.
 *
 * @param orders - an array of orders or invoices (domain records), or its table (`orderTable`):
 *   pass the table when calling several indicators on the same orders
 * @param targets - revenue targets; each group uses those set at its own level for itself
 * @param options - `groupBy`, and the options of {@link revenueVsTarget}; `groupBy: "team"` needs `sellers`
 * @returns the {@link RevenueVsTargetGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid `groupBy` (or `"team"` without a roster or inside a
 *   seller scope), for `orders` that are neither an array nor an order table, and for the option
 *   errors of {@link revenueVsTarget}
 * @throws {@link InvalidMoneyError} for a threshold that is not a decimal
 * @throws {@link UnknownCurrencyError} when `currency` is not an ISO 4217 code
 * @throws {@link MixedCurrencyError} when the summed orders and used targets are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force for an order's date or a target's start
 * @throws {@link ProrationForbiddenError} with `proration: false`, for a target that only partly overlaps the period
 * @example
 * ```ts
 * const byseller = revenueVsTargetGrouped(
 *   [order("o1", "s1", "600"), order("o2", "s2", "300")],                // January 2026, EUR
 *   [sellerTarget("t1", "s1", "1000"), sellerTarget("t2", "s2", "1000")], // January 2026
 *   { period: january2026, groupBy: "seller", sellers: [{ id: "s1", name: "Ana" }, { id: "s2", name: "Bo" }, { id: "s3", name: "Cy" }] },
 * );
 * byseller.groups.map((g) => [g.key, g.realized.toString(), g.status]);
 * //=> [["s1", "600", "alert"], ["s2", "300", "alert"], ["s3", "0", null]]
 * ```
  * @category Revenue vs target
 */
export function revenueVsTargetGrouped(
  orders: readonly Order[] | OrderTable,
  targets: readonly RevenueTarget[],
  options: RevenueVsTargetGroupedOptions,
): RevenueVsTargetGroupedResult {
  const settings = prepare(options);
  const period = checkPeriod(options.period, "period");
  const groupBy = options.groupBy;
  if (groupBy !== "seller" && groupBy !== "team") {
    throw new InvalidArgumentError(`groupBy must be "seller" or "team", got ${JSON.stringify(safeString(groupBy)).slice(0, 40)}`);
  }
  const outer = settings.filter;
  if (groupBy === "team") {
    if (options.sellers === undefined) throw new InvalidArgumentError('groupBy "team" needs the sellers roster (option sellers) to know who is in which team');
    if (outer.scope.level === "seller") throw new InvalidArgumentError('groupBy "team" cannot be used inside a seller scope');
  }
  const table = orderColumnsOf(orders, "orders");
  const figures = revenueVsTargetGroupedOf(tableRunner({ orders: table }), targets, settings, period, groupBy, options.sellers);
  return {
    indicator: "revenue-vs-target",
    unit: "money",
    currency: figures.currency,
    scope: outer.scope,
    groupBy,
    period,
    asOf: settings.asOf === null ? null : new Date(settings.asOf),
    thresholds: settings.thresholds,
    groups: figures.groups,
    warnings: figures.warnings,
  };
}

/**
 * Zod schema of a {@link RevenueVsTargetGroupedResult} as JSON, for `resultFromJSON`.
 *
 * @example
 * ```ts
 * const back = resultFromJSON(RevenueVsTargetGroupedResultSchema, JSON.stringify(grouped));
 * back.groups.map((g) => g.key); //=> the same keys, in the same order
 * ```
  * @category Revenue vs target
 */
export const RevenueVsTargetGroupedResultSchema: z.ZodType<RevenueVsTargetGroupedResult> = z.object({
  indicator: z.literal("revenue-vs-target"),
  unit: z.literal("money"),
  currency: CurrencyJsonSchema,
  scope: ScopeJsonSchema,
  groupBy: z.enum(["seller", "team"]),
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  thresholds: ThresholdsJsonSchema,
  groups: z.array(revenueVsTargetResultObject.extend({ key: z.string() })),
  warnings: z.array(z.string()),
});
