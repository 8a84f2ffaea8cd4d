/**
 * The options and results shared by the sales-flow indicators (the article's indicators 4, 5, 12,
 * 15, 16 and 21: negotiations, offer and prospect success, orders per offer, tender response
 * time, first response time, answers by the customer's deadline).
 *
 * @module
 */
import type { DayCount, Period } from "../../period/types.js";
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
