/**
 * The options and the result of `serviceCancellations` (indicator 3).
 *
 * @module
 */
import type { Grain } from "../../period/types.js";
import type { Ratio } from "../types.js";
import type { OperationsHeadFields } from "./operationsTypes.js";
import type { OperationsBucketBounds, OperationsOptions } from "./operationsTypes.js";

/**
 * The defaults of {@link serviceCancellations}: months, over meetings and visits.
 *
 * @example
 * ```ts
 * DEFAULT_SERVICE_CANCELLATIONS; //=> { grain: "month", types: ["meeting", "visit"] }
 * ```
 * @category Indicators
 */
export const DEFAULT_SERVICE_CANCELLATIONS: {
  /** The bucket grain. */
  readonly grain: Grain;
  /** The activity types that are appointments. */
  readonly types: readonly string[];
} = Object.freeze({ grain: "month", types: Object.freeze(["meeting", "visit"]) });

/** Options of {@link serviceCancellations}. @category Indicators */
export interface ServiceCancellationsOptions extends OperationsOptions {
  /** The activity types that are appointments. Default `["meeting", "visit"]`. */
  readonly types?: readonly string[];
}

/** Appointments of a bucket (or of the range) and their cancellations. @category Indicators */
export interface ServiceCancellationsFigures {
  /** Appointments dated in the bucket, whatever their status (done, planned or cancelled): what was scheduled. */
  readonly scheduled: number;
  /** Of them, cancelled ones. */
  readonly cancelled: number;
  /** Cancelled with cause `service` (the seller's side): the headline count. */
  readonly cancelledForService: number;
  /** Cancelled with cause `customer`. */
  readonly cancelledByCustomer: number;
  /** Cancelled with any other cause. */
  readonly cancelledOther: number;
  /** Cancelled with no cause given. */
  readonly cancelledWithoutCause: number;
  /** `cancelledForService / scheduled`; `null` with `no-scheduled` when nothing was scheduled. */
  readonly serviceShare: Ratio<"no-scheduled">;
}

/** One bucket of {@link serviceCancellations}. @category Indicators */
export interface ServiceCancellationsBucket extends OperationsBucketBounds, ServiceCancellationsFigures {}

/** The result of {@link serviceCancellations}. @category Indicators */
export interface ServiceCancellationsResult extends OperationsHeadFields {
  /** Stable indicator id. */
  readonly indicator: "service-cancellations";
  /** The headline figure is a count. */
  readonly unit: "count";
  /** The activity types counted as appointments. */
  readonly types: readonly string[];
  /** One entry per bucket of the range, in time order. */
  readonly buckets: readonly ServiceCancellationsBucket[];
  /** The same figures over the whole range. */
  readonly totals: ServiceCancellationsFigures;
  /** The appointments cancelled for the service, per bucket (with `explain: true` only). */
  readonly explain?: {
    /** Per bucket, in the order of `buckets`. */
    readonly buckets: readonly {
      /** The bucket's label. */
      readonly label: string;
      /** Ids of the appointments cancelled with cause `service`, by date then id. */
      readonly activityIds: readonly string[];
    }[];
  };
}
