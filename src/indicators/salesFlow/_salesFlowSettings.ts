/**
 * The settings of the sales-flow indicators: their options checked and resolved (period, `asOf`,
 * calendar, scope, explain; for durations the unit, day count and request kinds), the window of
 * the records counted, and the warnings `asOf` raises.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../../errors/index.js";
import { safeString } from "../../errors/describe.js";
import { REQUEST_KINDS } from "../../model/requestSchema.js";
import type { RequestKind } from "../../model/salesFlowTypes.js";
import { assertGrain, resolveCalendar, type Calendar } from "../../period/calendar.js";
import { splitRange } from "../../period/splitRange.js";
import { checkPeriod, echoPeriod } from "../../period/checkPeriod.js";
import { instantOf } from "../../period/checkInstant.js";
import type { Bucket, Grain, Period } from "../../period/types.js";
import { resolveScope } from "../../table/scope.js";
import type { PlanWindow } from "../../table/kernel/plan.js";
import type { Scope } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import { checkDurationMeasure as checkMeasure, type DurationMeasure } from "../_durations.js";
import type {
  ResponseTimeMeasureOptions,
  ResponseTimeUnit,
  SalesFlowOptions,
  SalesFlowResultHead,
  SalesFlowSeriesOptions,
  SalesFlowWarningCode,
} from "./salesFlowTypes.js";

/** The checked options of one sales-flow computation. */
export interface SalesFlowSettings {
  readonly period: Period;
  /** The `asOf` cut (epoch ms), or `null`: no cut. */
  readonly asOf: number | null;
  /** The records counted: dated in `[period start, min(period end, asOf))`. */
  readonly window: PlanWindow & { readonly from: number; readonly to: number };
  /** When open items are judged and aged: `asOf` when given, else the period's end. */
  readonly judgedAt: number;
  readonly calendar: Calendar;
  readonly scope: Scope;
  /** The owners in the scope; `undefined` for the whole company. */
  readonly owners: readonly string[] | undefined;
  readonly explain: boolean;
}

/**
 * Checks the options every sales-flow indicator takes, in the order their errors are reported:
 * the options object, period, `asOf`, calendar, scope (with the roster).
 *
 * @throws InvalidArgumentError for any invalid option
 */
export function checkSalesFlowOptions(options: SalesFlowOptions, periodName = "period"): SalesFlowSettings {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError(`options must be an object with a ${periodName}`);
  const period = checkPeriod(options.period, periodName);
  const asOf = options.asOf === undefined ? null : instantOf(options.asOf, "asOf");
  const calendar = resolveCalendar(options);
  const filter = resolveScope(options.scope, options.sellers);
  const start = period.start.getTime();
  const end = period.end.getTime();
  const to = asOf === null ? end : Math.max(start, Math.min(end, asOf));
  return {
    period,
    asOf,
    window: { from: start, to },
    judgedAt: asOf ?? end,
    calendar,
    scope: filter.scope,
    owners: filter.owners,
    explain: options.explain === true,
  };
}

/** The checked range of a series, its grain, and each bucket with the settings of the single form over it. */
export interface SalesFlowSeriesSettings {
  /** The settings over the whole range (read as the period). */
  readonly settings: SalesFlowSettings;
  readonly grain: Grain;
  readonly buckets: readonly { readonly bucket: Bucket; readonly settings: SalesFlowSettings }[];
}

/**
 * Checks a series' options: those of the indicator over its range (errors naming `range`), then
 * the grain (default `defaultGrain`); the buckets split the range in the reporting calendar, and
 * each carries the settings of the single form over that bucket as its period (same `asOf`,
 * scope, roster, zone, explain).
 *
 * @throws InvalidArgumentError for any invalid option
 */
export function checkSalesFlowSeries<O extends SalesFlowOptions>(
  options: SalesFlowSeriesOptions<O>,
  defaultGrain: Grain,
): SalesFlowSeriesSettings {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("options must be an object with a range");
  const { range, grain: rawGrain, ...rest } = options;
  const settings = checkSalesFlowOptions({ ...rest, period: range } as SalesFlowOptions, "range");
  const grain = assertGrain(rawGrain ?? defaultGrain);
  const buckets = splitRange(settings.period, grain, settings.calendar).map((bucket) => ({
    bucket,
    settings: checkSalesFlowOptions({ ...rest, period: bucket } as SalesFlowOptions),
  }));
  return { settings, grain, buckets };
}

/** The same settings for one group (a seller or a team of the roster). */
export function groupSettings(
  settings: SalesFlowSettings,
  groupBy: "seller" | "team",
  key: string,
  options: SalesFlowOptions,
): SalesFlowSettings {
  const scope: Scope = groupBy === "seller" ? { level: "seller", sellerId: key } : { level: "team", teamId: key };
  const filter = resolveScope(scope, options.sellers);
  return { ...settings, scope: filter.scope, owners: filter.owners };
}

/** The checked request kinds: `kinds` when given (a non-empty list of known kinds), else `fallback`. */
export function checkKinds(kinds: unknown, fallback: readonly RequestKind[]): readonly RequestKind[] {
  if (kinds === undefined) return fallback;
  if (!Array.isArray(kinds) || kinds.length === 0)
    throw new InvalidArgumentError(`kinds must be a non-empty array of request kinds (${REQUEST_KINDS.join(", ")})`);
  for (const kind of kinds as unknown[]) {
    if (!(REQUEST_KINDS as readonly unknown[]).includes(kind)) {
      throw new InvalidArgumentError(
        `kinds: unknown request kind ${JSON.stringify(safeString(kind)).slice(0, 40)} (use ${REQUEST_KINDS.join(", ")})`,
      );
    }
  }
  return [...new Set(kinds as RequestKind[])];
}

/** The checked duration measure: unit (default `fallback`), day count, and the calendar's zone. */
export function checkDurationMeasure(
  options: ResponseTimeMeasureOptions,
  fallback: ResponseTimeUnit,
  calendar: Calendar,
): DurationMeasure {
  return checkMeasure(options, fallback, calendar.timeZone);
}

/** Checks `groupBy` (and the roster a team grouping needs). */
export function checkGroupBy(groupBy: unknown, sellers: unknown): "seller" | "team" {
  if (groupBy !== "seller" && groupBy !== "team") {
    throw new InvalidArgumentError(
      `groupBy must be "seller" or "team", got ${JSON.stringify(safeString(groupBy)).slice(0, 40)}`,
    );
  }
  if (groupBy === "team" && sellers === undefined) {
    throw new InvalidArgumentError(
      "groupBy team needs the sellers roster (option sellers) to know who is in which team",
    );
  }
  return groupBy;
}

/** The `partial-period` or `period-not-started` warning when `asOf` cuts the period. */
export function salesFlowWarnings(settings: SalesFlowSettings): IndicatorWarning<SalesFlowWarningCode>[] {
  const { asOf, period } = settings;
  if (asOf === null || asOf >= period.end.getTime()) return [];
  const at = new Date(asOf).toISOString();
  if (asOf <= period.start.getTime()) {
    return [{ code: "period-not-started", message: `asOf ${at} is at or before the period start: nothing is counted` }];
  }
  return [
    {
      code: "partial-period",
      message: `asOf ${at} falls inside the period: records dated at or after it are not counted, and what happens at or after it (decisions, responses) has not happened yet`,
    },
  ];
}

/** The head every result starts with: period (with its zone), `asOf`, scope, warnings. */
export function resultHead(settings: SalesFlowSettings): SalesFlowResultHead {
  return {
    period: echoPeriod(settings.period, settings.calendar.timeZone),
    asOf: settings.asOf === null ? null : new Date(settings.asOf),
    scope: settings.scope,
    warnings: salesFlowWarnings(settings),
  };
}
