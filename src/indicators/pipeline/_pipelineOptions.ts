/**
 * The option checks of {@link pipeline} and {@link pipelineGrouped}, in the order their errors
 * are raised, and what they settle: the instants, the grain and calendar, the stage map, the scope
 * and its owners, the currency guard and the forecast request.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { safeString } from "../../errors/describe.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import type { RevenueTarget } from "../../model/types.js";
import { resolveCalendar, type Calendar } from "../../period/calendar.js";
import { instantOf } from "../../period/checkInstant.js";
import { checkPeriod } from "../../period/checkPeriod.js";
import { assertDayCount } from "../../period/dayCount.js";
import type { DayCount, Period } from "../../period/types.js";
import { startOfDayContaining } from "../../period/zone.js";
import { resolveScope, type ScopeFilter } from "../../table/scope.js";
import { orderColumnsOf, type OrderColumns } from "../../table/_columns.js";
import {
  DEFAULT_PIPELINE_GRAIN,
  type PipelineForecastOptions,
  type PipelineGrain,
  type PipelineOptions,
} from "./pipelineTypes.js";
import { stageProbabilityMap } from "./stageProbabilities.js";

const GRAINS: readonly PipelineGrain[] = ["month", "quarter", "year"];

/** The grain option: `"month"` when absent. @throws InvalidArgumentError for another value */
export function assertPipelineGrain(grain: unknown): PipelineGrain {
  if (grain === undefined) return DEFAULT_PIPELINE_GRAIN;
  if (GRAINS.includes(grain as PipelineGrain)) return grain as PipelineGrain;
  throw new InvalidArgumentError(
    `the pipeline grain must be "month", "quarter" or "year", got ${JSON.stringify(safeString(grain)).slice(0, 40)}`,
  );
}

/** A checked forecast request: its period and the targets to prorate over it. */
export interface CheckedForecast {
  readonly period: Period;
  readonly targets: readonly RevenueTarget[];
}

/** What the checked options settle for one computation. */
export interface PipelineSettings {
  /** `asOf`, epoch ms. */
  readonly asOf: number;
  /** First instant of `asOf`'s day in the reporting zone: expected closes before it are overdue. */
  readonly asOfDayStart: number;
  readonly grain: PipelineGrain;
  readonly calendar: Calendar;
  readonly dayCount: DayCount;
  readonly proration: boolean;
  /** Each stage's probability. */
  readonly stages: ReadonlyMap<string, Decimal>;
  readonly scope: ScopeFilter;
  /** The owners of the scope; absent for the company (every owner). */
  readonly owners: readonly string[] | undefined;
  readonly explain: boolean;
  /** The one currency check of the computation. */
  readonly guard: CurrencyGuard;
  /** The forecast request; `null` when none was asked for. */
  readonly forecast: CheckedForecast | null;
}

/** The option names the forecast's errors give (the series takes them at the top level). */
export interface ForecastNames {
  readonly forecast: string;
  readonly period: string;
  readonly orders: string;
  readonly targets: string;
}

/** The names of the `forecast` option's fields. */
export const FORECAST_NAMES: ForecastNames = {
  forecast: "forecast",
  period: "forecast.period",
  orders: "forecast.orders",
  targets: "forecast.targets",
};

/**
 * Checks the forecast options (period, orders, targets, in that order). The orders are read into
 * columns when `readOrders` (the grouped form has read them already).
 */
function checkForecast(
  input: PipelineForecastOptions,
  readOrders: boolean,
  names: ForecastNames,
): { forecast: CheckedForecast; orders: OrderColumns | null } {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof input !== "object" || input === null)
    throw new InvalidArgumentError(`${names.forecast} must be an object { period, orders, targets }`);
  const period = checkPeriod(input.period, names.period);
  const orders = readOrders ? orderColumnsOf(input.orders, names.orders) : null;
  if (!Array.isArray(input.targets))
    throw new InvalidArgumentError(`${names.targets} must be an array of revenue targets`);
  return { forecast: { period, targets: input.targets }, orders };
}

/**
 * Checks every pipeline option but the deals: asOf, grain, calendar, day count, stage map, scope,
 * currency, forecast (its period, orders and targets), in that order.
 *
 * @param options - the pipeline's options
 * @param readOrders - whether to read `forecast.orders` into columns (at its place in the checks)
 * @param names - the names the forecast's errors give its fields
 * @returns the settings, and the forecast's orders as columns (`null` without a forecast or when not read)
 * @throws InvalidArgumentError, UnknownCurrencyError for an invalid option
 */
export function checkPipelineOptions(
  options: PipelineOptions,
  readOrders: boolean,
  names: ForecastNames = FORECAST_NAMES,
): { settings: PipelineSettings; orders: OrderColumns | null } {
  const asOf = instantOf(options.asOf, "asOf");
  const grain = assertPipelineGrain(options.grain);
  const calendar = resolveCalendar(options);
  const dayCount = assertDayCount(options.dayCount);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (options.stageProbabilities === undefined)
    throw new InvalidArgumentError("stageProbabilities is required (use {} when every deal has its own probability)");
  const stages = stageProbabilityMap(options.stageProbabilities);
  const scope = resolveScope(options.scope, options.sellers);
  const guard = new CurrencyGuard(options);
  const asOfDayStart = startOfDayContaining(calendar.timeZone, asOf);
  const checked = options.forecast === undefined ? null : checkForecast(options.forecast, readOrders, names);
  const settings: PipelineSettings = {
    asOf,
    asOfDayStart,
    grain,
    calendar,
    dayCount,
    proration: options.proration ?? true,
    stages,
    scope,
    owners: scope.owners,
    explain: options.explain === true,
    guard,
    forecast: checked === null ? null : checked.forecast,
  };
  return { settings, orders: checked === null ? null : checked.orders };
}
