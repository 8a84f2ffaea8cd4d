/**
 * The computation behind {@link salesCycleLength} and its grouped form, and the cycle length
 * factor of sales velocity: the days from creation to closing of the deals won in the period.
 *
 * @internal
 * @module
 */
import { add, divide, rational, rationalToDecimal, subtract, type Rational } from "../../money/rational.js";
import { dayPosition } from "../../period/dayCount.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { SpanStats } from "../../table/kernel/spanStats.js";
import { absent, present } from "../figure.js";
import { closedPlan } from "./_dealsPlans.js";
import { checkDealOptions, wholeNumberOption, type DealSettings } from "./_dealsSettings.js";
import { partialPeriodWarnings } from "./_dealsWarnings.js";
import {
  DEFAULT_SALES_CYCLE_MIN_SAMPLE,
  type CycleFigures,
  type SalesCycleLengthOptions,
  type SalesCycleLengthResult,
} from "./salesCycleLengthTypes.js";

/** The checked options of a sales cycle computation. */
export interface SalesCycleSettings extends DealSettings {
  readonly minSample: number;
}

/**
 * Checks the options: the shared ones (see `checkDealOptions`), then `minSample` (a whole number >= 1).
 *
 * @throws InvalidArgumentError for any invalid option
 */
export function checkSalesCycleOptions(options: SalesCycleLengthOptions): SalesCycleSettings {
  const settings = checkDealOptions(options);
  return {
    ...settings,
    minSample: wholeNumberOption(options.minSample, "minSample", DEFAULT_SALES_CYCLE_MIN_SAMPLE, 1),
  };
}

const DAY_MS = 86_400_000n;

function compare(a: Rational, b: Rational): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Mean and median of the cycle lengths (exact), `too-few` below `minSample`. */
export function cycleFigures(lengths: readonly Rational[], minSample: number): CycleFigures {
  const count = lengths.length;
  const sum = lengths.reduce(add, rational(0n, 1n));
  const rawMean = count === 0 ? null : rationalToDecimal(divide(sum, rational(BigInt(count), 1n)));
  if (count < minSample || rawMean === null)
    return { count, mean: absent("too-few"), median: absent("too-few"), rawMean };
  const sorted = [...lengths].sort(compare);
  const mid = Math.floor(count / 2);
  const upper = sorted[mid] as Rational;
  const middle = count % 2 === 1 ? upper : divide(add(sorted[mid - 1] as Rational, upper), rational(2n, 1n));
  return { count, mean: present(rawMean), median: present(rationalToDecimal(middle)), rawMean };
}

/** {@link cycleFigures} of the won deals' spans in ms (created to closed), in days of `dayMs` ms. */
function cycleFiguresOfSpans(spans: SpanStats, dayMs: bigint, minSample: number): CycleFigures {
  const { count, lowMiddle, highMiddle } = spans;
  const rawMean = count === 0 ? null : rationalToDecimal(rational(spans.sum, dayMs * BigInt(count)));
  if (count < minSample || rawMean === null || lowMiddle === null || highMiddle === null)
    return { count, mean: absent("too-few"), median: absent("too-few"), rawMean };
  const middle = rational(lowMiddle + highMiddle, 2n * dayMs);
  return { count, mean: present(rawMean), median: present(rationalToDecimal(middle)), rawMean };
}

/**
 * The cycle figures of the won deals closed in the period (see {@link cycleFigures}). In calendar
 * days of UTC, where every day lasts 24 hours, a cycle is its span in ms over one day's length: the
 * kernel's span measure gives the figures with no object per deal; otherwise each deal's cycle
 * is counted day by day ({@link wonCycleLengths}).
 */
export function wonCycleFigures(run: PlanRunner, settings: DealSettings, minSample: number): CycleFigures {
  if (settings.dayCount === "calendar" && settings.calendar.timeZone === "UTC") {
    const cells = run(
      closedPlan(settings, ["won"], { cycle: { kind: "spanStats", from: "createdAt", to: "closedAt" } }),
    );
    return cycleFiguresOfSpans(cells.total("won").cycle, DAY_MS, minSample);
  }
  return cycleFigures(wonCycleLengths(run, settings), minSample);
}

/**
 * The cycle lengths of the won deals closed in the period, in days (calendar or business, parts of
 * days counted: settled details 4 and 17), in table order.
 */
export function wonCycleLengths(run: PlanRunner, settings: DealSettings): Rational[] {
  const cells = run(
    closedPlan(settings, ["won"], {
      ids: { kind: "ids" },
      created: { kind: "timeValues", column: "createdAt" },
      closed: { kind: "timeValues", column: "closedAt" },
    }),
  ).total("won");
  const zone = settings.calendar.timeZone;
  const lengths = cells.ids.map((_id, i) => {
    const created = cells.created[i] as number;
    const closed = cells.closed[i] as number;
    return subtract(dayPosition(zone, closed, settings.dayCount), dayPosition(zone, created, settings.dayCount));
  });
  return lengths;
}

/** The sales cycle length of one scope (see {@link salesCycleLength}), on any plan runner. */
export function salesCycleLengthOf(run: PlanRunner, settings: SalesCycleSettings): SalesCycleLengthResult {
  const figures = wonCycleFigures(run, settings, settings.minSample);
  const result: SalesCycleLengthResult = {
    indicator: "sales-cycle-length",
    unit: "duration",
    durationUnit: "days",
    dayCount: settings.dayCount,
    period: { start: new Date(settings.period.start.getTime()), end: new Date(settings.period.end.getTime()) },
    asOf: settings.asOf === null ? null : new Date(settings.asOf),
    scope: settings.scope.scope,
    count: figures.count,
    minSample: settings.minSample,
    mean: figures.mean,
    median: figures.median,
    warnings: partialPeriodWarnings(settings),
  };
  if (!settings.explain) return result;
  const byTime = run(closedPlan(settings, ["won"], { ids: { kind: "ids", order: "time" } })).total("won").ids;
  return { ...result, explain: { wonDealIds: byTime } };
}
