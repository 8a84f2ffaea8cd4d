/**
 * The series form of every sales-flow indicator: the range split into buckets, each distinct plan
 * run once with the buckets, and the indicator's one computation read bucket by bucket.
 *
 * @internal
 * @module
 */
import type { CurrencyGuard } from "../../money/currencyGuard.js";
import { echoPeriod } from "../../period/checkPeriod.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { checkSalesFlowSeries, type SalesFlowSettings } from "./_salesFlowSettings.js";
import { bucketedSource, type SalesFlowSource } from "./_salesFlowSource.js";
import {
  DEFAULT_SALES_FLOW_SERIES_GRAIN,
  type SalesFlowOptions,
  type SalesFlowSeriesOptions,
  type SalesFlowSeriesResult,
} from "./salesFlowTypes.js";

/**
 * The series of `compute` over the buckets of `options.range`, and its total over the range.
 *
 * @param run - the plan runner over the records
 * @param options - the series' options (range, grain, and the indicator's own)
 * @param id - the indicator's id
 * @param guard - the computation's one currency guard (every bucket in one currency)
 * @param compute - the indicator's figures from a source and the settings of one period
 */
export function salesFlowSeriesOf<Id extends string, O extends SalesFlowOptions, R>(
  run: PlanRunner,
  options: SalesFlowSeriesOptions<O>,
  id: Id,
  guard: CurrencyGuard,
  compute: (source: SalesFlowSource, settings: SalesFlowSettings) => R,
): SalesFlowSeriesResult<Id, R> {
  const { settings, grain, buckets } = checkSalesFlowSeries(options, DEFAULT_SALES_FLOW_SERIES_GRAIN);
  const sources = bucketedSource(
    run,
    guard,
    settings,
    buckets.map(({ bucket }) => bucket.start.getTime()),
  );
  const perBucket = buckets.map(({ bucket, settings: own }, index) => ({
    label: bucket.label,
    ...compute(sources.bucket(index), own),
  }));
  return {
    indicator: id,
    grain,
    range: echoPeriod(settings.period, settings.calendar.timeZone),
    asOf: settings.asOf === null ? null : new Date(settings.asOf),
    buckets: perBucket,
    total: compute(sources.total, settings),
  };
}
