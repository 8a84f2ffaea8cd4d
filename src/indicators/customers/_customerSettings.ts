/**
 * The checked options shared by the customer indicators (new customer revenue, new versus
 * existing revenue, renewal rate): period, `asOf`, calendar, scope, explain and the currency guard.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../../errors/index.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import { assertGrain, resolveCalendar, type Calendar } from "../../period/calendar.js";
import { instantOf } from "../../period/checkInstant.js";
import { checkPeriod } from "../../period/checkPeriod.js";
import { splitRange } from "../../period/splitRange.js";
import type { Bucket, Grain, Period } from "../../period/types.js";
import { resolveScope, type ScopeFilter } from "../../table/scope.js";
import type { CustomerIndicatorOptions } from "./customerTypes.js";
import type { CustomerSeriesOptions } from "./customerSeriesTypes.js";

/** The checked options of one customer computation. */
export interface CustomerSettings {
  readonly period: Period;
  /** The `asOf` cut (epoch ms), or `null`: no cut. */
  readonly asOf: number | null;
  readonly calendar: Calendar;
  /** The outer scope. */
  readonly filter: ScopeFilter;
  readonly explain: boolean;
  /** One guard for the whole computation, so every figure of it is in one currency. */
  readonly guard: CurrencyGuard;
}

/**
 * Checks the options, in the order their errors are reported: the options object, period, `asOf`,
 * calendar, scope (with the roster), explain, currency; errors about the period name it `periodName`.
 *
 * @throws InvalidArgumentError for any invalid option
 */
export function checkCustomerOptions(options: CustomerIndicatorOptions, periodName = "period"): CustomerSettings {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError(`options must be an object with a ${periodName}`);
  const period = checkPeriod(options.period, periodName);
  const asOf = options.asOf === undefined ? null : instantOf(options.asOf, "asOf");
  const calendar = resolveCalendar(options);
  const filter = resolveScope(options.scope, options.sellers);
  const explain: unknown = options.explain;
  if (explain !== undefined && typeof explain !== "boolean")
    throw new InvalidArgumentError(`explain must be true or false, got ${typeof explain}`);
  return { period, asOf, calendar, filter, explain: explain === true, guard: new CurrencyGuard(options) };
}

/** End (exclusive, epoch ms) of the counted window `[start, min(end, asOf))`. */
export function countedEnd(period: Period, asOf: number | null): number {
  const end = period.end.getTime();
  return asOf === null ? end : Math.min(end, asOf);
}

/** The checked settings of a series' range, its grain and its buckets. */
export interface CustomerSeriesLayout<S extends CustomerSettings> {
  /** The settings of the whole range, read as the period. */
  readonly settings: S;
  readonly grain: Grain;
  readonly buckets: readonly Bucket[];
}

/**
 * Checks a series' options: those of the indicator over its range (checked by `check`, errors
 * naming `range`), then the grain (default `defaultGrain`); the buckets split the range.
 *
 * @throws InvalidArgumentError for any invalid option
 */
export function checkCustomerSeries<O extends CustomerIndicatorOptions, S extends CustomerSettings>(
  options: CustomerSeriesOptions<O>,
  defaultGrain: Grain,
  check: (options: O, periodName: string) => S,
): CustomerSeriesLayout<S> {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("options must be an object with a range");
  const { range, grain: rawGrain, ...rest } = options;
  const settings = check({ ...rest, period: range } as unknown as O, "range");
  const grain = assertGrain(rawGrain ?? defaultGrain);
  return { settings, grain, buckets: splitRange(settings.period, grain, settings.calendar) };
}

/** The settings of one bucket of a series: the range's, with the bucket as the period. */
export function bucketSettings<S extends CustomerSettings>(settings: S, bucket: Bucket): S {
  return { ...settings, period: { start: bucket.start, end: bucket.end } };
}
