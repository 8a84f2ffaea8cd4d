import * as z from "zod";
import { checkPeriod, echoPeriod } from "../../period/checkPeriod.js";
import type { Order } from "../../model/types.js";
import {
  CurrencyJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ScopeJsonSchema,
  ThresholdsJsonSchema,
} from "../../model/resultJson.js";
import { splitRange } from "../../period/splitRange.js";
import { GRAINS, type Grain, type Period } from "../../period/types.js";
import type { Scope, Thresholds } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import type { RevenueVsTargetWarningCode } from "./revenueVsTargetTypes.js";
import type { RevenueVsTargetCommonOptions, RevenueVsTargetResult } from "./revenueVsTarget.js";
import { prepare, revenueVsTargetResultObject, WarningJsonSchema } from "./_revenueVsTargetCore.js";
import { revenueVsTargetSeriesOf } from "./_revenueVsTargetFigures.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";

/** Options of {@link revenueVsTargetSeries}. @category Revenue vs target */
export type RevenueVsTargetSeriesOptions = RevenueVsTargetCommonOptions & {
  /** The `[start, end)` range split into buckets. */
  readonly range: Period;
  /** Bucket grain; default `"month"`. Quarters, semesters and years follow `fiscalYearStartMonth`. */
  readonly grain?: Grain;
};

/** One bucket of a {@link RevenueVsTargetSeriesResult}: a full result over the bucket, with its label. @category Revenue vs target */
export type RevenueVsTargetBucketResult = RevenueVsTargetResult & {
  /** Label of the calendar (or fiscal) unit of the bucket, in the reporting zone (`2026-03`, `FY2026/27-H1`...). */
  readonly label: string;
};

/** Revenue versus target per bucket of a range, and over the whole range. @category Revenue vs target */
export interface RevenueVsTargetSeriesResult {
  /** Stable indicator id. */
  readonly indicator: "revenue-vs-target";
  /** The unit of the money figures. */
  readonly unit: "money";
  /** Currency of every money figure of every bucket and of the total. */
  readonly currency: string | null;
  /** Who the figures are for. */
  readonly scope: Scope;
  /** The range split into buckets. */
  readonly range: Period;
  /** The bucket grain. */
  readonly grain: Grain;
  /** The `asOf` used, or `null`. */
  readonly asOf: Date | null;
  /** The status thresholds used. */
  readonly thresholds: Thresholds;
  /** One result per bucket, in time order (each with its `orderCount`); the buckets partition the range. */
  readonly buckets: readonly RevenueVsTargetBucketResult[];
  /** The result over the whole range (its realized and orderCount are the sums of the buckets'). */
  readonly total: RevenueVsTargetResult;
  /** The distinct warnings of the buckets and the total (same code and message once). */
  readonly warnings: readonly IndicatorWarning<RevenueVsTargetWarningCode>[];
}

/**
 * Revenue achieved versus target (CA réalisé / objectifs) as a series: {@link revenueVsTarget}
 * computed for each bucket of `splitRange(range, grain)` and for the whole range.
 *
 * Formulas, in words: for each bucket, realized = sum of the scope's orders dated in
 * `[bucketStart, min(bucketEnd, asOf))`; target = the scope's own targets prorated to the bucket;
 * attainment, remaining, elapsed fraction, expected to date, pace, projected and status as in
 * {@link revenueVsTarget}, with the same `asOf` for every bucket (so buckets before `asOf` are
 * closed and judged on attainment, the bucket holding it on pace, later ones are `not-started`).
 * orderCount = the number of orders summed in a bucket's realized. The total is the same
 * computation over the whole range; its realized and orderCount are the sums of the buckets'.
 *
 * Interpretation: one currency check covers the whole series (every order summed in any bucket
 * and every target used), so all buckets and the total share one `currency`.
 * Interpretation: with `proration: false`, a target that spans several buckets is an error, since
 * it only partly overlaps each of them.
 *
 * @param orders - an array of orders or invoices (domain records), or its table (`orderTable`):
 *   pass the table when calling several indicators on the same orders
 * @param options - `targets` (at any level; only the scope's own are used), range, grain (default
 *   month), and the options of {@link revenueVsTarget} but `period`
 * @returns the {@link RevenueVsTargetSeriesResult}
 * @throws {@link InvalidArgumentError} for `targets` that are not an array, an invalid range, grain, `asOf`, scope, zone, fiscal month, day count, flag or thresholds,
 *   or `orders` that are neither an array nor an order table
 * @throws {@link InvalidMoneyError} for a threshold that is not a decimal
 * @throws {@link UnknownCurrencyError} when `currency` is not an ISO 4217 code
 * @throws {@link MixedCurrencyError} when the summed orders and used targets are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force for an order's date or a target's start
 * @throws {@link ProrationForbiddenError} with `proration: false`, for a target that only partly overlaps a bucket
 * @category Revenue vs target
 * @example
 * ```ts
 * const orders: Order[] = [{ id: "o1", date: new Date("2026-02-10T00:00:00Z"), amount: toDecimal("50000"), currency: "EUR", sellerId: "s1", customerId: "c1" }];
 * const target2026: RevenueTarget = { id: "t-2026", level: "company", start: new Date("2026-01-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z"),
 *   amount: toDecimal("1200000"), currency: "EUR" };
 * const series = revenueVsTargetSeries(orders, {
 *   targets: [target2026],
 *   range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") },
 *   grain: "month",
 * });
 * series.buckets.map((b) => [b.label, b.realized.toString()]); //=> [["2026-01", "0"], ["2026-02", "50000"], ["2026-03", "0"]]
 * series.buckets[1]?.target.toFixed(2);           //=> "92054.79"  (1,200,000 x 28 / 365)
 * series.total.target.toFixed(2);                 //=> "295890.41" (1,200,000 x 90 / 365)
 * ```
 */
export function revenueVsTargetSeries(
  orders: readonly Order[] | OrderTable,
  options: RevenueVsTargetSeriesOptions,
): RevenueVsTargetSeriesResult {
  const settings = prepare(options);
  const range = checkPeriod(options.range, "range");
  const grain = options.grain ?? "month";
  const buckets = splitRange(range, grain, settings.calendar);
  const table = orderColumnsOf(orders, "orders");
  const figures = revenueVsTargetSeriesOf(tableRunner({ orders: table }), options.targets, settings, range, buckets);
  return {
    indicator: "revenue-vs-target",
    unit: "money",
    currency: figures.currency,
    scope: settings.filter.scope,
    range: echoPeriod(range, settings.calendar.timeZone),
    grain,
    asOf: settings.asOf === null ? null : new Date(settings.asOf),
    thresholds: settings.thresholds,
    buckets: figures.buckets,
    total: figures.total,
    warnings: figures.warnings,
  };
}

/**
 * Zod schema of a {@link RevenueVsTargetSeriesResult} as JSON, for `resultFromJSON`.
 *
 * @category Revenue vs target
 * @example
 * ```ts
 * const series = revenueVsTargetSeries(
 *   [{ id: "o1", date: new Date("2026-02-10T00:00:00Z"), amount: toDecimal("500"), currency: "EUR", sellerId: "s1", customerId: "c1" }],
 *   { targets: [], range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } },
 * );
 * const back = resultFromJSON(RevenueVsTargetSeriesResultSchema, JSON.stringify(series));
 * back.buckets.map((b) => [b.label, b.realized.toString()]); //=> [["2026-01", "0"], ["2026-02", "500"], ["2026-03", "0"]]
 * back.total.realized;                                       //=> Decimal("500")
 * ```
 */
export const RevenueVsTargetSeriesResultSchema: z.ZodType<RevenueVsTargetSeriesResult> = z.object({
  indicator: z.literal("revenue-vs-target"),
  unit: z.literal("money"),
  currency: CurrencyJsonSchema,
  scope: ScopeJsonSchema,
  range: PeriodJsonSchema,
  grain: z.enum(GRAINS),
  asOf: InstantJsonSchema.nullable(),
  thresholds: ThresholdsJsonSchema,
  buckets: z.array(revenueVsTargetResultObject.extend({ label: z.string() })),
  total: revenueVsTargetResultObject,
  warnings: z.array(WarningJsonSchema),
});
