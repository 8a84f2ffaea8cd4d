/**
 * The settings of `lostDeals` and `lostDealsGrouped`: their options checked and resolved (range,
 * grain, calendar, scope, reason categories, spike settings), and the spike judgement of a bucket.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { assertGrain, resolveCalendar, type Calendar } from "../../period/calendar.js";
import { checkPeriod } from "../../period/checkPeriod.js";
import { instantOf } from "../../period/checkInstant.js";
import { Dec } from "../../money/dec.js";
import { tryParseAmount } from "../../money/decimal.js";
import { resolveScope } from "../../table/scope.js";
import { safeString } from "../../errors/describe.js";
import { InvalidArgumentError } from "../../errors/index.js";
import type { Grain, Period } from "../../period/types.js";
import type { Scope } from "../types.js";
import {
  DEFAULT_LOST_DEALS_GRAIN,
  DEFAULT_LOST_DEALS_SPIKE,
  LOSS_CATEGORIES,
  type LossCategory,
  type LostDealsOptions,
  type LostDealsSpikeOptions,
  type LostDealsSpikeSettings,
} from "./lostDealsTypes.js";

/** The checked options of one lost-deals computation. */
export interface LostDealsSettings {
  readonly range: Period;
  /** The `asOf` cut (epoch ms), or `null`: no cut. */
  readonly asOf: number | null;
  readonly grain: Grain;
  readonly calendar: Calendar;
  /** The scope, as the result reports it. */
  readonly scope: Scope;
  /** The owners in the scope; `undefined` for the whole company. */
  readonly owners: readonly string[] | undefined;
  /** The caller's loss reasons mapped to categories. */
  readonly categories: ReadonlyMap<string, LossCategory>;
  readonly spike: LostDealsSpikeSettings;
  readonly explain: boolean;
}

const CATEGORY_SET: ReadonlySet<string> = new Set(LOSS_CATEGORIES);

function checkCategories(input: unknown): Map<string, LossCategory> {
  const categories = new Map<string, LossCategory>();
  if (input === undefined) return categories;
  let entries: Iterable<[unknown, unknown]>;
  if (input instanceof Map) entries = input as Map<unknown, unknown>;
  else if (typeof input === "object" && input !== null && !Array.isArray(input)) entries = Object.entries(input);
  else throw new InvalidArgumentError("reasonCategories must be a Map or a plain object from loss reason to category");
  for (const [reason, category] of entries) {
    if (typeof reason !== "string")
      throw new InvalidArgumentError("reasonCategories keys must be loss reasons (strings)");
    if (typeof category !== "string" || !CATEGORY_SET.has(category)) {
      throw new InvalidArgumentError(
        `reasonCategories maps ${JSON.stringify(reason.slice(0, 60))} to ${JSON.stringify(safeString(category)).slice(0, 40)}: use market, offer, internal or other`,
      );
    }
    categories.set(reason, category as LossCategory);
  }
  return categories;
}

function wholeNumber(value: unknown, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) {
    throw new InvalidArgumentError(`${name} must be a whole number >= ${min}, got ${safeString(value).slice(0, 40)}`);
  }
  return value;
}

/** Resolves and checks the spike settings. */
function checkSpike(input: LostDealsSpikeOptions | undefined): LostDealsSpikeSettings {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (input !== undefined && (typeof input !== "object" || input === null))
    throw new InvalidArgumentError("spike must be an object");
  // The option's former name: refuse it rather than silently use the default.
  if (input !== undefined && (input as { readonly history?: unknown }).history !== undefined) {
    throw new InvalidArgumentError(
      "spike.history is now spike.trailingBuckets (the number of previous buckets the baseline is taken over)",
    );
  }
  const minCount = wholeNumber(input?.minCount, "spike.minCount", DEFAULT_LOST_DEALS_SPIKE.minCount, 0);
  const trailingBuckets = wholeNumber(
    input?.trailingBuckets,
    "spike.trailingBuckets",
    DEFAULT_LOST_DEALS_SPIKE.trailingBuckets,
    1,
  );
  const deviation = input?.deviation ?? DEFAULT_LOST_DEALS_SPIKE.deviation;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (deviation !== "sample" && deviation !== "population") {
    throw new InvalidArgumentError(
      `spike.deviation must be "sample" or "population", got ${JSON.stringify(safeString(deviation)).slice(0, 40)}`,
    );
  }
  if (deviation === "sample" && trailingBuckets < 2) {
    throw new InvalidArgumentError(
      'spike.trailingBuckets must be at least 2 for a sample standard deviation (n - 1 would be 0); use deviation "population"',
    );
  }
  const parsed = tryParseAmount(input?.k ?? DEFAULT_LOST_DEALS_SPIKE.k);
  if (!parsed.ok) throw new InvalidArgumentError(`spike.k: ${parsed.message}`);
  if (parsed.value.isNegative()) throw new InvalidArgumentError(`spike.k must be >= 0, got ${parsed.value.toString()}`);
  return { minCount, trailingBuckets, k: parsed.value, deviation };
}

/**
 * Checks the options of a lost-deals computation, in the order their errors are reported: the
 * options object, range, `asOf`, grain, calendar, scope (with the roster), reason categories, spike.
 *
 * @throws InvalidArgumentError for any invalid option
 */
export function checkLostDealsOptions(options: LostDealsOptions): LostDealsSettings {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("options must be an object with a range");
  const range = checkPeriod(options.range, "range");
  const asOf = options.asOf === undefined ? null : instantOf(options.asOf, "asOf");
  const grain = assertGrain(options.grain ?? DEFAULT_LOST_DEALS_GRAIN);
  const calendar = resolveCalendar(options);
  const filter = resolveScope(options.scope, options.sellers);
  const categories = checkCategories(options.reasonCategories);
  const spike = checkSpike(options.spike);
  return {
    range,
    asOf,
    grain,
    calendar,
    scope: filter.scope,
    owners: filter.owners,
    categories,
    spike,
    explain: options.explain === true,
  };
}

/** A judged bucket's spike figures. */
export interface SpikeJudgement {
  readonly mean: Decimal;
  readonly std: Decimal;
  readonly threshold: Decimal;
  readonly spike: boolean;
}

/**
 * Mean and standard deviation of the `previous` buckets' lost counts, the threshold
 * `mean + k x std` (the mean when std is 0), and whether `lost` is a spike: at least `minCount`
 * and strictly above the threshold, decided exactly.
 */
export function judge(previous: readonly number[], lost: number, settings: LostDealsSpikeSettings): SpikeJudgement {
  const n = BigInt(previous.length);
  let sum = 0n;
  let sumSquares = 0n;
  for (const count of previous) {
    const x = BigInt(count);
    sum += x;
    sumSquares += x * x;
  }
  // spread = n x sum(x^2) - (sum x)^2 = n x sum((x - mean)^2), an exact integer >= 0.
  const spread = n * sumSquares - sum * sum;
  const divisor = settings.deviation === "sample" ? n * (n - 1n) : n * n;
  const mean = new Dec(sum.toString()).div(n.toString());
  const std = new Dec(spread.toString()).div(divisor.toString()).sqrt();
  const threshold = spread === 0n ? mean : mean.plus(settings.k.times(std));
  // Exact decision without the rounded square root. With d = n x lost - sum, lost - mean = d / n, and
  // lost > mean + k x std  <=>  d > 0 and (d / n)^2 > k^2 x variance, that is:
  //   sample:     d^2 x (n - 1) > k^2 x spread x n    (variance = spread / (n (n - 1)))
  //   population: d^2           > k^2 x spread        (variance = spread / n^2)
  const d = BigInt(lost) * n - sum;
  let above = false;
  if (d > 0n) {
    const left = new Dec((d * d * (settings.deviation === "sample" ? n - 1n : 1n)).toString());
    const right = settings.k.times(settings.k).times((spread * (settings.deviation === "sample" ? n : 1n)).toString());
    above = left.greaterThan(right);
  }
  return { mean, std, threshold, spike: above && lost >= settings.minCount };
}
