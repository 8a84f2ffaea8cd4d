import * as z from "zod";
import type { FoldedCustomers, OrdersWithoutCustomer } from "../customerGroups.js";
import { checkPeriod, echoPeriod } from "../../period/checkPeriod.js";
import { safeString } from "../../errors/describe.js";
import { InvalidArgumentError } from "../../errors/index.js";
import type { Order } from "../../model/types.js";
import {
  CurrencyJsonSchema,
  DecimalJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ScopeJsonSchema,
  ThresholdsJsonSchema,
} from "../../model/resultJson.js";
import type { Period } from "../../period/types.js";
import type { Scope, Thresholds } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import type { RevenueVsTargetOptions, RevenueVsTargetResult } from "./revenueVsTarget.js";
import type { RevenueVsTargetCustomerResult, RevenueVsTargetWarningCode } from "./revenueVsTargetTypes.js";
import {
  prepare,
  revenueVsTargetCustomerResultObject,
  revenueVsTargetResultObject,
  WarningJsonSchema,
} from "./_revenueVsTargetCore.js";
import { revenueVsTargetByCustomerOf } from "./_revenueVsTargetCustomers.js";
import { revenueVsTargetGroupedOf } from "./_revenueVsTargetFigures.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";

/** Options of {@link revenueVsTargetGrouped}. @category Revenue vs target */
export type RevenueVsTargetGroupedOptions = RevenueVsTargetOptions & {
  /** One result per seller (owner) or per team of the `sellers` roster; `"customer"` takes {@link RevenueVsTargetCustomerGroupedOptions}. */
  readonly groupBy: "seller" | "team";
};

/** Options of {@link revenueVsTargetGrouped} by customer. @category Revenue vs target */
export type RevenueVsTargetCustomerGroupedOptions = RevenueVsTargetOptions & {
  /** One result per customer (the orders' `customerId`). */
  readonly groupBy: "customer";
  /**
   * Keep the first `top` customers (by realized revenue) and fold the others into `rest`. A whole
   * number >= 1; absent: every customer.
   */
  readonly top?: number;
};

/** One group of a {@link RevenueVsTargetGroupedResult}: its key and the result for the group's scope. @category Revenue vs target */
export interface RevenueVsTargetGroup {
  /** The seller id or team id. */
  readonly key: string;
  /** The group's result (its `scope` is the seller or the team). */
  readonly result: RevenueVsTargetResult;
}

/** One group of a {@link RevenueVsTargetCustomerGroupedResult}: the customer id and its revenue. @category Revenue vs target */
export interface RevenueVsTargetCustomerGroup {
  /** The customer id. */
  readonly key: string;
  /** The customer's revenue (target figures `null`: customers have no targets). */
  readonly result: RevenueVsTargetCustomerResult;
}

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
  readonly groups: readonly RevenueVsTargetGroup[];
  /** Notes, e.g. targets set for a seller or team that has no group (`targets-without-group`). */
  readonly warnings: readonly IndicatorWarning<RevenueVsTargetWarningCode>[];
}

/** Revenue for each customer, the largest first, with the rest folded when `top` is given. @category Revenue vs target */
export interface RevenueVsTargetCustomerGroupedResult {
  /** Stable indicator id. */
  readonly indicator: "revenue-vs-target";
  /** The unit of the money figures. */
  readonly unit: "money";
  /** Currency of every money figure of every group. */
  readonly currency: string | null;
  /** The scope whose orders were grouped (default the company). */
  readonly scope: Scope;
  /** How the groups were made. */
  readonly groupBy: "customer";
  /** The `[start, end)` period measured. */
  readonly period: Period;
  /** The `asOf` used, or `null`. */
  readonly asOf: Date | null;
  /** The status thresholds given (no customer result is judged: customers have no targets). */
  readonly thresholds: Thresholds;
  /** The customers with orders in the window, by realized revenue descending, ties by key ascending; the first `top` with `top`. */
  readonly groups: readonly RevenueVsTargetCustomerGroup[];
  /** The customers beyond `top`, folded into one result (their orders summed); `null` when none was folded. */
  readonly rest: FoldedCustomers<RevenueVsTargetCustomerResult> | null;
  /** The orders of the window that have no customer, in no group: how many, and their sum. */
  readonly withoutCustomer: OrdersWithoutCustomer;
  /** Notes: `orders-without-customer` when {@link withoutCustomer} is not empty. */
  readonly warnings: readonly IndicatorWarning<RevenueVsTargetWarningCode>[];
}

/**
 * Revenue achieved versus target (CA réalisé / objectifs) for each seller, each team or each
 * customer: {@link revenueVsTarget} computed for every group, each group with its own targets only.
 *
 * Formulas, in words: groups come from the orders' `sellerId` (and, for teams, the roster's
 * `teamId`); sellers of the roster with no order appear with zero and owners missing from the
 * roster are never removed (settled detail 15). For each group, realized = sum of the group's
 * orders dated in `[start, min(end, asOf))` and orderCount = their number; target = the targets
 * set at that seller's (or team's) own level, prorated; the other figures as in
 * {@link revenueVsTarget}. Sellers' realized sums add up to the scope's realized; sellers' targets
 * never roll up into a team's (settled detail 1).
 *
 * By customer (`groupBy: "customer"`, spec section 1 "Scope"): realized and orderCount of each
 * customer's orders of the scope in the window; groups ordered by realized descending, ties by
 * customer id ascending; with `top: n` the first n groups are kept and the others are folded into
 * `rest` (their orders summed), `null` when nothing was folded.
 *
 * Interpretation: groups are made from all the orders given (within the outer `scope`), not only
 * those dated in the period, so a seller who sold before the period still appears, with zero.
 * Interpretation: the outer `scope` (default the company) restricts the groups: `groupBy: "seller"`
 * within a team scope gives that team's sellers; `groupBy: "team"` within a seller scope is refused.
 * Interpretation: one currency check covers every group, so all groups share one `currency`.
 * A target set for a seller (or team) that gets no group is reported in `warnings`, not silently
 * dropped; pass the roster to list that seller (or team) with zero.
 * Interpretation: targets are never set for a customer, so a customer group's `target`,
 * `attainment`, `remaining`, `expectedToDate`, `pace` and `status` are `null` with
 * `targetReason` and `statusReason` `"no-customer-targets"`; its `projected` (run rate) is given.
 * Interpretation: a customer group exists only for a customer with at least one order of the scope
 * in the window (there is no customer roster). An order without a customer (possible in records
 * built by hand; parsed orders always have one) is in no customer group: `withoutCustomer` gives
 * how many there were and their sum, with a warning `orders-without-customer`.
 * Interpretation: `rest`'s explain ids list the folded customers' orders customer by customer, in
 * the groups' order, each customer's in input order.
 *
 * @param orders - an array of orders or invoices (domain records), or its table (`orderTable`):
 *   pass the table when calling several indicators on the same orders
 * @param options - `targets`, `groupBy`, `top` (customers only), and the options of
 *   {@link revenueVsTarget}; `groupBy: "team"` needs `sellers`
 * @returns the {@link RevenueVsTargetGroupedResult}, or the {@link RevenueVsTargetCustomerGroupedResult}
 *   with `groupBy: "customer"`
 * @throws {@link InvalidArgumentError} for an invalid `groupBy` (or `"team"` without a roster or inside a
 *   seller scope), a `top` that is not a whole number >= 1 or given without `groupBy: "customer"`,
 *   `targets` that are not an array, `orders` that are neither an array nor an order table, and for
 *   the option errors of {@link revenueVsTarget}
 * @throws {@link InvalidMoneyError} for a threshold that is not a decimal
 * @throws {@link UnknownCurrencyError} when `currency` is not an ISO 4217 code
 * @throws {@link MixedCurrencyError} when the summed orders and used targets are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force for an order's date or a target's start
 * @throws {@link ProrationForbiddenError} with `proration: false`, for a target that only partly overlaps the period
 * @category Revenue vs target
 * @example
 * ```ts
 * const january = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") };
 * const order = (id: string, sellerId: string, customerId: string, amount: string) =>
 *   ({ id, date: new Date("2026-01-10T00:00:00Z"), amount: toDecimal(amount), currency: "EUR", sellerId, customerId });
 * const orders = [order("o1", "s1", "acme", "600"), order("o2", "s2", "bolt", "300"), order("o3", "s2", "acme", "100")];
 * const targets = [{ id: "t1", level: "seller" as const, scopeId: "s1", start: january.start, end: january.end, amount: toDecimal("1000"), currency: "EUR" }];
 * const bySeller = revenueVsTargetGrouped(orders, { targets, period: january, groupBy: "seller", sellers: [{ id: "s1" }, { id: "s2" }, { id: "s3" }] });
 * bySeller.groups.map((g) => [g.key, g.result.realized.toString(), g.result.orderCount, g.result.status]);
 * //=> [["s1", "600", 1, "alert"], ["s2", "400", 2, null], ["s3", "0", 0, null]]
 * const byCustomer = revenueVsTargetGrouped(orders, { targets, period: january, groupBy: "customer", top: 1 });
 * byCustomer.groups.map((g) => [g.key, g.result.realized.toString(), g.result.target]); //=> [["acme", "700", null]]
 * byCustomer.rest?.groupCount;                    //=> 1
 * byCustomer.rest?.result.realized.toString();    //=> "300"
 * ```
 */
export function revenueVsTargetGrouped(
  orders: readonly Order[] | OrderTable,
  options: RevenueVsTargetGroupedOptions,
): RevenueVsTargetGroupedResult;
/** By customer: `groupBy: "customer"`, with `top` and `rest` (see the first signature). @category Revenue vs target */
export function revenueVsTargetGrouped(
  orders: readonly Order[] | OrderTable,
  options: RevenueVsTargetCustomerGroupedOptions,
): RevenueVsTargetCustomerGroupedResult;
/** Options known only at run time: the result's `groupBy` says which form it is. @category Revenue vs target */
export function revenueVsTargetGrouped(
  orders: readonly Order[] | OrderTable,
  options: RevenueVsTargetGroupedOptions | RevenueVsTargetCustomerGroupedOptions,
): RevenueVsTargetGroupedResult | RevenueVsTargetCustomerGroupedResult;
export function revenueVsTargetGrouped(
  orders: readonly Order[] | OrderTable,
  options: RevenueVsTargetGroupedOptions | RevenueVsTargetCustomerGroupedOptions,
): RevenueVsTargetGroupedResult | RevenueVsTargetCustomerGroupedResult {
  const settings = prepare(options);
  const period = checkPeriod(options.period, "period");
  const groupBy: unknown = options.groupBy;
  if (groupBy !== "seller" && groupBy !== "team" && groupBy !== "customer") {
    throw new InvalidArgumentError(
      `groupBy must be "seller", "team" or "customer", got ${JSON.stringify(safeString(groupBy)).slice(0, 40)}`,
    );
  }
  const top: unknown = (options as { readonly top?: unknown }).top;
  if (top !== undefined) {
    if (groupBy !== "customer") throw new InvalidArgumentError('top is for groupBy "customer" only');
    if (typeof top !== "number" || !Number.isSafeInteger(top) || top < 1)
      throw new InvalidArgumentError(`top must be a whole number >= 1, got ${safeString(top)}`);
  }
  const outer = settings.filter;
  if (groupBy === "team") {
    if (options.sellers === undefined)
      throw new InvalidArgumentError(
        'groupBy "team" needs the sellers roster (option sellers) to know who is in which team',
      );
    if (outer.scope.level === "seller")
      throw new InvalidArgumentError('groupBy "team" cannot be used inside a seller scope');
  }
  const table = orderColumnsOf(orders, "orders");
  const envelope = {
    indicator: "revenue-vs-target",
    unit: "money",
    scope: outer.scope,
    period: echoPeriod(period, settings.calendar.timeZone),
    asOf: settings.asOf === null ? null : new Date(settings.asOf),
    thresholds: settings.thresholds,
  } as const;
  if (groupBy === "customer") {
    const figures = revenueVsTargetByCustomerOf(tableRunner({ orders: table }), settings, period, top);
    return {
      ...envelope,
      currency: figures.currency,
      groupBy,
      groups: figures.groups,
      rest: figures.rest,
      withoutCustomer: figures.withoutCustomer,
      warnings: figures.warnings,
    };
  }
  const figures = revenueVsTargetGroupedOf(
    tableRunner({ orders: table }),
    options.targets,
    settings,
    period,
    groupBy,
    options.sellers,
  );
  return { ...envelope, currency: figures.currency, groupBy, groups: figures.groups, warnings: figures.warnings };
}

/**
 * Zod schema of a {@link RevenueVsTargetGroupedResult} (by seller or team) as JSON, for `resultFromJSON`.
 *
 * @category Revenue vs target
 * @example
 * ```ts
 * const bySeller = revenueVsTargetGrouped(
 *   [{ id: "o1", date: new Date("2026-01-10T00:00:00Z"), amount: toDecimal("600"), currency: "EUR", sellerId: "s1", customerId: "acme" }],
 *   { targets: [], period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") }, groupBy: "seller", sellers: [{ id: "s1" }, { id: "s2" }] },
 * );
 * const back = resultFromJSON(RevenueVsTargetGroupedResultSchema, JSON.stringify(bySeller));
 * back.groups.map((g) => [g.key, g.result.realized.toString()]); //=> [["s1", "600"], ["s2", "0"]]
 * ```
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
  groups: z.array(z.object({ key: z.string(), result: revenueVsTargetResultObject })),
  warnings: z.array(WarningJsonSchema),
});

/**
 * Zod schema of a {@link RevenueVsTargetCustomerGroupedResult} (`groupBy: "customer"`) as JSON, for `resultFromJSON`.
 *
 * @category Revenue vs target
 * @example
 * ```ts
 * const order = (id: string, customerId: string, amount: string): Order =>
 *   ({ id, date: new Date("2026-01-10T00:00:00Z"), amount: toDecimal(amount), currency: "EUR", sellerId: "s1", customerId });
 * const byCustomer = revenueVsTargetGrouped([order("o1", "acme", "700"), order("o2", "bolt", "300")], {
 *   targets: [],
 *   period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") },
 *   groupBy: "customer",
 *   top: 1,
 * });
 * const back = resultFromJSON(RevenueVsTargetCustomerGroupedResultSchema, JSON.stringify(byCustomer));
 * back.groups.map((g) => [g.key, g.result.realized.toString()]); //=> [["acme", "700"]]
 * [back.rest?.groupCount, back.rest?.result.realized.toString()]; //=> [1, "300"]
 * ```
 */
export const RevenueVsTargetCustomerGroupedResultSchema: z.ZodType<RevenueVsTargetCustomerGroupedResult> = z.object({
  indicator: z.literal("revenue-vs-target"),
  unit: z.literal("money"),
  currency: CurrencyJsonSchema,
  scope: ScopeJsonSchema,
  groupBy: z.literal("customer"),
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  thresholds: ThresholdsJsonSchema,
  groups: z.array(z.object({ key: z.string(), result: revenueVsTargetCustomerResultObject })),
  rest: z.object({ groupCount: z.number().int().positive(), result: revenueVsTargetCustomerResultObject }).nullable(),
  withoutCustomer: z.object({ orderCount: z.number().int().nonnegative(), realized: DecimalJsonSchema }),
  warnings: z.array(WarningJsonSchema),
});
