/**
 * The options of the service indicators checked and resolved: period, `asOf` cut, calendar,
 * duration unit and day count.
 *
 * @internal
 * @module
 */
import { assertGrain, resolveCalendar, type Calendar } from "../../period/calendar.js";
import { checkPeriod, echoPeriod } from "../../period/checkPeriod.js";
import { instantOf } from "../../period/checkInstant.js";
import { InvalidArgumentError } from "../../errors/index.js";
import type { Bucket, Grain, Period } from "../../period/types.js";
import { splitRange } from "../../period/splitRange.js";
import { checkDurationMeasure, type DurationMeasure } from "../_durations.js";
import { DEFAULT_DURATION_UNIT, type DurationOptions, type ServiceOptions } from "./serviceTypes.js";
import type { ServiceSeriesOptions } from "./deliveryFormsTypes.js";

/** The checked options of one service computation. */
export interface ServiceSettings {
  /** The period, as the result echoes it. */
  readonly period: Period;
  /** The `asOf` given, or `null`. */
  readonly asOf: Date | null;
  /** The period's start (epoch ms). */
  readonly start: number;
  /** Where counting stops (epoch ms): `asOf` clamped to the period, else the period's end. */
  readonly cut: number;
  readonly calendar: Calendar;
  readonly explain: boolean;
}

/** The checked settings of a computation that measures durations. */
export interface DurationSettings extends ServiceSettings {
  /** The unit, day count and zone every duration of the computation is measured in. */
  readonly measure: DurationMeasure;
}

/**
 * Checks the options object, the period, `asOf` and the calendar, in that order.
 *
 * @throws InvalidArgumentError for any invalid option
 */
export function checkServiceOptions(options: ServiceOptions, periodName = "period"): ServiceSettings {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError(`options must be an object with a ${periodName}`);
  const checked = checkPeriod(options.period, periodName);
  const asOf = options.asOf === undefined ? null : instantOf(options.asOf, "asOf");
  const calendar = resolveCalendar(options);
  const start = checked.start.getTime();
  const end = checked.end.getTime();
  const cut = asOf === null ? end : Math.min(end, Math.max(start, asOf));
  return {
    period: echoPeriod(checked, calendar.timeZone),
    asOf: asOf === null ? null : new Date(asOf),
    start,
    cut,
    calendar,
    explain: options.explain === true,
  };
}

/**
 * {@link checkServiceOptions}, then the duration unit and the day count.
 *
 * @throws InvalidArgumentError for any invalid option
 */
export function checkDurationOptions(
  options: ServiceOptions & DurationOptions,
  periodName = "period",
): DurationSettings {
  const settings = checkServiceOptions(options, periodName);
  return { ...settings, measure: checkDurationMeasure(options, DEFAULT_DURATION_UNIT, settings.calendar.timeZone) };
}

/** The checked grain and buckets of a series, beside the settings of its range read as the period. */
export interface SeriesLayout {
  readonly grain: Grain;
  readonly buckets: readonly Bucket[];
}

/**
 * Checks a series' options: those of the indicator over its range (checked by `check`, errors
 * naming `range`), then the grain (default `defaultGrain`); the buckets split the range.
 *
 * @throws InvalidArgumentError for any invalid option
 */
export function checkSeriesOptions<O extends ServiceOptions, S extends ServiceSettings>(
  options: ServiceSeriesOptions<O>,
  defaultGrain: Grain,
  check: (options: O, periodName: string) => S,
): { readonly settings: S; readonly series: SeriesLayout } {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("options must be an object with a range");
  const { range, grain: rawGrain, ...rest } = options;
  const settings = check({ ...rest, period: range } as unknown as O, "range");
  const grain = assertGrain(rawGrain ?? defaultGrain);
  return { settings, series: { grain, buckets: splitRange(settings.period, grain, settings.calendar) } };
}
