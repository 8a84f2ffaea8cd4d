import * as z from "zod";
import { lastStartAtOrBefore } from "../../_lib/bucketIndex.js";
import type { Decimal } from "decimal.js";
import { assertGrain, resolveCalendar } from "../../_lib/calendar.js";
import { checkPeriod } from "../../_lib/checkPeriod.js";
import { CurrencyGuard } from "../../_lib/currencyGuard.js";
import { Dec } from "../../_lib/decimal.js";
import { ExactSum } from "../../_lib/exactSum.js";
import { ratio } from "../../_lib/figure.js";
import { resolveScope } from "../../_lib/scope.js";
import { shown } from "../../_lib/options.js";
import { InvalidArgumentError } from "../../errors/index.js";
import {
  CurrencyJsonSchema,
  DecimalJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ratioJsonSchema,
  ScopeJsonSchema,
} from "../../model/resultJson.js";
import type { Deal } from "../../model/types.js";
import { tryParseAmount, type DecimalInput } from "../../money/decimal.js";
import { splitRange } from "../../period/splitRange.js";
import type { Grain, Period } from "../../period/types.js";
import type { IndicatorOptions, Ratio, Scope } from "../types.js";

/** The article's three families of loss causes (market, offer, internal management) and `other` for the rest. */
export const LOSS_CATEGORIES = ["market", "offer", "internal", "other"] as const;

/** A family of loss causes: the market (a new competitor), the offer (price, services), internal management, or other. */
export type LossCategory = (typeof LOSS_CATEGORIES)[number];

/** How the spread of the previous buckets' lost counts is measured. */
export type SpikeDeviation = "sample" | "population";

/** Spike detection settings as a caller gives them; missing ones take the defaults. */
export interface LostDealsSpikeOptions {
  /** A spike needs at least this many lost deals in the bucket. Default 2 (one lost deal is not an alarm). */
  readonly minCount?: number;
  /** Number `n` of previous buckets the mean and deviation are taken over. Default 6. */
  readonly history?: number;
  /** Number `k` of standard deviations above the mean. Default 2. */
  readonly k?: DecimalInput;
  /** Sample (n - 1, default) or population (n) standard deviation. */
  readonly deviation?: SpikeDeviation;
}

/** Options of {@link lostDeals}. */
export interface LostDealsOptions extends IndicatorOptions {
  /** The `[start, end)` range split into buckets of `closedAt`. */
  readonly range: Period;
  /** Bucket grain. Default `"month"`. */
  readonly grain?: Grain;
  /** The caller's loss reasons mapped to categories; unmapped or missing reasons land in `other`. */
  readonly reasonCategories?: ReadonlyMap<string, LossCategory> | Readonly<Record<string, LossCategory>>;
  /** Spike detection settings. */
  readonly spike?: LostDealsSpikeOptions;
}

/** Why a loss rate has no value. */
export type LossRateReason = "no-closed-deals" | "no-closed-value";

/** Lost deals of one loss reason. */
export interface LostByReason {
  /** The deal's `lossReason`, or `null` when none was given. */
  readonly reason: string | null;
  /** Lost deals with that reason. */
  readonly count: number;
  /** Their summed amount. */
  readonly amount: Decimal;
}

/** Lost deals of one reason category. */
export interface LostByCategory {
  /** The category. */
  readonly category: LossCategory;
  /** Lost deals whose reason maps to it. */
  readonly count: number;
  /** Their summed amount. */
  readonly amount: Decimal;
}

/** Lost deals that name one competitor. */
export interface LostByCompetitor {
  /** The competitor named by the deals. */
  readonly competitor: string;
  /** Lost deals naming it. */
  readonly count: number;
  /** Their summed amount. */
  readonly amount: Decimal;
}

/** Lost and won deals closed in a bucket (or in the whole range), with loss rates and breakdowns of the lost ones. */
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

/** Why a bucket carries a flag. */
export type LostDealsFlag = "spike" | "insufficient-history";

/** One bucket of {@link lostDeals}: its figures and its spike check. */
export interface LostDealsBucket extends LostDealsFigures {
  /** Label of the calendar unit (`2026-03`, `2026-Q1`...), local to the reporting zone. */
  readonly label: string;
  /** First instant of the bucket. */
  readonly start: Date;
  /** First instant after the bucket. */
  readonly end: Date;
  /** Mean lost count of the previous `n` buckets; `null` when fewer than `n` exist. */
  readonly mean: Decimal | null;
  /** Their standard deviation (sample or population); `null` when fewer than `n` exist. */
  readonly std: Decimal | null;
  /** `mean + k x std` (the mean when std is 0); `null` when fewer than `n` exist. */
  readonly threshold: Decimal | null;
  /** Whether the bucket is a spike: `lostCount >= minCount` and `lostCount > threshold`. */
  readonly spike: boolean;
  /** `["spike"]`, `["insufficient-history"]` (not judged) or `[]`. */
  readonly flags: LostDealsFlag[];
}

/** The spike settings used. */
export interface LostDealsSpikeSettings {
  /** Minimum lost count of a spike. */
  readonly minCount: number;
  /** Number of previous buckets compared with. */
  readonly history: number;
  /** Number of standard deviations above the mean. */
  readonly k: Decimal;
  /** Sample or population standard deviation. */
  readonly deviation: SpikeDeviation;
}

/** The deals behind each bucket (present only with `explain: true`). */
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

/** The result of {@link lostDeals}. */
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
  /** Who the figures are for. */
  readonly scope: Scope;
  /** One entry per bucket of the range, in time order. */
  readonly buckets: readonly LostDealsBucket[];
  /** The same figures over the whole range (lost counts and amounts are the buckets' sums). */
  readonly totals: LostDealsFigures;
  /** The spike settings used. */
  readonly spikeSettings: LostDealsSpikeSettings;
  /** Ids behind the figures, with `explain: true` only. */
  readonly explain?: LostDealsExplain;
}

const CountJsonSchema = z.number().int().nonnegative();
const figuresShape = {
  lostCount: CountJsonSchema,
  lostAmount: DecimalJsonSchema,
  wonCount: CountJsonSchema,
  wonAmount: DecimalJsonSchema,
  lossRateByCount: ratioJsonSchema(["no-closed-deals"]),
  lossRateByValue: ratioJsonSchema(["no-closed-deals", "no-closed-value"]),
  byReason: z.array(z.object({ reason: z.string().nullable(), count: CountJsonSchema, amount: DecimalJsonSchema })),
  byCategory: z.array(z.object({ category: z.enum(LOSS_CATEGORIES), count: CountJsonSchema, amount: DecimalJsonSchema })),
  byCompetitor: z.array(z.object({ competitor: z.string(), count: CountJsonSchema, amount: DecimalJsonSchema })),
};

/**
 * zod schema of a {@link LostDealsResult} as `JSON.stringify` writes it; read a result back with
 * `resultFromJSON(LostDealsResultSchema, text)`.
 *
 * @example
 * ```ts
 * const back = resultFromJSON(LostDealsResultSchema, JSON.stringify(result));
 * back.totals.lostAmount.toString() === result.totals.lostAmount.toString(); //=> true
 * ```
 */
export const LostDealsResultSchema: z.ZodType<LostDealsResult> = z.object({
  indicator: z.literal("lost-deals"),
  unit: z.literal("count"),
  currency: CurrencyJsonSchema,
  grain: z.enum(["day", "week", "month", "quarter", "semester", "year"]),
  range: PeriodJsonSchema,
  scope: ScopeJsonSchema,
  buckets: z.array(
    z.object({
      label: z.string(),
      start: InstantJsonSchema,
      end: InstantJsonSchema,
      ...figuresShape,
      mean: DecimalJsonSchema.nullable(),
      std: DecimalJsonSchema.nullable(),
      threshold: DecimalJsonSchema.nullable(),
      spike: z.boolean(),
      flags: z.array(z.enum(["spike", "insufficient-history"])),
    }),
  ),
  totals: z.object(figuresShape),
  spikeSettings: z.object({
    minCount: CountJsonSchema,
    history: z.number().int().positive(),
    k: DecimalJsonSchema,
    deviation: z.enum(["sample", "population"]),
  }),
  explain: z
    .object({
      buckets: z.array(z.object({ label: z.string(), lostDealIds: z.array(z.string()), wonDealIds: z.array(z.string()) })),
    })
    .exactOptional(),
});

const CATEGORY_SET: ReadonlySet<string> = new Set(LOSS_CATEGORIES);

function checkCategories(input: unknown): Map<string, LossCategory> {
  const categories = new Map<string, LossCategory>();
  if (input === undefined) return categories;
  let entries: Iterable<[unknown, unknown]>;
  if (input instanceof Map) entries = input as Map<unknown, unknown>;
  else if (typeof input === "object" && input !== null && !Array.isArray(input)) entries = Object.entries(input);
  else throw new InvalidArgumentError("reasonCategories must be a Map or a plain object from loss reason to category");
  for (const [reason, category] of entries) {
    if (typeof reason !== "string") throw new InvalidArgumentError("reasonCategories keys must be loss reasons (strings)");
    if (typeof category !== "string" || !CATEGORY_SET.has(category)) {
      throw new InvalidArgumentError(
        `reasonCategories maps ${JSON.stringify(reason.slice(0, 60))} to ${JSON.stringify(shown(category)).slice(0, 40)}: use market, offer, internal or other`,
      );
    }
    categories.set(reason, category as LossCategory);
  }
  return categories;
}

function wholeNumber(value: unknown, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) {
    throw new InvalidArgumentError(`${name} must be a whole number >= ${min}, got ${shown(value).slice(0, 40)}`);
  }
  return value;
}

/** Resolves and checks the spike settings. */
function checkSpike(input: LostDealsSpikeOptions | undefined): LostDealsSpikeSettings {
  if (input !== undefined && (typeof input !== "object" || input === null)) throw new InvalidArgumentError("spike must be an object");
  const minCount = wholeNumber(input?.minCount, "spike.minCount", 2, 0);
  const history = wholeNumber(input?.history, "spike.history", 6, 1);
  const deviation = input?.deviation ?? "sample";
  if (deviation !== "sample" && deviation !== "population") {
    throw new InvalidArgumentError(`spike.deviation must be "sample" or "population", got ${JSON.stringify(shown(deviation)).slice(0, 40)}`);
  }
  if (deviation === "sample" && history < 2) {
    throw new InvalidArgumentError("spike.history must be at least 2 for a sample standard deviation (n - 1 would be 0); use deviation \"population\"");
  }
  const parsed = tryParseAmount(input?.k ?? "2");
  if (!parsed.ok) throw new InvalidArgumentError(`spike.k: ${parsed.message}`);
  if (parsed.value.isNegative()) throw new InvalidArgumentError(`spike.k must be >= 0, got ${parsed.value.toString()}`);
  return { minCount, history, k: parsed.value, deviation };
}

/** Mutable accumulator of a bucket's (or the range's) figures. */
class Tally {
  lostCount = 0;
  readonly lostAmount = new ExactSum();
  wonCount = 0;
  readonly wonAmount = new ExactSum();
  readonly reasons = new Map<string | null, { count: number; amount: ExactSum }>();
  readonly categories = new Map<LossCategory, { count: number; amount: ExactSum }>(
    LOSS_CATEGORIES.map((c) => [c, { count: 0, amount: new ExactSum() }]),
  );
  readonly competitors = new Map<string, { count: number; amount: ExactSum }>();

  addWon(amount: Decimal): void {
    this.wonCount += 1;
    this.wonAmount.add(amount);
  }

  addLost(amount: Decimal, reason: string | null, category: LossCategory, competitor: string | undefined): void {
    this.lostCount += 1;
    this.lostAmount.add(amount);
    add(this.reasons, reason, amount);
    add(this.categories, category, amount);
    if (competitor !== undefined) add(this.competitors, competitor, amount);
  }

  figures(): LostDealsFigures {
    const closed = this.lostCount + this.wonCount;
    const lostAmount = this.lostAmount.value();
    const wonAmount = this.wonAmount.value();
    const closedValue = wonAmount.plus(lostAmount);
    return {
      lostCount: this.lostCount,
      lostAmount,
      wonCount: this.wonCount,
      wonAmount,
      lossRateByCount: ratio(new Dec(this.lostCount), new Dec(closed), "no-closed-deals" as const),
      lossRateByValue: ratio<LossRateReason>(lostAmount, closedValue, closed === 0 ? "no-closed-deals" : "no-closed-value"),
      byReason: [...this.reasons]
        .sort(([ra, a], [rb, b]) => b.count - a.count || compareNullLast(ra, rb))
        .map(([reason, { count, amount }]) => ({ reason, count, amount: amount.value() })),
      byCategory: [...this.categories].map(([category, { count, amount }]) => ({ category, count, amount: amount.value() })),
      byCompetitor: [...this.competitors]
        .sort(([ca, a], [cb, b]) => b.count - a.count || compareNullLast(ca, cb))
        .map(([competitor, { count, amount }]) => ({ competitor, count, amount: amount.value() })),
    };
  }
}

function add<K>(map: Map<K, { count: number; amount: ExactSum }>, key: K, amount: Decimal): void {
  let entry = map.get(key);
  if (entry === undefined) {
    entry = { count: 0, amount: new ExactSum() };
    map.set(key, entry);
  }
  entry.count += 1;
  entry.amount.add(amount);
}

function compareNullLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function compareDeals(a: Deal, b: Deal): number {
  const byDate = (a.closedAt as Date).getTime() - (b.closedAt as Date).getTime();
  if (byDate !== 0) return byDate;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Mean, standard deviation, threshold and exact spike decision for one bucket. */
function judge(
  previous: readonly number[],
  lost: number,
  settings: LostDealsSpikeSettings,
): { mean: Decimal; std: Decimal; threshold: Decimal; spike: boolean } {
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

/**
 * Volume of lost deals (volume des affaires perdues, headline indicator 2.5): lost deals per
 * period, the loss rate, why they were lost, to whom, and whether a period stands out. The
 * article: losing one deal is not alarming, several in the same period are; then ask about the
 * market (a new competitor?), the offer (prices, services) and internal management.
 *
 * Formula, for the deals of owners in the scope with status `lost` or `won` and `closedAt` in the
 * range, placed in the bucket of their `closedAt` (amounts converted at `closedAt`):
 * - `lostCount`, `lostAmount`, `wonCount`, `wonAmount` per bucket;
 * - `lossRateByCount` = lost / (won + lost), `lossRateByValue` = lostAmount / (wonAmount + lostAmount);
 *   `null` with `no-closed-deals` when nothing closed in the bucket (settled detail 16);
 * - breakdowns of the lost deals by reason (`null` when none given), by category (the caller's
 *   `reasonCategories`; unmapped or missing reasons are `other`) and by competitor named;
 * - spike (settled details 10 and 12): for bucket `i` with at least `n` earlier buckets in the
 *   range, `mean` and `std` of the lost counts of buckets `i - n .. i - 1` (empty buckets count 0;
 *   sample deviation with `n - 1` by default, population with `n` on request),
 *   `threshold = mean + k x std` (the mean when std is 0); a spike when `lostCount >= minCount`
 *   and `lostCount > threshold` (strict). With fewer than `n` earlier buckets the bucket is
 *   flagged `insufficient-history` and not judged (start the range earlier to judge it).
 * - `totals` are the same figures over the whole range.
 *
 * Interpretation: when deals closed in a bucket but their amounts sum to 0 (all zero, or credits
 * cancelling out), `lossRateByValue` is `null` with reason `no-closed-value`.
 * Interpretation: the spike decision is exact: it compares `(lost - mean)^2` with `k^2 x variance`
 * on exact integers and decimals, so the rounding of the reported `std` (a square root) never
 * flips a decision.
 * Interpretation: the breakdowns count lost deals only; a won deal's reason or competitor is ignored.
 * Interpretation: the currency check covers only the deals counted (closed in the range, in scope;
 * settled detail 14).
 *
 * @param deals - the deal records (trusted, already parsed)
 * @param options - range, grain, scope, roster, zone, fiscal year, currency or exchange rates,
 *   reason categories, spike settings, explain ({@link LostDealsOptions})
 * @returns the {@link LostDealsResult}
 * @throws {@link InvalidArgumentError} for an invalid range, grain, zone, fiscal month, scope,
 *   reason category or spike setting (`history` below 2 with the sample deviation, negative `k`...)
 * @throws {@link MixedCurrencyError} when counted deals are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a counted deal's `closedAt`
 * @example
 * ```ts
 * const deal = (id: string, status: "won" | "lost", closedAt: string, amount: string, lossReason?: string) =>
 *   ({ id, ownerId: "ann", amount: toDecimal(amount), currency: "EUR", stage: "closed", status,
 *      createdAt: new Date("2026-01-01T00:00:00Z"), closedAt: new Date(closedAt), ...(lossReason ? { lossReason } : {}) });
 * const r = lostDeals(
 *   [deal("d1", "lost", "2026-03-05T00:00:00Z", "1000", "price"), deal("d2", "won", "2026-03-09T00:00:00Z", "3000")],
 *   { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") },
 *     reasonCategories: { price: "offer" } },
 * );
 * r.buckets[0]?.lossRateByCount.value?.toString(); //=> "0.5"   (1 lost of 2 closed)
 * r.buckets[0]?.lossRateByValue.value?.toString(); //=> "0.25"  (1000 / 4000)
 * r.buckets[0]?.byCategory[1];  //=> { category: "offer", count: 1, amount: Decimal(1000) }
 * r.buckets[0]?.flags;          //=> ["insufficient-history"]
 * ```
 */
export function lostDeals(deals: readonly Deal[], options: LostDealsOptions): LostDealsResult {
  if (typeof options !== "object" || options === null) throw new InvalidArgumentError("options must be an object with a range");
  const range = checkPeriod(options.range, "range");
  const grain = assertGrain(options.grain ?? "month");
  const calendar = resolveCalendar(options);
  const filter = resolveScope(options.scope, options.sellers);
  const categories = checkCategories(options.reasonCategories);
  const settings = checkSpike(options.spike);
  const explain = options.explain === true;
  const guard = new CurrencyGuard(options);

  const bounds = splitRange(range, grain, calendar);
  const starts = bounds.map((bucket) => bucket.start.getTime());
  const rangeStart = range.start.getTime();
  const rangeEnd = range.end.getTime();
  const tallies = bounds.map(() => new Tally());
  const total = new Tally();
  const lostIds: Deal[][] = bounds.map(() => []);
  const wonIds: Deal[][] = bounds.map(() => []);

  for (const deal of deals) {
    if (deal.status !== "lost" && deal.status !== "won") continue;
    const closedAt = deal.closedAt;
    if (closedAt === undefined) continue;
    const time = closedAt.getTime();
    if (!(time >= rangeStart && time < rangeEnd)) continue;
    if (!filter.includesOwner(deal.ownerId)) continue;
    const index = lastStartAtOrBefore(starts, time);
    const tally = tallies[index] as Tally;
    const amount = guard.convert(deal.amount, deal.currency, closedAt);
    if (deal.status === "won") {
      tally.addWon(amount);
      total.addWon(amount);
      if (explain) (wonIds[index] as Deal[]).push(deal);
    } else {
      const reason = deal.lossReason ?? null;
      const category = reason === null ? "other" : (categories.get(reason) ?? "other");
      tally.addLost(amount, reason, category, deal.competitor);
      total.addLost(amount, reason, category, deal.competitor);
      if (explain) (lostIds[index] as Deal[]).push(deal);
    }
  }

  const lostCounts = tallies.map((tally) => tally.lostCount);
  const buckets: LostDealsBucket[] = bounds.map((bucket, index) => {
    const lost = lostCounts[index] as number;
    const head = { label: bucket.label, start: bucket.start, end: bucket.end, ...(tallies[index] as Tally).figures() };
    if (index < settings.history) {
      return { ...head, mean: null, std: null, threshold: null, spike: false, flags: ["insufficient-history"] };
    }
    const judged = judge(lostCounts.slice(index - settings.history, index), lost, settings);
    return { ...head, ...judged, flags: judged.spike ? ["spike"] : [] };
  });

  const result: LostDealsResult = {
    indicator: "lost-deals",
    unit: "count",
    currency: guard.currency,
    grain,
    range,
    scope: filter.scope,
    buckets,
    totals: total.figures(),
    spikeSettings: settings,
  };
  if (!explain) return result;
  return {
    ...result,
    explain: {
      buckets: bounds.map((bucket, index) => ({
        label: bucket.label,
        lostDealIds: (lostIds[index] as Deal[]).sort(compareDeals).map((deal) => deal.id),
        wonDealIds: (wonIds[index] as Deal[]).sort(compareDeals).map((deal) => deal.id),
      })),
    },
  };
}
