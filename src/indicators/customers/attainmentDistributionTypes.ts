/**
 * The options and the result of the attainment distribution, apart from the computation so that
 * the computation can name them.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Period } from "../../period/types.js";
import type { RevenueVsTargetOptions } from "../revenue/revenueVsTarget.js";
import type { Ratio, Scope } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";

/** Options of `attainmentDistribution`: those of revenue versus target (2.1) but the status thresholds. @category Indicators */
export type AttainmentDistributionOptions = Omit<RevenueVsTargetOptions, "thresholds">;

/**
 * The attainment bands, lowest first (spec section 7). Each band holds its lower edge, but the
 * top two: `below-0.5` is `[.., 0.5)`, `0.5-0.8` is `[0.5, 0.8)`, `0.8-1` is `[0.8, 1)`, `1-1.2` is
 * `[1, 1.2]` (1.2 included: "above 1.2" is strictly above) and `above-1.2` is `(1.2, ..)`.
 *
 * @example
 * ```ts
 * ATTAINMENT_BANDS; //=> ["below-0.5", "0.5-0.8", "0.8-1", "1-1.2", "above-1.2"]
 * ```
 * @category Indicators
 */
export const ATTAINMENT_BANDS = ["below-0.5", "0.5-0.8", "0.8-1", "1-1.2", "above-1.2"] as const;

/** An attainment band; see {@link ATTAINMENT_BANDS}. @category Indicators */
export type AttainmentBand = (typeof ATTAINMENT_BANDS)[number];

/**
 * The codes of the warnings of the attainment distribution:
 * - `partial-period`: `asOf` falls inside the period: attainments are realized to date over the
 *   whole period's target (settled detail 5), so sellers sit lower than they will at the end;
 * - `targets-without-group`: a seller of the scope has a target over the period but no order and
 *   is not in the roster, so no seller of the distribution shows it.
 *
 * @example
 * ```ts
 * ATTAINMENT_DISTRIBUTION_WARNING_CODES; //=> ["partial-period", "targets-without-group"]
 * ```
 * @category Indicators
 */
export const ATTAINMENT_DISTRIBUTION_WARNING_CODES = ["partial-period", "targets-without-group"] as const;

/** A warning code of the attainment distribution; see {@link ATTAINMENT_DISTRIBUTION_WARNING_CODES}. @category Indicators */
export type AttainmentDistributionWarningCode = (typeof ATTAINMENT_DISTRIBUTION_WARNING_CODES)[number];

/** Why the share at or above target has no value: no seller has a target over the period. @category Indicators */
export type AttainmentShareReason = "no-sellers-with-target";

/** One band of the distribution and the sellers in it. @category Indicators */
export interface AttainmentBandCount {
  /** The band. */
  readonly band: AttainmentBand;
  /** Its lower edge, or `null` for the lowest band. */
  readonly lower: Decimal | null;
  /** Whether an attainment equal to `lower` is in the band. */
  readonly lowerIncluded: boolean;
  /** Its upper edge, or `null` for the highest band. */
  readonly upper: Decimal | null;
  /** Whether an attainment equal to `upper` is in the band. */
  readonly upperIncluded: boolean;
  /** How many sellers are in it. */
  readonly count: number;
  /** Who, in the order of `sellers`. */
  readonly sellerIds: readonly string[];
}

/** One seller's attainment, as revenue versus target (2.1) computes it. @category Indicators */
export interface SellerAttainment {
  /** The seller. */
  readonly sellerId: string;
  /** realized / target of 2.1; `null` when the seller has no target over the period. */
  readonly attainment: Decimal | null;
  /** The seller's band, or `null` without a target. */
  readonly band: AttainmentBand | null;
}

/** A seller left out of the bands, and why. @category Indicators */
export interface SellerWithoutTarget {
  /** The seller. */
  readonly sellerId: string;
  /** `no-target`: no target of the seller's own overlaps the period (2.1's attainment reason). */
  readonly reason: "no-target";
}

/** The result of `attainmentDistribution`. @category Indicators */
export interface AttainmentDistributionResult {
  /** Stable indicator id. */
  readonly indicator: "attainment-distribution";
  /** The headline figure is a ratio (the share at or above target). */
  readonly unit: "ratio";
  /** Currency of the realized and target amounts the attainments rest on. */
  readonly currency: string | null;
  /** The scope whose sellers are distributed. */
  readonly scope: Scope;
  /** The `[start, end)` period measured. */
  readonly period: Period;
  /** The `asOf` used, or `null` (closed period). */
  readonly asOf: Date | null;
  /** Sellers of the scope: the roster's, then the other owners of its orders (those of 2.1 by seller). */
  readonly sellerCount: number;
  /** Sellers with a target over the period: the ones in the bands. */
  readonly sellersWithTarget: number;
  /** Sellers with attainment >= 1 / sellers with a target; `null` with `no-sellers-with-target`. */
  readonly atOrAboveTarget: Ratio<AttainmentShareReason>;
  /** The five bands, lowest first, every seller with a target in exactly one. */
  readonly bands: readonly AttainmentBandCount[];
  /** Sellers without a target, in no band. */
  readonly withoutTarget: readonly SellerWithoutTarget[];
  /** Every seller's attainment and band, in the order of 2.1's groups. */
  readonly sellers: readonly SellerAttainment[];
  /** Notes; see {@link ATTAINMENT_DISTRIBUTION_WARNING_CODES}. */
  readonly warnings: readonly IndicatorWarning<AttainmentDistributionWarningCode>[];
}
