/**
 * The option checks of `revenuePerSeller`, in the order the errors are reported, and the checked
 * input its computation reads.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { safeString } from "../../errors/describe.js";
import { InvalidArgumentError } from "../../errors/index.js";
import type { RevenueTarget, Seller } from "../../model/types.js";
import { Dec } from "../../money/dec.js";
import { tryParseAmount, type DecimalInput } from "../../money/decimal.js";
import { resolveCalendar } from "../../period/calendar.js";
import { echoPeriod } from "../../period/checkPeriod.js";
import { instantOf } from "../../period/checkInstant.js";
import { assertDayCount } from "../../period/dayCount.js";
import { splitRange } from "../../period/splitRange.js";
import type { Bucket, Grain, Period } from "../../period/types.js";
import { activityColumnsOf, type ActivityColumns } from "../../table/_columns.js";
import { resolveScope, type ScopeFilter } from "../../table/scope.js";
import type { ProrationContext } from "../targets.js";
import {
  DEFAULT_REVENUE_PER_SELLER_THRESHOLDS,
  DEFAULT_TRAILING_BUCKETS,
  type RevenuePerCustomerOptions,
  type RevenuePerSellerOptions,
} from "./revenuePerSellerTypes.js";

/** The checked options of one `revenuePerSeller` computation. */
export interface RevenuePerSellerInput {
  readonly grain: Grain;
  /** The buckets of the range, in order. */
  readonly buckets: readonly Bucket[];
  /** From the first bucket's start to the last one's end. */
  readonly range: Period;
  /** The `asOf` cut (epoch ms), or `null`. */
  readonly asOf: number | null;
  /** `n`, the number of earlier buckets in the trailing mean. */
  readonly trailingBuckets: number;
  readonly drop: Decimal;
  readonly exceptional: Decimal;
  readonly proration: ProrationContext;
  readonly explain: boolean;
  readonly filter: ScopeFilter;
  /** The roster (empty when none is given). */
  readonly roster: readonly Seller[];
  /** The revenue targets given (`undefined` when none are). */
  readonly targets: readonly RevenueTarget[] | undefined;
  /** Whether activities are given: then the effort-versus-result lines count them. */
  readonly withActivities: boolean;
  /** One series per seller or per customer. */
  readonly by: "seller" | "customer";
  /** With `by: "customer"`, how many customers to keep (the others fold into `rest`); `undefined`: all. */
  readonly top: number | undefined;
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

/**
 * Checks the options of `revenuePerSeller` (the options object and the orders are checked before)
 * and turns the activities, when given, into columns at the point where their error is reported.
 *
 * @throws InvalidArgumentError for an invalid range, grain, zone, fiscal start, `asOf`,
 *   `trailingBuckets`, `targets`, activities, threshold, day count, `proration`, roster, scope,
 *   `by` or `top` (a whole number >= 1, with `by: "customer"` only)
 */
export function checkRevenuePerSellerOptions(options: RevenuePerSellerOptions | RevenuePerCustomerOptions): {
  readonly input: RevenuePerSellerInput;
  readonly activities: ActivityColumns | undefined;
} {
  const grain: Grain = options.grain ?? "month";
  const calendar = resolveCalendar(options);
  const buckets = splitRange(options.range, grain, calendar);
  const first = buckets[0] as Bucket;
  const last = buckets[buckets.length - 1] as Bucket;
  const range: Period = echoPeriod({ ...options.range, start: first.start, end: last.end }, calendar.timeZone);
  const asOf = options.asOf === undefined ? null : instantOf(options.asOf, "asOf");
  const trailingBuckets = options.trailingBuckets ?? DEFAULT_TRAILING_BUCKETS;
  if (typeof trailingBuckets !== "number" || !Number.isSafeInteger(trailingBuckets) || trailingBuckets < 1) {
    throw new InvalidArgumentError(`trailingBuckets must be a whole number >= 1, got ${safeString(trailingBuckets)}`);
  }
  const all: Partial<RevenuePerSellerOptions> & { readonly top?: number } = options as RevenuePerSellerOptions;
  if (all.targets !== undefined && !Array.isArray(all.targets))
    throw new InvalidArgumentError("targets must be an array of revenue targets");
  const activities = all.activities === undefined ? undefined : activityColumnsOf(all.activities, "activities");
  const thresholds = options.thresholds;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (thresholds !== undefined && (typeof thresholds !== "object" || thresholds === null))
    throw new InvalidArgumentError("thresholds must be an object { drop, exceptional }");
  const drop = readThreshold(thresholds?.drop, DEFAULT_REVENUE_PER_SELLER_THRESHOLDS.drop, "thresholds.drop");
  const exceptional = readThreshold(
    thresholds?.exceptional,
    DEFAULT_REVENUE_PER_SELLER_THRESHOLDS.exceptional,
    "thresholds.exceptional",
  );
  const proration: ProrationContext = {
    timeZone: calendar.timeZone,
    dayCount: assertDayCount(options.dayCount),
    proration: options.proration ?? true,
  };
  if (typeof proration.proration !== "boolean") throw new InvalidArgumentError("proration must be a boolean");
  const filter = resolveScope(options.scope, options.sellers);
  const by: unknown = options.by ?? "seller";
  if (by !== "seller" && by !== "customer")
    throw new InvalidArgumentError(
      `by must be "seller" or "customer", got ${JSON.stringify(safeString(by)).slice(0, 40)}`,
    );
  const top: unknown = all.top;
  if (top !== undefined) {
    if (by !== "customer") throw new InvalidArgumentError('top is for by "customer" only');
    if (typeof top !== "number" || !Number.isSafeInteger(top) || top < 1)
      throw new InvalidArgumentError(`top must be a whole number >= 1, got ${safeString(top)}`);
  }
  const input: RevenuePerSellerInput = {
    grain,
    buckets,
    range,
    asOf,
    trailingBuckets,
    drop,
    exceptional,
    proration,
    explain: options.explain === true,
    filter,
    roster: options.sellers ?? [],
    targets: all.targets,
    withActivities: activities !== undefined,
    by,
    top,
  };
  return { input, activities };
}
