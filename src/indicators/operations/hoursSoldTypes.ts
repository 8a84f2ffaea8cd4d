/**
 * The options and the result of `hoursSold` (indicator 7).
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Grain } from "../../period/types.js";
import type { OperationsHeadFields } from "./operationsTypes.js";
import type { OperationsBucketBounds, OperationsOptions } from "./operationsTypes.js";

/**
 * The default bucket grain of {@link hoursSold}: months.
 *
 * @example
 * ```ts
 * DEFAULT_HOURS_SOLD_GRAIN; //=> "month"
 * ```
 * @category Indicators
 */
export const DEFAULT_HOURS_SOLD_GRAIN: Grain = "month";

/** Options of {@link hoursSold}. @category Indicators */
export type HoursSoldOptions = OperationsOptions;

/** Hours sold in a bucket (or over the range). @category Indicators */
export interface HoursSoldFigures {
  /** Sum of `hoursSold` over the orders that give it (a credit note's negative hours subtract). */
  readonly hours: Decimal;
  /** Orders dated in the bucket. */
  readonly orders: number;
  /** Of them, orders that give `hoursSold`. */
  readonly ordersWithHours: number;
  /** Of them, orders without `hoursSold`: they add no hours. */
  readonly ordersWithoutHours: number;
}

/** One bucket of {@link hoursSold}. @category Indicators */
export interface HoursSoldBucket extends OperationsBucketBounds, HoursSoldFigures {}

/** The result of {@link hoursSold}. @category Indicators */
export interface HoursSoldResult extends OperationsHeadFields {
  /** Stable indicator id. */
  readonly indicator: "hours-sold";
  /** The figures are hours. */
  readonly unit: "hours";
  /** One entry per bucket of the range, in time order. */
  readonly buckets: readonly HoursSoldBucket[];
  /** The same figures over the whole range. */
  readonly totals: HoursSoldFigures;
  /** The orders with hours behind each bucket (with `explain: true` only). */
  readonly explain?: {
    /** Per bucket, in the order of `buckets`. */
    readonly buckets: readonly {
      /** The bucket's label. */
      readonly label: string;
      /** Ids of the orders giving hours, by date then id. */
      readonly orderIds: readonly string[];
    }[];
  };
}
