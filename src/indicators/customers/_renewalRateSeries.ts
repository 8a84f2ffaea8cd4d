/**
 * The series form of the renewal rate: each bucket is the single form over the bucket as its
 * period, compared with the period of equal length just before it. Without `explain`, one plan:
 * the scope's orders from the first bucket's previous period to the range's end (or `asOf`),
 * counted by customer in buckets cut at every bucket's and every previous period's bounds; each
 * bucket's previous period and the bucket are unions of those buckets.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../../errors/index.js";
import { echoPeriod } from "../../period/checkPeriod.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { bucketSettings, checkCustomerSeries, countedEnd } from "./_customerSettings.js";
import { previousPeriodOf } from "./_previousPeriod.js";
import {
  checkRenewalOptions,
  listedRenewal,
  renewalOf,
  renewalResult,
  type RenewalCounts,
  type RenewalSettings,
} from "./_renewalRateFigures.js";
import type { RenewalRateResult } from "./renewalRateTypes.js";
import {
  DEFAULT_CUSTOMER_SERIES_GRAIN,
  type CustomerSeriesBucket,
  type CustomerSeriesOptions,
  type CustomerSeriesResult,
  type RenewalRateSeriesOptions,
} from "./customerSeriesTypes.js";
import type { RenewalRateOptions } from "./renewalRateTypes.js";

/** The indexes `[first, last)` of the sorted `bounds` that start inside `[from, to)`. */
function spanOf(bounds: readonly number[], from: number, to: number): readonly [number, number] {
  let first = 0;
  while (first < bounds.length && (bounds[first] as number) < from) first++;
  let last = first;
  while (last < bounds.length && (bounds[last] as number) < to) last++;
  return [first, last];
}

/**
 * Each bucket's counts from one plan: every customer's orders by plan bucket, read once per
 * customer; a customer counts as previous, current or renewed in a series bucket from the plan
 * buckets its two periods cover.
 */
function countedSeries(
  run: PlanRunner,
  settings: readonly RenewalSettings[],
  owners: readonly string[] | undefined,
  to: number,
): RenewalCounts[] {
  const from = Math.min(...settings.map((own) => own.previous.start.getTime()));
  const end = Math.max(from, to);
  const cuts = new Set<number>();
  for (const own of settings) {
    for (const bound of [own.previous.start, own.previous.end, own.period.start, own.period.end]) {
      const t = bound.getTime();
      if (t >= from && t < end) cuts.add(t);
    }
  }
  cuts.add(from);
  const bounds = [...cuts].sort((a, b) => a - b);
  const cells = run({
    table: "orders",
    time: "date",
    window: { from, to: end },
    buckets: bounds,
    ...(owners === undefined ? {} : { owners }),
    groupBy: [{ column: "customer" }],
    measures: { orders: { kind: "count" } },
  });
  const spans = settings.map((own) => ({
    previous: spanOf(bounds, own.previous.start.getTime(), own.previous.end.getTime()),
    current: spanOf(bounds, own.period.start.getTime(), own.period.end.getTime()),
  }));
  const counts = spans.map(() => ({ renewed: 0, lost: 0, currentCustomers: 0 }));
  const ordered = new Uint8Array(bounds.length);
  const any = ([first, last]: readonly [number, number]): boolean => {
    for (let i = first; i < last; i++) if (ordered[i] === 1) return true;
    return false;
  };
  for (const key of cells.keys[0] ?? []) {
    if (key === null) continue;
    for (let i = 0; i < bounds.length; i++) ordered[i] = cells.get(i, key).orders > 0 ? 1 : 0;
    spans.forEach((span, k) => {
      const count = counts[k] as { renewed: number; lost: number; currentCustomers: number };
      const now = any(span.current);
      if (now) count.currentCustomers += 1;
      if (any(span.previous)) {
        if (now) count.renewed += 1;
        else count.lost += 1;
      }
    });
  }
  const ordersOf = ([first, last]: readonly [number, number]): number => {
    let total = 0;
    for (let i = first; i < last; i++) total += cells.get(i, null).orders;
    return total;
  };
  return spans.map((span, k) => ({
    ...(counts[k] as { renewed: number; lost: number; currentCustomers: number }),
    none: { previousOrderCount: ordersOf(span.previous), currentOrderCount: ordersOf(span.current) },
    lists: null,
  }));
}

/**
 * The renewal rate bucket by bucket over the options' range, and over the whole range (compared
 * with the range's own previous period) as `total`.
 *
 * @throws InvalidArgumentError for an invalid option, or a `previousPeriod` (a series compares each bucket with its own)
 */
export function renewalRateSeriesOf(
  run: PlanRunner,
  options: RenewalRateSeriesOptions,
): CustomerSeriesResult<"customer-renewal-rate", RenewalRateResult> {
  if (typeof options === "object" && "previousPeriod" in options) {
    throw new InvalidArgumentError(
      "previousPeriod is not an option of a series: each bucket is compared with the period of its length just before it",
    );
  }
  const { settings, grain, buckets } = checkCustomerSeries(
    options as CustomerSeriesOptions<RenewalRateOptions>,
    DEFAULT_CUSTOMER_SERIES_GRAIN,
    checkRenewalOptions,
  );
  const zone = settings.calendar.timeZone;
  const perBucket = buckets.map((bucket): RenewalSettings => {
    const own = bucketSettings(settings, bucket);
    const { period, basis } = previousPeriodOf(own.period, zone, undefined);
    return { ...own, previous: period, basis };
  });
  const owners = settings.filter.owners;
  const scope = settings.filter.scope;
  // With explain, the lists follow each bucket's own order of first appearance: one plan per bucket.
  const counts = settings.explain
    ? perBucket.map((own) => listedRenewal(run, own, owners))
    : countedSeries(run, perBucket, owners, countedEnd(settings.period, settings.asOf));
  return {
    indicator: "customer-renewal-rate",
    grain,
    range: echoPeriod(settings.period, zone),
    asOf: settings.asOf === null ? null : new Date(settings.asOf),
    buckets: buckets.map((bucket, index): CustomerSeriesBucket<RenewalRateResult> => ({
      ...renewalResult(perBucket[index] as RenewalSettings, scope, counts[index] as RenewalCounts),
      label: bucket.label,
    })),
    total: renewalOf(run, settings, scope, owners),
  };
}
