/**
 * The headline indicators' bodies over any plan runner: each form checks its options with the
 * public function on no records (so errors are exactly the in-memory ones), then runs the
 * indicator's internal function with the given runner, and builds the same result object.
 *
 * @module
 */
import type { SqlIndicatorName, SqlIndicators } from "./sqlCallTypes.js";
import { CurrencyGuard } from "../money/currencyGuard.js";
import { assertGrain, resolveCalendar } from "../period/calendar.js";
import { checkPeriod } from "../period/checkPeriod.js";
import { splitRange } from "../period/splitRange.js";
import type { PlanRunner } from "../table/kernel/executePlan.js";
import { activityRate } from "../indicators/activity/activityRate.js";
import { activityRateGrouped } from "../indicators/activity/activityRateGrouped.js";
import { activityRateSeries } from "../indicators/activity/activityRateSeries.js";
import { activityRateSettings } from "../indicators/activity/_activityRateCore.js";
import {
  activityRateGroupsOf,
  activityRateOf,
  activityRateSeriesOf,
} from "../indicators/activity/_activityRateFigures.js";
import { checkActivityWindow } from "../indicators/activity/_window.js";
import { lostDeals } from "../indicators/lostDeals/lostDeals.js";
import { lostDealsGrouped } from "../indicators/lostDeals/lostDealsGrouped.js";
import { lostDealsGroupedOf, lostDealsOf } from "../indicators/lostDeals/_lostDealsFigures.js";
import { checkLostDealsOptions } from "../indicators/lostDeals/_lostDealsSettings.js";
import { pipeline } from "../indicators/pipeline/pipeline.js";
import { pipelineGrouped } from "../indicators/pipeline/pipelineGrouped.js";
import { pipelineSeries } from "../indicators/pipeline/pipelineSeries.js";
import type { PipelineForecastOptions } from "../indicators/pipeline/pipelineTypes.js";
import { pipelineOf } from "../indicators/pipeline/_pipelineCore.js";
import { pipelineGroupsOf } from "../indicators/pipeline/_pipelineGroups.js";
import { checkPipelineOptions } from "../indicators/pipeline/_pipelineOptions.js";
import { pipelineSeriesOf } from "../indicators/pipeline/_pipelineSeries.js";
import { revenuePerSeller } from "../indicators/revenue/revenuePerSeller.js";
import type { RevenuePerSellerOptions } from "../indicators/revenue/revenuePerSellerTypes.js";
import { revenueVsTarget } from "../indicators/revenue/revenueVsTarget.js";
import {
  revenueVsTargetGrouped,
  type RevenueVsTargetCustomerGroupedOptions,
  type RevenueVsTargetGroupedOptions,
} from "../indicators/revenue/revenueVsTargetGrouped.js";
import { revenueVsTargetSeries } from "../indicators/revenue/revenueVsTargetSeries.js";
import { prepare } from "../indicators/revenue/_revenueVsTargetCore.js";
import { revenueVsTargetByCustomerOf } from "../indicators/revenue/_revenueVsTargetCustomers.js";
import {
  revenueVsTargetGroupedOf,
  revenueVsTargetOf,
  revenueVsTargetSeriesOf,
} from "../indicators/revenue/_revenueVsTargetFigures.js";
import { revenuePerCustomerFigures } from "../indicators/revenue/_revenuePerCustomerFigures.js";
import { revenuePerSellerFigures } from "../indicators/revenue/_revenuePerSellerFigures.js";
import { checkRevenuePerSellerOptions } from "../indicators/revenue/_revenuePerSellerOptions.js";

/** The options with the records a form keeps in its options, empty (the database holds them). */
function withForecastOrders<O extends { readonly forecast?: Omit<PipelineForecastOptions, "orders"> }>(
  options: O,
): O & { readonly forecast?: PipelineForecastOptions } {
  return (
    options.forecast === undefined ? options : { ...options, forecast: { ...options.forecast, orders: [] } }
  ) as O & {
    readonly forecast?: PipelineForecastOptions;
  };
}

type Calls = {
  readonly [K in SqlIndicatorName]: (
    run: PlanRunner,
    options: SqlIndicators[K]["options"],
  ) => SqlIndicators[K]["result"];
};

/** Each form's body over the runner `run`. */
export const SQL_CALLS: Calls = {
  revenueVsTarget(run, options) {
    revenueVsTarget([], options);
    return revenueVsTargetOf(run, options.targets, prepare(options), checkPeriod(options.period, "period"));
  },
  revenueVsTargetGrouped(run, options) {
    const empty = revenueVsTargetGrouped([], options);
    const settings = prepare(options);
    const period = checkPeriod(options.period, "period");
    if (empty.groupBy === "customer") {
      const top = (options as RevenueVsTargetCustomerGroupedOptions).top;
      const figures = revenueVsTargetByCustomerOf(run, settings, period, top);
      return {
        ...empty,
        currency: figures.currency,
        groups: figures.groups,
        rest: figures.rest,
        withoutCustomer: figures.withoutCustomer,
        warnings: figures.warnings,
      };
    }
    const grouped = options as RevenueVsTargetGroupedOptions;
    const figures = revenueVsTargetGroupedOf(run, grouped.targets, settings, period, empty.groupBy, grouped.sellers);
    return { ...empty, currency: figures.currency, groups: figures.groups, warnings: figures.warnings };
  },
  revenueVsTargetSeries(run, options) {
    const empty = revenueVsTargetSeries([], options);
    const settings = prepare(options);
    const range = checkPeriod(options.range, "range");
    const buckets = splitRange(range, options.grain ?? "month", settings.calendar);
    const figures = revenueVsTargetSeriesOf(run, options.targets, settings, range, buckets);
    return {
      ...empty,
      currency: figures.currency,
      buckets: figures.buckets,
      total: figures.total,
      warnings: figures.warnings,
    };
  },
  revenuePerSeller(run, options) {
    const inMemory =
      options.by === "customer" ? options : { ...options, ...(options.activities === true ? { activities: [] } : {}) };
    revenuePerSeller([], inMemory as RevenuePerSellerOptions);
    const { input } = checkRevenuePerSellerOptions(inMemory as RevenuePerSellerOptions);
    const guard = new CurrencyGuard(options);
    return input.by === "customer"
      ? revenuePerCustomerFigures(run, input, guard)
      : revenuePerSellerFigures(run, input, guard);
  },
  pipeline(run, options) {
    const inMemory = withForecastOrders(options);
    pipeline([], inMemory);
    return pipelineOf(run, checkPipelineOptions(inMemory, true).settings);
  },
  pipelineGrouped(run, options) {
    const inMemory = withForecastOrders(options);
    const empty = pipelineGrouped([], inMemory);
    const { groupBy: _groupBy, top, ...rest } = inMemory;
    const figures = pipelineGroupsOf(run, rest, empty.groupBy, top);
    return {
      ...empty,
      currency: figures.currency,
      groups: figures.groups,
      rest: figures.rest,
      withoutCustomer: figures.withoutCustomer,
    };
  },
  pipelineSeries(run, options) {
    const empty = pipelineSeries([], { ...options, orders: [] });
    const { range, grain: _grain, targets, ...rest } = options;
    const { settings } = checkPipelineOptions({ ...rest, forecast: { period: range, orders: [], targets } }, true, {
      forecast: "options",
      period: "range",
      orders: "orders",
      targets: "targets",
    });
    const periods = splitRange(settings.forecast?.period ?? range, empty.grain, settings.calendar);
    const figures = pipelineSeriesOf(run, settings, periods);
    return {
      ...empty,
      currency: figures.currency,
      totals: figures.totals,
      buckets: figures.buckets,
      total: figures.total,
      warnings: figures.warnings,
    };
  },
  lostDeals(run, options) {
    lostDeals([], options);
    return lostDealsOf(run, checkLostDealsOptions(options), new CurrencyGuard(options));
  },
  lostDealsGrouped(run, options) {
    lostDealsGrouped([], options);
    const { groupBy, ...rest } = options;
    const { currency, groups } = lostDealsGroupedOf(run, rest, groupBy, checkPeriod(options.range, "range"));
    return { indicator: "lost-deals", groupBy, currency, groups };
  },
  activityRate(run, options) {
    activityRate([], options);
    return activityRateOf(run, activityRateSettings(options), checkActivityWindow(options));
  },
  activityRateGrouped(run, options) {
    const empty = activityRateGrouped([], options);
    const { groupBy, ...rest } = options;
    return { ...empty, groups: activityRateGroupsOf(run, rest, groupBy, checkActivityWindow(options)) };
  },
  activityRateSeries(run, options) {
    const empty = activityRateSeries([], options);
    const window = checkActivityWindow({
      period: options.range,
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    });
    const grain = assertGrain(empty.grain);
    const buckets = splitRange(window.period, grain, resolveCalendar(options));
    const figures = activityRateSeriesOf(run, activityRateSettings(options), window, buckets);
    return { ...empty, ...figures };
  },
};
