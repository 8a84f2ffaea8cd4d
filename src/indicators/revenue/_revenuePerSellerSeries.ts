/**
 * One seller's series of `revenuePerSeller`: from the realized revenue of each bucket, its
 * attainment, its change from the previous bucket and from the trailing mean, and its flags.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { ZERO } from "../../money/dec.js";
import type { Bucket } from "../../period/types.js";
import { absent, present, ratio } from "../figure.js";
import { proratedTarget, type ProrationContext, type TargetPart } from "../targets.js";
import type { Ratio } from "../types.js";
import type { RevenuePerSellerFlag, RevenuePerSellerPoint, RevenuePerSellerSeries } from "./revenuePerSellerTypes.js";

/** What judging a series needs. */
export interface SeriesContext {
  readonly buckets: readonly Bucket[];
  /** `n`, the number of earlier buckets in the trailing mean. */
  readonly trailingBuckets: number;
  /** 1 - dropThreshold: a drop is realized < trailing mean x this. */
  readonly dropFactor: Decimal;
  /** 1 + exceptionalThreshold: exceptional is realized > trailing mean x this. */
  readonly exceptionalFactor: Decimal;
  /** The `asOf` cut (epoch ms), or `null`. */
  readonly asOf: number | null;
  readonly proration: ProrationContext;
}

/** One seller's figures by bucket, read from the cells. */
export interface SellerBuckets {
  readonly sellerId: string;
  /** Realized revenue of each bucket. */
  readonly realized: readonly Decimal[];
  /** Number of orders of each bucket. */
  readonly counts: readonly number[];
  /** Ids of the orders of each bucket; `null` when not explaining. */
  readonly orderIds: readonly (readonly string[])[] | null;
  /** The seller's targets overlapping the range, by start, end, amount then id. */
  readonly targets: readonly TargetPart[];
}

type PreviousFigures = Pick<RevenuePerSellerPoint, "changeFromPrevious" | "relativeChangeFromPrevious">;
type TrailingFigures = Pick<
  RevenuePerSellerPoint,
  "trailingMean" | "changeFromTrailingMean" | "relativeChangeFromTrailingMean"
>;

/** Change from the previous bucket; a relative change needs a positive base. */
function fromPrevious(realized: Decimal, previous: Decimal | null): PreviousFigures {
  if (previous === null) {
    return {
      changeFromPrevious: absent("no-previous"),
      relativeChangeFromPrevious: { value: null, reason: "no-previous", numerator: ZERO, denominator: ZERO },
    };
  }
  const change = realized.minus(previous);
  const relative: Ratio<"no-previous" | "zero-previous" | "negative-previous"> =
    previous.isNegative() && !previous.isZero()
      ? { value: null, reason: "negative-previous", numerator: change, denominator: previous }
      : ratio(change, previous, "zero-previous");
  return { changeFromPrevious: present(change), relativeChangeFromPrevious: relative };
}

/**
 * Change from the trailing mean (`trailingSum` / n, `null` with too little history), and the drop
 * or exceptional flag. The comparisons use n x realized against trailingSum x factor, so they are
 * exact (no division before comparing: settled detail 11 is strict). A mean of 0 or less is no
 * baseline: not judged.
 */
function fromTrailingMean(
  realized: Decimal,
  trailingSum: Decimal | null,
  context: SeriesContext,
  judged: boolean,
): TrailingFigures & { readonly flags: RevenuePerSellerFlag[] } {
  const n = context.trailingBuckets;
  if (trailingSum === null) {
    return {
      trailingMean: absent("insufficient-history"),
      changeFromTrailingMean: absent("insufficient-history"),
      relativeChangeFromTrailingMean: {
        value: null,
        reason: "insufficient-history",
        numerator: ZERO,
        denominator: ZERO,
      },
      flags: judged ? ["insufficient-history"] : [],
    };
  }
  const mean = trailingSum.div(n);
  const change = realized.minus(mean);
  const figures = {
    trailingMean: present<"insufficient-history">(mean),
    changeFromTrailingMean: present<"insufficient-history">(change),
  };
  if (!(trailingSum.isPositive() && !trailingSum.isZero())) {
    return {
      ...figures,
      relativeChangeFromTrailingMean: { value: null, reason: "no-baseline", numerator: change, denominator: mean },
      flags: judged ? ["no-baseline"] : [],
    };
  }
  const scaled = realized.times(n);
  const flags: RevenuePerSellerFlag[] = [];
  if (judged && scaled.lessThan(trailingSum.times(context.dropFactor))) flags.push("drop");
  if (judged && scaled.greaterThan(trailingSum.times(context.exceptionalFactor))) flags.push("exceptional");
  return {
    ...figures,
    relativeChangeFromTrailingMean: {
      value: scaled.minus(trailingSum).div(trailingSum),
      reason: null,
      numerator: change,
      denominator: mean,
    },
    flags,
  };
}

/**
 * The seller's series: per bucket realized, the prorated target and attainment, the changes from
 * the previous bucket and from the mean of the `n` previous buckets of the range (empty ones
 * count 0), and the flags. A bucket starting at or after `asOf` is not judged (`not-started`);
 * the one holding `asOf` is judged on its revenue to date (`partial`).
 *
 * @throws ProrationForbiddenError with `proration: false`, for a target partly overlapping a bucket
 */
export function sellerSeries(seller: SellerBuckets, context: SeriesContext): RevenuePerSellerSeries {
  const { realized, orderIds } = seller;
  const n = context.trailingBuckets;
  const asOf = context.asOf;
  // The sum of the n buckets before the current one.
  let trailingSum = ZERO;
  const points = context.buckets.map((bucket, i): RevenuePerSellerPoint => {
    const value = realized[i] as Decimal;
    const notStarted = asOf !== null && bucket.start.getTime() >= asOf;
    const partial = asOf !== null && !notStarted && bucket.end.getTime() > asOf;
    const { total: target, ids: targetIds } = proratedTarget(seller.targets, bucket, context.proration);
    const { flags, ...trailing } = fromTrailingMean(value, i < n ? null : trailingSum, context, !notStarted);
    if (partial) flags.push("partial");
    if (notStarted) flags.push("not-started");
    trailingSum = trailingSum.plus(value);
    if (i >= n) trailingSum = trailingSum.minus(realized[i - n] as Decimal);
    const point: RevenuePerSellerPoint = {
      label: bucket.label,
      realized: value,
      orderCount: seller.counts[i] ?? 0,
      target,
      attainment: ratio(value, target, "no-target"),
      ...fromPrevious(value, i === 0 ? null : (realized[i - 1] as Decimal)),
      ...trailing,
      flags,
    };
    return orderIds === null ? point : { ...point, explain: { orderIds: orderIds[i] ?? [], targetIds } };
  });
  return {
    sellerId: seller.sellerId,
    points,
    total: realized.reduce((sum, value) => sum.plus(value), ZERO),
    orderCount: seller.counts.reduce((sum, count) => sum + count, 0),
  };
}
