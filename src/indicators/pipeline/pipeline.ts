import * as z from "zod";
import { instantOf } from "../../_lib/checkPeriod.js";
import { lastStartAtOrBefore } from "../../_lib/bucketIndex.js";
import type { Decimal } from "decimal.js";
import { resolveCalendar, unitAt, type Calendar } from "../../_lib/calendar.js";
import { CurrencyGuard } from "../../_lib/currencyGuard.js";
import { assertDayCount } from "../../_lib/dayCount.js";
import { ZERO } from "../../_lib/decimal.js";
import { ExactSum } from "../../_lib/exactSum.js";
import { WeightedSum } from "../../_lib/weightedSum.js";
import { ratio } from "../../_lib/figure.js";
import { resolveScope, type ScopeFilter } from "../../_lib/scope.js";
import { proratedTarget, type TargetPart } from "../../_lib/targets.js";
import { startOfWallDay, wallDayOf } from "../../_lib/zone.js";
import { InvalidArgumentError, UnknownStageError } from "../../errors/index.js";
import {
  CurrencyJsonSchema,
  DecimalJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ratioJsonSchema,
  ScopeJsonSchema,
} from "../../model/resultJson.js";
import type { Deal, Order, RevenueTarget } from "../../model/types.js";
import { checkPeriod } from "../../_lib/checkPeriod.js";
import { shown } from "../../_lib/options.js";
import { splitRange } from "../../period/splitRange.js";
import type { Period } from "../../period/types.js";
import type { IndicatorOptions, Ratio, Scope, TargetOptions } from "../types.js";
import { stageProbabilityMap, type StageProbabilities } from "./stageProbabilities.js";

/** The grains a pipeline is bucketed by (the article: "par mois, par trimestre et/ou par an"). */
export type PipelineGrain = "month" | "quarter" | "year";

/** What the forecast of {@link pipeline} is measured against. */
export interface PipelineForecastOptions {
  /** The target period `[start, end)` (a month, a quarter, a fiscal year, any range). */
  readonly period: Period;
  /** Realized revenue records (orders or invoices); those of the scope dated in `[start, min(end, asOf))` count. */
  readonly orders: readonly Order[];
  /** Revenue targets; only those set at the scope's own level count (settled detail 1), prorated to the period. */
  readonly targets: readonly RevenueTarget[];
}

/** Options of {@link pipeline}. */
export interface PipelineOptions extends IndicatorOptions, TargetOptions {
  /** The instant "now": which deals are open, which are overdue, where realized revenue stops. */
  readonly asOf: Date;
  /** Bucket grain of the expected close dates. Default `"month"`. Quarters and years follow `fiscalYearStartMonth`. */
  readonly grain?: PipelineGrain;
  /** Probability of each stage, for deals without an explicit `probability`. */
  readonly stageProbabilities: StageProbabilities;
  /** Compute a forecast against a target period. Absent: `forecast` is `null` in the result. */
  readonly forecast?: PipelineForecastOptions;
}

/** Ids of the deals behind a pipeline figure (with `explain: true`). */
export interface PipelineExplain {
  /** The open deals counted, in input order. */
  readonly dealIds: readonly string[];
}

/** Count, unweighted sum and weighted sum of a set of open deals. */
export interface PipelineAmounts {
  /** Number of open deals. */
  readonly count: number;
  /** Sum of their amounts, in the result's currency. */
  readonly unweighted: Decimal;
  /** Sum of amount x probability. */
  readonly weighted: Decimal;
  /** The deals counted; present only with `explain: true`. */
  readonly explain?: PipelineExplain;
}

/** The open deals expected to close in one grain unit. */
export interface PipelineBucket extends PipelineAmounts {
  /** The unit's label in the reporting zone (`2026-03`, `2026-Q2`, `FY2026/27-Q1`, `FY2026/27`...). */
  readonly label: string;
  /** First instant of the unit. */
  readonly start: Date;
  /** First instant after the unit. */
  readonly end: Date;
}

/** Ids behind the forecast figures (with `explain: true`). */
export interface PipelineForecastExplain {
  /** Orders summed into `realized`. */
  readonly orderIds: readonly string[];
  /** Open deals expected in the forecast window. */
  readonly dealIds: readonly string[];
  /** Targets that overlap the period and make `target`, by start, end, then id. */
  readonly targetIds: readonly string[];
}

/** The forecast part of a {@link PipelineResult}. */
export interface PipelineForecast {
  /** The target period. */
  readonly period: Period;
  /** The forecast window `[max(start, asOf), end)`; `null` when `asOf` is at or after the period's end. */
  readonly window: Period | null;
  /** Revenue of the scope dated in `[start, min(end, asOf))`. */
  readonly realized: Decimal;
  /** Number of open deals expected in the window. */
  readonly countInWindow: number;
  /** Sum of the amounts of the open deals expected in the window. */
  readonly unweightedInWindow: Decimal;
  /** Sum of amount x probability of the open deals expected in the window. */
  readonly weightedInWindow: Decimal;
  /** `realized + weightedInWindow`. */
  readonly forecast: Decimal;
  /** The scope's prorated target for the period. */
  readonly target: Decimal;
  /** `forecast / target`; `null` with reason `no-target` when the target is 0. */
  readonly forecastAttainment: Ratio<"no-target">;
  /** `max(target - realized, 0)`. */
  readonly remainingTarget: Decimal;
  /**
   * `unweightedInWindow / remainingTarget`; `null` with reason `no-target` when the target is 0,
   * `no-remaining-target` when nothing remains to reach.
   */
  readonly coverage: Ratio<"no-target" | "no-remaining-target">;
  /** The records behind the figures; present only with `explain: true`. */
  readonly explain?: PipelineForecastExplain;
}

/** Result of {@link pipeline}. */
export interface PipelineResult {
  /** Stable indicator id. */
  readonly indicator: "pipeline";
  /** Every figure is money. */
  readonly unit: "money";
  /** The currency of every amount; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The instant the pipeline is read at. */
  readonly asOf: Date;
  /** The bucket grain. */
  readonly grain: PipelineGrain;
  /** Who the pipeline is computed for. */
  readonly scope: Scope;
  /** All open deals of the scope: equals the sum of `buckets`, `overdue` and `undated`. */
  readonly totals: PipelineAmounts;
  /** Open deals by unit of their expected close day, from the unit holding `asOf`'s day to the last unit with a deal. */
  readonly buckets: readonly PipelineBucket[];
  /** Open deals whose expected close day is before `asOf`'s day. */
  readonly overdue: PipelineAmounts;
  /** Open deals without an expected close date. */
  readonly undated: PipelineAmounts;
  /** The forecast against the target period, or `null` when none was asked for. */
  readonly forecast: PipelineForecast | null;
  /** Notes on how to read the result. */
  readonly warnings: readonly string[];
}

const GRAINS: readonly PipelineGrain[] = ["month", "quarter", "year"];


function assertPipelineGrain(grain: unknown): PipelineGrain {
  if (grain === undefined) return "month";
  if (GRAINS.includes(grain as PipelineGrain)) return grain as PipelineGrain;
  throw new InvalidArgumentError(`the pipeline grain must be "month", "quarter" or "year", got ${JSON.stringify(shown(grain)).slice(0, 40)}`);
}

/** First instant of a wall day of the zone that is at or after `t`. */
function firstDayStartAtOrAfter(zone: string, t: number): number {
  const day = wallDayOf(zone, t);
  const start = startOfWallDay(zone, day);
  return start >= t ? start : startOfWallDay(zone, day + 1);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A running count, unweighted and weighted sum, with the ids when explaining. */
class Tally {
  count = 0;
  private readonly unweighted = new ExactSum();
  private readonly weighted = new WeightedSum();
  readonly ids: string[] | null;

  constructor(explain: boolean) {
    this.ids = explain ? [] : null;
  }

  add(id: string, amount: Decimal, probability: Decimal): void {
    this.count += 1;
    this.unweighted.add(amount);
    this.weighted.add(amount, probability);
    this.ids?.push(id);
  }

  toAmounts(): PipelineAmounts {
    const amounts = { count: this.count, unweighted: this.unweighted.value(), weighted: this.weighted.value() };
    return this.ids === null ? amounts : { ...amounts, explain: { dealIds: this.ids } };
  }
}

/** An open deal of the scope, converted and weighted. */
interface OpenDeal {
  readonly id: string;
  /** Expected close instant (ms), or `null` when undated. */
  readonly close: number | null;
  readonly amount: Decimal;
  /** Its probability: weighted = amount x probability, summed per probability (`WeightedSum`). */
  readonly probability: Decimal;
}

function openDealsOf(
  deals: readonly Deal[],
  scope: ScopeFilter,
  asOf: number,
  asOfDate: Date,
  stages: ReadonlyMap<string, Decimal>,
  guard: CurrencyGuard,
): OpenDeal[] {
  const open: OpenDeal[] = [];
  for (const deal of deals) {
    if (!scope.includesOwner(deal.ownerId)) continue;
    // Settled detail 6: openness comes from the dates, not from the status.
    if (deal.createdAt.getTime() > asOf) continue;
    if (deal.closedAt !== undefined && deal.closedAt.getTime() <= asOf) continue;
    // Settled detail 7: an explicit probability (0 included) overrides the stage map.
    let probability = deal.probability;
    if (probability === undefined) {
      probability = stages.get(deal.stage);
      if (probability === undefined) throw new UnknownStageError(deal.stage, deal.id);
    }
    const amount = guard.convert(deal.amount, deal.currency, asOfDate);
    open.push({
      id: deal.id,
      close: deal.expectedCloseDate === undefined ? null : deal.expectedCloseDate.getTime(),
      amount,
      probability,
    });
  }
  return open;
}

function bucketsOf(
  open: readonly OpenDeal[],
  calendar: Calendar,
  grain: PipelineGrain,
  asOf: number,
  asOfDayStart: number,
  explain: boolean,
): { buckets: PipelineBucket[]; overdue: Tally; undated: Tally } {
  const overdue = new Tally(explain);
  const undated = new Tally(explain);
  let last: number | null = null;
  for (const deal of open) {
    if (deal.close !== null && deal.close >= asOfDayStart && (last === null || deal.close > last)) last = deal.close;
  }
  if (last === null) {
    for (const deal of open) {
      if (deal.close === null) undated.add(deal.id, deal.amount, deal.probability);
      else overdue.add(deal.id, deal.amount, deal.probability);
    }
    return { buckets: [], overdue, undated };
  }
  const first = unitAt(calendar, grain, asOf);
  const end = unitAt(calendar, grain, last).end;
  const units = splitRange({ start: new Date(first.start), end: new Date(end) }, grain, calendar);
  const starts = units.map((unit) => unit.start.getTime());
  const tallies = units.map(() => new Tally(explain));
  for (const deal of open) {
    // Settled detail 8: the expected close is a day. Bucket boundaries and asOf's day start are
    // first instants of days, so comparing the instant with them compares its day.
    if (deal.close === null) undated.add(deal.id, deal.amount, deal.probability);
    else if (deal.close < asOfDayStart) overdue.add(deal.id, deal.amount, deal.probability);
    else (tallies[lastStartAtOrBefore(starts, deal.close)] as Tally).add(deal.id, deal.amount, deal.probability);
  }
  const buckets = units.map((unit, i) => ({ label: unit.label, start: unit.start, end: unit.end, ...(tallies[i] as Tally).toAmounts() }));
  return { buckets, overdue, undated };
}

interface ForecastContext {
  readonly zone: string;
  readonly asOf: number;
  readonly asOfDayStart: number;
  readonly explain: boolean;
  readonly options: PipelineOptions;
}

/** Checks the forecast options; returns the checked period. */
function checkForecast(input: PipelineForecastOptions): Period {
  if (typeof input !== "object" || input === null) throw new InvalidArgumentError("forecast must be an object { period, orders, targets }");
  const period = checkPeriod(input.period, "forecast.period");
  if (!Array.isArray(input.orders)) throw new InvalidArgumentError("forecast.orders must be an array of orders");
  if (!Array.isArray(input.targets)) throw new InvalidArgumentError("forecast.targets must be an array of revenue targets");
  return period;
}

function forecastOf(
  input: PipelineForecastOptions,
  period: Period,
  open: readonly OpenDeal[],
  scope: ScopeFilter,
  guard: CurrencyGuard,
  context: ForecastContext,
): { forecast: PipelineForecast; warnings: string[] } {
  const start = period.start.getTime();
  const end = period.end.getTime();
  const { zone, asOf, explain } = context;
  const warnings: string[] = [];

  // Realized: [start, min(end, asOf)), settled detail 9.
  const realizedEnd = Math.min(end, asOf);
  const realizedSum = new ExactSum();
  const orderIds: string[] = [];
  for (const order of input.orders) {
    const t = order.date.getTime();
    if (t < start || t >= realizedEnd || !scope.includesOwner(order.sellerId)) continue;
    realizedSum.add(guard.convert(order.amount, order.currency, order.date));
    if (explain) orderIds.push(order.id);
  }

  // Window [max(start, asOf), end): a deal is in it when its expected close day is on or after
  // asOf's day and that day's first instant lies in [start, end). Both tests reduce to comparing
  // the instant with first instants of days.
  const from = Math.max(context.asOfDayStart, firstDayStartAtOrAfter(zone, start));
  const to = firstDayStartAtOrAfter(zone, end);
  let countInWindow = 0;
  const unweightedSum = new ExactSum();
  const weightedSum = new WeightedSum();
  const dealIds: string[] = [];
  for (const deal of open) {
    if (deal.close === null || deal.close < from || deal.close >= to) continue;
    countInWindow += 1;
    unweightedSum.add(deal.amount);
    weightedSum.add(deal.amount, deal.probability);
    if (explain) dealIds.push(deal.id);
  }
  const realized = realizedSum.value();
  const unweightedInWindow = unweightedSum.value();
  const weightedInWindow = weightedSum.value();
  const window = asOf < end ? { start: new Date(Math.max(start, asOf)), end: new Date(end) } : null;
  if (window === null) warnings.push("the forecast period is over at asOf: the forecast is the realized revenue alone");

  // Target: the scope's own targets (settled detail 1), converted at their start, prorated.
  const parts: TargetPart[] = [];
  for (const target of input.targets) {
    if (!scope.ownsTarget(target)) continue;
    if (target.start.getTime() >= end || target.end.getTime() <= start) continue;
    parts.push({ id: target.id, start: target.start, end: target.end, value: guard.convert(target.amount, target.currency, target.start) });
  }
  // A canonical order, so the target ids do not depend on the order the targets were given in.
  parts.sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime() || compareText(a.id, b.id) || a.value.comparedTo(b.value));
  const prorated = proratedTarget(parts, period, {
    timeZone: zone,
    dayCount: assertDayCount(context.options.dayCount),
    proration: context.options.proration ?? true,
  });
  const target = prorated.total;

  const forecast = realized.plus(weightedInWindow);
  const shortfall = target.minus(realized);
  const remainingTarget = shortfall.greaterThan(0) ? shortfall : ZERO;
  const coverage: Ratio<"no-target" | "no-remaining-target"> = target.isZero()
    ? { value: null, reason: "no-target", numerator: unweightedInWindow, denominator: remainingTarget }
    : ratio(unweightedInWindow, remainingTarget, "no-remaining-target");
  const result: PipelineForecast = {
    period,
    window,
    realized,
    countInWindow,
    unweightedInWindow,
    weightedInWindow,
    forecast,
    target,
    forecastAttainment: ratio(forecast, target, "no-target"),
    remainingTarget,
    coverage,
  };
  return { forecast: explain ? { ...result, explain: { orderIds, dealIds, targetIds: prorated.ids } } : result, warnings };
}

/**
 * The commercial pipeline (pipeline commercial, headline indicator 2.3): the open deals at `asOf`,
 * unweighted and weighted by their probability of being won, by unit (month, quarter or year) of
 * their expected close date, with an optional forecast against a target period.
 *
 * Formula in words:
 * - a deal is open at `asOf` when `createdAt <= asOf` and (`closedAt` is absent or `closedAt > asOf`)
 *   (settled detail 6; the `status` field is not read);
 * - its probability is `deal.probability` when present (0 included), else its stage's in the
 *   stage map (settled detail 7); `weighted = amount x probability`;
 * - each open deal lands in exactly one place: `undated` (no expected close), `overdue` (expected
 *   close day before `asOf`'s day; a deal due today is not overdue, settled detail 8), or the bucket
 *   of the grain unit holding its expected close day; `totals` is the sum of all of them;
 * - forecast: `realized` = orders of the scope in `[start, min(end, asOf))`; `forecast` =
 *   `realized + weightedInWindow`; `forecastAttainment = forecast / target`;
 *   `remainingTarget = max(target - realized, 0)`; `coverage = unweightedInWindow / remainingTarget`.
 *
 * Interpretation: expected close dates are calendar days of the reporting zone (settled detail 8):
 * a date-time is reduced to the day that holds it.
 * Interpretation: the buckets are whole grain units (not clipped to `asOf`), contiguous from the
 * unit holding `asOf`'s day to the unit holding the latest expected close day that is not overdue,
 * empty units in between included; with no such deal there is no bucket (`buckets: []`).
 * Interpretation: a deal is in the forecast window `[max(start, asOf), end)` when its expected
 * close day is on or after `asOf`'s day and the first instant of that day is at or after `start`
 * and before `end`. So a deal due today counts in the window even when `asOf` is later in the day.
 * Interpretation: with exchange rates, open deals are converted at the rate in force at `asOf`
 * (their amount is a current estimate, not a dated transaction), orders at their date and targets at
 * their start. One currency check covers every amount summed: open deals of the scope, realized
 * orders, and the scope's targets that overlap the period (settled detail 14).
 * Interpretation: the stage map is needed only by open deals of the scope that have no explicit
 * probability; closed, not yet created and out-of-scope deals never raise {@link UnknownStageError}.
 * Interpretation: with `explain: true`, deal and order ids come in input order; the overlapping
 * targets are summed (and listed) in a canonical order (start, end, id), so the result does not
 * depend on the order of any input.
 * Interpretation: `coverage` is `null` with `no-target` whenever the target is 0 (even when negative
 * realized revenue leaves something "remaining"), and with `no-remaining-target` when the target is
 * positive and already reached.
 *
 * @param deals - the deals (trusted domain records)
 * @param options - `asOf`, the stage map, the grain, the scope, calendar, currency and forecast options ({@link PipelineOptions})
 * @returns the {@link PipelineResult}
 * @throws {@link InvalidArgumentError} for an invalid `asOf`, grain, stage map (a probability outside
 *   [0, 1]), scope, time zone, fiscal month, day count or forecast period
 * @throws {@link UnknownStageError} when an open deal of the scope has no probability and its stage is not in the map
 * @throws {@link MixedCurrencyError} when summed amounts or used targets are in several currencies without exchange rates
 * @throws {@link MissingExchangeRateError} when a rate is missing for an amount's currency and date
 * @throws {@link ProrationForbiddenError} when `proration: false` and a target only partly overlaps the period
 * @example
 * ```ts
 * const d = (id: string, amount: string, stage: string, close?: string): Deal => ({
 *   id, ownerId: "s1", amount: toDecimal(amount), currency: "EUR", stage, status: "open",
 *   createdAt: new Date("2026-01-01T00:00:00Z"),
 *   ...(close === undefined ? {} : { expectedCloseDate: new Date(close) }),
 * });
 * const result = pipeline(
 *   [d("a", "1000", "proposal", "2026-03-20"), d("b", "2000", "qualification", "2026-04-10"), d("c", "500", "proposal")],
 *   { asOf: new Date("2026-03-15T12:00:00Z"), stageProbabilities: { qualification: "0.2", proposal: "0.5" } },
 * );
 * result.buckets.map((b) => [b.label, b.count, b.unweighted.toString(), b.weighted.toString()]);
 * //=> [["2026-03", 1, "1000", "500"], ["2026-04", 1, "2000", "400"]]
 * result.undated.weighted.toString(); //=> "250"
 * result.totals.weighted.toString();  //=> "1150"
 * ```
 */
export function pipeline(deals: readonly Deal[], options: PipelineOptions): PipelineResult {
  if (typeof options !== "object" || options === null) throw new InvalidArgumentError("pipeline needs an options object with asOf and stageProbabilities");
  if (!Array.isArray(deals)) throw new InvalidArgumentError("deals must be an array of deals");
  const asOf = instantOf(options.asOf, "asOf");
  const asOfDate = new Date(asOf);
  const grain = assertPipelineGrain(options.grain);
  const calendar = resolveCalendar(options);
  assertDayCount(options.dayCount);
  if (options.stageProbabilities === undefined) throw new InvalidArgumentError("stageProbabilities is required (use {} when every deal has its own probability)");
  const stages = stageProbabilityMap(options.stageProbabilities);
  const scope = resolveScope(options.scope, options.sellers);
  const explain = options.explain === true;
  const guard = new CurrencyGuard(options);
  const zone = calendar.timeZone;
  const asOfDayStart = startOfWallDay(zone, wallDayOf(zone, asOf));
  const forecastPeriod = options.forecast === undefined ? null : checkForecast(options.forecast);

  const open = openDealsOf(deals, scope, asOf, asOfDate, stages, guard);
  const totals = new Tally(explain);
  for (const deal of open) totals.add(deal.id, deal.amount, deal.probability);
  const { buckets, overdue, undated } = bucketsOf(open, calendar, grain, asOf, asOfDayStart, explain);

  let forecast: PipelineForecast | null = null;
  const warnings: string[] = [];
  if (options.forecast !== undefined && forecastPeriod !== null) {
    const computed = forecastOf(options.forecast, forecastPeriod, open, scope, guard, { zone, asOf, asOfDayStart, explain, options });
    forecast = computed.forecast;
    warnings.push(...computed.warnings);
  }

  return {
    indicator: "pipeline",
    unit: "money",
    currency: guard.currency,
    asOf: asOfDate,
    grain,
    scope: scope.scope,
    totals: totals.toAmounts(),
    buckets,
    overdue: overdue.toAmounts(),
    undated: undated.toAmounts(),
    forecast,
    warnings,
  };
}

/** Schema of a {@link Scope} in a result. */

const ExplainJsonSchema = z.object({ dealIds: z.array(z.string()) });

const amountsShape = {
  count: z.number().int().nonnegative(),
  unweighted: DecimalJsonSchema,
  weighted: DecimalJsonSchema,
  explain: ExplainJsonSchema.exactOptional(),
};

/** Schema of {@link PipelineAmounts} in a result. */
const PipelineAmountsJsonSchema = z.object(amountsShape);

/** Schema of a {@link PipelineBucket} in a result. */
const PipelineBucketJsonSchema = z.object({ label: z.string(), start: InstantJsonSchema, end: InstantJsonSchema, ...amountsShape });

/** Schema of a {@link PipelineForecast} in a result. */
const PipelineForecastJsonSchema = z.object({
  period: PeriodJsonSchema,
  window: PeriodJsonSchema.nullable(),
  realized: DecimalJsonSchema,
  countInWindow: z.number().int().nonnegative(),
  unweightedInWindow: DecimalJsonSchema,
  weightedInWindow: DecimalJsonSchema,
  forecast: DecimalJsonSchema,
  target: DecimalJsonSchema,
  forecastAttainment: ratioJsonSchema(["no-target"]),
  remainingTarget: DecimalJsonSchema,
  coverage: ratioJsonSchema(["no-target", "no-remaining-target"]),
  explain: z.object({ orderIds: z.array(z.string()), dealIds: z.array(z.string()), targetIds: z.array(z.string()) }).exactOptional(),
});

/**
 * Schema of a {@link PipelineResult} as JSON: read one back with
 * `resultFromJSON(PipelineResultSchema, text)` (decimal strings become `Decimal`, ISO strings `Date`).
 *
 * @example
 * ```ts
 * const back = resultFromJSON(PipelineResultSchema, JSON.stringify(result));
 * back.totals.weighted.equals(result.totals.weighted); //=> true
 * ```
 */
export const PipelineResultSchema: z.ZodType<PipelineResult, unknown> = z.object({
  indicator: z.literal("pipeline"),
  unit: z.literal("money"),
  currency: CurrencyJsonSchema,
  asOf: InstantJsonSchema,
  grain: z.enum(["month", "quarter", "year"]),
  scope: ScopeJsonSchema,
  totals: PipelineAmountsJsonSchema,
  buckets: z.array(PipelineBucketJsonSchema),
  overdue: PipelineAmountsJsonSchema,
  undated: PipelineAmountsJsonSchema,
  forecast: PipelineForecastJsonSchema.nullable(),
  warnings: z.array(z.string()),
});
