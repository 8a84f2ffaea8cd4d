import * as z from "zod";
import { InvalidArgumentError } from "../../errors/index.js";
import {
  CurrencyJsonSchema,
  DecimalJsonSchema,
  figureJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ScopeJsonSchema,
} from "../../model/resultJson.js";
import type { Deal, Order } from "../../model/types.js";
import type { DealTable } from "../../table/dealTable.js";
import { dealColumnsOf, orderColumnsOf } from "../../table/_columns.js";
import { tableRunner, type PlanRunner } from "../../table/kernel/executePlan.js";
import type { OrderTable } from "../../table/orderTable.js";
import { checkGroupBy } from "./_dealsSettings.js";
import { checkForecastAccuracyOptions, forecastAccuracyGroupedOf, forecastAccuracyOf } from "./_forecastCores.js";
import {
  FORECAST_ACCURACY_WARNING_CODES,
  type ForecastAccuracyGroupedOptions,
  type ForecastAccuracyGroupedResult,
  type ForecastAccuracyOptions,
  type ForecastAccuracyResult,
} from "./forecastTypes.js";

export { FORECAST_ACCURACY_WARNING_CODES } from "./forecastTypes.js";
export type {
  ForecastAccuracyGroupedOptions,
  ForecastAccuracyGroupedResult,
  ForecastAccuracyOptions,
  ForecastAccuracyReason,
  ForecastAccuracyResult,
  ForecastAccuracyWarningCode,
} from "./forecastTypes.js";

/**
 * zod schema of a {@link ForecastAccuracyResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const period = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
 * const result = forecastAccuracy([], { period, forecastAsOf: new Date("2026-03-10T00:00:00Z"), stageProbabilities: {}, orders: [] });
 * resultFromJSON(ForecastAccuracyResultSchema, JSON.stringify(result)).accuracy; //=> { value: null, reason: "no-actual" }
 * ```
 * @category Deals
 */
export const ForecastAccuracyResultSchema: z.ZodType<ForecastAccuracyResult> = z.object({
  indicator: z.literal("forecast-accuracy"),
  unit: z.literal("ratio"),
  currency: CurrencyJsonSchema,
  period: PeriodJsonSchema,
  forecastAsOf: InstantJsonSchema,
  actualAsOf: InstantJsonSchema,
  scope: ScopeJsonSchema,
  forecast: DecimalJsonSchema,
  actual: DecimalJsonSchema,
  accuracy: figureJsonSchema(["no-actual", "negative-actual"]),
  warnings: z.array(z.object({ code: z.enum(FORECAST_ACCURACY_WARNING_CODES), message: z.string() })),
});

/**
 * Forecast accuracy (précision de la prévision, HubSpot's formula): how close 2.3's forecast made at
 * an earlier `forecastAsOf` came to the revenue then realized over the same period.
 *
 * Formula: `forecast` = `pipeline`'s forecast for `period` computed at `forecastAsOf` (revenue
 * realized in `[start, min(end, forecastAsOf))` + weighted open deals expected in the window);
 * `actual` = revenue realized in `[start, min(end, asOf))` (`asOf` defaults to the period's end);
 * `accuracy = max(0, 1 - |actual - forecast| / actual)`, `null` with `no-actual` when actual is 0.
 * HubSpot: "Forecast accuracy = Max(0, 1 - forecast error percentage); forecast error percentage =
 * |Actual - Forecast| / Actual; when the forecast error is greater than 1, accuracy will always be
 * 0" (https://knowledge.hubspot.com/forecast/track-the-accuracy-of-forecasts).
 *
 * Interpretation: a negative actual (credit notes above sales) gives `null` with `negative-actual`:
 * HubSpot's ratio is meant for a positive actual, and `1 - |e| / actual` would exceed 1.
 * Interpretation: read before the period's end, the actual is revenue to date and the result warns
 * `period-not-over`.
 *
 * @param deals - an array of deals, or its table (`dealTable(deals)`)
 * @param options - `period`, `forecastAsOf`, `asOf`, stage map, `orders`, scope, zone, currency ({@link ForecastAccuracyOptions})
 * @returns the {@link ForecastAccuracyResult}
 * @throws {@link InvalidArgumentError} for an invalid option, or `forecastAsOf` after `asOf`
 * @throws {@link UnknownStageError} as `pipeline` at `forecastAsOf`
 * @throws {@link MixedCurrencyError} when summed amounts are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when a rate is missing for an amount's currency and date
 * @example
 * ```ts
 * const period = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
 * const deal: Deal = { id: "d1", ownerId: "ann", amount: toDecimal("40000"), currency: "EUR", stage: "proposal", status: "open",
 *   createdAt: new Date("2026-01-01T00:00:00Z"), expectedCloseDate: new Date("2026-03-25T00:00:00Z") };
 * const order = (id: string, date: string, amount: string): Order =>
 *   ({ id, date: new Date(date), amount: toDecimal(amount), currency: "EUR", sellerId: "ann", customerId: "c1" });
 * const r = forecastAccuracy([deal], { period, forecastAsOf: new Date("2026-03-10T00:00:00Z"), stageProbabilities: { proposal: "0.5" },
 *   orders: [order("o1", "2026-03-02T00:00:00Z", "10000"), order("o2", "2026-03-26T00:00:00Z", "15000")] });
 * [r.forecast.toString(), r.actual.toString()]; //=> ["30000", "25000"]   (10000 + 40000 x 0.5; 10000 + 15000)
 * r.accuracy.value?.toString(); //=> "0.8"   (1 - 5000 / 25000)
 * ```
 * @category Deals
 */
export function forecastAccuracy(
  deals: readonly Deal[] | DealTable,
  options: ForecastAccuracyOptions,
): ForecastAccuracyResult {
  const { settings, actualAsOf } = checkForecastAccuracyOptions(options);
  return forecastAccuracyOf(runnerOf(deals, options.orders), settings, actualAsOf);
}

/** The runner over the deals and the orders, each checked as an array or a table of its kind. */
function runnerOf(deals: readonly Deal[] | DealTable, orders: readonly Order[] | OrderTable): PlanRunner {
  return tableRunner({ deals: dealColumnsOf(deals, "deals"), orders: orderColumnsOf(orders, "orders") });
}

/**
 * zod schema of a {@link ForecastAccuracyGroupedResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const period = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
 * const grouped = forecastAccuracyGrouped([], { period, forecastAsOf: new Date("2026-03-10T00:00:00Z"), stageProbabilities: {},
 *   orders: [], groupBy: "seller", sellers: [{ id: "ann" }] });
 * resultFromJSON(ForecastAccuracyGroupedResultSchema, JSON.stringify(grouped)).groups[0]?.result.accuracy.reason; //=> "no-actual"
 * ```
 * @category Deals
 */
export const ForecastAccuracyGroupedResultSchema: z.ZodType<ForecastAccuracyGroupedResult> = z.object({
  indicator: z.literal("forecast-accuracy"),
  groupBy: z.enum(["seller", "team"]),
  groups: z.array(z.object({ key: z.string(), result: ForecastAccuracyResultSchema })),
});

/**
 * {@link forecastAccuracy} per seller or per team: how close each seller's (or team's) forecast
 * made at `forecastAsOf` came to the revenue that seller (or team) then realized.
 *
 * Formula: groups = the roster's sellers (or teams) first, then the owners of the deals, then the
 * sellers of the orders (or their teams); per group, the formulas of {@link forecastAccuracy} over
 * the group's scope: `forecast` = revenue the group realized in `[start, min(end, forecastAsOf))`
 * + the group's open deals at `forecastAsOf` expected in the window, weighted; `actual` = revenue
 * the group realized in `[start, min(end, asOf))`; `accuracy = max(0, 1 - |actual - forecast| /
 * actual)`. Every group is in the computation's one currency.
 *
 * Interpretation: the groups include the sellers of the orders, not only the owners of deals, so
 * that a seller who realized revenue with no deal in the pipeline shows an accuracy (0 when
 * nothing was forecast) rather than being left out; a team is its roster members'.
 *
 * @param deals - an array of deals, or its table
 * @param options - the options of {@link forecastAccuracy} without `scope`, and `groupBy` ({@link ForecastAccuracyGroupedOptions})
 * @returns the {@link ForecastAccuracyGroupedResult}
 * @throws {@link InvalidArgumentError} as {@link forecastAccuracy}, and for a `groupBy` other than
 *   seller or team, or `"team"` without `sellers`
 * @throws {@link UnknownStageError} as `pipeline` at `forecastAsOf`
 * @throws {@link MixedCurrencyError} when summed amounts are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when a rate is missing for an amount's currency and date
 * @example
 * ```ts
 * const period = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
 * const deal: Deal = { id: "d1", ownerId: "ann", amount: toDecimal("20000"), currency: "EUR", stage: "proposal", status: "open",
 *   createdAt: new Date("2026-01-01T00:00:00Z"), expectedCloseDate: new Date("2026-03-25T00:00:00Z") };
 * const order = (id: string, sellerId: string, amount: string): Order =>
 *   ({ id, date: new Date("2026-03-20T00:00:00Z"), amount: toDecimal(amount), currency: "EUR", sellerId, customerId: "c1" });
 * const r = forecastAccuracyGrouped([deal], { period, forecastAsOf: new Date("2026-03-10T00:00:00Z"),
 *   stageProbabilities: { proposal: "0.5" }, orders: [order("o1", "ann", "8000"), order("o2", "bob", "5000")], groupBy: "seller" });
 * r.groups.map((g) => [g.key, g.result.forecast.toString(), g.result.actual.toString(), g.result.accuracy.value?.toString()]);
 * //=> [["ann", "10000", "8000", "0.75"], ["bob", "0", "5000", "0"]]   (ann: 1 - 2000 / 8000; bob: nothing forecast)
 * ```
 * @category Deals
 */
export function forecastAccuracyGrouped(
  deals: readonly Deal[] | DealTable,
  options: ForecastAccuracyGroupedOptions,
): ForecastAccuracyGroupedResult {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("forecastAccuracyGrouped needs an options object with groupBy");
  const groupBy = checkGroupBy(options.groupBy, options.sellers);
  const { groupBy: _groupBy, ...rest } = options;
  const checked = checkForecastAccuracyOptions(rest);
  return forecastAccuracyGroupedOf(runnerOf(deals, options.orders), checked, groupBy, options.sellers);
}
