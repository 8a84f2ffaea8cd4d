/**
 * The options and the result of `pipeline` (its grouped form reuses them), apart from the
 * computation so that the shared computation can name them.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Order, RevenueTarget } from "../../model/types.js";
import type { Period } from "../../period/types.js";
import type { OrderTable } from "../../table/orderTable.js";
import type { IndicatorOptions, Ratio, Scope, TargetOptions } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import type { StageProbabilities } from "./stageProbabilities.js";

/** The grains a pipeline is bucketed by (the article: "par mois, par trimestre et/ou par an"). @category Pipeline */
export type PipelineGrain = "month" | "quarter" | "year";

/**
 * The grain of a pipeline's buckets when the `grain` option is absent.
 *
 * @example
 * ```ts
 * DEFAULT_PIPELINE_GRAIN; //=> "month"
 * ```
 * @category Pipeline
 */
export const DEFAULT_PIPELINE_GRAIN: PipelineGrain = "month";

/**
 * The codes of the warnings a pipeline result can carry:
 * - `forecast-period-over`: `asOf` is at or after the forecast period's end, so the forecast is the
 *   realized revenue alone (the window is empty).
 * @category Pipeline
 */
export type PipelineWarningCode = "forecast-period-over";

/**
 * Every {@link PipelineWarningCode}, for schemas and exhaustive checks.
 *
 * @example
 * ```ts
 * PIPELINE_WARNING_CODES; //=> ["forecast-period-over"]
 * ```
 * @category Pipeline
 */
export const PIPELINE_WARNING_CODES: readonly PipelineWarningCode[] = ["forecast-period-over"];

/** What the forecast of {@link pipeline} is measured against. @category Pipeline */
export interface PipelineForecastOptions {
  /** The target period `[start, end)` (a month, a quarter, a fiscal year, any range). */
  readonly period: Period;
  /**
   * Realized revenue records (orders or invoices), or their table (`orderTable`); those of the scope
   * dated in `[start, min(end, asOf))` count.
   */
  readonly orders: readonly Order[] | OrderTable;
  /** Revenue targets; only those set at the scope's own level count (settled detail 1), prorated to the period. */
  readonly targets: readonly RevenueTarget[];
}

/** Options of {@link pipeline}. @category Pipeline */
export interface PipelineOptions extends IndicatorOptions, TargetOptions {
  /** The instant "now": which deals are open, which are overdue, where realized revenue stops. */
  readonly asOf: Date;
  /** Bucket grain of the expected close dates. Default `"month"` ({@link DEFAULT_PIPELINE_GRAIN}). Quarters and years follow `fiscalYearStartMonth`. */
  readonly grain?: PipelineGrain;
  /** Probability of each stage, for deals without an explicit `probability`. */
  readonly stageProbabilities: StageProbabilities;
  /** Compute a forecast against a target period. Absent: `forecast` is `null` in the result. */
  readonly forecast?: PipelineForecastOptions;
}

/** Ids of the deals behind a pipeline figure (with `explain: true`). @category Pipeline */
export interface PipelineExplain {
  /** The open deals counted, in input order. */
  readonly dealIds: readonly string[];
}

/** Count, unweighted sum and weighted sum of a set of open deals. @category Pipeline */
export interface PipelineAmounts {
  /** Number of open deals summed (the length of `explain.dealIds` when explaining). */
  readonly dealCount: number;
  /** Sum of their amounts, in the result's currency. */
  readonly unweighted: Decimal;
  /** Sum of amount x probability. */
  readonly weighted: Decimal;
  /** The deals counted; present only with `explain: true`. */
  readonly explain?: PipelineExplain;
}

/** The open deals expected to close in one grain unit. @category Pipeline */
export interface PipelineBucket extends PipelineAmounts {
  /** The unit's label in the reporting zone (`2026-03`, `2026-Q2`, `FY2026/27-Q1`, `FY2026/27`...). */
  readonly label: string;
  /** First instant of the unit. */
  readonly start: Date;
  /** First instant after the unit. */
  readonly end: Date;
}

/** Ids behind the forecast figures (with `explain: true`). @category Pipeline */
export interface PipelineForecastExplain {
  /** Orders summed into `realized`. */
  readonly orderIds: readonly string[];
  /** Open deals expected in the forecast window. */
  readonly dealIds: readonly string[];
  /** Targets that overlap the period and make `target`, by start, end, then id. */
  readonly targetIds: readonly string[];
}

/** The forecast part of a {@link PipelineResult}. @category Pipeline */
export interface PipelineForecast {
  /** The target period. */
  readonly period: Period;
  /** The forecast window `[max(start, asOf), end)`; `null` when `asOf` is at or after the period's end. */
  readonly window: Period | null;
  /** Revenue of the scope dated in `[start, min(end, asOf))`. */
  readonly realized: Decimal;
  /** Number of orders summed into `realized` (the length of `explain.orderIds` when explaining). */
  readonly orderCount: number;
  /** Number of open deals expected in the window (the length of `explain.dealIds` when explaining). */
  readonly dealCountInWindow: number;
  /** Sum of the amounts of the open deals expected in the window. */
  readonly unweightedInWindow: Decimal;
  /** Sum of amount x probability of the open deals expected in the window. */
  readonly weightedInWindow: Decimal;
  /** `realized + weightedInWindow`. */
  readonly forecast: Decimal;
  /** The scope's prorated target for the period. */
  readonly target: Decimal;
  /** `forecast / target`; `null` with reason `no-target` when the target is 0. */
  readonly forecastAttainment: Ratio<"no-target">;
  /** `max(target - realized, 0)`. */
  readonly remainingTarget: Decimal;
  /**
   * `unweightedInWindow / remainingTarget`; `null` with reason `no-target` when the target is 0,
   * `no-remaining-target` when nothing remains to reach.
   */
  readonly coverage: Ratio<"no-target" | "no-remaining-target">;
  /** The records behind the figures; present only with `explain: true`. */
  readonly explain?: PipelineForecastExplain;
}

/** Result of {@link pipeline}. @category Pipeline */
export interface PipelineResult {
  /** Stable indicator id. */
  readonly indicator: "pipeline";
  /** Every figure is money. */
  readonly unit: "money";
  /** The currency of every amount; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The instant the pipeline is read at. */
  readonly asOf: Date;
  /** The bucket grain. */
  readonly grain: PipelineGrain;
  /** Who the pipeline is computed for. */
  readonly scope: Scope;
  /** All open deals of the scope: equals the sum of `buckets`, `overdue` and `undated`. */
  readonly totals: PipelineAmounts;
  /** Open deals by unit of their expected close day, from the unit holding `asOf`'s day to the last unit with a deal. */
  readonly buckets: readonly PipelineBucket[];
  /** Open deals whose expected close day is before `asOf`'s day. */
  readonly overdue: PipelineAmounts;
  /** Open deals without an expected close date. */
  readonly undated: PipelineAmounts;
  /** The forecast against the target period, or `null` when none was asked for. */
  readonly forecast: PipelineForecast | null;
  /** Notes on how to read the result, each with a stable code. */
  readonly warnings: readonly IndicatorWarning<PipelineWarningCode>[];
}
