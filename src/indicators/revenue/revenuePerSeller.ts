import * as z from "zod";
import { instantOf } from "../../_lib/checkPeriod.js";
import { BucketSlots } from "../../_lib/bucketIndex.js";
import type { Decimal } from "decimal.js";
import { resolveCalendar } from "../../_lib/calendar.js";
import { CurrencyGuard } from "../../_lib/currencyGuard.js";
import { assertDayCount } from "../../_lib/dayCount.js";
import { ScaledSums } from "../../_lib/scaledSums.js";
import { Dec, median, ZERO } from "../../_lib/decimal.js";
import { absent, present, ratio } from "../../_lib/figure.js";
import { shown } from "../../_lib/options.js";
import { resolveScope } from "../../_lib/scope.js";
import { proratedTarget, type ProrationContext, type TargetPart } from "../../_lib/targets.js";
import { InvalidArgumentError } from "../../errors/index.js";
import {
  BucketJsonSchema,
  CurrencyJsonSchema,
  DecimalJsonSchema,
  figureJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ratioJsonSchema,
  ScopeJsonSchema,
} from "../../model/resultJson.js";
import type { Activity, Order, RevenueTarget } from "../../model/types.js";
import { addRowAmount, guardCurrencyCode } from "../../_lib/tableMoney.js";
import { tryParseAmount, type DecimalInput } from "../../money/decimal.js";
import { splitRange } from "../../period/splitRange.js";
import type { Bucket, Grain, Period } from "../../period/types.js";
import type { Figure, IndicatorOptions, Ratio, Scope, TargetOptions } from "../types.js";
import type { OrderTable } from "../../table/orderTable.js";
import type { ActivityTable } from "../../table/activityTable.js";
import { DONE_CODE, type ActivityColumns, activityColumnsOf, type OrderColumns, orderColumnsOf } from "../../table/_columns.js";

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
 */
export const REVENUE_PER_SELLER_FLAGS = ["drop", "exceptional", "insufficient-history", "no-baseline", "partial", "not-started"] as const;

/** A flag of a bucket of {@link revenuePerSeller}; see {@link REVENUE_PER_SELLER_FLAGS}. */
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
 */
export const REVENUE_PER_SELLER_QUADRANTS = [
  "high-effort-low-result",
  "low-effort-low-result",
  "low-effort-high-result",
  "high-effort-high-result",
] as const;

/** An effort-versus-result quadrant; see {@link REVENUE_PER_SELLER_QUADRANTS}. */
export type RevenuePerSellerQuadrant = (typeof REVENUE_PER_SELLER_QUADRANTS)[number];

/** Options of {@link revenuePerSeller}. */
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
  /** `n`, the number of earlier buckets in the trailing mean. A whole number >= 1. Default 3. */
  readonly trailingBuckets?: number;
  /** A bucket is a `drop` when realized < trailing mean x (1 - dropThreshold). At least 0. Default `"0.3"`. */
  readonly dropThreshold?: DecimalInput;
  /** A bucket is `exceptional` when realized > trailing mean x (1 + exceptionalThreshold). At least 0. Default `"0.5"`. */
  readonly exceptionalThreshold?: DecimalInput;
  /** Count only records dated before this instant (half-open, settled detail 3). Default: no cut. */
  readonly asOf?: Date;
}

/** Record ids behind one point of a series (only with `explain: true`). */
export interface RevenuePerSellerPointExplain {
  /** Orders summed in `realized`, in input order. */
  readonly orderIds: readonly string[];
  /** Seller targets that overlap the bucket, by start, end, amount then id. */
  readonly targetIds: readonly string[];
}

/** One bucket of one seller's series. */
export interface RevenuePerSellerPoint {
  /** The bucket's label (same index as in `buckets`). */
  readonly label: string;
  /** Sum of the seller's amounts dated in the bucket (and before `asOf`); credit notes count negative. */
  readonly realized: Decimal;
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

/** One seller's series. */
export interface RevenuePerSellerSeries {
  /** The seller (owner) id. */
  readonly sellerId: string;
  /** One point per bucket, in bucket order. */
  readonly points: readonly RevenuePerSellerPoint[];
  /** Sum of the points' realized: the seller's revenue over the range (to `asOf`). */
  readonly total: Decimal;
}

/** Record ids behind one seller's effort-versus-result line (only with `explain: true`). */
export interface RevenuePerSellerEffortExplain {
  /** Orders summed in `realized`. */
  readonly orderIds: readonly string[];
  /** Seller targets that overlap the range. */
  readonly targetIds: readonly string[];
  /** Done activities counted in `activityCount` (empty without activities). */
  readonly activityIds: readonly string[];
}

/** One seller's effort versus result over the whole range (to `asOf`). */
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

/** The team medians the quadrants are split at. */
export interface RevenuePerSellerMedians {
  /** Median done-activity count; `null` without activities or without sellers. */
  readonly effort: Decimal | null;
  /** Median result (attainment or realized, see `resultBasis`); `null` without sellers. */
  readonly result: Decimal | null;
  /** `attainment` when every listed seller has a target over the range, else `realized`. */
  readonly resultBasis: "attainment" | "realized";
}

/** The flag thresholds used. */
export interface RevenuePerSellerThresholds {
  /** `n`, the number of earlier buckets in the trailing mean. */
  readonly trailingBuckets: number;
  /** Drop when realized < trailing mean x (1 - drop). */
  readonly drop: Decimal;
  /** Exceptional when realized > trailing mean x (1 + exceptional). */
  readonly exceptional: Decimal;
}

/** Result of {@link revenuePerSeller}. */
export interface RevenuePerSellerResult {
  /** Stable indicator id. */
  readonly indicator: "revenue-per-seller";
  /** Unit of `realized`, `target` and the changes. */
  readonly unit: "money";
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
  readonly warnings: readonly string[];
}

function readThreshold(raw: DecimalInput | undefined, fallback: string, name: string): Decimal {
  if (raw === undefined) return new Dec(fallback);
  const parsed = tryParseAmount(raw);
  if (!parsed.ok) throw new InvalidArgumentError(`${name} is not a decimal: ${parsed.message}`);
  if (parsed.value.isNegative() && !parsed.value.isZero()) {
    throw new InvalidArgumentError(`${name} must be at least 0, got ${parsed.value.toString()}`);
  }
  return parsed.value;
}


interface SellerAccumulator {
  /** The per-bucket realized, once every order is read. */
  realized: Decimal[];
  /** Per bucket, the ids of the orders summed in it (only with `explain`). */
  orderIds: string[][] | null;
  /** The seller's slot in the order sums ({@link OrderSums}), or -1 when no order of the window is the seller's. */
  orderSlot: number;
  readonly targets: TargetPart[];
  activityCount: number;
  activityIds: string[] | null;
}

/**
 * The orders of the window summed per (seller, bucket): each in-scope owner met gets a slot, in
 * order of first appearance in the window, and cell `slot x buckets + bucket` holds its sum.
 */
interface OrderSums {
  /** Owner code (into the table's `owners`) of each slot. */
  readonly codes: number[];
  /** The sum of each cell. */
  readonly cells: ScaledSums;
  /** Ids of each cell's orders, in table order (only with `explain`). */
  readonly ids: (string[] | undefined)[] | null;
}

/** Slot code of an owner out of the scope. */
const OUT_OF_SCOPE = -2;
/** Slot code of an in-scope owner not met yet. */
const NOT_MET = -1;

/**
 * One pass over an order table: window check, scope and seller slot by owner code (one typed-array
 * read), bucket by `BucketSlots` (constant time, the previous row's bucket tried first), amount
 * added as a safe integer when it is in the computation's currency and has a fast form, else
 * through {@link addRowAmount} (conversion or currency check, exactly as `guard.convert` on the
 * order, in table order).
 */
function sumOrders(
  table: OrderColumns,
  inScope: Uint8Array,
  starts: readonly number[],
  rangeStart: number,
  windowEnd: number,
  guard: CurrencyGuard,
  explain: boolean,
): OrderSums {
  const bucketCount = starts.length;
  const { size, times, ownerCodes, scaledAmounts, currencyCodes } = table;
  const slotOf = new Int32Array(table.owners.length);
  for (let code = 0; code < slotOf.length; code++) slotOf[code] = inScope[code] === 1 ? NOT_MET : OUT_OF_SCOPE;
  const codes: number[] = [];
  let capacity = Math.max(1, Math.min(table.owners.length, 16));
  const cells = new ScaledSums(capacity * bucketCount);
  const ids: (string[] | undefined)[] | null = explain ? [] : null;
  let fastCurrency = guardCurrencyCode(table, guard);
  const buckets = new BucketSlots(starts, windowEnd);
  for (let row = 0; row < size; row++) {
    const t = times[row] as number;
    if (!(t >= rangeStart && t < windowEnd)) continue;
    const code = ownerCodes[row] as number;
    let slot = slotOf[code] as number;
    if (slot < 0) {
      if (slot === OUT_OF_SCOPE) continue;
      slot = codes.length;
      slotOf[code] = slot;
      codes.push(code);
      if (slot >= capacity) {
        capacity *= 2;
        cells.grow(capacity * bucketCount);
      }
    }
    const cell = slot * bucketCount + buckets.bucketOf(t);
    if (currencyCodes[row] !== fastCurrency || !cells.add(cell, scaledAmounts[row] as number)) {
      addRowAmount(cells.exactOf(cell), table, row, guard, t);
      if (fastCurrency === -1) fastCurrency = guardCurrencyCode(table, guard);
    }
    if (ids !== null) {
      const list = ids[cell];
      if (list === undefined) ids[cell] = [table.ids[row] as string];
      else list.push(table.ids[row] as string);
    }
  }
  return { codes, cells, ids };
}

/** Done activities of the window per in-scope owner code, and the codes in order of first appearance. */
function countActivities(
  table: ActivityColumns,
  inScope: Uint8Array,
  rangeStart: number,
  windowEnd: number,
  explain: boolean,
): { readonly codes: number[]; readonly counts: Float64Array; readonly ids: (string[] | undefined)[] | null } {
  const { size, times, ownerCodes, statusCodes } = table;
  const counts = new Float64Array(table.owners.length);
  const codes: number[] = [];
  const ids: (string[] | undefined)[] | null = explain ? [] : null;
  for (let row = 0; row < size; row++) {
    if (statusCodes[row] !== DONE_CODE) continue;
    const t = times[row] as number;
    if (!(t >= rangeStart && t < windowEnd)) continue;
    const code = ownerCodes[row] as number;
    if (inScope[code] !== 1) continue;
    const count = counts[code] as number;
    if (count === 0) codes.push(code);
    counts[code] = count + 1;
    if (ids !== null) {
      const list = ids[code];
      if (list === undefined) ids[code] = [table.ids[row] as string];
      else list.push(table.ids[row] as string);
    }
  }
  return { codes, counts, ids };
}


function pointsOf(
  seller: SellerAccumulator,
  buckets: readonly Bucket[],
  context: {
    readonly n: number;
    readonly keepDrop: Decimal;
    readonly exceptionalAbove: Decimal;
    readonly asOf: number | null;
    readonly proration: ProrationContext;
    readonly explain: boolean;
  },
): RevenuePerSellerPoint[] {
  const { n, asOf } = context;
  const points: RevenuePerSellerPoint[] = [];
  let windowSum = ZERO;
  for (let i = 0; i < buckets.length; i++) {
    const bucket = buckets[i] as Bucket;
    const realized = seller.realized[i] as Decimal;
    const { total: target, ids: targetIds } = proratedTarget(seller.targets, bucket, context.proration);

    let changeFromPrevious: Figure<"no-previous">;
    let relativeChangeFromPrevious: Ratio<"no-previous" | "zero-previous" | "negative-previous">;
    if (i === 0) {
      changeFromPrevious = absent("no-previous");
      relativeChangeFromPrevious = { value: null, reason: "no-previous", numerator: ZERO, denominator: ZERO };
    } else {
      const previous = seller.realized[i - 1] as Decimal;
      const change = realized.minus(previous);
      changeFromPrevious = present(change);
      relativeChangeFromPrevious =
        previous.isNegative() && !previous.isZero()
          ? { value: null, reason: "negative-previous", numerator: change, denominator: previous }
          : ratio(change, previous, "zero-previous");
    }

    const flags: RevenuePerSellerFlag[] = [];
    let trailingMean: Figure<"insufficient-history">;
    let changeFromTrailingMean: Figure<"insufficient-history">;
    let relativeChangeFromTrailingMean: Ratio<"insufficient-history" | "no-baseline">;
    const notStarted = asOf !== null && bucket.start.getTime() >= asOf;
    const partial = asOf !== null && !notStarted && bucket.end.getTime() > asOf;
    if (i < n) {
      trailingMean = absent("insufficient-history");
      changeFromTrailingMean = absent("insufficient-history");
      relativeChangeFromTrailingMean = { value: null, reason: "insufficient-history", numerator: ZERO, denominator: ZERO };
      if (!notStarted) flags.push("insufficient-history");
    } else {
      // Sum of the n previous buckets; the comparisons use n x realized against sum x factor so
      // they are exact (no division before comparing, settled detail 11 is strict).
      const sum = windowSum;
      const mean = sum.div(n);
      const change = realized.minus(mean);
      trailingMean = present(mean);
      changeFromTrailingMean = present(change);
      const scaled = realized.times(n);
      if (sum.isPositive() && !sum.isZero()) {
        relativeChangeFromTrailingMean = { value: scaled.minus(sum).div(sum), reason: null, numerator: change, denominator: mean };
        if (!notStarted) {
          if (scaled.lessThan(sum.times(context.keepDrop))) flags.push("drop");
          if (scaled.greaterThan(sum.times(context.exceptionalAbove))) flags.push("exceptional");
        }
      } else {
        relativeChangeFromTrailingMean = { value: null, reason: "no-baseline", numerator: change, denominator: mean };
        if (!notStarted) flags.push("no-baseline");
      }
    }
    if (partial) flags.push("partial");
    if (notStarted) flags.push("not-started");

    windowSum = windowSum.plus(realized);
    if (i >= n) windowSum = windowSum.minus(seller.realized[i - n] as Decimal);

    const point: RevenuePerSellerPoint = {
      label: bucket.label,
      realized,
      target,
      attainment: ratio(realized, target, "no-target"),
      changeFromPrevious,
      relativeChangeFromPrevious,
      trailingMean,
      changeFromTrailingMean,
      relativeChangeFromTrailingMean,
      flags,
    };
    points.push(
      context.explain ? { ...point, explain: { orderIds: seller.orderIds?.[i] ?? [], targetIds } } : point,
    );
  }
  return points;
}

function compareTargetParts(a: TargetPart, b: TargetPart): number {
  return (
    a.start.getTime() - b.start.getTime() ||
    a.end.getTime() - b.end.getTime() ||
    a.value.comparedTo(b.value) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function copyScope(scope: Scope): Scope {
  if (scope.level === "team") return { level: "team", teamId: scope.teamId };
  if (scope.level === "seller") return { level: "seller", sellerId: scope.sellerId };
  return { level: "company" };
}

function quadrantOf(effortHigh: boolean, resultHigh: boolean): RevenuePerSellerQuadrant {
  if (effortHigh) return resultHigh ? "high-effort-high-result" : "high-effort-low-result";
  return resultHigh ? "low-effort-high-result" : "low-effort-low-result";
}

/**
 * Revenue per seller over time: the article's "niveau de chiffre d'affaires réalisé par vendeur"
 * (CA par vendeur, and with the month grain "CA par mois et par vendeur"), spec 2.2. It shows each
 * seller's performance through time, detects a loss of cadence ("baisse de cadence") or exceptional
 * results, and puts result beside effort for sellers who missed their figure.
 *
 * Formula in words:
 * - The range is split into buckets of `grain` (`splitRange`). For each seller and bucket,
 *   `realized` = sum of the seller's order amounts dated in the bucket and before `asOf`
 *   (records at or after `asOf` are excluded); credit notes count negative.
 * - `target` = the seller's seller-level targets prorated to the bucket; `attainment` = realized / target.
 * - `changeFromPrevious` = realized - previous bucket's realized; relative = change / previous.
 * - `trailingMean` = mean realized of the `n` previous buckets of the range (empty buckets count 0,
 *   settled detail 10); `changeFromTrailingMean` = realized - trailingMean; relative = change / mean.
 * - Flags: `drop` when realized < trailingMean x (1 - dropThreshold), `exceptional` when realized >
 *   trailingMean x (1 + exceptionalThreshold), strict comparisons; not judged, with
 *   `insufficient-history`, when fewer than `n` earlier buckets exist, or with `no-baseline` when the
 *   trailing mean is 0 or negative (settled detail 11).
 * - Effort versus result, over the whole range to `asOf`: per seller `realized`, `attainment` against
 *   the whole range's prorated target, `underTarget` = attainment < 1, `activityCount` = done
 *   activities in the same window, and a quadrant split at the team medians of effort (activity
 *   count) and result (attainment when every seller has a target, else realized revenue).
 *
 * Which sellers: those of the scope (company: everyone; team: the roster's members of the team;
 * seller: that seller). The roster (`sellers`) adds sellers with zeros; owners found in the records
 * are never removed (settled detail 15). The orders are read as a columnar table (`orderTable`; an
 * array is converted on each call): one pass over its rows sums each (seller, bucket) by owner code,
 * placing each row in its bucket by its epoch ms against the bucket boundaries, and the
 * codes become sellers once at the end. One currency guard covers every amount summed and every
 * target used (settled detail 14): orders outside the window or the scope are not read.
 *
 * Interpretation: the sellers listed are the roster's sellers in the scope, in roster order, then
 * the owners of orders in the window, then the holders of seller targets overlapping the range, then
 * the owners of done activities in the window, each in order of first appearance in its input. So a
 * seller who only has activities, or only a target, still appears (with zero revenue): that is the
 * "effort without result" the article asks to look at. Records outside the range (or at or after
 * `asOf`) name no seller. A seller scope always lists its seller, even with no record.
 *
 * Interpretation: `asOf` cuts the records, not the buckets. A bucket starting at or after `asOf` keeps
 * its zeros but is not judged (flag `not-started`); the bucket holding `asOf` is judged on its
 * revenue to date and flagged `partial`. A bucket's target and attainment are over the whole bucket
 * (as in settled detail 5).
 *
 * Interpretation: relative changes need a positive base: over a previous bucket of 0 the value is
 * `null` (`zero-previous`), over a negative one `null` (`negative-previous`); over a trailing mean of
 * 0 or less `null` (`no-baseline`, as for the flags). The numerator and denominator stay in the ratio.
 *
 * Interpretation: effort and result are attached to every seller (not only those under target;
 * `underTarget` tells which). "High" means at or above the team median (ties go high), so with one
 * seller, or with all sellers equal, everyone is high. The medians are over the listed sellers,
 * zeros included. Without `activities` the lines are still given with `activityCount`, `quadrant`
 * and `medians.effort` `null` (`quadrantReason: "no-activities"`). Only seller-level targets count
 * (settled detail 1); each is converted to the reporting currency at the rate in force on its start.
 *
 * @param orders - an array of revenue records (orders or invoices), or its table (`orderTable`):
 *   pass the table when calling several indicators on the same records
 * @param options - range, grain, roster, scope, targets, activities (an array of activities, or
 *   its table, `activityTable`), thresholds, `asOf`, currency, calendar ({@link RevenuePerSellerOptions})
 * @returns the buckets, one series per seller, effort versus result, medians and thresholds
 *   ({@link RevenuePerSellerResult}); with `explain: true` each point and line carries its record ids
 * @throws {@link InvalidArgumentError} for a missing or invalid range, grain, zone, fiscal start,
 *   day count, scope (a team scope needs `sellers`), `asOf`, `trailingBuckets` (a whole number >= 1)
 *   or thresholds (decimals >= 0), `sellers` or `targets` that are not arrays, `orders` or
 *   `activities` that are neither an array nor a table of their kind; or a target range with no
 *   day to prorate over
 * @throws {@link MixedCurrencyError} when summed amounts or used targets mix currencies without rates
 * @throws {@link MissingExchangeRateError} when a rate is missing for a record's currency and date
 * @throws {@link ProrationForbiddenError} with `proration: false`, when a target only partly overlaps a bucket or the range
 * @example
 * ```ts
 * const order = (id: string, date: string, amount: string) =>
 *   ({ id, date: new Date(date), amount: toDecimal(amount), currency: "EUR", sellerId: "ana", customerId: "c1" });
 * const orders = [order("o1", "2026-01-10T00:00:00Z", "100"), order("o2", "2026-02-10T00:00:00Z", "100"),
 *                 order("o3", "2026-03-10T00:00:00Z", "100"), order("o4", "2026-04-10T00:00:00Z", "60")];
 * const options = { range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") } };
 * const result = revenuePerSeller(orders, options);
 * const april = result.sellers[0]?.points[3];
 * april?.trailingMean.value?.toString(); //=> "100"
 * april?.flags;                          //=> ["drop"]  (60 < 100 x 0.7)
 * result.sellers[0]?.points[0]?.flags;   //=> ["insufficient-history"]
 * // The same figures from the table, built once for several calls:
 * revenuePerSeller(orderTable(orders), options).sellers[0]?.total.toString(); //=> "360"
 * ```
 */
export function revenuePerSeller(orders: readonly Order[] | OrderTable, options: RevenuePerSellerOptions): RevenuePerSellerResult {
  if (typeof options !== "object" || options === null) throw new InvalidArgumentError("revenuePerSeller needs options with a range");
  const table = orderColumnsOf(orders, "orders");
  const grain: Grain = options.grain ?? "month";
  const calendar = resolveCalendar(options);
  const buckets = splitRange(options.range, grain, calendar);
  const first = buckets[0] as Bucket;
  const last = buckets[buckets.length - 1] as Bucket;
  const range: Period = { start: new Date(first.start.getTime()), end: new Date(last.end.getTime()) };
  const rangeStart = range.start.getTime();
  const rangeEnd = range.end.getTime();
  const asOf = options.asOf === undefined ? null : instantOf(options.asOf, "asOf");
  const windowEnd = asOf === null ? rangeEnd : Math.min(rangeEnd, asOf);
  const n = options.trailingBuckets ?? 3;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`trailingBuckets must be a whole number >= 1, got ${shown(n)}`);
  }
  if (options.targets !== undefined && !Array.isArray(options.targets)) throw new InvalidArgumentError("targets must be an array of revenue targets");
  const activities =
    options.activities === undefined ? undefined : activityColumnsOf(options.activities, "activities");
  const drop = readThreshold(options.dropThreshold, "0.3", "dropThreshold");
  const exceptional = readThreshold(options.exceptionalThreshold, "0.5", "exceptionalThreshold");
  const proration: ProrationContext = {
    timeZone: calendar.timeZone,
    dayCount: assertDayCount(options.dayCount),
    proration: options.proration ?? true,
  };
  if (typeof proration.proration !== "boolean") throw new InvalidArgumentError("proration must be a boolean");
  const explain = options.explain === true;
  const filter = resolveScope(options.scope, options.sellers);
  const guard = new CurrencyGuard(options);
  const starts = buckets.map((bucket) => bucket.start.getTime());
  const bucketCount = buckets.length;

  // Sellers are listed in the order they are first met here: roster, orders, targets, activities.
  const sellers = new Map<string, SellerAccumulator>();
  const sellerOf = (id: string): SellerAccumulator | undefined => {
    const found = sellers.get(id);
    if (found !== undefined) return found;
    if (!filter.includesOwner(id)) return undefined;
    const created: SellerAccumulator = { realized: [], orderIds: null, orderSlot: -1, targets: [], activityCount: 0, activityIds: explain ? [] : null };
    sellers.set(id, created);
    return created;
  };
  for (const seller of options.sellers ?? []) sellerOf(seller.id);
  if (filter.scope.level === "seller") sellerOf(filter.scope.sellerId);

  // One pass over the order table, by owner code; the codes become sellers once, in order of first appearance.
  const sums = sumOrders(table, filter.ownerMask(table.owners), starts, rangeStart, windowEnd, guard, explain);
  sums.codes.forEach((code, slot) => {
    (sellerOf(table.owners[code] as string) as SellerAccumulator).orderSlot = slot;
  });

  for (const target of options.targets ?? []) {
    if (target.level !== "seller" || typeof target.scopeId !== "string") continue;
    if (!(target.start.getTime() < rangeEnd && target.end.getTime() > rangeStart)) continue;
    const seller = sellerOf(target.scopeId);
    if (seller === undefined) continue;
    seller.targets.push({
      id: target.id,
      start: target.start,
      end: target.end,
      value: guard.convert(target.amount, target.currency, target.start),
    });
  }

  // A fixed order (start, end, amount, id), so the target ids in `explain` do not depend on the input order.
  for (const seller of sellers.values()) seller.targets.sort(compareTargetParts);

  if (activities !== undefined) {
    const done = countActivities(activities, filter.ownerMask(activities.owners), rangeStart, windowEnd, explain);
    for (const code of done.codes) {
      const seller = sellerOf(activities.owners[code] as string) as SellerAccumulator;
      seller.activityCount = done.counts[code] as number;
      if (done.ids !== null) seller.activityIds = done.ids[code] ?? [];
    }
  }

  for (const seller of sellers.values()) {
    const base = seller.orderSlot * bucketCount;
    seller.realized = buckets.map((_, i) => (seller.orderSlot < 0 ? ZERO : sums.cells.value(base + i)));
    if (explain) seller.orderIds = buckets.map((_, i) => (seller.orderSlot < 0 ? undefined : sums.ids?.[base + i]) ?? []);
  }

  const pointContext = {
    n,
    keepDrop: new Dec(1).minus(drop),
    exceptionalAbove: new Dec(1).plus(exceptional),
    asOf,
    proration,
    explain,
  };
  const series: RevenuePerSellerSeries[] = [];
  const lines: Omit<RevenuePerSellerEffort, "quadrant" | "quadrantReason" | "explain">[] = [];
  const lineExplains: RevenuePerSellerEffortExplain[] = [];
  for (const [sellerId, seller] of sellers) {
    const points = pointsOf(seller, buckets, pointContext);
    const total = seller.realized.reduce((sum, value) => sum.plus(value), ZERO);
    series.push({ sellerId, points, total });
    const { total: target, ids: targetIds } = proratedTarget(seller.targets, range, proration);
    const attainment = ratio(total, target, "no-target");
    lines.push({
      sellerId,
      realized: total,
      target,
      attainment,
      underTarget: attainment.value === null ? null : attainment.value.lessThan(1),
      activityCount: activities === undefined ? null : seller.activityCount,
    });
    if (explain) lineExplains.push({ orderIds: (seller.orderIds ?? []).flat(), targetIds, activityIds: seller.activityIds ?? [] });
  }

  const byAttainment = lines.length > 0 && lines.every((line) => line.attainment.value !== null);
  const resultOf = (line: (typeof lines)[number]): Decimal => (byAttainment ? (line.attainment.value as Decimal) : line.realized);
  const medianResult = median(lines.map(resultOf));
  const medianEffort = activities === undefined ? null : median(lines.map((line) => new Dec(line.activityCount ?? 0)));
  const effortVsResult: RevenuePerSellerEffort[] = lines.map((line, index) => {
    let quadrant: RevenuePerSellerQuadrant | null = null;
    if (medianEffort !== null && medianResult !== null && line.activityCount !== null) {
      const effortHigh = new Dec(line.activityCount).greaterThanOrEqualTo(medianEffort);
      quadrant = quadrantOf(effortHigh, resultOf(line).greaterThanOrEqualTo(medianResult));
    }
    const full: RevenuePerSellerEffort = { ...line, quadrant, quadrantReason: quadrant === null ? "no-activities" : null };
    const lineExplain = lineExplains[index];
    return lineExplain === undefined ? full : { ...full, explain: lineExplain };
  });

  const warnings: string[] = [];
  if (asOf !== null && asOf < rangeEnd) {
    warnings.push(
      asOf <= rangeStart
        ? `asOf ${new Date(asOf).toISOString()} is at or before the range start: nothing is counted and no bucket is judged`
        : `asOf ${new Date(asOf).toISOString()} falls inside the range: the bucket holding it is partial (revenue to date) and later buckets are not judged`,
    );
  }
  if (options.targets !== undefined && lines.length > 0 && !byAttainment) {
    const missing = lines
      .filter((line) => line.attainment.value === null)
      .map((line) => JSON.stringify(line.sellerId))
      .sort();
    warnings.push(
      `not every seller has a target over the range (${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", ..." : ""}): the quadrants split result on realized revenue, not attainment`,
    );
  }

  return {
    indicator: "revenue-per-seller",
    unit: "money",
    currency: guard.currency,
    scope: copyScope(filter.scope),
    grain,
    range,
    asOf: asOf === null ? null : new Date(asOf),
    buckets,
    sellers: series,
    effortVsResult,
    medians: { effort: medianEffort, result: medianResult, resultBasis: byAttainment ? "attainment" : "realized" },
    thresholds: { trailingBuckets: n, drop, exceptional },
    warnings,
  };
}

const IdsSchema = z.array(z.string());

const PointJsonSchema = z.object({
  label: z.string(),
  realized: DecimalJsonSchema,
  target: DecimalJsonSchema,
  attainment: ratioJsonSchema(["no-target"]),
  changeFromPrevious: figureJsonSchema(["no-previous"]),
  relativeChangeFromPrevious: ratioJsonSchema(["no-previous", "zero-previous", "negative-previous"]),
  trailingMean: figureJsonSchema(["insufficient-history"]),
  changeFromTrailingMean: figureJsonSchema(["insufficient-history"]),
  relativeChangeFromTrailingMean: ratioJsonSchema(["insufficient-history", "no-baseline"]),
  flags: z.array(z.enum(REVENUE_PER_SELLER_FLAGS)),
  explain: z.object({ orderIds: IdsSchema, targetIds: IdsSchema }).exactOptional(),
});

const EffortJsonSchema = z.object({
  sellerId: z.string(),
  realized: DecimalJsonSchema,
  target: DecimalJsonSchema,
  attainment: ratioJsonSchema(["no-target"]),
  underTarget: z.boolean().nullable(),
  activityCount: z.number().int().nonnegative().nullable(),
  quadrant: z.enum(REVENUE_PER_SELLER_QUADRANTS).nullable(),
  quadrantReason: z.literal("no-activities").nullable(),
  explain: z.object({ orderIds: IdsSchema, targetIds: IdsSchema, activityIds: IdsSchema }).exactOptional(),
});


/**
 * Zod schema of a {@link RevenuePerSellerResult} (CA par vendeur) read back from JSON: decimal
 * strings become `Decimal`, ISO strings become `Date`, and the optional `explain` keys stay absent
 * when they were. Use it with `resultFromJSON`, which throws `InvalidArgumentError` on JSON of
 * another shape.
 *
 * @example
 * ```ts
 * const back = resultFromJSON(RevenuePerSellerResultSchema, JSON.stringify(result));
 * back.sellers[0]?.total.toString() === result.sellers[0]?.total.toString(); //=> true
 * ```
 */
export const RevenuePerSellerResultSchema: z.ZodType<RevenuePerSellerResult, unknown> = z.object({
  indicator: z.literal("revenue-per-seller"),
  unit: z.literal("money"),
  currency: CurrencyJsonSchema,
  scope: ScopeJsonSchema,
  grain: z.enum(["day", "week", "month", "quarter", "semester", "year"]),
  range: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  buckets: z.array(BucketJsonSchema),
  sellers: z.array(z.object({ sellerId: z.string(), points: z.array(PointJsonSchema), total: DecimalJsonSchema })),
  effortVsResult: z.array(EffortJsonSchema),
  medians: z.object({
    effort: DecimalJsonSchema.nullable(),
    result: DecimalJsonSchema.nullable(),
    resultBasis: z.enum(["attainment", "realized"]),
  }),
  thresholds: z.object({
    trailingBuckets: z.number().int().positive(),
    drop: DecimalJsonSchema,
    exceptional: DecimalJsonSchema,
  }),
  warnings: z.array(z.string()),
});
