/**
 * The computation of `revenuePerSeller` on a {@link PlanRunner}: one plan of realized revenue by
 * bucket and seller, one plan of done activities by seller, then the figures from the cells.
 *
 * @internal
 * @module
 */
import type { CurrencyGuard } from "../../money/currencyGuard.js";
import { Dec } from "../../money/dec.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan, CountMeasure, IdsMeasure } from "../../table/kernel/plan.js";
import { proratedTarget, type TargetPart } from "../targets.js";
import { effortVsResult, type SellerEffort } from "./_revenuePerSellerEffort.js";
import type { RevenuePerSellerInput } from "./_revenuePerSellerOptions.js";
import { sellerSeries, type SellerBuckets, type SeriesContext } from "./_revenuePerSellerSeries.js";
import type { IndicatorWarning } from "../warnings.js";
import type {
  RevenuePerSellerResult,
  RevenuePerSellerSeries,
  RevenuePerSellerWarningCode,
} from "./revenuePerSellerTypes.js";

/** A warning of revenue per seller. @internal */
export type Warning = IndicatorWarning<RevenuePerSellerWarningCode>;
import { realizedPlan } from "./realizedPlan.js";

/** The measures of the done-activities plan: the count and (explaining) the ids in table order. */
interface DoneMeasures {
  readonly [name: string]: CountMeasure | IdsMeasure;
  readonly done: CountMeasure;
}

/** The sellers listed whatever the records: the roster's sellers in the scope, then a seller scope's seller. */
function listedSellers(input: RevenuePerSellerInput): string[] {
  const listed = new Set(input.roster.map((seller) => seller.id).filter((id) => input.filter.includesOwner(id)));
  if (input.filter.scope.level === "seller") listed.add(input.filter.scope.sellerId);
  return [...listed];
}

/** Done activities dated in `[from, to)` by owner, counted and (explaining) listed in table order. */
function donePlan(
  from: number,
  to: number,
  owners: readonly string[] | undefined,
  explain: boolean,
): AggregationPlan<DoneMeasures> {
  return {
    table: "activities",
    time: "date",
    window: { from, to: Math.max(from, to) },
    ...(owners === undefined ? {} : { owners }),
    where: [{ kind: "in", column: "status", values: ["done"] }],
    groupBy: [{ column: "owner" }],
    measures: explain ? { done: { kind: "count" }, ids: { kind: "ids" } } : { done: { kind: "count" } },
  };
}

function compareTargetParts(a: TargetPart, b: TargetPart): number {
  return (
    a.start.getTime() - b.start.getTime() ||
    a.end.getTime() - b.end.getTime() ||
    a.value.comparedTo(b.value) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The seller-level targets overlapping the range of the sellers in the scope, converted to the
 * computation's currency at their start, in input order; each seller's sorted so that the target
 * ids in `explain` do not depend on the input order.
 */
function sellerTargets(input: RevenuePerSellerInput, guard: CurrencyGuard): Map<string, TargetPart[]> {
  const start = input.range.start.getTime();
  const end = input.range.end.getTime();
  const bySeller = new Map<string, TargetPart[]>();
  for (const target of input.targets ?? []) {
    if (target.level !== "seller" || typeof target.scopeId !== "string") continue;
    if (!(target.start.getTime() < end && target.end.getTime() > start)) continue;
    if (!input.filter.includesOwner(target.scopeId)) continue;
    const parts = bySeller.get(target.scopeId) ?? [];
    parts.push({
      id: target.id,
      start: target.start,
      end: target.end,
      value: guard.convert(target.amount, target.currency, target.start),
    });
    bySeller.set(target.scopeId, parts);
  }
  for (const parts of bySeller.values()) parts.sort(compareTargetParts);
  return bySeller;
}

/** The warnings about `asOf`: before the range, or inside it. @internal */
export function asOfWarnings(input: RevenuePerSellerInput): Warning[] {
  const warnings: Warning[] = [];
  const { asOf } = input;
  if (asOf !== null && asOf < input.range.end.getTime()) {
    const before = asOf <= input.range.start.getTime();
    warnings.push({
      code: before ? "as-of-before-range" : "partial-range",
      message: before
        ? `asOf ${new Date(asOf).toISOString()} is at or before the range start: nothing is counted and no bucket is judged`
        : `asOf ${new Date(asOf).toISOString()} falls inside the range: the bucket holding it is partial (revenue to date) and later buckets are not judged`,
    });
  }
  return warnings;
}

function warningsOf(input: RevenuePerSellerInput, sellerCount: number, withoutTarget: readonly string[]): Warning[] {
  const warnings = asOfWarnings(input);
  if (input.targets !== undefined && sellerCount > 0 && withoutTarget.length > 0) {
    const missing = withoutTarget.map((id) => JSON.stringify(id)).sort();
    warnings.push({
      code: "quadrants-on-realized",
      message: `not every seller has a target over the range (${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", ..." : ""}): the quadrants split result on realized revenue, not attainment`,
    });
  }
  return warnings;
}

/** What judging a series needs, from the checked options. @internal */
export function seriesContext(input: RevenuePerSellerInput): SeriesContext {
  return {
    buckets: input.buckets,
    trailingBuckets: input.trailingBuckets,
    dropFactor: new Dec(1).minus(input.drop),
    exceptionalFactor: new Dec(1).plus(input.exceptional),
    asOf: input.asOf,
    proration: input.proration,
  };
}

/**
 * Revenue per seller over time (spec 2.2) from the records `runner` reads: the orders dated in
 * `[range start, min(range end, asOf))` summed by bucket and seller, the seller targets, and the
 * done activities of the same window counted by seller. Sellers are listed in the roster's order
 * (those of the scope), then as first met among the orders, the targets and the activities.
 *
 * @param runner - runs the plans over the orders (and the activities when `input.withActivities`)
 * @param input - the checked options
 * @param guard - the computation's currency guard: it meets the orders in table order, then the targets
 * @returns the result of `revenuePerSeller`
 * @throws MixedCurrencyError, MissingExchangeRateError, ProrationForbiddenError as `revenuePerSeller`
 */
export function revenuePerSellerFigures(
  runner: PlanRunner,
  input: RevenuePerSellerInput,
  guard: CurrencyGuard,
): RevenuePerSellerResult {
  const { buckets, range, explain } = input;
  const from = range.start.getTime();
  const to = input.asOf === null ? range.end.getTime() : Math.min(range.end.getTime(), input.asOf);
  const owners = input.filter.owners;
  const orders = runner(
    realizedPlan({
      from,
      to,
      buckets: buckets.map((bucket) => bucket.start.getTime()),
      ...(owners === undefined ? {} : { owners }),
      groupBy: [{ column: "owner", keys: listedSellers(input) }],
      explain,
    }),
    guard,
  );
  const targets = sellerTargets(input, guard);
  const activities = input.withActivities ? runner(donePlan(from, to, owners, explain), guard) : null;

  // The listed sellers and the orders' owners (the keys of the orders plan), then the targets' holders and the activities' owners.
  const sellers = new Set<string>();
  for (const id of [...(orders.keys[0] ?? []), ...targets.keys(), ...(activities?.keys[0] ?? [])])
    if (id !== null) sellers.add(id);

  const context = seriesContext(input);
  const series: RevenuePerSellerSeries[] = [];
  const efforts: SellerEffort[] = [];
  for (const sellerId of sellers) {
    const cells = buckets.map((_, bucket) => orders.get(bucket, sellerId));
    const orderIds = explain ? cells.map((cell) => cell.ids as readonly string[]) : null;
    const parts = targets.get(sellerId) ?? [];
    const seller: SellerBuckets = {
      sellerId,
      realized: cells.map((cell) => cell.revenue),
      counts: cells.map((cell) => cell.orders),
      orderIds,
      targets: parts,
    };
    const line = sellerSeries(seller, context);
    series.push(line);
    const { total: target, ids: targetIds } = proratedTarget(parts, range, input.proration);
    const done = activities?.total(sellerId);
    efforts.push({
      sellerId,
      realized: line.total,
      target,
      activityCount: done === undefined ? null : done.done,
      explain:
        orderIds === null
          ? null
          : { orderIds: orderIds.flat(), targetIds, activityIds: (done?.ids as readonly string[] | undefined) ?? [] },
    });
  }

  const effort = effortVsResult(efforts, input.withActivities);
  return {
    indicator: "revenue-per-seller",
    unit: "money",
    by: "seller",
    currency: guard.currency,
    scope: input.filter.scope,
    grain: input.grain,
    range,
    asOf: input.asOf === null ? null : new Date(input.asOf),
    buckets,
    sellers: series,
    effortVsResult: effort.lines,
    medians: effort.medians,
    thresholds: { trailingBuckets: input.trailingBuckets, drop: input.drop, exceptional: input.exceptional },
    warnings: warningsOf(input, sellers.size, effort.sellersWithoutTarget),
  };
}
