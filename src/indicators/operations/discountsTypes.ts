/**
 * The options and the result of `discounts` (indicator 18).
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Grain } from "../../period/types.js";
import type { Ratio } from "../types.js";
import type { OperationsHeadFields } from "./operationsTypes.js";
import type { OperationsBucketBounds, OperationsOptions } from "./operationsTypes.js";

/**
 * The default bucket grain of {@link discounts}: months.
 *
 * @example
 * ```ts
 * DEFAULT_DISCOUNTS_GRAIN; //=> "month"
 * ```
 * @category Indicators
 */
export const DEFAULT_DISCOUNTS_GRAIN: Grain = "month";

/** Options of {@link discounts}. @category Indicators */
export type DiscountsOptions = OperationsOptions;

/** Discounts of a bucket (or of the range). @category Indicators */
export interface DiscountsFigures {
  /** Sum of the discounts granted (`discount` of the orders that give one). */
  readonly discounts: Decimal;
  /** Sum of the amounts before discount: `grossAmount` when given, else `amount + discount` (`amount` when no discount). */
  readonly grossAmount: Decimal;
  /** `discounts / grossAmount`; `null` with `no-gross-amount` when the gross amounts sum to 0. */
  readonly discountRate: Ratio<"no-gross-amount">;
  /** Orders dated in the bucket. */
  readonly orders: number;
  /** Orders that give a discount. */
  readonly discountedOrders: number;
  /** Orders that give a discount but no gross amount (their gross is taken as `amount + discount`). */
  readonly discountedWithoutGross: number;
}

/** One bucket of {@link discounts}. @category Indicators */
export interface DiscountsBucket extends OperationsBucketBounds, DiscountsFigures {}

/** The result of {@link discounts}. @category Indicators */
export interface DiscountsResult extends OperationsHeadFields {
  /** Stable indicator id. */
  readonly indicator: "discounts";
  /** The headline figure is money. */
  readonly unit: "money";
  /** Currency of every amount; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** One entry per bucket of the range, in time order. */
  readonly buckets: readonly DiscountsBucket[];
  /** The same figures over the whole range. */
  readonly totals: DiscountsFigures;
  /** The discounted orders behind each bucket (with `explain: true` only). */
  readonly explain?: {
    /** Per bucket, in the order of `buckets`. */
    readonly buckets: readonly {
      /** The bucket's label. */
      readonly label: string;
      /** Ids of the orders giving a discount, by date then id. */
      readonly orderIds: readonly string[];
    }[];
  };
}
