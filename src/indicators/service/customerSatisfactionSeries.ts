import * as z from "zod";
import type { SurveyResponse } from "../../model/serviceTypes.js";
import { InstantJsonSchema, PeriodJsonSchema } from "../../model/resultJson.js";
import { GRAINS, type Grain, type Period } from "../../period/types.js";
import type { SurveyResponseTable } from "../../table/serviceTables.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkSeriesOptions, checkServiceOptions } from "./_serviceSettings.js";
import { customerSatisfactionSeriesOf } from "./_customerSatisfaction.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- customerSatisfaction is named by {@link customerSatisfaction} in the TSDoc
import { customerSatisfaction, CustomerSatisfactionResultSchema } from "./customerSatisfaction.js";
import type { CustomerSatisfactionOptions, CustomerSatisfactionResult } from "./customerSatisfactionTypes.js";
import { DEFAULT_SERVICE_SERIES_GRAIN, type ServiceSeriesOptions } from "./deliveryFormsTypes.js";

/** Options of {@link customerSatisfactionSeries}: those of {@link customerSatisfaction} with a range and a grain (default month). @category Service */
export type CustomerSatisfactionSeriesOptions = ServiceSeriesOptions<CustomerSatisfactionOptions>;

/** One bucket of {@link customerSatisfactionSeries}: {@link customerSatisfaction} over the bucket as its period, labelled. @category Service */
export type CustomerSatisfactionBucket = CustomerSatisfactionResult & {
  /** The bucket's label (`2026-03`, `2026-Q1`...). */
  readonly label: string;
};

/** The result of {@link customerSatisfactionSeries}. @category Service */
export interface CustomerSatisfactionSeriesResult {
  /** Stable indicator id. */
  readonly indicator: "customer-satisfaction";
  /** The index is a score from 0 to 100. */
  readonly unit: "score";
  /** The bucket grain. */
  readonly grain: Grain;
  /** The range asked for. */
  readonly range: Period;
  /** The `asOf` used, or `null`. */
  readonly asOf: Date | null;
  /** One result per bucket, in time order. */
  readonly buckets: readonly CustomerSatisfactionBucket[];
  /** {@link customerSatisfaction} over the whole range. */
  readonly total: CustomerSatisfactionResult;
}

/**
 * zod schema of a {@link CustomerSatisfactionSeriesResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const response: SurveyResponse = { id: "q1", customerId: "c1", date: new Date("2026-03-02T00:00:00Z"),
 *   score: toDecimal("9"), scaleMin: toDecimal("0"), scaleMax: toDecimal("10") };
 * const series = customerSatisfactionSeries([response], { range: { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(CustomerSatisfactionSeriesResultSchema, JSON.stringify(series)).buckets.map((b) => b.index.value?.toString() ?? b.index.reason);
 * //=> ["no-responses", "90"]
 * ```
 * @category Service
 */
export const CustomerSatisfactionSeriesResultSchema: z.ZodType<CustomerSatisfactionSeriesResult> = z.object({
  indicator: z.literal("customer-satisfaction"),
  unit: z.literal("score"),
  grain: z.enum(GRAINS),
  range: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  buckets: z.array(z.intersection(CustomerSatisfactionResultSchema, z.object({ label: z.string() }))),
  total: CustomerSatisfactionResultSchema,
});

/**
 * Customer satisfaction index (indice de satisfaction de la clientèle, indicator 13) bucket by
 * bucket: how satisfied the customers who answered a survey each month (or other grain) of a
 * range were, on the 0-100 index, with each bucket's net promoter score.
 *
 * Formula in words: the range is split with `splitRange(range, grain)`; each bucket's figures are
 * exactly those of {@link customerSatisfaction} over that bucket as its period, with the same
 * `asOf`: the mean of the responses' scores rescaled to 0-100 on their own scales, and the NPS
 * (100 x (promoters - detractors) / responses on 0-10) of the responses dated in the bucket and
 * before `asOf`. `total` is {@link customerSatisfaction} over the whole range (not a mean of the
 * buckets' indexes: each response weighs the same). One plan reads the responses by bucket.
 *
 * Interpretation: a response counts in the bucket of its `date` (when the customer answered),
 * whatever the period the survey asked about, as in the single form.
 *
 * @param responses - the survey responses (trusted, already parsed), or their table (`surveyResponseTable`)
 * @param options - range, grain (default month), `asOf`, zone, explain ({@link CustomerSatisfactionSeriesOptions})
 * @returns the {@link CustomerSatisfactionSeriesResult}
 * @throws {@link InvalidArgumentError} for an invalid range, grain, `asOf` or zone, or `responses` neither an array nor a table
 * @example
 * ```ts
 * const response = (id: string, date: string, score: string): SurveyResponse =>
 *   ({ id, customerId: "c1", date: new Date(date), score: toDecimal(score), scaleMin: toDecimal("0"), scaleMax: toDecimal("10") });
 * const series = customerSatisfactionSeries(
 *   [response("q1", "2026-01-10T00:00:00Z", "10"), response("q2", "2026-01-20T00:00:00Z", "6"), response("q3", "2026-03-05T00:00:00Z", "8")],
 *   { range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } },
 * );
 * series.buckets.map((b) => [b.label, b.responses, b.index.value?.toString() ?? b.index.reason, b.nps.value?.toString() ?? b.nps.reason]);
 * //=> [["2026-01", 2, "80", "0"], ["2026-02", 0, "no-responses", "no-0-10-responses"], ["2026-03", 1, "80", "0"]]
 * series.total.index.value?.toString(); //=> "80"   ((100 + 60 + 80) / 3)
 * ```
 * @category Service
 */
export function customerSatisfactionSeries(
  responses: readonly SurveyResponse[] | SurveyResponseTable,
  options: CustomerSatisfactionSeriesOptions,
): CustomerSatisfactionSeriesResult {
  const { settings, series } = checkSeriesOptions(options, DEFAULT_SERVICE_SERIES_GRAIN, checkServiceOptions);
  const run = tableRunner({ surveys: recordColumnsOf(responses, "surveys", "responses") });
  const figures = customerSatisfactionSeriesOf(run, settings, series.buckets);
  return {
    indicator: "customer-satisfaction",
    unit: "score",
    grain: series.grain,
    range: settings.period,
    asOf: settings.asOf,
    buckets: figures.buckets,
    total: figures.total,
  };
}
