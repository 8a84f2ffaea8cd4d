/**
 * The options and the result of `visitDuration` (indicator 2).
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Grain } from "../../period/types.js";
import type { Figure } from "../types.js";
import type { OperationsHeadFields } from "./operationsTypes.js";
import type { OperationsBucketBounds, OperationsOptions } from "./operationsTypes.js";

// The unit durations are reported in (hours, or days of 24 hours for a visit's own minutes): the
// one unit of every duration indicator.
import type { DurationUnit } from "../durations.js";

/**
 * The defaults of {@link visitDuration}: months, durations in hours.
 *
 * @example
 * ```ts
 * DEFAULT_VISIT_DURATION; //=> { grain: "month", durationUnit: "hours" }
 * ```
 * @category Indicators
 */
export const DEFAULT_VISIT_DURATION: {
  /** The bucket grain. */
  readonly grain: Grain;
  /** The unit of the durations. */
  readonly durationUnit: DurationUnit;
} = Object.freeze({
  grain: "month",
  durationUnit: "hours",
});

/** Options of {@link visitDuration}. @category Indicators */
export interface VisitDurationOptions extends OperationsOptions {
  /** The unit of `mean`, `median` and `total`: `"hours"` (default) or `"days"` (of 24 hours). */
  readonly durationUnit?: DurationUnit;
}

/** Why a mean or median duration has no value: no done visit with a duration. @category Indicators */
export type VisitDurationReason = "no-duration";

/** Visit durations of a bucket (or of the range). @category Indicators */
export interface VisitDurationFigures {
  /** Done visits. */
  readonly visits: number;
  /** Done visits with a duration: the count the mean and median rest on. */
  readonly withDuration: number;
  /** Done visits without a duration: counted here, left out of the mean and median. */
  readonly withoutDuration: number;
  /** Sum of the durations, in the result's `durationUnit`. */
  readonly total: Decimal;
  /** Mean duration; `null` with `no-duration` when no visit has one. */
  readonly mean: Figure<VisitDurationReason>;
  /** Median duration (an even count takes the mean of the two middle values); `null` like `mean`. */
  readonly median: Figure<VisitDurationReason>;
}

/** One bucket of {@link visitDuration}. @category Indicators */
export interface VisitDurationBucket extends OperationsBucketBounds, VisitDurationFigures {}

/** The result of {@link visitDuration}. @category Indicators */
export interface VisitDurationResult extends OperationsHeadFields {
  /** Stable indicator id. */
  readonly indicator: "visit-duration";
  /** The figures are durations. */
  readonly unit: "duration";
  /** The unit of every duration. */
  readonly durationUnit: DurationUnit;
  /** One entry per bucket of the range, in time order. */
  readonly buckets: readonly VisitDurationBucket[];
  /** The same figures over the whole range. */
  readonly totals: VisitDurationFigures;
  /** The visits behind each bucket (with `explain: true` only). */
  readonly explain?: {
    /** Per bucket, in the order of `buckets`. */
    readonly buckets: readonly {
      /** The bucket's label. */
      readonly label: string;
      /** Ids of the done visits counted, by date then id. */
      readonly activityIds: readonly string[];
    }[];
  };
}
