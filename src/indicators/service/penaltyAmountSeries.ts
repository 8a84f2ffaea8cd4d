import * as z from "zod";
import type { Penalty } from "../../model/serviceTypes.js";
import { CurrencyJsonSchema, InstantJsonSchema, PeriodJsonSchema } from "../../model/resultJson.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import { GRAINS, type Grain, type Period } from "../../period/types.js";
import type { PenaltyTable } from "../../table/serviceTables.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkSeriesOptions, checkServiceOptions } from "./_serviceSettings.js";
import { penaltyAmountSeriesOf } from "./_penaltyAmount.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- penaltyAmount is named by {@link penaltyAmount} in the TSDoc
import { penaltyAmount, PenaltyAmountResultSchema } from "./penaltyAmount.js";
import type { PenaltyAmountOptions, PenaltyAmountResult } from "./penaltyAmountTypes.js";
import { DEFAULT_SERVICE_SERIES_GRAIN, type ServiceSeriesOptions } from "./deliveryFormsTypes.js";

/** Options of {@link penaltyAmountSeries}: those of {@link penaltyAmount} with a range and a grain (default month). @category Service */
export type PenaltyAmountSeriesOptions = ServiceSeriesOptions<PenaltyAmountOptions>;

/** One bucket of {@link penaltyAmountSeries}: {@link penaltyAmount} over the bucket as its period, labelled. @category Service */
export type PenaltyAmountBucket = PenaltyAmountResult & {
  /** The bucket's label (`2026-03`, `2026-Q1`...). */
  readonly label: string;
};

/** The result of {@link penaltyAmountSeries}. @category Service */
export interface PenaltyAmountSeriesResult {
  /** Stable indicator id. */
  readonly indicator: "penalty-amount";
  /** Amounts of money. */
  readonly unit: "money";
  /** The one currency of every bucket; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The bucket grain. */
  readonly grain: Grain;
  /** The range asked for. */
  readonly range: Period;
  /** The `asOf` used, or `null`. */
  readonly asOf: Date | null;
  /** One result per bucket, in time order. */
  readonly buckets: readonly PenaltyAmountBucket[];
  /** {@link penaltyAmount} over the whole range. */
  readonly total: PenaltyAmountResult;
}

/**
 * zod schema of a {@link PenaltyAmountSeriesResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const penalty: Penalty = { id: "p1", customerId: "c1", date: new Date("2026-03-20T00:00:00Z"), amount: toDecimal("250"), currency: "EUR" };
 * const series = penaltyAmountSeries([penalty], { range: { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(PenaltyAmountSeriesResultSchema, JSON.stringify(series)).buckets.map((b) => b.amount.toString()); //=> ["0", "250"]
 * ```
 * @category Service
 */
export const PenaltyAmountSeriesResultSchema: z.ZodType<PenaltyAmountSeriesResult> = z.object({
  indicator: z.literal("penalty-amount"),
  unit: z.literal("money"),
  currency: CurrencyJsonSchema,
  grain: z.enum(GRAINS),
  range: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  buckets: z.array(z.intersection(PenaltyAmountResultSchema, z.object({ label: z.string() }))),
  total: PenaltyAmountResultSchema,
});

/**
 * Penalty amount (montant de la pénalité, indicator 19) bucket by bucket: what the company paid
 * its customers in penalties each month (or other grain) of a range.
 *
 * Formula in words: the range is split with `splitRange(range, grain)`; each bucket's figures are
 * exactly those of {@link penaltyAmount} over that bucket as its period, with the same `asOf`:
 * the exact sum and count of the penalties dated in the bucket and before `asOf` (converted at
 * their date with exchange rates). `total` is {@link penaltyAmount} over the whole range. One plan
 * sums the penalties by bucket.
 *
 * Interpretation: one currency check covers the whole series, so every bucket is in one
 * `currency` and the buckets can be compared.
 *
 * @param penalties - the penalties (trusted, already parsed), or their table (`penaltyTable`)
 * @param options - range, grain (default month), `asOf`, zone, `currency` or `exchangeRates`, explain ({@link PenaltyAmountSeriesOptions})
 * @returns the {@link PenaltyAmountSeriesResult}
 * @throws {@link InvalidArgumentError} for an invalid range, grain, `asOf`, zone or currency option
 * @throws {@link MixedCurrencyError} when the penalties summed are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a penalty's date
 * @example
 * ```ts
 * const penalty = (id: string, date: string, amount: string): Penalty =>
 *   ({ id, customerId: "c1", date: new Date(date), amount: toDecimal(amount), currency: "EUR" });
 * const series = penaltyAmountSeries(
 *   [penalty("p1", "2026-01-15T00:00:00Z", "100"), penalty("p2", "2026-03-02T00:00:00Z", "40.5"), penalty("p3", "2026-03-30T00:00:00Z", "9.5")],
 *   { range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } },
 * );
 * series.buckets.map((b) => [b.label, b.amount.toString(), b.count]); //=> [["2026-01", "100", 1], ["2026-02", "0", 0], ["2026-03", "50", 2]]
 * series.total.amount.toString(); //=> "150"
 * ```
 * @category Service
 */
export function penaltyAmountSeries(
  penalties: readonly Penalty[] | PenaltyTable,
  options: PenaltyAmountSeriesOptions,
): PenaltyAmountSeriesResult {
  const { settings, series } = checkSeriesOptions(options, DEFAULT_SERVICE_SERIES_GRAIN, checkServiceOptions);
  const guard = new CurrencyGuard(options);
  const run = tableRunner({ penalties: recordColumnsOf(penalties, "penalties", "penalties") });
  const figures = penaltyAmountSeriesOf(run, settings, guard, series.buckets);
  return {
    indicator: "penalty-amount",
    unit: "money",
    currency: figures.currency,
    grain: series.grain,
    range: settings.period,
    asOf: settings.asOf,
    buckets: figures.buckets,
    total: figures.total,
  };
}
