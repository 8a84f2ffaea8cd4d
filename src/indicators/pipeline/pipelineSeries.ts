import * as z from "zod";
import { InvalidArgumentError } from "../../errors/index.js";
import { CurrencyJsonSchema, InstantJsonSchema, PeriodJsonSchema, ScopeJsonSchema } from "../../model/resultJson.js";
import type { Deal, Order, RevenueTarget } from "../../model/types.js";
import { assertGrain } from "../../period/calendar.js";
import { splitRange } from "../../period/splitRange.js";
import { GRAINS, type Grain, type Period } from "../../period/types.js";
import type { DealTable } from "../../table/dealTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { OrderTable } from "../../table/orderTable.js";
import { dealColumnsOf } from "../../table/_columns.js";
import type { Scope } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import { PipelineAmountsJsonSchema, PipelineForecastJsonSchema, PipelineWarningJsonSchema } from "./_pipelineJson.js";
import { checkPipelineOptions } from "./_pipelineOptions.js";
import { pipelineSeriesOf } from "./_pipelineSeries.js";
import type { PipelineAmounts, PipelineForecast, PipelineOptions, PipelineWarningCode } from "./pipelineTypes.js";

/**
 * The grain of a pipeline series when the `grain` option is absent: quarters (a year by quarter).
 *
 * @example
 * ```ts
 * DEFAULT_PIPELINE_SERIES_GRAIN; //=> "quarter"
 * ```
 * @category Pipeline
 */
export const DEFAULT_PIPELINE_SERIES_GRAIN: Grain = "quarter";

/**
 * Options of {@link pipelineSeries}: those of {@link pipeline} but its bucket `grain` and its
 * `forecast`, with the range to split, the series grain, and the forecast's orders and targets.
 * @category Pipeline
 */
export type PipelineSeriesOptions = Omit<PipelineOptions, "grain" | "forecast"> & {
  /** The `[start, end)` range split into forecast periods (a fiscal year...). */
  readonly range: Period;
  /**
   * The forecast periods' grain; default `"quarter"` ({@link DEFAULT_PIPELINE_SERIES_GRAIN}).
   * Quarters, semesters and years follow `fiscalYearStartMonth`.
   */
  readonly grain?: Grain;
  /** Realized revenue records (orders or invoices), or their table (`orderTable`). */
  readonly orders: readonly Order[] | OrderTable;
  /** Revenue targets; only those set at the scope's own level count (settled detail 1), prorated to each period. */
  readonly targets: readonly RevenueTarget[];
};

/** One period of a {@link PipelineSeriesResult}: the pipeline forecast over it, with its label. @category Pipeline */
export type PipelineSeriesBucket = PipelineForecast & {
  /** The period's label in the reporting zone (`2026-Q1`, `FY2026/27-Q1`, `2026-03`...). */
  readonly label: string;
};

/** Result of {@link pipelineSeries}. @category Pipeline */
export interface PipelineSeriesResult {
  /** Stable indicator id. */
  readonly indicator: "pipeline";
  /** Every figure is money. */
  readonly unit: "money";
  /** The currency of every amount; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The instant the pipeline is read at. */
  readonly asOf: Date;
  /** Who the forecasts are for. */
  readonly scope: Scope;
  /** The range split into periods. */
  readonly range: Period;
  /** The periods' grain. */
  readonly grain: Grain;
  /** Every open deal of the scope at `asOf` (the `totals` of {@link pipeline}). */
  readonly totals: PipelineAmounts;
  /** One forecast per period, in time order; the periods partition the range. */
  readonly buckets: readonly PipelineSeriesBucket[];
  /** The forecast over the whole range (its realized and window sums are those of the buckets added up). */
  readonly total: PipelineForecast;
  /** Notes on how to read the result (`forecast-period-over` names the periods over at `asOf`). */
  readonly warnings: readonly IndicatorWarning<PipelineWarningCode>[];
}

/**
 * The commercial pipeline's forecast (prévision du pipeline commercial, headline indicator 2.3)
 * over several periods in one call: a year by quarter, a quarter by month.
 *
 * Formula in words: the range is split with `splitRange(range, grain)`; each bucket's forecast
 * has exactly the figures of `pipeline(deals, { ...options, forecast: { period: bucket, orders,
 * targets } }).forecast`: `realized` = orders of the scope in `[start, min(end, asOf))`, the open
 * deals expected in the window `[max(start, asOf), end)` (count, unweighted, weighted),
 * `forecast = realized + weightedInWindow`, the scope's own targets prorated to the bucket,
 * `forecastAttainment = forecast / target`, `remainingTarget = max(target - realized, 0)`,
 * `coverage = unweightedInWindow / remainingTarget`. `total` is the same forecast over the whole
 * range. The same `asOf` holds for every bucket: a bucket over at `asOf` is its realized revenue
 * alone, a bucket not started has nothing realized.
 *
 * The buckets are computed together: one plan sums the realized orders by bucket and one the open
 * deals expected in each bucket's window, so the cost grows with the records, not with records x
 * buckets.
 *
 * Interpretation: one currency check covers the whole series (every open deal of the scope, as in
 * {@link pipeline}, every order summed and every target used), so every bucket shares one `currency`.
 * Interpretation: the warning `forecast-period-over` is given once for the series and names the
 * buckets over at `asOf`.
 *
 * @param deals - an array of deals (trusted domain records), or its table (`dealTable`)
 * @param options - the range, the grain (default quarter), the orders and targets, and the options
 *   of {@link pipeline} but `grain` and `forecast` ({@link PipelineSeriesOptions})
 * @returns the {@link PipelineSeriesResult}
 * @throws {@link InvalidArgumentError} for an invalid range, grain or any option {@link pipeline}
 *   rejects, `deals` or `orders` that are neither an array nor a table of their kind, or `targets`
 *   that is not an array
 * @throws {@link UnknownStageError} when open deals of the scope have no probability and their stage is not in the map
 * @throws {@link MixedCurrencyError} when summed amounts or used targets are in several currencies without exchange rates
 * @throws {@link MissingExchangeRateError} when a rate is missing for an amount's currency and date
 * @throws {@link ProrationForbiddenError} when `proration: false` and a target only partly overlaps a bucket
 * @category Pipeline
 * @example
 * ```ts
 * const deal = (id: string, amount: string, close: string): Deal => ({
 *   id, ownerId: "s1", amount: toDecimal(amount), currency: "EUR", stage: "proposal", status: "open",
 *   createdAt: new Date("2026-01-01T00:00:00Z"), expectedCloseDate: new Date(close),
 * });
 * const series = pipelineSeries([deal("a", "1000", "2026-05-20"), deal("b", "4000", "2026-11-02")], {
 *   asOf: new Date("2026-05-10T12:00:00Z"),
 *   stageProbabilities: { proposal: "0.5" },
 *   range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") },
 *   orders: [{ id: "o1", date: new Date("2026-02-10T00:00:00Z"), amount: toDecimal("3000"), currency: "EUR", sellerId: "s1", customerId: "c1" }],
 *   targets: [{ id: "t", level: "company", start: new Date("2026-01-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z"), amount: toDecimal("36500"), currency: "EUR" }],
 * });
 * series.buckets.map((b) => [b.label, b.realized.toString(), b.weightedInWindow.toString(), b.forecast.toString(), b.target.toString()]);
 * //=> [["2026-Q1", "3000", "0", "3000", "9000"], ["2026-Q2", "0", "500", "500", "9100"], ["2026-Q3", "0", "0", "0", "9200"], ["2026-Q4", "0", "2000", "2000", "9200"]]
 * series.total.forecast.toString(); //=> "5500"
 * series.warnings.map((w) => w.message); //=> ["the forecast period 2026-Q1 is over at asOf: the forecast is the realized revenue alone"]
 * ```
 */
export function pipelineSeries(
  deals: readonly Deal[] | DealTable,
  options: PipelineSeriesOptions,
): PipelineSeriesResult {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError(
      "pipelineSeries needs an options object with asOf, stageProbabilities, range, orders and targets",
    );
  const table = dealColumnsOf(deals, "deals");
  const { range, grain: rawGrain, orders, targets, ...rest } = options;
  const grain = assertGrain(rawGrain ?? DEFAULT_PIPELINE_SERIES_GRAIN);
  const { settings, orders: orderColumns } = checkPipelineOptions(
    { ...rest, forecast: { period: range, orders, targets } },
    true,
    {
      forecast: "options",
      period: "range",
      orders: "orders",
      targets: "targets",
    },
  );
  const checkedRange = settings.forecast?.period ?? range;
  const periods = splitRange(checkedRange, grain, settings.calendar);
  const runner = tableRunner(orderColumns === null ? { deals: table } : { deals: table, orders: orderColumns });
  const figures = pipelineSeriesOf(runner, settings, periods);
  return {
    indicator: "pipeline",
    unit: "money",
    currency: figures.currency,
    asOf: new Date(settings.asOf),
    scope: settings.scope.scope,
    range: checkedRange,
    grain,
    totals: figures.totals,
    buckets: figures.buckets,
    total: figures.total,
    warnings: figures.warnings,
  };
}

/**
 * Schema of a {@link PipelineSeriesResult} as JSON: read one back with
 * `resultFromJSON(PipelineSeriesResultSchema, text)`.
 *
 * @category Pipeline
 * @example
 * ```ts
 * const deal: Deal = { id: "a", ownerId: "s1", amount: toDecimal("1000"), currency: "EUR", stage: "proposal", status: "open",
 *   createdAt: new Date("2026-01-01T00:00:00Z"), expectedCloseDate: new Date("2026-05-20T00:00:00Z") };
 * const series = pipelineSeries([deal], {
 *   asOf: new Date("2026-05-10T12:00:00Z"),
 *   stageProbabilities: { proposal: "0.5" },
 *   range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") },
 *   orders: [],
 *   targets: [],
 * });
 * const back = resultFromJSON(PipelineSeriesResultSchema, JSON.stringify(series));
 * back.buckets.map((b) => [b.label, b.weightedInWindow.toString()]);
 * //=> [["2026-Q1", "0"], ["2026-Q2", "500"], ["2026-Q3", "0"], ["2026-Q4", "0"]]
 * ```
 */
export const PipelineSeriesResultSchema: z.ZodType<PipelineSeriesResult> = z.object({
  indicator: z.literal("pipeline"),
  unit: z.literal("money"),
  currency: CurrencyJsonSchema,
  asOf: InstantJsonSchema,
  scope: ScopeJsonSchema,
  range: PeriodJsonSchema,
  grain: z.enum(GRAINS),
  totals: PipelineAmountsJsonSchema,
  buckets: z.array(PipelineForecastJsonSchema.extend({ label: z.string() })),
  total: PipelineForecastJsonSchema,
  warnings: z.array(PipelineWarningJsonSchema),
});
