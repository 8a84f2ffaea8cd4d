/**
 * The forecast figures of the pipeline (settled detail 9) from the cells of its plans: realized
 * revenue plus the weighted deals expected in the window, against the scope's own targets
 * (settled detail 1), for {@link pipeline}, {@link pipelineGrouped} and {@link pipelineSeries}.
 *
 * @internal
 * @module
 */
import { echoPeriod } from "../../period/checkPeriod.js";
import { ZERO } from "../../money/dec.js";
import type { Period } from "../../period/types.js";
import { startOfWallDay, wallDayOf } from "../../period/zone.js";
import type { ScopeFilter } from "../../table/scope.js";
import { ratio } from "../figure.js";
import { proratedTarget, type TargetPart } from "../targets.js";
import type { Ratio } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import type { CheckedForecast, PipelineSettings } from "./_pipelineOptions.js";
import type { PipelineForecast, PipelineWarningCode } from "./pipelineTypes.js";
import type { Decimal } from "decimal.js";

/** What the forecast reads from the cells of realized orders. */
export interface RealizedValues {
  readonly revenue: Decimal;
  readonly orders: number;
  readonly ids?: readonly string[] | undefined;
}

/** What the forecast reads from the cells of the open deals expected in the window. */
export interface InWindowValues {
  readonly dealCount: number;
  readonly unweighted: Decimal;
  readonly weighted: Decimal;
  readonly ids?: readonly string[] | undefined;
}

/** First instant of a wall day of the zone that is at or after `t`. */
function firstDayStartAtOrAfter(zone: string, t: number): number {
  const day = wallDayOf(zone, t);
  const start = startOfWallDay(zone, day);
  return start >= t ? start : startOfWallDay(zone, day + 1);
}

/**
 * Where the forecast window of a period starting (or ending) at `t` starts (ends), as an instant
 * the expected close dates are compared with. Window `[max(start, asOf), end)`: a deal is in it
 * when its expected close day is on or after asOf's day and that day's first instant lies in
 * `[start, end)`; both tests compare the instant with first instants of days.
 */
export function windowStart(settings: PipelineSettings, t: number): number {
  return Math.max(settings.asOfDayStart, firstDayStartAtOrAfter(settings.calendar.timeZone, t));
}

/** The warning of a forecast period that is over at `asOf`. */
export function forecastOverWarning(): IndicatorWarning<PipelineWarningCode> {
  return {
    code: "forecast-period-over",
    message: "the forecast period is over at asOf: the forecast is the realized revenue alone",
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The empty cell of open deals: no deal (with no ids when explaining). */
export function noDeals(explain: boolean): InWindowValues {
  return explain
    ? { dealCount: 0, unweighted: ZERO, weighted: ZERO, ids: [] }
    : { dealCount: 0, unweighted: ZERO, weighted: ZERO };
}

/**
 * The forecast of one pipeline over `forecast.period`: realized revenue plus the weighted deals
 * expected in the window, against the scope's own targets (settled detail 1), converted at their
 * start and prorated.
 *
 * @param forecast - the period and every target given
 * @param realizedCell - the orders of the scope in `[start, min(end, asOf))`
 * @param inWindow - the open deals of the scope expected in the window
 * @param scope - whose targets count
 * @param settings - the checked options (the currency guard converts the targets)
 * @returns the forecast figures
 * @throws MixedCurrencyError, MissingExchangeRateError, ProrationForbiddenError
 */
export function forecastFigures(
  forecast: CheckedForecast,
  realizedCell: RealizedValues,
  inWindow: InWindowValues,
  scope: ScopeFilter,
  settings: PipelineSettings,
): PipelineForecast {
  const { period, targets } = forecast;
  const start = period.start.getTime();
  const end = period.end.getTime();
  const realized = realizedCell.revenue;
  const window: Period | null =
    settings.asOf < end ? { start: new Date(Math.max(start, settings.asOf)), end: new Date(end) } : null;

  const parts: TargetPart[] = [];
  for (const target of targets) {
    if (!scope.ownsTarget(target)) continue;
    if (target.start.getTime() >= end || target.end.getTime() <= start) continue;
    parts.push({
      id: target.id,
      start: target.start,
      end: target.end,
      value: settings.guard.convert(target.amount, target.currency, target.start),
    });
  }
  // A canonical order, so the target ids do not depend on the order the targets were given in.
  parts.sort(
    (a, b) =>
      a.start.getTime() - b.start.getTime() ||
      a.end.getTime() - b.end.getTime() ||
      compareText(a.id, b.id) ||
      a.value.comparedTo(b.value),
  );
  const prorated = proratedTarget(parts, period, {
    timeZone: settings.calendar.timeZone,
    dayCount: settings.dayCount,
    proration: settings.proration,
  });
  const target = prorated.total;

  const total = realized.plus(inWindow.weighted);
  const shortfall = target.minus(realized);
  const remainingTarget = shortfall.greaterThan(0) ? shortfall : ZERO;
  const coverage: Ratio<"no-target" | "no-remaining-target"> = target.isZero()
    ? { value: null, reason: "no-target", numerator: inWindow.unweighted, denominator: remainingTarget }
    : ratio(inWindow.unweighted, remainingTarget, "no-remaining-target");
  const result: PipelineForecast = {
    period: echoPeriod(period, settings.calendar.timeZone),
    window,
    realized,
    orderCount: realizedCell.orders,
    dealCountInWindow: inWindow.dealCount,
    unweightedInWindow: inWindow.unweighted,
    weightedInWindow: inWindow.weighted,
    forecast: total,
    target,
    forecastAttainment: ratio(total, target, "no-target"),
    remainingTarget,
    coverage,
  };
  if (!settings.explain) return result;
  return {
    ...result,
    explain: { orderIds: realizedCell.ids ?? [], dealIds: inWindow.ids ?? [], targetIds: prorated.ids },
  };
}
