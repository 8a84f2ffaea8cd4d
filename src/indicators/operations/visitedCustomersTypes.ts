/**
 * The options and the result of `visitedCustomers` (indicator 1).
 *
 * @module
 */
import type { Grain } from "../../period/types.js";
import type { OperationsHeadFields } from "./operationsTypes.js";
import type { OperationsBucketBounds, OperationsOptions } from "./operationsTypes.js";

/**
 * The default bucket grain of {@link visitedCustomers}: ISO weeks (the article reads "chaque semaine").
 *
 * @example
 * ```ts
 * DEFAULT_VISITED_CUSTOMERS_GRAIN; //=> "week"
 * ```
 * @category Indicators
 */
export const DEFAULT_VISITED_CUSTOMERS_GRAIN: Grain = "week";

/** Options of {@link visitedCustomers}: the range (weeks by default), `asOf`, scope. @category Indicators */
export type VisitedCustomersOptions = OperationsOptions;

/** Customers visited in a bucket (or over the range). @category Indicators */
export interface VisitedCustomersFigures {
  /** Distinct customers with at least one done visit. */
  readonly customers: number;
  /** Done visits. */
  readonly visits: number;
  /** Done visits that name no customer (counted in `visits`, not in `customers`). */
  readonly visitsWithoutCustomer: number;
}

/** One bucket of {@link visitedCustomers}. @category Indicators */
export interface VisitedCustomersBucket extends OperationsBucketBounds, VisitedCustomersFigures {}

/** The result of {@link visitedCustomers}. @category Indicators */
export interface VisitedCustomersResult extends OperationsHeadFields {
  /** Stable indicator id. */
  readonly indicator: "visited-customers";
  /** The figures are counts. */
  readonly unit: "count";
  /** One entry per bucket of the range, in time order. */
  readonly buckets: readonly VisitedCustomersBucket[];
  /** Over the whole range: `customers` counts each customer once, however many buckets they were visited in. */
  readonly totals: VisitedCustomersFigures;
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
