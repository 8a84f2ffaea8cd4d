/**
 * The options and results shared by the sales-flow indicators (the article's indicators 4, 5, 12,
 * 15, 16 and 21: negotiations, offer and prospect success, orders per offer, tender response
 * time, first response time, answers by the customer's deadline).
 *
 * @module
 */
import type { DayCount, Grain, Period } from "../../period/types.js";
import type { RequestKind } from "../../model/salesFlowTypes.js";
import type { IndicatorOptions, Scope } from "../types.js";
import type { DurationFigures, DurationUnit } from "../durations.js";
import type { IndicatorWarning } from "../warnings.js";

/** The codes of the warnings a sales-flow result can carry. @category Sales flow */
export const SALES_FLOW_WARNING_CODES = ["partial-period", "period-not-started"] as const;

/**
 * A sales-flow warning code: `partial-period` (`asOf` falls inside the period: records dated at
 * or after it are not counted) or `period-not-started` (`asOf` is at or before the period's start).
 * @category Sales flow
 */
export type SalesFlowWarningCode = (typeof SALES_FLOW_WARNING_CODES)[number];

/** Options every sales-flow indicator takes. @category Sales flow */
export interface SalesFlowOptions extends IndicatorOptions {
  /** The `[start, end)` period whose records are counted (offers by `issuedAt`, requests by `receivedAt`...). */
  readonly period: Period;
  /**
   * "Now": records dated at or after it are not counted (half-open, settled detail 3), and what
   * happened at or after it (a decision, a response) has not happened yet. Default: no cut.
   */
  readonly asOf?: Date;
}

/** How a sales-flow indicator is split into groups. @category Sales flow */
export type SalesFlowGroupBy = "seller" | "team";

/** Options of the grouped forms: those of the indicator without `scope`, plus `groupBy`. @category Sales flow */
export interface SalesFlowGroupedOptions {
  /** One result per seller (owner), or per team of the roster (`sellers` needed). */
  readonly groupBy: SalesFlowGroupBy;
}

/** The unit durations are reported in (the one {@link DurationUnit} of every duration indicator). @category Sales flow */
export type ResponseTimeUnit = DurationUnit;

/** Options of the duration indicators (15 and 16). @category Sales flow */
export interface ResponseTimeMeasureOptions {
  /** `"hours"` or `"days"`; each indicator has its default. */
  readonly unit?: ResponseTimeUnit;
  /** `"calendar"` (default) or `"business"` days (Monday to Friday of the reporting zone). */
  readonly dayCount?: DayCount;
  /** The request kinds counted; each indicator has its default. */
  readonly kinds?: readonly RequestKind[];
}

/**
 * The default day count of the duration indicators: calendar days.
 *
 * @example
 * ```ts
 * DEFAULT_SALES_FLOW_DAY_COUNT; //=> "calendar"
 * ```
 * @category Sales flow
 */
export const DEFAULT_SALES_FLOW_DAY_COUNT: DayCount = "calendar";

/** Why a duration statistic has no value. @category Sales flow */
export type DurationReason = "no-responses" | "none-open";

/** Mean and median of a set of durations, and the count they rest on (the shared {@link DurationFigures}). @category Sales flow */
export type ResponseTimeStats<Reason extends DurationReason> = DurationFigures<Reason>;

/** The common head of every sales-flow result. @category Sales flow */
export interface SalesFlowResultHead {
  /** The period, as given (with its zone). */
  readonly period: Period;
  /** The `asOf` cut, or `null` when there is none. */
  readonly asOf: Date | null;
  /** Who the figures are for. */
  readonly scope: Scope;
  /** `partial-period` or `period-not-started` when `asOf` cuts the period. */
  readonly warnings: readonly IndicatorWarning<SalesFlowWarningCode>[];
}

/** One group of a grouped sales-flow result. @category Sales flow */
export interface SalesFlowGroup<R> {
  /** The seller id or the team id. */
  readonly key: string;
  /** The indicator computed for that seller or team. */
  readonly result: R;
}

/** The result of a grouped sales-flow indicator. @category Sales flow */
export interface SalesFlowGroupedResult<Id extends string, R> {
  /** Stable indicator id. */
  readonly indicator: Id;
  /** How the groups were formed. */
  readonly groupBy: SalesFlowGroupBy;
  /** One entry per seller or team: roster order first, then owners by first appearance. */
  readonly groups: readonly SalesFlowGroup<R>[];
}

/**
 * The default grain of the sales-flow series: months.
 *
 * @example
 * ```ts
 * DEFAULT_SALES_FLOW_SERIES_GRAIN; //=> "month"
 * ```
 * @category Sales flow
 */
export const DEFAULT_SALES_FLOW_SERIES_GRAIN: Grain = "month";

/** Options of a sales-flow series: the indicator's options with a range and a grain instead of a period. @category Sales flow */
export type SalesFlowSeriesOptions<O extends SalesFlowOptions> = Omit<O, "period"> & {
  /** The `[start, end)` range split into buckets. */
  readonly range: Period;
  /** Bucket grain; default {@link DEFAULT_SALES_FLOW_SERIES_GRAIN} (`"month"`). Quarters, semesters and years follow `fiscalYearStartMonth`. */
  readonly grain?: Grain;
};

/** One bucket of a sales-flow series: the indicator over the bucket as its period, labelled. @category Sales flow */
export type SalesFlowBucket<R> = R & {
  /** The bucket's label (`2026-03`, `2026-Q1`...), local to the reporting zone. */
  readonly label: string;
};

/** The result of a sales-flow series. @category Sales flow */
export interface SalesFlowSeriesResult<Id extends string, R> {
  /** Stable indicator id. */
  readonly indicator: Id;
  /** The bucket grain. */
  readonly grain: Grain;
  /** The range asked for, with its zone. */
  readonly range: Period;
  /** The `asOf` cut, or `null`. */
  readonly asOf: Date | null;
  /** One result per bucket, in time order: the indicator over that bucket as its period. */
  readonly buckets: readonly SalesFlowBucket<R>[];
  /** The indicator over the whole range. */
  readonly total: R;
}
