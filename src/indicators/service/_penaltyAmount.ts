/**
 * The computation of `penaltyAmount` on a plan runner.
 *
 * @internal
 * @module
 */
import type { CurrencyGuard } from "../../money/currencyGuard.js";
import type { CellValues, PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan, GroupKey } from "../../table/kernel/plan.js";
import type { ServiceSettings } from "./_serviceSettings.js";
import type { Bucket } from "../../period/types.js";
import { echoPeriod } from "../../period/checkPeriod.js";
import type { PenaltyAmountResult } from "./penaltyAmountTypes.js";

const MEASURES = {
  count: { kind: "count" },
  amount: { kind: "sum", column: "amount" },
  ids: { kind: "ids" },
} as const;

/** The penalties dated in `[start, cut)`, summed exactly (converted at their date). */
export function penaltyPlan(
  settings: ServiceSettings,
  group?: GroupKey,
  buckets?: readonly number[],
): AggregationPlan<typeof MEASURES> {
  return {
    table: "penalties",
    time: "date",
    window: { from: settings.start, to: settings.cut },
    ...(buckets === undefined ? {} : { buckets }),
    ...(group === undefined ? {} : { groupBy: [group] }),
    measures: MEASURES,
  };
}

function resultOf(
  cell: CellValues<typeof MEASURES>,
  settings: ServiceSettings,
  currency: string | null,
): PenaltyAmountResult {
  return {
    indicator: "penalty-amount",
    unit: "money",
    currency,
    period: settings.period,
    asOf: settings.asOf,
    amount: cell.amount,
    count: cell.count,
    ...(settings.explain ? { explain: { penaltyIds: [...cell.ids] } } : {}),
  };
}

/**
 * The penalty amount over the period on a plan runner.
 *
 * @param run - the plan runner over the penalties
 * @param settings - the checked options
 * @param guard - the computation's currency guard
 * @returns the result
 */
export function penaltyAmountOf(run: PlanRunner, settings: ServiceSettings, guard: CurrencyGuard): PenaltyAmountResult {
  const cell = run(penaltyPlan(settings), guard).total();
  return resultOf(cell, settings, guard.currency);
}

/**
 * The penalty amount per customer on a plan runner: one result per customer paid in the period,
 * in order of first penalty, all in the one currency of the computation.
 *
 * @param run - the plan runner over the penalties
 * @param settings - the checked options
 * @param guard - the computation's currency guard
 * @returns the currency and the groups
 */
export function penaltyAmountByCustomerOf(
  run: PlanRunner,
  settings: ServiceSettings,
  guard: CurrencyGuard,
): {
  readonly currency: string | null;
  readonly groups: { readonly key: string; readonly result: PenaltyAmountResult }[];
} {
  const cells = run(penaltyPlan(settings, { column: "customer" }), guard);
  const keys = (cells.keys[0] ?? []).filter((key): key is string => key !== null);
  // Every group is read before the currency is known: the guard has then met every amount.
  const totals = keys.map((key) => [key, cells.total(key)] as const);
  return {
    currency: guard.currency,
    groups: totals.map(([key, cell]) => ({ key, result: resultOf(cell, settings, guard.currency) })),
  };
}

/** One bucket of a penalty series: {@link penaltyAmountOf} over the bucket, labelled. */
export type PenaltyBucket = PenaltyAmountResult & { readonly label: string };

/**
 * The penalty amount bucket by bucket on a plan runner: one plan summing the penalties by bucket
 * (all through the computation's one currency guard), each bucket's result over the bucket as its
 * period, and the whole range's.
 */
export function penaltyAmountSeriesOf(
  run: PlanRunner,
  settings: ServiceSettings,
  guard: CurrencyGuard,
  buckets: readonly Bucket[],
): { readonly currency: string | null; readonly buckets: PenaltyBucket[]; readonly total: PenaltyAmountResult } {
  const cells = run(
    penaltyPlan(
      settings,
      undefined,
      buckets.map((bucket) => bucket.start.getTime()),
    ),
    guard,
  );
  // Every cell is read before the currency is known: the guard has then met every amount.
  const perBucket = buckets.map((bucket, index) => [bucket, cells.get(index)] as const);
  const total = cells.total();
  const zone = settings.calendar.timeZone;
  return {
    currency: guard.currency,
    buckets: perBucket.map(([bucket, cell]) => ({
      label: bucket.label,
      ...resultOf(cell, { ...settings, period: echoPeriod(bucket, zone) }, guard.currency),
    })),
    total: resultOf(total, settings, guard.currency),
  };
}
