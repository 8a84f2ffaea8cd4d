/**
 * The options and the results of {@link pipelineCoverage} and {@link forecastAccuracy}, the two
 * indicators read from 2.3's forecast.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Order, RevenueTarget } from "../../model/types.js";
import type { Period } from "../../period/types.js";
import type { OrderTable } from "../../table/orderTable.js";
import type { PipelineForecastOptions, PipelineOptions, PipelineWarningCode } from "../pipeline/pipelineTypes.js";
import type { Figure, IndicatorOptions, Ratio, Scope, TargetOptions } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import type { StageProbabilities } from "../pipeline/stageProbabilities.js";
import type { DealGroupedOptions, DealGroupedResult } from "./dealsTypes.js";

/** Options of {@link pipelineCoverage}: those of `pipeline`, with the forecast required. @category Deals */
export interface PipelineCoverageOptions extends Omit<PipelineOptions, "forecast" | "grain"> {
  /** The target period, the orders realized and the revenue targets (as `pipeline`'s `forecast`). */
  readonly forecast: PipelineForecastOptions;
}

/** Result of {@link pipelineCoverage}: 2.3's coverage and the figures it rests on. @category Deals */
export interface PipelineCoverageResult {
  /** Stable indicator id. */
  readonly indicator: "pipeline-coverage";
  /** The headline figure is a ratio. */
  readonly unit: "ratio";
  /** The currency of the amounts; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The instant the pipeline is read at. */
  readonly asOf: Date;
  /** The target period. */
  readonly period: Period;
  /** Who the figures are for. */
  readonly scope: Scope;
  /** Revenue realized in `[start, min(end, asOf))`. */
  readonly realized: Decimal;
  /** The scope's prorated target for the period. */
  readonly target: Decimal;
  /** `max(target - realized, 0)`. */
  readonly remainingTarget: Decimal;
  /** Open deals expected in the forecast window. */
  readonly dealCountInWindow: number;
  /** Their unweighted amount. */
  readonly unweightedInWindow: Decimal;
  /** `unweightedInWindow / remainingTarget`; `null` with `no-target` or `no-remaining-target` (settled detail 9). */
  readonly coverage: Ratio<"no-target" | "no-remaining-target">;
  /** The pipeline's notes. */
  readonly warnings: readonly IndicatorWarning<PipelineWarningCode>[];
}

/** Options of {@link forecastAccuracy}. @category Deals */
export interface ForecastAccuracyOptions extends IndicatorOptions, TargetOptions {
  /** The period forecast. */
  readonly period: Period;
  /** The earlier instant the forecast was made at (2.3's `asOf`). */
  readonly forecastAsOf: Date;
  /** When the actual revenue is read: revenue dated in `[start, min(end, asOf))`. Default: the period's end. */
  readonly asOf?: Date;
  /** Probability of each stage, for the forecast's open deals without an explicit `probability`. */
  readonly stageProbabilities: StageProbabilities;
  /** Realized revenue records (orders or invoices), or their table. */
  readonly orders: readonly Order[] | OrderTable;
  /** Revenue targets (optional: the accuracy does not read them, the forecast reports them). */
  readonly targets?: readonly RevenueTarget[];
}

/** Why a forecast accuracy has no value. @category Deals */
export type ForecastAccuracyReason = "no-actual" | "negative-actual";

/**
 * The codes of the warnings of {@link forecastAccuracy}:
 * - `period-not-over`: the actual is read before the period's end, so it is revenue to date.
 * @category Deals
 */
export type ForecastAccuracyWarningCode = "period-not-over";

/**
 * Every {@link ForecastAccuracyWarningCode}.
 *
 * @example
 * ```ts
 * FORECAST_ACCURACY_WARNING_CODES; //=> ["period-not-over"]
 * ```
 * @category Deals
 */
export const FORECAST_ACCURACY_WARNING_CODES: readonly ForecastAccuracyWarningCode[] = ["period-not-over"];

/** Result of {@link forecastAccuracy}. @category Deals */
export interface ForecastAccuracyResult {
  /** Stable indicator id. */
  readonly indicator: "forecast-accuracy";
  /** The headline figure is a ratio. */
  readonly unit: "ratio";
  /** The currency of the amounts; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The period forecast. */
  readonly period: Period;
  /** When the forecast was made. */
  readonly forecastAsOf: Date;
  /** When the actual was read (`asOf`, else the period's end). */
  readonly actualAsOf: Date;
  /** Who the figures are for. */
  readonly scope: Scope;
  /** 2.3's forecast at `forecastAsOf`: realized then + weighted pipeline expected in the period. */
  readonly forecast: Decimal;
  /** Revenue realized in `[start, min(end, actualAsOf))`. */
  readonly actual: Decimal;
  /** `max(0, 1 - |actual - forecast| / actual)`; `null` with `no-actual` when actual is 0, `negative-actual` below 0. */
  readonly accuracy: Figure<ForecastAccuracyReason>;
  /** Notes on how to read the result. */
  readonly warnings: readonly IndicatorWarning<ForecastAccuracyWarningCode>[];
}

/** Options of {@link forecastAccuracyGrouped}: those of {@link forecastAccuracy} without `scope`, and `groupBy`. @category Deals */
export interface ForecastAccuracyGroupedOptions extends Omit<ForecastAccuracyOptions, "scope">, DealGroupedOptions {}

/** Result of {@link forecastAccuracyGrouped}. @category Deals */
export interface ForecastAccuracyGroupedResult extends DealGroupedResult<ForecastAccuracyResult> {
  /** Stable indicator id. */
  readonly indicator: "forecast-accuracy";
}
