/**
 * Revenue versus target (2.1) on the aggregation kernel: the realized-revenue plans of the three
 * forms (one period, a series of buckets, one result per seller or team), run through a
 * {@link PlanRunner}, and the results computed from their cells and the targets. The public
 * functions check their options, turn their orders into a table and add the result's envelope.
 *
 * @internal
 * @module
 */
import type { RevenueTarget, Seller } from "../../model/types.js";
import { teamsOf } from "../../model/_teams.js";
import type { Bucket, Period } from "../../period/types.js";
import type { CellValues, PlanRunner } from "../../table/kernel/executePlan.js";
import type { GroupKey } from "../../table/kernel/plan.js";
import { EVERYTHING, type ScopeFilter } from "../../table/scope.js";
import type { TargetPart } from "../targets.js";
import type { Scope } from "../types.js";
import {
  buildResult,
  overlaps,
  sellersIn,
  targetsBelow,
  usedTargets,
  windowEnd,
  type RealizedFigure,
  type Settings,
  type Warning,
} from "./_revenueVsTargetCore.js";
import { realizedPlan, type RealizedMeasures } from "./realizedPlan.js";
import type { RevenueVsTargetResult } from "./revenueVsTargetTypes.js";

/** The realized figure of a cell of a realized-revenue plan: its sum, its order count and (explaining) its ids. @internal */
export function realizedOf(cell: CellValues<RealizedMeasures>, explain: boolean): RealizedFigure {
  return { sum: cell.revenue, count: cell.orders, ids: explain ? (cell.ids ?? []) : null };
}

/**
 * Revenue achieved versus target (CA réalisé / objectifs) over one period, for the outer scope of
 * `settings`: realized = the exact sum of the scope's orders dated in `[start, min(end, asOf))`,
 * target = the scope's own targets prorated to the period, and the figures of `buildResult`.
 * Amounts meet the computation's guard in table order, then the targets in input order.
 *
 * @param run - runs plans over the orders (`tableRunner({ orders })`)
 * @param targets - revenue targets at any level; only the scope's own are used
 * @param settings - the checked options (`prepare`)
 * @param period - the checked period
 * @returns the result
 * @throws MixedCurrencyError or MissingExchangeRateError from the currency check,
 *   ProrationForbiddenError with `proration: false`
 * @example
 * ```ts
 * import { tableRunner } from "../../table/kernel/executePlan.js";
 * import { orderColumnsOf } from "../../table/_columns.js";
 * const january = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") };
 * const order = (id: string, date: string, amount: string): Order =>
 *   ({ id, date: new Date(date), amount: toDecimal(amount), currency: "EUR", sellerId: "s1", customerId: "acme" });
 * const run = tableRunner({ orders: orderColumnsOf([order("o1", "2026-01-10T00:00:00Z", "600"), order("o2", "2026-01-20T00:00:00Z", "400")], "orders") });
 * const targets: RevenueTarget[] = [{ id: "t1", level: "company", start: january.start, end: january.end, amount: toDecimal("2000"), currency: "EUR" }];
 * const result = revenueVsTargetOf(run, targets, prepare({ targets, asOf: new Date("2026-01-15T00:00:00Z") }), january);
 * [result.realized.toString(), result.orderCount]; //=> ["600", 1]   (o2 is dated after asOf)
 * result.attainment.value?.toString();            //=> "0.3"        (600 / 2000)
 * ```
 */
export function revenueVsTargetOf(
  run: PlanRunner,
  targets: readonly RevenueTarget[],
  settings: Settings,
  period: Period,
): RevenueVsTargetResult {
  const { filter, guard, explain } = settings;
  const from = period.start.getTime();
  const to = period.end.getTime();
  const cells = run(
    realizedPlan({ from, to: windowEnd(period, settings.asOf), owners: settings.owners, explain }),
    guard,
  );
  const realized = realizedOf(cells.total(), explain);
  const parts = usedTargets(targets, filter, from, to, guard);
  const below = targetsBelow(targets, filter, from, to);
  return buildResult(settings, { scope: filter.scope, period, realized, targets: parts, below }, guard.currency);
}

/** What {@link revenueVsTargetSeriesOf} computes: a series result but its envelope. */
export interface SeriesFigures {
  readonly currency: string | null;
  readonly buckets: readonly (RevenueVsTargetResult & { readonly label: string })[];
  readonly total: RevenueVsTargetResult;
  /** The distinct warnings of the buckets and the total (by code and message). */
  readonly warnings: readonly Warning[];
}

/**
 * Revenue versus target (CA réalisé / objectifs) for each bucket of a range and over the whole
 * range: one realized-revenue plan bucketed at the buckets' starts, each bucket's result from its
 * cell, the total's from every bucket (`cells.total()`, the buckets partitioning the range); the
 * scope's own targets are prorated to each bucket and to the range.
 *
 * @param run - runs plans over the orders (`tableRunner({ orders })`)
 * @param targets - revenue targets at any level; only the scope's own are used
 * @param settings - the checked options (`prepare`)
 * @param range - the checked range
 * @param buckets - `splitRange(range, grain, calendar)`
 * @returns the buckets' results, the total, the currency and the warnings
 * @throws MixedCurrencyError or MissingExchangeRateError from the currency check,
 *   ProrationForbiddenError with `proration: false`
 * @example
 * ```ts
 * import { tableRunner } from "../../table/kernel/executePlan.js";
 * import { orderColumnsOf } from "../../table/_columns.js";
 * const range = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
 * const orders: Order[] = [{ id: "o1", date: new Date("2026-02-10T00:00:00Z"), amount: toDecimal("500"), currency: "EUR", sellerId: "s1", customerId: "acme" }];
 * const targets: RevenueTarget[] = [{ id: "t1", level: "company", start: range.start, end: range.end, amount: toDecimal("9000"), currency: "EUR" }];
 * const run = tableRunner({ orders: orderColumnsOf(orders, "orders") });
 * const figures = revenueVsTargetSeriesOf(run, targets, prepare({ targets }), range, splitRange(range, "month"));
 * figures.buckets.map((b) => [b.label, b.realized.toString(), b.target.toString()]);
 * //=> [["2026-01", "0", "3100"], ["2026-02", "500", "2800"], ["2026-03", "0", "3100"]]   (9000 over 90 days)
 * figures.total.realized.toString(); //=> "500"
 * ```
 */
export function revenueVsTargetSeriesOf(
  run: PlanRunner,
  targets: readonly RevenueTarget[],
  settings: Settings,
  range: Period,
  buckets: readonly Bucket[],
): SeriesFigures {
  const { filter, guard, explain } = settings;
  const from = range.start.getTime();
  const end = range.end.getTime();
  const starts = buckets.map((bucket) => bucket.start.getTime());
  const cells = run(
    realizedPlan({ from, to: windowEnd(range, settings.asOf), buckets: starts, owners: settings.owners, explain }),
    guard,
  );
  const parts = usedTargets(targets, filter, from, end, guard);
  const below = targetsBelow(targets, filter, from, end);
  const currency = guard.currency;
  const resultOver = (period: Period, realized: RealizedFigure): RevenueVsTargetResult =>
    buildResult(settings, { scope: filter.scope, period, realized, targets: parts, below }, currency);
  const results = buckets.map((bucket, b) => ({
    label: bucket.label,
    ...resultOver(bucket, realizedOf(cells.get(b), explain)),
  }));
  const total = resultOver(range, realizedOf(cells.total(), explain));
  return {
    currency,
    buckets: results,
    total,
    warnings: distinctWarnings([total, ...results].flatMap((result) => result.warnings)),
  };
}

/** The warnings once each (same code and message), in order of first appearance. */
function distinctWarnings(warnings: readonly Warning[]): Warning[] {
  const seen = new Map<string, Warning>();
  for (const warning of warnings) {
    const id = `${warning.code}\u0000${warning.message}`;
    if (!seen.has(id)) seen.set(id, warning);
  }
  return [...seen.values()];
}

/** What {@link revenueVsTargetGroupedOf} computes: a grouped result but its envelope. */
export interface GroupedFigures {
  readonly currency: string | null;
  readonly groups: readonly { readonly key: string; readonly result: RevenueVsTargetResult }[];
  readonly warnings: readonly Warning[];
}

/** The targets set at `level` that overlap `[from, to)`, by the seller or team they are set for. */
function targetsByScopeId(
  targets: readonly RevenueTarget[],
  level: "seller" | "team",
  from: number,
  to: number,
): Map<string, RevenueTarget[]> {
  const index = new Map<string, RevenueTarget[]>();
  for (const target of targets) {
    if (target.level !== level || target.scopeId === undefined || !overlaps(target, from, to)) continue;
    const list = index.get(target.scopeId);
    if (list === undefined) index.set(target.scopeId, [target]);
    else list.push(target);
  }
  return index;
}

/**
 * The seller groups: the roster first, then the other owners of the scope's orders of any date,
 * in order of first appearance (a plan over every order, grouped by owner).
 */
function sellerKeys(
  run: PlanRunner,
  roster: readonly Seller[] | undefined,
  owners: readonly string[] | undefined,
): string[] {
  const cells = run({
    table: "orders",
    time: "date",
    window: { from: null, to: null },
    ...(owners === undefined ? {} : { owners }),
    groupBy: [{ column: "owner", keys: (roster ?? []).map((seller) => seller.id) }],
    measures: {},
  });
  return (cells.keys[0] ?? []).filter((key): key is string => key !== null);
}

/** The team groups: the roster's teams, in roster order. */
function teamKeys(roster: readonly Seller[] | undefined): string[] {
  const teams = new Set<string>();
  for (const seller of roster ?? []) if (seller.teamId !== undefined) teams.add(seller.teamId);
  return [...teams];
}

/**
 * Revenue versus target (CA réalisé / objectifs) for each seller or each team of the outer scope:
 * groups from the roster (restricted to the scope) and, by seller, from the owners of every order
 * of the scope whatever its date (settled detail 15); realized from one plan grouped by owner (or
 * by team, relabelling the roster's sellers), amounts meeting the guard group by group; each
 * group's target from the targets set at its own level, prorated. Targets set for a seller or team
 * of the scope that gets no group are reported in the warnings.
 *
 * @param run - runs plans over the orders (`tableRunner({ orders })`)
 * @param targets - revenue targets; each group uses those set at its own level for itself
 * @param settings - the checked options (`prepare`)
 * @param period - the checked period
 * @param groupBy - `"seller"` or `"team"` (checked: `"team"` has a roster and no seller scope)
 * @param sellers - the roster (option `sellers`)
 * @returns the groups' results, the currency and the warnings
 * @throws MixedCurrencyError or MissingExchangeRateError from the currency check,
 *   ProrationForbiddenError with `proration: false`
 * @example
 * ```ts
 * import { tableRunner } from "../../table/kernel/executePlan.js";
 * import { orderColumnsOf } from "../../table/_columns.js";
 * const january = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") };
 * const order = (id: string, sellerId: string, amount: string): Order =>
 *   ({ id, date: new Date("2026-01-10T00:00:00Z"), amount: toDecimal(amount), currency: "EUR", sellerId, customerId: "acme" });
 * const run = tableRunner({ orders: orderColumnsOf([order("o1", "s1", "600"), order("o2", "s9", "300")], "orders") });
 * const targets: RevenueTarget[] = [{ id: "t1", level: "seller", scopeId: "s1", start: january.start, end: january.end, amount: toDecimal("1000"), currency: "EUR" }];
 * const figures = revenueVsTargetGroupedOf(run, targets, prepare({ targets }), january, "seller", [{ id: "s1" }, { id: "s2" }]);
 * figures.groups.map((g) => [g.key, g.result.realized.toString(), g.result.target.toString()]);
 * //=> [["s1", "600", "1000"], ["s2", "0", "0"], ["s9", "300", "0"]]   (the roster's sellers, then the other owners)
 * ```
 */
export function revenueVsTargetGroupedOf(
  run: PlanRunner,
  targets: readonly RevenueTarget[],
  settings: Settings,
  period: Period,
  groupBy: "seller" | "team",
  sellers: readonly Seller[] | undefined,
): GroupedFigures {
  const { filter: outer, guard, owners, explain } = settings;
  const roster = outer.scope.level === "company" ? sellers : sellersIn(sellers, outer);
  const keys = groupBy === "seller" ? sellerKeys(run, roster, owners) : teamKeys(roster);
  const groupKey: GroupKey =
    groupBy === "seller" ? { column: "owner", keys } : { column: "owner", keys, relabel: [...teamsOf(roster)] };
  const from = period.start.getTime();
  const to = period.end.getTime();
  const plan = realizedPlan({
    from,
    to: windowEnd(period, settings.asOf),
    owners,
    groupBy: [groupKey],
    visitGroups: true,
    explain,
  });
  const cells = run(plan, guard);

  const own = targetsByScopeId(targets, groupBy, from, to);
  const sellerTargets = groupBy === "team" ? targetsByScopeId(targets, "seller", from, to) : own;
  const members = groupBy === "team" ? membersOf(roster) : new Map<string, string[]>();
  // Every amount through the one guard first (orders, then targets group by group); then the
  // results, in the computation's final currency.
  const computed = keys.map((key) => {
    const scope: Scope = groupBy === "seller" ? { level: "seller", sellerId: key } : { level: "team", teamId: key };
    const parts: TargetPart[] = usedTargets(own.get(key) ?? [], EVERYTHING, from, to, guard);
    const below =
      groupBy === "team" ? (members.get(key) ?? []).flatMap((seller) => sellerTargets.get(seller) ?? []) : [];
    return { key, scope, realized: realizedOf(cells.get(0, key), explain), parts, below };
  });
  const currency = guard.currency;
  const groups = computed.map((group) => ({
    key: group.key,
    result: buildResult(
      settings,
      { scope: group.scope, period, realized: group.realized, targets: group.parts, below: group.below },
      currency,
    ),
  }));
  return { currency, groups, warnings: unshownTargets(own, new Set(keys), groupBy, outer) };
}

/** The roster's sellers of each team. */
function membersOf(roster: readonly Seller[] | undefined): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const [seller, team] of teamsOf(roster)) {
    const list = members.get(team);
    if (list === undefined) members.set(team, [seller]);
    else list.push(seller);
  }
  return members;
}

/** A warning for each seller or team of the outer scope with targets over the period but no group. */
function unshownTargets(
  own: ReadonlyMap<string, readonly RevenueTarget[]>,
  grouped: ReadonlySet<string>,
  groupBy: "seller" | "team",
  outer: ScopeFilter,
): Warning[] {
  const warnings: Warning[] = [];
  const scope = outer.scope;
  for (const [key, list] of own) {
    if (grouped.has(key)) continue;
    const inside =
      groupBy === "seller"
        ? outer.includesOwner(key)
        : scope.level === "company" || (scope.level === "team" && scope.teamId === key);
    if (!inside) continue;
    const ids = list.map((t) => JSON.stringify(t.id)).join(", ");
    warnings.push({
      code: "targets-without-group",
      message:
        groupBy === "seller"
          ? `target(s) ${ids} set for seller ${JSON.stringify(key)} overlap the period, but that seller has no order and is not in the sellers roster, so no group shows it: add the seller to the roster to list it with zero`
          : `target(s) ${ids} set for team ${JSON.stringify(key)} overlap the period, but no seller of the roster is in that team, so no group shows it`,
    });
  }
  return warnings;
}
