/**
 * The computation behind {@link pipelineSeries}: the forecast of every period of a series from
 * shared plans (the open deals once, the realized orders by bucket, the open deals expected in
 * each period's window by bucket), with the figures of one {@link pipeline} forecast per period.
 *
 * @internal
 * @module
 */
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { realizedPlan } from "../revenue/realizedPlan.js";
import type { IndicatorWarning } from "../warnings.js";
import { amountsOf, checkStages } from "./_pipelineCore.js";
import { forecastFigures, noDeals, windowStart, type InWindowValues } from "./_pipelineForecast.js";
import type { PipelineSettings } from "./_pipelineOptions.js";
import { amountMeasures, expectedByBucketPlan, totalsPlan, type PipelinePlanContext } from "./_pipelinePlans.js";
import type { PipelineAmounts, PipelineForecast, PipelineWarningCode } from "./pipelineTypes.js";

/** A period of a series: its label and bounds (as `splitRange` gives them). */
export interface SeriesPeriod {
  readonly label: string;
  readonly start: Date;
  readonly end: Date;
}

/** The figures of a series. */
export interface PipelineSeriesFigures {
  /** The currency of every amount; `null` when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** Every open deal of the scope at `asOf`. */
  readonly totals: PipelineAmounts;
  /** One forecast per period, labelled, in order. */
  readonly buckets: readonly (PipelineForecast & { readonly label: string })[];
  /** The forecast over the whole range. */
  readonly total: PipelineForecast;
  readonly warnings: readonly IndicatorWarning<PipelineWarningCode>[];
}

/**
 * The forecast of each period of `periods` (contiguous, in order, covering `range`) and of the
 * whole range, each with the figures {@link pipeline} gives for that period as its forecast period.
 * Checks the stages, then runs three plans: every open deal (so that amounts meet the currency
 * check as in {@link pipeline}), the realized orders by period, and the open deals expected in
 * each period's window by period; then the targets, period by period.
 *
 * @param runner - runs the plans over the deals and the orders
 * @param settings - the checked options; `settings.forecast` holds the range and the targets
 * @param periods - the periods of the range, from `splitRange`
 * @returns the forecasts
 * @throws UnknownStageError, MixedCurrencyError, MissingExchangeRateError, ProrationForbiddenError
 */
export function pipelineSeriesOf(
  runner: PlanRunner,
  settings: PipelineSettings,
  periods: readonly SeriesPeriod[],
): PipelineSeriesFigures {
  const forecast = settings.forecast;
  if (forecast === null) throw new TypeError("pipelineSeriesOf needs the range as the forecast period");
  const { guard, explain } = settings;
  const context: PipelinePlanContext = {
    asOf: settings.asOf,
    asOfDayStart: settings.asOfDayStart,
    owners: settings.owners,
    groupBy: undefined,
  };
  checkStages(runner, settings, settings.owners);
  const measures = amountMeasures(settings.stages, explain);
  const totals = runner(totalsPlan(context, measures), guard);

  const starts = periods.map((period) => period.start.getTime());
  const rangeStart = forecast.period.start.getTime();
  const rangeEnd = forecast.period.end.getTime();
  // Realized: each period's [start, min(end, asOf)) is its bucket of [rangeStart, min(rangeEnd, asOf)).
  const realized = runner(
    realizedPlan({
      from: rangeStart,
      to: Math.min(rangeEnd, settings.asOf),
      buckets: starts,
      ...(settings.owners === undefined ? {} : { owners: settings.owners }),
      explain,
    }),
    guard,
  );
  // Period p's window is [bounds[p], bounds[p + 1]): the windows tile [bounds[0], bounds[n]).
  // Windows before asOf's day are empty; only the non-empty ones are buckets of the plan.
  const bounds = [...starts, rangeEnd].map((t) => windowStart(settings, t));
  const open = periods.map((_, p) => (bounds[p] as number) < (bounds[p + 1] as number));
  const kernelStarts = bounds.filter((_, p) => open[p] === true);
  const inWindow =
    kernelStarts.length === 0
      ? null
      : runner(expectedByBucketPlan(context, kernelStarts, bounds[periods.length] as number, measures), guard);
  const empty = noDeals(explain);
  let next = 0;
  const inWindowOf = periods.map((_, p): InWindowValues =>
    open[p] === true && inWindow !== null ? inWindow.get(next++) : empty,
  );

  const buckets = periods.map((period, p) => ({
    label: period.label,
    ...forecastFigures(
      {
        period: { start: new Date(period.start.getTime()), end: new Date(period.end.getTime()) },
        targets: forecast.targets,
      },
      realized.get(p),
      inWindowOf[p] as InWindowValues,
      settings.scope,
      settings,
    ),
  }));
  const total = forecastFigures(
    forecast,
    realized.total(),
    inWindow === null ? empty : inWindow.total(),
    settings.scope,
    settings,
  );
  const over = buckets.filter((bucket) => bucket.window === null).map((bucket) => bucket.label);
  const warnings: IndicatorWarning<PipelineWarningCode>[] =
    over.length === 0
      ? []
      : [
          {
            code: "forecast-period-over",
            message: `the forecast ${over.length === 1 ? "period" : "periods"} ${over.join(", ")} ${over.length === 1 ? "is" : "are"} over at asOf: the forecast is the realized revenue alone`,
          },
        ];
  return { currency: guard.currency, totals: amountsOf(totals.total()), buckets, total, warnings };
}
