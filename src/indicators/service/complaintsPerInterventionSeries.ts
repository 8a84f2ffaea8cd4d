import * as z from "zod";
import type { Activity } from "../../model/types.js";
import type { Complaint } from "../../model/serviceTypes.js";
import { InstantJsonSchema, PeriodJsonSchema } from "../../model/resultJson.js";
import { GRAINS, type Grain, type Period } from "../../period/types.js";
import type { ActivityTable } from "../../table/activityTable.js";
import type { ComplaintTable } from "../../table/serviceTables.js";
import { activityColumnsOf } from "../../table/_columns.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkSeriesOptions } from "./_serviceSettings.js";
import { checkComplaintsOptions, complaintsPerInterventionSeriesOf } from "./_complaintsPerIntervention.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- complaintsPerIntervention is named by {@link complaintsPerIntervention} in the TSDoc
import { complaintsPerIntervention } from "./complaintsPerIntervention.js";
import { ComplaintsPerInterventionResultSchema } from "./complaintsPerIntervention.js";
import type {
  ComplaintsPerInterventionOptions,
  ComplaintsPerInterventionResult,
} from "./complaintsPerInterventionTypes.js";
import { DEFAULT_SERVICE_SERIES_GRAIN, type ServiceSeriesOptions } from "./deliveryFormsTypes.js";

/** Options of {@link complaintsPerInterventionSeries}: those of {@link complaintsPerIntervention} with a range and a grain (default month). @category Service */
export type ComplaintsPerInterventionSeriesOptions = ServiceSeriesOptions<ComplaintsPerInterventionOptions>;

/** One bucket of {@link complaintsPerInterventionSeries}: {@link complaintsPerIntervention} over the bucket as its period, labelled. @category Service */
export type ComplaintsPerInterventionBucket = ComplaintsPerInterventionResult & {
  /** The bucket's label (`2026-03`, `2026-Q1`...). */
  readonly label: string;
};

/** The result of {@link complaintsPerInterventionSeries}. @category Service */
export interface ComplaintsPerInterventionSeriesResult {
  /** Stable indicator id. */
  readonly indicator: "complaints-per-intervention";
  /** The rates are ratios. */
  readonly unit: "ratio";
  /** The bucket grain. */
  readonly grain: Grain;
  /** The range asked for. */
  readonly range: Period;
  /** The `asOf` used, or `null`. */
  readonly asOf: Date | null;
  /** One result per bucket, in time order. */
  readonly buckets: readonly ComplaintsPerInterventionBucket[];
  /** {@link complaintsPerIntervention} over the whole range. */
  readonly total: ComplaintsPerInterventionResult;
}

/**
 * zod schema of a {@link ComplaintsPerInterventionSeriesResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const series = complaintsPerInterventionSeries([], [], { range: { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(ComplaintsPerInterventionSeriesResultSchema, JSON.stringify(series)).buckets.map((b) => b.rate.reason); //=> ["no-interventions", "no-interventions"]
 * ```
 * @category Service
 */
export const ComplaintsPerInterventionSeriesResultSchema: z.ZodType<ComplaintsPerInterventionSeriesResult> = z.object({
  indicator: z.literal("complaints-per-intervention"),
  unit: z.literal("ratio"),
  grain: z.enum(GRAINS),
  range: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  buckets: z.array(z.intersection(ComplaintsPerInterventionResultSchema, z.object({ label: z.string() }))),
  total: ComplaintsPerInterventionResultSchema,
});

/**
 * Complaints per commercial intervention (nombre de réclamations / interventions commerciales,
 * indicator 14) bucket by bucket: how many complaints each month (or other grain) of a range
 * brought for each contact the sellers made.
 *
 * Formula in words: the range is split with `splitRange(range, grain)`; each bucket's figures are
 * exactly those of {@link complaintsPerIntervention} over that bucket as its period, with the same
 * `asOf`, scope, roster, categories and intervention types: `rate` = complaints received in the
 * bucket / done interventions dated in it; `total` is {@link complaintsPerIntervention} over the
 * whole range. The complaints, the interventions and (for a narrower scope) the complaints with
 * no owner are each one plan with the buckets.
 *
 * Interpretation: a complaint counts in the bucket it was received in and an intervention in the
 * bucket of its date; the two are not matched one to one, as in the single form.
 *
 * @param complaints - the complaints (trusted, already parsed), or their table (`complaintTable`)
 * @param activities - the activities, or their table (`activityTable`)
 * @param options - range, grain (default month), `asOf`, zone, scope and roster, categories, intervention types, explain
 *   ({@link ComplaintsPerInterventionSeriesOptions})
 * @returns the {@link ComplaintsPerInterventionSeriesResult}
 * @throws {@link InvalidArgumentError} for an invalid range, grain, `asOf`, zone, scope, category or type list
 * @example
 * ```ts
 * const complaint = (id: string, receivedAt: string): Complaint =>
 *   ({ id, customerId: "c1", receivedAt: new Date(receivedAt), category: "commercial", ownerId: "ann" });
 * const visit = (id: string, date: string): Activity => ({ id, ownerId: "ann", type: "visit", date: new Date(date), status: "done" });
 * const series = complaintsPerInterventionSeries(
 *   [complaint("r1", "2026-02-10T00:00:00Z"), complaint("r2", "2026-03-05T00:00:00Z"), complaint("r3", "2026-03-20T00:00:00Z")],
 *   [visit("a1", "2026-02-02T00:00:00Z"), visit("a2", "2026-02-03T00:00:00Z"), visit("a3", "2026-02-04T00:00:00Z"),
 *     visit("a4", "2026-02-05T00:00:00Z"), visit("a5", "2026-03-02T00:00:00Z"), visit("a6", "2026-03-03T00:00:00Z")],
 *   { range: { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * series.buckets.map((b) => [b.label, b.complaints, b.interventions, b.rate.value?.toString()]);
 * //=> [["2026-02", 1, 4, "0.25"], ["2026-03", 2, 2, "1"]]
 * series.total.rate.value?.toString(); //=> "0.5"   (3 / 6)
 * ```
 * @category Service
 */
export function complaintsPerInterventionSeries(
  complaints: readonly Complaint[] | ComplaintTable,
  activities: readonly Activity[] | ActivityTable,
  options: ComplaintsPerInterventionSeriesOptions,
): ComplaintsPerInterventionSeriesResult {
  const { settings, series } = checkSeriesOptions(options, DEFAULT_SERVICE_SERIES_GRAIN, (o, name) =>
    checkComplaintsOptions(o, name),
  );
  const run = tableRunner({
    complaints: recordColumnsOf(complaints, "complaints", "complaints"),
    activities: activityColumnsOf(activities, "activities"),
  });
  const figures = complaintsPerInterventionSeriesOf(run, settings, series.buckets);
  return {
    indicator: "complaints-per-intervention",
    unit: "ratio",
    grain: series.grain,
    range: settings.period,
    asOf: settings.asOf,
    buckets: figures.buckets,
    total: figures.total,
  };
}
