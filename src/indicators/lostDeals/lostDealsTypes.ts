/**
 * The options and the result of `lostDeals` (its grouped form reuses them), apart from the
 * computation so that the shared computation can name them.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { DecimalInput } from "../../money/decimal.js";
import type { Grain, Period } from "../../period/types.js";
import type { IndicatorOptions, Ratio, Scope } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";

/** The article's three families of loss causes (market, offer, internal management) and `other` for the rest. @category Lost deals */
export const LOSS_CATEGORIES = ["market", "offer", "internal", "other"] as const;

/** A family of loss causes: the market (a new competitor), the offer (price, services), internal management, or other. @category Lost deals */
export type LossCategory = (typeof LOSS_CATEGORIES)[number];

/** How the spread of the previous buckets' lost counts is measured. @category Lost deals */
export type SpikeDeviation = "sample" | "population";

/** Spike detection settings as a caller gives them; missing ones take the defaults ({@link DEFAULT_LOST_DEALS_SPIKE}). @category Lost deals */
export interface LostDealsSpikeOptions {
  /** A spike needs at least this many lost deals in the bucket. Default 2 (one lost deal is not an alarm). */
  readonly minCount?: number;
  /** Number `n` of previous buckets the mean and deviation are taken over (the trailing baseline). Default 6. */
  readonly trailingBuckets?: number;
  /** Number `k` of standard deviations above the mean. Default 2. */
  readonly k?: DecimalInput;
  /** Sample (n - 1, default) or population (n) standard deviation. */
  readonly deviation?: SpikeDeviation;
}

/**
 * The default spike settings of {@link lostDeals} (spec 2.5): a spike needs at least 2 lost deals,
 * strictly above the mean of the previous 6 buckets plus 2 sample standard deviations.
 *
 * @example
 * ```ts
 * DEFAULT_LOST_DEALS_SPIKE; //=> { minCount: 2, trailingBuckets: 6, k: "2", deviation: "sample" }
 * ```
 * @category Lost deals
 */
export const DEFAULT_LOST_DEALS_SPIKE: Readonly<Required<LostDealsSpikeOptions>> = Object.freeze({
  minCount: 2,
  trailingBuckets: 6,
  k: "2",
  deviation: "sample",
});

/**
 * The default bucket grain of {@link lostDeals}: months of the reporting zone.
 *
 * @example
 * ```ts
 * DEFAULT_LOST_DEALS_GRAIN; //=> "month"
 * ```
 * @category Lost deals
 */
export const DEFAULT_LOST_DEALS_GRAIN: Grain = "month";

/** Options of {@link lostDeals}. @category Lost deals */
export interface LostDealsOptions extends IndicatorOptions {
  /** The `[start, end)` range split into buckets of `closedAt`. */
  readonly range: Period;
  /** Bucket grain. Default {@link DEFAULT_LOST_DEALS_GRAIN} (`"month"`). */
  readonly grain?: Grain;
  /**
   * "Now": deals closed at or after it are not counted (half-open, settled detail 3); a bucket
   * starting at or after it is `not-started` and not judged, the bucket holding it is `partial`.
   * Default: no cut (every closing in the range counts, as revenue versus target without `asOf`).
   */
  readonly asOf?: Date;
  /** The caller's loss reasons mapped to categories; unmapped or missing reasons land in `other`. */
  readonly reasonCategories?: ReadonlyMap<string, LossCategory> | Readonly<Record<string, LossCategory>>;
  /** Spike detection settings. */
  readonly spike?: LostDealsSpikeOptions;
}

/** Why a loss rate has no value. @category Lost deals */
export type LossRateReason = "no-closed-deals" | "no-closed-value";

/** Lost deals of one loss reason. @category Lost deals */
export interface LostByReason {
  /** The deal's `lossReason`, or `null` when none was given. */
  readonly reason: string | null;
  /** Lost deals with that reason. */
  readonly count: number;
  /** Their summed amount. */
  readonly amount: Decimal;
}

/** Lost deals of one reason category. @category Lost deals */
export interface LostByCategory {
  /** The category. */
  readonly category: LossCategory;
  /** Lost deals whose reason maps to it. */
  readonly count: number;
  /** Their summed amount. */
  readonly amount: Decimal;
}

/** Lost deals that name one competitor. @category Lost deals */
export interface LostByCompetitor {
  /** The competitor named by the deals. */
  readonly competitor: string;
  /** Lost deals naming it. */
  readonly count: number;
  /** Their summed amount. */
  readonly amount: Decimal;
}

/** Lost and won deals closed in a bucket (or in the whole range), with loss rates and breakdowns of the lost ones. @category Lost deals */
export interface LostDealsFigures {
  /** Lost deals closed in the bucket. */
  readonly lostCount: number;
  /** Their summed amount, in the result's currency. */
  readonly lostAmount: Decimal;
  /** Won deals closed in the bucket. */
  readonly wonCount: number;
  /** Their summed amount. */
  readonly wonAmount: Decimal;
  /** `lostCount / (wonCount + lostCount)`; `null` with `no-closed-deals` when nothing closed. */
  readonly lossRateByCount: Ratio<"no-closed-deals">;
  /**
   * `lostAmount / (wonAmount + lostAmount)`; `null` with `no-closed-deals` when nothing closed,
   * `no-closed-value` when deals closed but their amounts sum to 0.
   */
  readonly lossRateByValue: Ratio<LossRateReason>;
  /** Lost deals per loss reason, most frequent first (then by reason, `null` last). */
  readonly byReason: readonly LostByReason[];
  /** Lost deals per category, always the four categories in the order market, offer, internal, other. */
  readonly byCategory: readonly LostByCategory[];
  /** Lost deals per competitor named, most frequent first (then by name); deals naming none are left out. */
  readonly byCompetitor: readonly LostByCompetitor[];
}

/**
 * The flags a bucket of {@link lostDeals} can carry, in the order they are listed.
 *
 * - `spike`: at least `minCount` lost deals and strictly above mean + k x std of the previous `n` buckets.
 * - `insufficient-history`: fewer than `n` earlier buckets in the range; not judged.
 * - `partial`: the bucket holds `asOf`, so its figures are to date only; it is still judged.
 * - `not-started`: the bucket starts at or after `asOf`; nothing is counted in it and it is not judged.
 *
 * @example
 * ```ts
 * LOST_DEALS_FLAGS; //=> ["spike", "insufficient-history", "partial", "not-started"]
 * ```
 * @category Lost deals
 */
export const LOST_DEALS_FLAGS = ["spike", "insufficient-history", "partial", "not-started"] as const;

/** Why a bucket carries a flag; see {@link LOST_DEALS_FLAGS}. @category Lost deals */
export type LostDealsFlag = (typeof LOST_DEALS_FLAGS)[number];

/**
 * The codes of the warnings of {@link lostDeals}.
 *
 * - `partial-range`: `asOf` falls inside the range: the bucket holding it is partial, later ones are not judged.
 * - `range-not-started`: `asOf` is at or before the range's start: nothing is counted, no bucket is judged.
 *
 * @example
 * ```ts
 * LOST_DEALS_WARNING_CODES; //=> ["partial-range", "range-not-started"]
 * ```
 * @category Lost deals
 */
export const LOST_DEALS_WARNING_CODES = ["partial-range", "range-not-started"] as const;

/** A warning code of {@link lostDeals}; see {@link LOST_DEALS_WARNING_CODES}. @category Lost deals */
export type LostDealsWarningCode = (typeof LOST_DEALS_WARNING_CODES)[number];

/** One bucket of {@link lostDeals}: its figures and its spike check. @category Lost deals */
export interface LostDealsBucket extends LostDealsFigures {
  /** Label of the calendar unit (`2026-03`, `2026-Q1`...), local to the reporting zone. */
  readonly label: string;
  /** First instant of the bucket. */
  readonly start: Date;
  /** First instant after the bucket. */
  readonly end: Date;
  /** Mean lost count of the previous `n` buckets; `null` when fewer than `n` exist or the bucket is not started. */
  readonly mean: Decimal | null;
  /** Their standard deviation (sample or population); `null` when `mean` is. */
  readonly std: Decimal | null;
  /** `mean + k x std` (the mean when std is 0); `null` when `mean` is. */
  readonly threshold: Decimal | null;
  /**
   * In the order of {@link LOST_DEALS_FLAGS}: `spike` when `lostCount >= minCount` and
   * `lostCount > threshold`; `insufficient-history` (not judged); `partial` (holds `asOf`);
   * `not-started` (starts at or after `asOf`, not judged). Empty: judged, no spike.
   */
  readonly flags: readonly LostDealsFlag[];
}

/** The spike settings used. @category Lost deals */
export interface LostDealsSpikeSettings {
  /** Minimum lost count of a spike. */
  readonly minCount: number;
  /** Number `n` of previous buckets compared with (the trailing baseline). */
  readonly trailingBuckets: number;
  /** Number of standard deviations above the mean. */
  readonly k: Decimal;
  /** Sample or population standard deviation. */
  readonly deviation: SpikeDeviation;
}

/** The deals behind each bucket (present only with `explain: true`). @category Lost deals */
export interface LostDealsExplain {
  /** Per bucket, in the order of `buckets`. */
  readonly buckets: readonly {
    /** The bucket's label. */
    readonly label: string;
    /** Ids of the lost deals counted, by `closedAt` then id. */
    readonly lostDealIds: readonly string[];
    /** Ids of the won deals counted, by `closedAt` then id. */
    readonly wonDealIds: readonly string[];
  }[];
}

/** The result of {@link lostDeals}. @category Lost deals */
export interface LostDealsResult {
  /** Stable indicator id. */
  readonly indicator: "lost-deals";
  /** The headline figure is a count of lost deals. */
  readonly unit: "count";
  /** Currency of every amount; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** Bucket grain. */
  readonly grain: Grain;
  /** The range asked for. */
  readonly range: Period;
  /** The `asOf` cut, or `null` when none was given. */
  readonly asOf: Date | null;
  /** Who the figures are for. */
  readonly scope: Scope;
  /** One entry per bucket of the range, in time order. */
  readonly buckets: readonly LostDealsBucket[];
  /** The same figures over the whole range, to `asOf` (lost counts and amounts are the buckets' sums). */
  readonly totals: LostDealsFigures;
  /** The spike settings used. */
  readonly spikeSettings: LostDealsSpikeSettings;
  /** `partial-range` or `range-not-started` when `asOf` cuts the range. */
  readonly warnings: readonly IndicatorWarning<LostDealsWarningCode>[];
  /** Ids behind the figures, with `explain: true` only. */
  readonly explain?: LostDealsExplain;
}
