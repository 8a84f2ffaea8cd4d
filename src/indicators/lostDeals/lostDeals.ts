import * as z from "zod";
import type { Decimal } from "decimal.js";
import { assertGrain, resolveCalendar } from "../../_lib/calendar.js";
import { checkPeriod } from "../../_lib/checkPeriod.js";
import { CurrencyGuard } from "../../_lib/currencyGuard.js";
import { Dec } from "../../_lib/decimal.js";
import { ExactSum } from "../../_lib/exactSum.js";
import { ScaledSums } from "../../_lib/scaledSums.js";
import { ratio } from "../../_lib/figure.js";
import { resolveScope } from "../../_lib/scope.js";
import { rowAmount } from "../../_lib/tableMoney.js";
import { NO_CODE } from "../../_lib/dictionary.js";
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
import type { Bucket, Grain, Period } from "../../period/types.js";
import { BucketSlots } from "../../_lib/bucketIndex.js";
import type { IndicatorOptions, Ratio, Scope } from "../types.js";
import type { DealTable } from "../../table/dealTable.js";
import { amountAt, DEAL_STATUS_CODES, dealColumnsOf, type DealColumns } from "../../table/_columns.js";

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

const OPEN = DEAL_STATUS_CODES.indexOf("open");
const WON = DEAL_STATUS_CODES.indexOf("won");

/** Index of each category in {@link LOSS_CATEGORIES}. */
const CATEGORY_INDEX: ReadonlyMap<LossCategory, number> = new Map(LOSS_CATEGORIES.map((category, index) => [category, index]));
const OTHER = LOSS_CATEGORIES.indexOf("other");

/**
 * Counts and exact sums by slot (a dictionary code): `counts` is a typed array indexed by slot,
 * `money` the slots' {@link ScaledSums}. `met` lists the slots used, in order of first use, so that
 * reading and resetting visit only those.
 */
class SlotSums {
  readonly counts: Float64Array;
  readonly money: ScaledSums;
  readonly met: number[] = [];

  constructor(slots: number) {
    this.counts = new Float64Array(slots);
    this.money = new ScaledSums(slots);
  }

  /** The exact sum of `slot`. */
  sum(slot: number): ExactSum {
    return this.money.sumOf(slot);
  }

  /** Adds another set's counts and sums into this one. */
  merge(other: SlotSums): void {
    const counts = this.counts;
    for (const slot of other.met) {
      if (counts[slot] === 0) this.met.push(slot);
      counts[slot] = (counts[slot] as number) + (other.counts[slot] as number);
      this.money.addCell(slot, other.money, slot);
    }
  }

  /** Empties the set, visiting only the slots used. */
  reset(): void {
    for (const slot of this.met) {
      this.counts[slot] = 0;
      this.money.clear(slot);
    }
    this.met.length = 0;
  }
}

/**
 * A bucket's (or the range's) figures under construction: the won deals in slot 0 of `won`, the
 * lost ones by loss reason code (slot `lossReasons.length` for "no reason") and by competitor code
 * (deals naming none are not added). Lost counts and amounts, and the categories, are read from
 * the reasons; the totals merge the buckets' tallies.
 */
class CodeTally {
  readonly won = new SlotSums(1);
  readonly reasons: SlotSums;
  readonly competitors: SlotSums;

  constructor(reasonSlots: number, competitorSlots: number) {
    this.reasons = new SlotSums(reasonSlots);
    this.competitors = new SlotSums(competitorSlots);
  }

  merge(other: CodeTally): void {
    this.won.merge(other.won);
    this.reasons.merge(other.reasons);
    this.competitors.merge(other.competitors);
  }

  reset(): void {
    this.won.reset();
    this.reasons.reset();
    this.competitors.reset();
  }
}

/**
 * Adds one row to `slot` of `sums`: its count, and its amount: `scaled` (the amount x 10^4), or,
 * when `scaled` is `NaN`, the row's `Decimal` amount from `source`.
 */
function addRow(sums: SlotSums, slot: number, scaled: number, source: AmountSource, row: number): void {
  const counts = sums.counts;
  const count = counts[slot] as number;
  if (count === 0) sums.met.push(slot);
  counts[slot] = count + 1;
  if (!sums.money.add(slot, scaled)) sums.money.exactOf(slot).add(decimalAmount(source, row));
}

/**
 * How each counted row's amount is read: the currency whose rows need no conversion (`plain`, a
 * currency code; -1 until one is known), and the converted amounts of the other rows (by row,
 * filled while the guard checks the rows in table order).
 */
interface AmountSource {
  readonly table: DealColumns;
  plain: number;
  converted: Decimal[] | null;
}

/** A counted row's amount in the result's currency, as a `Decimal` (for the rows without a fast form). */
function decimalAmount(source: AmountSource, row: number): Decimal {
  const table = source.table;
  return table.currencyCodes[row] === source.plain ? amountAt(table, row) : ((source.converted as Decimal[])[row] as Decimal);
}

/** What turns reason and competitor codes back into names and categories. */
interface Names {
  readonly lossReasons: readonly string[];
  readonly competitors: readonly string[];
  /** The caller's reason categories. */
  readonly categories: ReadonlyMap<string, LossCategory>;
  /** Category index of each reason slot, resolved on first use (-1 before). */
  readonly categoryOf: Int8Array;
}

/** The loss reason of a reason slot (`null` for the "no reason" slot). */
function reasonName(names: Names, slot: number): string | null {
  return slot === names.lossReasons.length ? null : (names.lossReasons[slot] as string);
}

/** The index in {@link LOSS_CATEGORIES} of a reason slot's category. */
function categoryIndex(names: Names, slot: number): number {
  let index = names.categoryOf[slot] as number;
  if (index < 0) {
    const reason = reasonName(names, slot);
    index = reason === null ? OTHER : (CATEGORY_INDEX.get(names.categories.get(reason) ?? "other") as number);
    names.categoryOf[slot] = index;
  }
  return index;
}

/** The figures of a tally. */
function figuresOf(tally: CodeTally, names: Names): LostDealsFigures {
  const { reasons, competitors } = tally;
  let lostCount = 0;
  const lostSum = new ExactSum();
  const categoryCounts = LOSS_CATEGORIES.map(() => 0);
  const categorySums = LOSS_CATEGORIES.map(() => new ExactSum());
  const byReason = reasons.met.map((slot) => ({ reason: reasonName(names, slot), count: reasons.counts[slot] as number, sum: reasons.sum(slot) }));
  for (const [index, slot] of reasons.met.entries()) {
    const { count, sum } = byReason[index] as { count: number; sum: ExactSum };
    lostCount += count;
    lostSum.merge(sum);
    const category = categoryIndex(names, slot);
    categoryCounts[category] = (categoryCounts[category] as number) + count;
    (categorySums[category] as ExactSum).merge(sum);
  }
  const wonCount = tally.won.counts[0] as number;
  const closed = lostCount + wonCount;
  const lostAmount = lostSum.value();
  const wonAmount = tally.won.sum(0).value();
  const closedValue = wonAmount.plus(lostAmount);
  return {
    lostCount,
    lostAmount,
    wonCount,
    wonAmount,
    lossRateByCount: ratio(new Dec(lostCount), new Dec(closed), "no-closed-deals" as const),
    lossRateByValue: ratio<LossRateReason>(lostAmount, closedValue, closed === 0 ? "no-closed-deals" : "no-closed-value"),
    byReason: byReason
      .sort((a, b) => b.count - a.count || compareNullLast(a.reason, b.reason))
      .map(({ reason, count, sum }) => ({ reason, count, amount: sum.value() })),
    byCategory: LOSS_CATEGORIES.map((category, index) => ({ category, count: categoryCounts[index] as number, amount: (categorySums[index] as ExactSum).value() })),
    byCompetitor: competitors.met
      .map((code) => ({ competitor: names.competitors[code] as string, count: competitors.counts[code] as number, code }))
      .sort((a, b) => b.count - a.count || compareNullLast(a.competitor, b.competitor))
      .map(({ competitor, count, code }) => ({ competitor, count, amount: competitors.sum(code).value() })),
  };
}

function compareNullLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Ids of `rows`, by `closedAt` then id. */
function idsByCloseThenId(table: DealColumns, rows: number[]): string[] {
  const { closedTimes, ids } = table;
  rows.sort((a, b) => {
    const byDate = (closedTimes[a] as number) - (closedTimes[b] as number);
    if (byDate !== 0) return byDate;
    const ia = ids[a] as string;
    const ib = ids[b] as string;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  return rows.map((row) => ids[row] as string);
}

/**
 * Pass 1 of {@link lostDeals}, alone in its function (its optimised code then holds only what the
 * loop has type feedback for; the rare cases are calls): writes the counted rows (won or lost,
 * `closedAt` in `[from, to)`, owner in `mask`), in table order, with their bucket, counts them per
 * bucket in `offsets[bucket + 1]`, and has the guard check each counted amount.
 *
 * @returns the number of counted rows
 */
function scanRows(
  table: DealColumns,
  mask: Uint8Array,
  from: number,
  to: number,
  slots: BucketSlots,
  source: AmountSource,
  guard: CurrencyGuard,
  countedRows: Uint32Array,
  countedBuckets: Uint32Array,
  offsets: Uint32Array,
): number {
  const { size, statusCodes, closedTimes, ownerCodes, currencyCodes } = table;
  let counted = 0;
  for (let row = 0; row < size; row++) {
    if (statusCodes[row] === OPEN) continue;
    const time = closedTimes[row] as number;
    if (!(time >= from && time < to)) continue;
    if (mask[ownerCodes[row] as number] === 0) continue;
    if (currencyCodes[row] !== source.plain) checkAmount(source, row, guard, time);
    const bucket = slots.bucketOf(time);
    countedRows[counted] = row;
    countedBuckets[counted] = bucket;
    counted++;
    offsets[bucket + 1] = (offsets[bucket + 1] as number) + 1;
  }
  return counted;
}

/**
 * A counted row whose currency is not (yet) known to need no conversion: the guard converts it
 * (or throws); its currency becomes `source.plain` when it is the result's, else the converted
 * amount is kept for pass 2.
 */
function checkAmount(source: AmountSource, row: number, guard: CurrencyGuard, time: number): void {
  const table = source.table;
  const code = table.currencyCodes[row] as number;
  const amount = rowAmount(table, row, guard, time);
  if (guard.currency === table.currencies[code]) source.plain = code;
  else (source.converted ??= new Array<Decimal>(table.size))[row] = amount;
}

/**
 * The counted rows grouped by bucket (a counting sort, stable: table order within a bucket); turns
 * `offsets` (counts per bucket, in `offsets[bucket + 1]`) into each bucket's start in the result,
 * so that bucket `b`'s rows are `[offsets[b], offsets[b + 1])`.
 */
function byBucket(countedRows: Uint32Array, countedBuckets: Uint32Array, counted: number, offsets: Uint32Array): Uint32Array {
  const bucketCount = offsets.length - 1;
  for (let bucket = 0; bucket < bucketCount; bucket++) offsets[bucket + 1] = (offsets[bucket + 1] as number) + (offsets[bucket] as number);
  const next = offsets.slice(0, bucketCount);
  const ordered = new Uint32Array(counted);
  for (let i = 0; i < counted; i++) {
    const bucket = countedBuckets[i] as number;
    const at = next[bucket] as number;
    ordered[at] = countedRows[i] as number;
    next[bucket] = at + 1;
  }
  return ordered;
}

/**
 * Pass 2 of {@link lostDeals} for one bucket, alone in its function: adds the rows
 * `ordered[from..to)` to `tally` (won deals; lost deals by reason code and competitor code).
 */
function tallyRows(table: DealColumns, ordered: Uint32Array, from: number, to: number, source: AmountSource, tally: CodeTally): void {
  const { statusCodes, currencyCodes, scaledAmounts, lossReasonCodes, competitorCodes } = table;
  const { won, reasons, competitors } = tally;
  const absent = table.lossReasons.length;
  const plain = source.plain;
  for (let i = from; i < to; i++) {
    const row = ordered[i] as number;
    // The amount x 10^4, or NaN when it must be read as a Decimal (converted, or not a scaled integer).
    const scaled = currencyCodes[row] === plain ? (scaledAmounts[row] as number) : Number.NaN;
    if (statusCodes[row] === WON) {
      addRow(won, 0, scaled, source, row);
      continue;
    }
    const reason = lossReasonCodes[row] as number;
    addRow(reasons, reason === NO_CODE ? absent : reason, scaled, source, row);
    const competitor = competitorCodes[row] as number;
    if (competitor !== NO_CODE) addRow(competitors, competitor, scaled, source, row);
  }
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
 * @param deals - an array of deals (trusted, already parsed), or its table (`dealTable(deals)`):
 *   pass the table when calling several indicators on the same deals
 * @param options - range, grain, scope, roster, zone, fiscal year, currency or exchange rates,
 *   reason categories, spike settings, explain ({@link LostDealsOptions})
 * @returns the {@link LostDealsResult}
 * @throws {@link InvalidArgumentError} for an invalid range, grain, zone, fiscal month, scope,
 *   reason category or spike setting (`history` below 2 with the sample deviation, negative `k`...),
 *   or `deals` neither an array nor a deal table
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
 * // The same figures from the deals' table, built once for several indicators:
 * const table = dealTable([deal("d1", "lost", "2026-03-05T00:00:00Z", "1000", "price"), deal("d2", "won", "2026-03-09T00:00:00Z", "3000")]);
 * lostDeals(table, { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } }).totals.lostCount; //=> 1
 * ```
 */
export function lostDeals(deals: readonly Deal[] | DealTable, options: LostDealsOptions): LostDealsResult {
  if (typeof options !== "object" || options === null) throw new InvalidArgumentError("options must be an object with a range");
  const range = checkPeriod(options.range, "range");
  const grain = assertGrain(options.grain ?? "month");
  const calendar = resolveCalendar(options);
  const filter = resolveScope(options.scope, options.sellers);
  const categories = checkCategories(options.reasonCategories);
  const settings = checkSpike(options.spike);
  const explain = options.explain === true;
  const guard = new CurrencyGuard(options);
  const table = dealColumnsOf(deals, "deals");

  const bounds = splitRange(range, grain, calendar);
  const starts = bounds.map((bucket) => bucket.start.getTime());
  const bucketCount = bounds.length;
  const rangeStart = range.start.getTime();
  const rangeEnd = range.end.getTime();
  const mask = filter.ownerMask(table.owners);
  const slots = new BucketSlots(starts, rangeEnd);

  // Pass 1, in table order: the counted rows (won or lost, closed in the range, in scope), their
  // bucket, and their amount checked by the guard (so a currency error names what the records
  // would have named, in the same order).
  const source: AmountSource = { table, plain: -1, converted: null };
  const countedRows = new Uint32Array(table.size);
  const countedBuckets = new Uint32Array(table.size);
  const offsets = new Uint32Array(bucketCount + 1);
  const counted = scanRows(table, mask, rangeStart, rangeEnd, slots, source, guard, countedRows, countedBuckets, offsets);
  const ordered = byBucket(countedRows, countedBuckets, counted, offsets);

  // Pass 2, bucket by bucket: counts and sums by reason code and competitor code, in one tally
  // reused for every bucket; the totals merge the buckets' tallies.
  const absent = table.lossReasons.length;
  const names: Names = {
    lossReasons: table.lossReasons,
    competitors: table.competitors,
    categories,
    categoryOf: new Int8Array(absent + 1).fill(-1),
  };
  const tally = new CodeTally(absent + 1, table.competitors.length);
  const total = new CodeTally(absent + 1, table.competitors.length);
  const figures: LostDealsFigures[] = [];
  const lostCounts: number[] = [];
  const explained: LostDealsExplain["buckets"][number][] = [];
  const { statusCodes } = table;
  for (let bucket = 0; bucket < bucketCount; bucket++) {
    const from = offsets[bucket] as number;
    const to = offsets[bucket + 1] as number;
    tallyRows(table, ordered, from, to, source, tally);
    const bucketFigures = figuresOf(tally, names);
    figures.push(bucketFigures);
    lostCounts.push(bucketFigures.lostCount);
    total.merge(tally);
    tally.reset();
    if (explain) {
      const lostRows: number[] = [];
      const wonRows: number[] = [];
      for (let i = from; i < to; i++) {
        const row = ordered[i] as number;
        (statusCodes[row] === WON ? wonRows : lostRows).push(row);
      }
      explained.push({ label: (bounds[bucket] as Bucket).label, lostDealIds: idsByCloseThenId(table, lostRows), wonDealIds: idsByCloseThenId(table, wonRows) });
    }
  }

  const buckets: LostDealsBucket[] = bounds.map((bucket, index) => {
    const lost = lostCounts[index] as number;
    const head = { label: bucket.label, start: bucket.start, end: bucket.end, ...(figures[index] as LostDealsFigures) };
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
    totals: figuresOf(total, names),
    spikeSettings: settings,
  };
  if (!explain) return result;
  return { ...result, explain: { buckets: explained } };
}
