/**
 * The options and results of the series forms of the customer indicators (new customer revenue,
 * new versus existing revenue, renewal rate): each bucket of a range is the indicator over that
 * bucket as its period.
 *
 * @module
 */
import type { Grain, Period } from "../../period/types.js";
import type { CustomerIndicatorOptions } from "./customerTypes.js";
import type { RenewalRateOptions } from "./renewalRateTypes.js";

/**
 * The default grain of the customer series: months.
 *
 * @example
 * ```ts
 * DEFAULT_CUSTOMER_SERIES_GRAIN; //=> "month"
 * ```
 * @category Indicators
 */
export const DEFAULT_CUSTOMER_SERIES_GRAIN: Grain = "month";

/** Options of a customer series: those of the indicator with a range and a grain instead of a period. @category Indicators */
export type CustomerSeriesOptions<O extends CustomerIndicatorOptions = CustomerIndicatorOptions> = Omit<O, "period"> & {
  /** The `[start, end)` range split into buckets. */
  readonly range: Period;
  /** Bucket grain; default {@link DEFAULT_CUSTOMER_SERIES_GRAIN} (`"month"`). Quarters, semesters and years follow `fiscalYearStartMonth`. */
  readonly grain?: Grain;
};

/** One bucket of a customer series: the indicator over the bucket as its period, labelled. @category Indicators */
export type CustomerSeriesBucket<R> = R & {
  /** The bucket's label (`2026-03`, `2026-Q1`...), local to the reporting zone. */
  readonly label: string;
};

/** The result of a customer series. @category Indicators */
export interface CustomerSeriesResult<Id extends string, R> {
  /** Stable indicator id. */
  readonly indicator: Id;
  /** The bucket grain. */
  readonly grain: Grain;
  /** The range asked for, with its zone. */
  readonly range: Period;
  /** The `asOf` cut, or `null`. */
  readonly asOf: Date | null;
  /** One result per bucket, in time order: the indicator over that bucket as its period. */
  readonly buckets: readonly CustomerSeriesBucket<R>[];
  /** The indicator over the whole range. */
  readonly total: R;
}

/** The result of a customer revenue series: every bucket in one currency. @category Indicators */
export interface CustomerRevenueSeriesResult<Id extends string, R> extends CustomerSeriesResult<Id, R> {
  /** The one currency of every bucket's amounts; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
}

/** Options of `renewalRateSeries`: those of `renewalRate` less `previousPeriod` (each bucket is compared with the period of its length just before it), with a range and a grain (default month). @category Indicators */
export type RenewalRateSeriesOptions = CustomerSeriesOptions<Omit<RenewalRateOptions, "previousPeriod">>;
