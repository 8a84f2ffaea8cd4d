/**
 * The options and result pieces the deal-based indicators of spec section 4 share (win rate,
 * average deal size, sales cycle length, sales velocity, pipeline ageing...): a period of closing,
 * an optional `asOf` cut, a scope, and the grouped form.
 *
 * @module
 */
import type { Period } from "../../period/types.js";
import type { DayCount } from "../../period/types.js";
import type { IndicatorOptions } from "../types.js";

/** Options every deal-based indicator of spec section 4 takes. @category Deals */
export interface DealPeriodOptions extends IndicatorOptions {
  /** The period `[start, end)` the deals closed in (the look-back range). */
  readonly period: Period;
  /**
   * The instant "now": deals closed at or after it are not counted (settled detail 3), and open
   * deals are those open at it. Absent: the period's end.
   */
  readonly asOf?: Date;
}

/** Options of the indicators that measure durations in days. @category Deals */
export interface DayCountOptions {
  /** `"calendar"` (default) or `"business"` days (Monday to Friday) of the reporting zone. */
  readonly dayCount?: DayCount;
}

/** The grouped form of a deal indicator: one result per seller or per team of the roster. @category Deals */
export interface DealGroupedOptions {
  /** One result per seller (owner), or per team of the roster (`sellers` needed). */
  readonly groupBy: "seller" | "team";
}

/** One group of a grouped deal indicator. @category Deals */
export interface DealGroup<R> {
  /** The seller id or team id. */
  readonly key: string;
  /** The indicator for that seller or team. */
  readonly result: R;
}

/** The result of a grouped deal indicator. @category Deals */
export interface DealGroupedResult<R> {
  /** How the groups were formed. */
  readonly groupBy: "seller" | "team";
  /** One entry per seller or team: the roster's first (with zeros), then the owners of the deals by first appearance. */
  readonly groups: readonly DealGroup<R>[];
}
