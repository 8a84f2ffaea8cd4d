/**
 * The series form of new customer revenue and new versus existing revenue: each bucket is the
 * single form over the bucket as its period. Without `explain`, two plans in all: every
 * customer's first order, and the scope's orders of the range by bucket and customer; a customer
 * of a bucket is new there when its first order is at or after the bucket's start.
 *
 * @internal
 * @module
 */
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { echoPeriod } from "../../period/checkPeriod.js";
import {
  checkCustomerOptions,
  checkCustomerSeries,
  bucketSettings,
  countedEnd,
  type CustomerSettings,
} from "./_customerSettings.js";
import {
  earliestOrder,
  firstOrdersPlan,
  READINGS,
  splitCustomers,
  splitOf,
  windowPlan,
  type Computation,
  type CustomerReadings,
  type CustomerSplit,
} from "./_customerRevenueFigures.js";
import {
  DEFAULT_CUSTOMER_SERIES_GRAIN,
  type CustomerRevenueSeriesResult,
  type CustomerSeriesBucket,
  type CustomerSeriesOptions,
} from "./customerSeriesTypes.js";

/**
 * One reading of the customer split bucket by bucket over the options' range, and over the whole
 * range as `total`.
 *
 * @throws InvalidArgumentError for an invalid option; MixedCurrencyError, MissingExchangeRateError from the currency check
 */
export function customerRevenueSeriesOf<I extends keyof CustomerReadings>(
  run: PlanRunner,
  options: CustomerSeriesOptions,
  indicator: I,
): CustomerRevenueSeriesResult<I, CustomerReadings[I]> {
  const { settings, grain, buckets } = checkCustomerSeries(
    options,
    DEFAULT_CUSTOMER_SERIES_GRAIN,
    checkCustomerOptions,
  );
  const first = run(firstOrdersPlan());
  const earliest = earliestOrder(first);
  const computationOf = (own: CustomerSettings): Computation => ({ settings: own, first, existing: [], earliest });
  const owners = settings.filter.owners;
  const perBucket = buckets.map((bucket) => bucketSettings(settings, bucket));
  let splits: CustomerSplit[];
  let total: CustomerSplit;
  if (settings.explain) {
    // The explain lists follow each bucket's own order of first appearance: one window plan per bucket.
    splits = perBucket.map((own) => splitOf(run, computationOf(own), owners));
    total = splitOf(run, computationOf(settings), owners);
  } else {
    const from = settings.period.start.getTime();
    const window = run(
      {
        ...windowPlan(from, countedEnd(settings.period, settings.asOf), owners, false),
        buckets: buckets.map((bucket) => bucket.start.getTime()),
      },
      settings.guard,
    );
    splits = buckets.map((bucket, index) => splitCustomers(first, window, bucket.start.getTime(), false, index));
    total = splitCustomers(first, window, from, false, null);
  }
  // Every plan has met the one guard: each bucket carries the series' final currency.
  const zone = settings.calendar.timeZone;
  const bucketResults = buckets.map((bucket, index): CustomerSeriesBucket<CustomerReadings[I]> => ({
    ...(READINGS[indicator](
      computationOf(perBucket[index] as CustomerSettings),
      settings.filter.scope,
      splits[index] as CustomerSplit,
    ) as CustomerReadings[I]),
    label: bucket.label,
  }));
  return {
    indicator,
    currency: settings.guard.currency,
    grain,
    range: echoPeriod(settings.period, zone),
    asOf: settings.asOf === null ? null : new Date(settings.asOf),
    buckets: bucketResults,
    total: READINGS[indicator](computationOf(settings), settings.filter.scope, total) as CustomerReadings[I],
  };
}
