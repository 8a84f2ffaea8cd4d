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
import { InvalidArgumentError } from "../../errors/index.js";
import type { Seller } from "../../model/types.js";
import { checkPeriod } from "../../period/checkPeriod.js";
import { instantOf } from "../../period/checkInstant.js";
import { resolveScope } from "../../table/scope.js";
import { checkPipelineOptions } from "../pipeline/_pipelineOptions.js";
import { ownerGroupKey } from "../lostDeals/_lostDealsPlans.js";
import type {
  ForecastAccuracyGroupedResult,
  ForecastAccuracyOptions,
  ForecastAccuracyReason,
  ForecastAccuracyResult,
  PipelineCoverageResult,
} from "./forecastTypes.js";

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

/** The checked options of a forecast accuracy: 2.3's settings at `forecastAsOf`, and when the actual is read. */
export interface ForecastAccuracySettings {
  readonly settings: PipelineSettings;
  readonly actualAsOf: number;
}

/**
 * Checks the options of {@link forecastAccuracy} but its records: the options object, `period`,
 * `forecastAsOf`, `asOf` (at or after `forecastAsOf`), then 2.3's options at `forecastAsOf` with
 * the period as forecast.
 *
 * @throws InvalidArgumentError for any invalid option, or `forecastAsOf` after `asOf`
 */
export function checkForecastAccuracyOptions(
  options: Omit<ForecastAccuracyOptions, "orders"> & { readonly orders?: unknown },
): ForecastAccuracySettings {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError(
      "forecastAccuracy needs an options object with period, forecastAsOf, stageProbabilities and orders",
    );
  const period = checkPeriod(options.period, "period");
  const forecastAsOf = instantOf(options.forecastAsOf, "forecastAsOf");
  const actualAsOf = options.asOf === undefined ? period.end.getTime() : instantOf(options.asOf, "asOf");
  if (forecastAsOf > actualAsOf)
    throw new InvalidArgumentError(
      "forecastAsOf must be at or before asOf (the forecast is made before the actual is read)",
    );
  const { orders: _orders, targets, forecastAsOf: _forecastAsOf, asOf: _asOf, period: _period, ...rest } = options;
  const { settings } = checkPipelineOptions(
    { ...rest, asOf: new Date(forecastAsOf), forecast: { period, orders: [], targets: targets ?? [] } },
    false,
  );
  return { settings, actualAsOf };
}

/**
 * The groups of a grouped forecast accuracy: the roster's sellers (or teams) first, then the
 * owners of the deals, then the sellers of the orders (or their teams), whatever their dates, in
 * order of first appearance.
 */
function groupKeysOf(run: PlanRunner, groupBy: "seller" | "team", sellers: readonly Seller[] | undefined): string[] {
  const key = ownerGroupKey(groupBy, sellers);
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const [table, time] of [
    ["deals", "createdAt"],
    ["orders", "date"],
  ] as const) {
    const cells = run({
      table,
      time,
      window: { from: null, to: null },
      groupBy: [key],
      measures: { n: { kind: "count" } },
    });
    for (const value of cells.keys[0] ?? []) {
      if (value === null || seen.has(value)) continue;
      seen.add(value);
      keys.push(value);
    }
  }
  return keys;
}

/**
 * The forecast accuracy of each seller or team, on any plan runner: {@link forecastAccuracyOf}
 * with the group's scope (its deals for the forecast, its orders for the forecast's realized part
 * and for the actual), every group through the computation's one currency guard.
 */
export function forecastAccuracyGroupedOf(
  run: PlanRunner,
  checked: ForecastAccuracySettings,
  groupBy: "seller" | "team",
  sellers: readonly Seller[] | undefined,
): ForecastAccuracyGroupedResult {
  const groups = groupKeysOf(run, groupBy, sellers).map((key) => {
    const scope = resolveScope(
      groupBy === "seller" ? { level: "seller", sellerId: key } : { level: "team", teamId: key },
      sellers,
    );
    const settings: PipelineSettings = { ...checked.settings, scope, owners: scope.owners };
    return { key, result: forecastAccuracyOf(run, settings, checked.actualAsOf) };
  });
  // Groups computed before the first amount was met carry no currency yet: give them the one found.
  const currency = checked.settings.guard.currency;
  return {
    indicator: "forecast-accuracy",
    groupBy,
    groups: groups.map((group) => ({ key: group.key, result: { ...group.result, currency } })),
  };
}
