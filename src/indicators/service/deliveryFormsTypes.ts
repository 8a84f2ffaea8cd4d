/**
 * The options and results shared by the series and grouped forms of the service indicators:
 * delivery lateness 17, non-conforming deliveries 20, lead time 22 (series and grouped), penalties
 * 19 (series).
 *
 * @module
 */
import type { Seller } from "../../model/types.js";
import type { Grain, Period } from "../../period/types.js";
import type { ServiceOptions } from "./serviceTypes.js";

/**
 * The default grain of the service series (deliveries, penalties): months.
 *
 * @example
 * ```ts
 * DEFAULT_SERVICE_SERIES_GRAIN; //=> "month"
 * ```
 * @category Service
 */
export const DEFAULT_SERVICE_SERIES_GRAIN: Grain = "month";

/** Options of a service series (deliveries, penalties): the indicator's options with a range and a grain instead of a period. @category Service */
export type ServiceSeriesOptions<O extends ServiceOptions> = Omit<O, "period"> & {
  /** The `[start, end)` range split into buckets. */
  readonly range: Period;
  /** Bucket grain; default {@link DEFAULT_SERVICE_SERIES_GRAIN} (`"month"`). Quarters, semesters and years follow `fiscalYearStartMonth`. */
  readonly grain?: Grain;
};

/** One bucket's label and bounds in a delivery series. @category Service */
export interface DeliveryBucketBounds {
  /** Label of the calendar unit (`2026-03`, `2026-W10`...), local to the reporting zone. */
  readonly label: string;
  /** First instant of the bucket. */
  readonly start: Date;
  /** First instant after the bucket. */
  readonly end: Date;
}

/** Options of a grouped delivery indicator: the indicator's options, the grouping and the roster. @category Service */
export type DeliveryGroupedOptions<O extends ServiceOptions> = O & {
  /** One result per seller (the seller of each delivery's order), or per team of the roster (`sellers` needed). */
  readonly groupBy: "seller" | "team";
  /** The roster: its sellers (or teams) come first, with zeros; needed to group by team. */
  readonly sellers?: readonly Seller[];
};

/** The result of a grouped delivery indicator. @category Service */
export interface DeliveryGroupedResult<Id extends string, R> {
  /** Stable indicator id. */
  readonly indicator: Id;
  /** How the groups were formed. */
  readonly groupBy: "seller" | "team";
  /** One entry per seller or team: roster order first, then the sellers (or teams) of the deliveries' orders, by first appearance. */
  readonly groups: readonly {
    /** The seller id or the team id. */
    readonly key: string;
    /** The indicator over the deliveries of that seller's (or team's) orders. */
    readonly result: R;
  }[];
  /** The indicator over every delivery, grouped or not. */
  readonly total: R;
  /**
   * Deliveries in `total`'s figures that are in no group: their order is not among the orders
   * given, or (by team) its seller is in no team of the roster.
   */
  readonly ungrouped: number;
}
