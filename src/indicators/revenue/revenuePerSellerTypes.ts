/**
 * The options and the result of `revenuePerSeller` (CA par vendeur, spec 2.2), apart from the
 * computation so that its private modules can name them; `revenuePerSeller` re-exports them.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { FoldedCustomers, OrdersWithoutCustomer } from "../customerGroups.js";
import type { Activity, RevenueTarget } from "../../model/types.js";
import type { DecimalInput } from "../../money/decimal.js";
import type { Bucket, Grain, Period } from "../../period/types.js";
import type { ActivityTable } from "../../table/activityTable.js";
import type { Figure, IndicatorOptions, Ratio, Scope, TargetOptions } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";

/**
 * The default number of earlier buckets in the trailing mean of {@link revenuePerSeller} (`n`).
 *
 * @example
 * ```ts
 * DEFAULT_TRAILING_BUCKETS; //=> 3
 * ```
 * @category Revenue per seller
 */
export const DEFAULT_TRAILING_BUCKETS = 3;

/**
 * The default flag thresholds of {@link revenuePerSeller}: a `drop` below trailing mean x (1 - 0.3),
 * `exceptional` above trailing mean x (1 + 0.5).
 *
 * @example
 * ```ts
 * DEFAULT_REVENUE_PER_SELLER_THRESHOLDS; //=> { drop: "0.3", exceptional: "0.5" }
 * ```
 * @category Revenue per seller
 */
export const DEFAULT_REVENUE_PER_SELLER_THRESHOLDS: RevenuePerSellerDefaultThresholds = Object.freeze({
  drop: "0.3",
  exceptional: "0.5",
});

/** The default flag thresholds, written as exact decimal strings. @category Revenue per seller */
export interface RevenuePerSellerDefaultThresholds {
  /** Default of {@link RevenuePerSellerThresholdsInput.drop}. */
  readonly drop: string;
  /** Default of {@link RevenuePerSellerThresholdsInput.exceptional}. */
  readonly exceptional: string;
}

/**
 * The codes of the warnings of {@link revenuePerSeller}:
 * - `as-of-before-range`: `asOf` is at or before the range's start: nothing is counted;
 * - `partial-range`: `asOf` falls inside the range: the bucket holding it is partial, later ones not judged;
 * - `quadrants-on-realized`: not every seller has a target, so the quadrants split on realized revenue;
 * - `orders-without-customer`: (by customer) orders of the window without a customer are in no series.
 *
 * @example
 * ```ts
 * REVENUE_PER_SELLER_WARNING_CODES.includes("partial-range"); //=> true
 * ```
 * @category Revenue per seller
 */
export const REVENUE_PER_SELLER_WARNING_CODES = [
  "as-of-before-range",
  "partial-range",
  "quadrants-on-realized",
  "orders-without-customer",
] as const;

/** A warning code of {@link revenuePerSeller}; see {@link REVENUE_PER_SELLER_WARNING_CODES}. @category Revenue per seller */
export type RevenuePerSellerWarningCode = (typeof REVENUE_PER_SELLER_WARNING_CODES)[number];

/** The flag thresholds as a caller gives them; a missing one takes {@link DEFAULT_REVENUE_PER_SELLER_THRESHOLDS}. @category Revenue per seller */
export interface RevenuePerSellerThresholdsInput {
  /** A bucket is a `drop` when realized < trailing mean x (1 - drop). At least 0. Default `"0.3"`. */
  readonly drop?: DecimalInput;
  /** A bucket is `exceptional` when realized > trailing mean x (1 + exceptional). At least 0. Default `"0.5"`. */
  readonly exceptional?: DecimalInput;
}

/**
 * The flags a bucket of a seller's series can carry (CA par vendeur, spec 2.2).
 *
 * - `drop`: realized < trailing mean x (1 - dropThreshold), strictly: a "baisse de cadence".
 * - `exceptional`: realized > trailing mean x (1 + exceptionalThreshold), strictly: "résultats exceptionnels".
 * - `insufficient-history`: fewer than `trailingBuckets` earlier buckets in the requested range; not judged.
 * - `no-baseline`: the trailing mean is 0 or negative (credit notes); not judged (settled detail 11).
 * - `partial`: the bucket holds `asOf`, so its realized is to date only; it is still judged.
 * - `not-started`: the bucket starts at or after `asOf`; nothing is counted in it and it is not judged.
 *
 * @example
 * ```ts
 * REVENUE_PER_SELLER_FLAGS.includes("drop"); //=> true
 * ```
 * @category Revenue per seller
 */
export const REVENUE_PER_SELLER_FLAGS = [
  "drop",
  "exceptional",
  "insufficient-history",
  "no-baseline",
  "partial",
  "not-started",
] as const;

/** A flag of a bucket of {@link revenuePerSeller}; see {@link REVENUE_PER_SELLER_FLAGS}. @category Revenue per seller */
export type RevenuePerSellerFlag = (typeof REVENUE_PER_SELLER_FLAGS)[number];

/**
 * The four effort-versus-result quadrants of {@link revenuePerSeller}, split at the team medians.
 * `"high-effort-low-result"` is the article's "le travail peut être réel, mais la méthode
 * inefficace": the method to review. "High" means at or above the median (ties go high).
 *
 * @example
 * ```ts
 * REVENUE_PER_SELLER_QUADRANTS[0]; //=> "high-effort-low-result"  (méthode à revoir)
 * ```
 * @category Revenue per seller
 */
export const REVENUE_PER_SELLER_QUADRANTS = [
  "high-effort-low-result",
  "low-effort-low-result",
  "low-effort-high-result",
  "high-effort-high-result",
] as const;

/** An effort-versus-result quadrant; see {@link REVENUE_PER_SELLER_QUADRANTS}. @category Revenue per seller */
export type RevenuePerSellerQuadrant = (typeof REVENUE_PER_SELLER_QUADRANTS)[number];

/** Options of {@link revenuePerSeller}. @category Revenue per seller */
export interface RevenuePerSellerOptions extends IndicatorOptions, TargetOptions {
  /** The `[start, end)` range split into buckets; all history for the flags comes from it (settled detail 10). */
  readonly range: Period;
  /** Bucket grain. Default `"month"`. */
  readonly grain?: Grain;
  /** Revenue targets; only seller-level targets of the listed sellers are used. */
  readonly targets?: readonly RevenueTarget[];
  /**
   * Activities, or their table (`activityTable`): pass the table when calling several indicators on
   * the same activities. Their done ones are the effort of the effort-versus-result quadrants.
   */
  readonly activities?: readonly Activity[] | ActivityTable;
  /** `n`, the number of earlier buckets in the trailing mean. A whole number >= 1. Default {@link DEFAULT_TRAILING_BUCKETS} (3). */
  readonly trailingBuckets?: number;
  /** The flag thresholds, named as in the result's `thresholds`; default {@link DEFAULT_REVENUE_PER_SELLER_THRESHOLDS}. */
  readonly thresholds?: RevenuePerSellerThresholdsInput;
  /** One series per seller (the default); `"customer"` takes {@link RevenuePerCustomerOptions}. */
  readonly by?: "seller";
  /** Count only records dated before this instant (half-open, settled detail 3). Default: no cut. */
  readonly asOf?: Date;
}

/**
 * Options of {@link revenuePerSeller} by customer: those of {@link RevenuePerSellerOptions} but the
 * activities and the targets (a customer has neither effort lines nor targets), with `by: "customer"`.
 * @category Revenue per seller
 */
export type RevenuePerCustomerOptions = Omit<RevenuePerSellerOptions, "by" | "activities" | "targets"> & {
  /** One series per customer (the orders' `customerId`); see {@link RevenuePerCustomerResult}. */
  readonly by: "customer";
  /**
   * Keep the first `top` customers (by revenue over the range) and fold the others into `rest`. A
   * whole number >= 1; absent: every customer.
   */
  readonly top?: number;
};

/** Record ids behind one point of a series (only with `explain: true`). @category Revenue per seller */
export interface RevenuePerSellerPointExplain {
  /** Orders summed in `realized`, in input order. */
  readonly orderIds: readonly string[];
  /** Seller targets that overlap the bucket, by start, end, amount then id. */
  readonly targetIds: readonly string[];
}

/** One bucket of one seller's series. @category Revenue per seller */
export interface RevenuePerSellerPoint {
  /** The bucket's label (same index as in `buckets`). */
  readonly label: string;
  /** Sum of the seller's amounts dated in the bucket (and before `asOf`); credit notes count negative. */
  readonly realized: Decimal;
  /** Number of orders summed in {@link realized} (credit notes included). */
  readonly orderCount: number;
  /** The seller's prorated target for the bucket; 0 when no seller target overlaps it (or no targets are given). */
  readonly target: Decimal;
  /** realized / target; `null` with `no-target` when the target is 0. */
  readonly attainment: Ratio<"no-target">;
  /** realized - previous bucket's realized; `null` with `no-previous` for the first bucket. */
  readonly changeFromPrevious: Figure<"no-previous">;
  /**
   * (realized - previous) / previous. `null` with `no-previous` (numerator and denominator 0) on the
   * first bucket, `zero-previous` when the previous realized is 0, `negative-previous` when it is
   * negative (a relative change over a negative base has no meaningful sign).
   */
  readonly relativeChangeFromPrevious: Ratio<"no-previous" | "zero-previous" | "negative-previous">;
  /** Mean realized of the `n` previous buckets (empty ones count 0); `null` with `insufficient-history` when fewer exist. */
  readonly trailingMean: Figure<"insufficient-history">;
  /** realized - trailingMean; `null` with `insufficient-history` like the mean. */
  readonly changeFromTrailingMean: Figure<"insufficient-history">;
  /**
   * (realized - trailingMean) / trailingMean; `null` with `insufficient-history` (numerator and
   * denominator 0) or `no-baseline` when the trailing mean is 0 or negative (as for the flags).
   */
  readonly relativeChangeFromTrailingMean: Ratio<"insufficient-history" | "no-baseline">;
  /** The bucket's flags, in the order of {@link REVENUE_PER_SELLER_FLAGS}. */
  readonly flags: readonly RevenuePerSellerFlag[];
  /** The records behind the point; present only with `explain: true`. */
  readonly explain?: RevenuePerSellerPointExplain;
}

/** One seller's series. @category Revenue per seller */
export interface RevenuePerSellerSeries {
  /** The seller (owner) id. */
  readonly sellerId: string;
  /** One point per bucket, in bucket order. */
  readonly points: readonly RevenuePerSellerPoint[];
  /** Sum of the points' realized: the seller's revenue over the range (to `asOf`). */
  readonly total: Decimal;
  /** Sum of the points' order counts: the seller's orders over the range (to `asOf`). */
  readonly orderCount: number;
}

/** Record ids behind one seller's effort-versus-result line (only with `explain: true`). @category Revenue per seller */
export interface RevenuePerSellerEffortExplain {
  /** Orders summed in `realized`. */
  readonly orderIds: readonly string[];
  /** Seller targets that overlap the range. */
  readonly targetIds: readonly string[];
  /** Done activities counted in `activityCount` (empty without activities). */
  readonly activityIds: readonly string[];
}

/** One seller's effort versus result over the whole range (to `asOf`). @category Revenue per seller */
export interface RevenuePerSellerEffort {
  /** The seller (owner) id. */
  readonly sellerId: string;
  /** Revenue over the range, to `asOf`. */
  readonly realized: Decimal;
  /** The seller's prorated target over the whole range (0 without one). */
  readonly target: Decimal;
  /** realized / target (whole-range target, settled detail 5); `null` with `no-target` when the target is 0. */
  readonly attainment: Ratio<"no-target">;
  /** attainment < 1; `null` when there is no attainment. */
  readonly underTarget: boolean | null;
  /** Done activities of the seller in the same window; `null` when no activities are given. */
  readonly activityCount: number | null;
  /** The seller's quadrant; `null` when no activities are given (then `quadrantReason` says so). */
  readonly quadrant: RevenuePerSellerQuadrant | null;
  /** Why `quadrant` is `null`: `no-activities`; `null` when there is a quadrant. */
  readonly quadrantReason: "no-activities" | null;
  /** The records behind the line; present only with `explain: true`. */
  readonly explain?: RevenuePerSellerEffortExplain;
}

/** The team medians the quadrants are split at. @category Revenue per seller */
export interface RevenuePerSellerMedians {
  /** Median done-activity count; `null` without activities or without sellers. */
  readonly effort: Decimal | null;
  /** Median result (attainment or realized, see `resultBasis`); `null` without sellers. */
  readonly result: Decimal | null;
  /** `attainment` when every listed seller has a target over the range, else `realized`. */
  readonly resultBasis: "attainment" | "realized";
}

/** The flag thresholds used. @category Revenue per seller */
export interface RevenuePerSellerThresholds {
  /** `n`, the number of earlier buckets in the trailing mean. */
  readonly trailingBuckets: number;
  /** Drop when realized < trailing mean x (1 - drop). */
  readonly drop: Decimal;
  /** Exceptional when realized > trailing mean x (1 + exceptional). */
  readonly exceptional: Decimal;
}

/** Result of {@link revenuePerSeller}. @category Revenue per seller */
export interface RevenuePerSellerResult {
  /** Stable indicator id. */
  readonly indicator: "revenue-per-seller";
  /** Unit of `realized`, `target` and the changes. */
  readonly unit: "money";
  /** One series per seller. */
  readonly by: "seller";
  /** Reporting currency; `null` when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The scope the sellers were taken from. */
  readonly scope: Scope;
  /** Bucket grain. */
  readonly grain: Grain;
  /** The requested range. */
  readonly range: Period;
  /** The `asOf` cut, or `null` when none was given. */
  readonly asOf: Date | null;
  /** The buckets of the range, in order. */
  readonly buckets: readonly Bucket[];
  /** One series per seller: roster order, then order of first appearance in orders, targets, activities. */
  readonly sellers: readonly RevenuePerSellerSeries[];
  /** One line per seller (same order as `sellers`). */
  readonly effortVsResult: readonly RevenuePerSellerEffort[];
  /** The team medians of the quadrants. */
  readonly medians: RevenuePerSellerMedians;
  /** The thresholds used for the flags. */
  readonly thresholds: RevenuePerSellerThresholds;
  /** Notes for the reader (partial buckets, quadrant basis...). */
  readonly warnings: readonly IndicatorWarning<RevenuePerSellerWarningCode>[];
}

/**
 * One bucket of one customer's series: the figures of a {@link RevenuePerSellerPoint}, but
 * `target` and `attainment` are `null` with `targetReason` `"no-customer-targets"` (targets
 * are never set for a customer).
 * @category Revenue per seller
 */
export type RevenuePerCustomerPoint = Omit<RevenuePerSellerPoint, "target" | "attainment"> & {
  /** `null`: a customer has no target. */
  readonly target: null;
  /** `null`: a customer has no target. */
  readonly attainment: null;
  /** Why `target` and `attainment` are `null`. */
  readonly targetReason: "no-customer-targets";
};

/** One customer's series (or the series of the customers folded into `rest`). @category Revenue per seller */
export interface RevenuePerCustomerSeries {
  /** The customer id (`null` for the folded `rest`). */
  readonly customerId: string | null;
  /** One point per bucket, in bucket order. */
  readonly points: readonly RevenuePerCustomerPoint[];
  /** Sum of the points' realized: the customer's revenue over the range (to `asOf`). */
  readonly total: Decimal;
  /** Sum of the points' order counts. */
  readonly orderCount: number;
}

/** Result of {@link revenuePerSeller} with `by: "customer"`: one series per customer. @category Revenue per seller */
export interface RevenuePerCustomerResult {
  /** Stable indicator id. */
  readonly indicator: "revenue-per-seller";
  /** Unit of `realized` and the changes. */
  readonly unit: "money";
  /** One series per customer. */
  readonly by: "customer";
  /** Reporting currency; `null` when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The scope whose orders were grouped by customer. */
  readonly scope: Scope;
  /** Bucket grain. */
  readonly grain: Grain;
  /** The requested range. */
  readonly range: Period;
  /** The `asOf` cut, or `null` when none was given. */
  readonly asOf: Date | null;
  /** The buckets of the range, in order. */
  readonly buckets: readonly Bucket[];
  /** The customers with orders in the window, by total descending (ties by id ascending); the first `top` with `top`. */
  readonly customers: readonly RevenuePerCustomerSeries[];
  /** The customers beyond `top` as one series (their orders summed bucket by bucket); `null` when none was folded. */
  readonly rest: FoldedCustomers<RevenuePerCustomerSeries> | null;
  /** The orders of the window without a customer, in no series: how many, and their sum. */
  readonly withoutCustomer: OrdersWithoutCustomer;
  /** The thresholds used for the flags. */
  readonly thresholds: RevenuePerSellerThresholds;
  /** Notes for the reader (partial buckets, orders without a customer). */
  readonly warnings: readonly IndicatorWarning<RevenuePerSellerWarningCode>[];
}
