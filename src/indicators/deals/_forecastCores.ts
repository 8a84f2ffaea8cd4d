/**
 * The computations behind {@link pipelineCoverage} and {@link forecastAccuracy}: both read 2.3's
 * pipeline (`pipelineOf`) and its realized-revenue plan, never a figure of their own making.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { Dec, ZERO } from "../../money/dec.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { absent, present } from "../figure.js";
import type { Figure } from "../types.js";
import type { PipelineSettings } from "../pipeline/_pipelineOptions.js";
import { pipelineOf } from "../pipeline/_pipelineCore.js";
import type { PipelineResult } from "../pipeline/pipelineTypes.js";
import { realizedPlan } from "../revenue/realizedPlan.js";
import type { ForecastAccuracyReason, ForecastAccuracyResult, PipelineCoverageResult } from "./forecastTypes.js";

/** 2.3's coverage of a pipeline computed with a forecast, and the figures it rests on. */
export function coverageOfPipeline(pipeline: PipelineResult): PipelineCoverageResult {
  const forecast = pipeline.forecast;
  if (forecast === null) throw new TypeError("the pipeline was computed without a forecast");
  return {
    indicator: "pipeline-coverage",
    unit: "ratio",
    currency: pipeline.currency,
    asOf: pipeline.asOf,
    period: forecast.period,
    scope: pipeline.scope,
    realized: forecast.realized,
    target: forecast.target,
    remainingTarget: forecast.remainingTarget,
    dealCountInWindow: forecast.dealCountInWindow,
    unweightedInWindow: forecast.unweightedInWindow,
    coverage: forecast.coverage,
    warnings: pipeline.warnings,
  };
}

/** The pipeline coverage of one scope, on any plan runner (settings with a forecast). */
export function pipelineCoverageOf(run: PlanRunner, settings: PipelineSettings): PipelineCoverageResult {
  return coverageOfPipeline(pipelineOf(run, settings));
}

/**
 * HubSpot's forecast accuracy: `max(0, 1 - |actual - forecast| / actual)`; `null` with `no-actual`
 * when actual is 0 and with `negative-actual` when it is below 0.
 */
export function accuracyOf(actual: Decimal, forecast: Decimal): Figure<ForecastAccuracyReason> {
  if (actual.isZero()) return absent("no-actual");
  if (actual.isNegative()) return absent("negative-actual");
  const accuracy = new Dec(1).minus(actual.minus(forecast).abs().div(actual));
  return present(accuracy.isNegative() ? ZERO : accuracy);
}

/**
 * The forecast accuracy of one scope, on any plan runner: 2.3's forecast at `forecastAsOf`
 * (`forecastSettings`, with the period as forecast) against the revenue realized to `actualAsOf`
 * by 2.3's realized-revenue plan.
 */
export function forecastAccuracyOf(
  run: PlanRunner,
  forecastSettings: PipelineSettings,
  actualAsOf: number,
): ForecastAccuracyResult {
  const pipeline = pipelineOf(run, forecastSettings);
  const forecast = pipeline.forecast;
  if (forecast === null) throw new TypeError("the pipeline was computed without a forecast");
  const start = forecast.period.start.getTime();
  const end = forecast.period.end.getTime();
  const actual = run(
    realizedPlan({ from: start, to: Math.min(end, actualAsOf), owners: forecastSettings.owners, explain: false }),
    forecastSettings.guard,
  ).total().revenue;
  return {
    indicator: "forecast-accuracy",
    unit: "ratio",
    currency: forecastSettings.guard.currency,
    period: forecast.period,
    forecastAsOf: new Date(forecastSettings.asOf),
    actualAsOf: new Date(actualAsOf),
    scope: pipeline.scope,
    forecast: forecast.forecast,
    actual,
    accuracy: accuracyOf(actual, forecast.forecast),
    warnings:
      actualAsOf < end
        ? [
            {
              code: "period-not-over",
              message: `the actual is read at ${new Date(actualAsOf).toISOString()}, before the period ends: it is revenue to date`,
            },
          ]
        : [],
  };
}
