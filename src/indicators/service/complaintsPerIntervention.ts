import * as z from "zod";
import type { Activity } from "../../model/types.js";
import type { ActivityTable } from "../../table/activityTable.js";
import type { ComplaintTable } from "../../table/serviceTables.js";
import { COMPLAINT_CATEGORIES, type Complaint } from "../../model/serviceTypes.js";
import { InstantJsonSchema, PeriodJsonSchema, ratioJsonSchema, ScopeJsonSchema } from "../../model/resultJson.js";
import { activityColumnsOf } from "../../table/_columns.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkComplaintsOptions, complaintsPerInterventionOf } from "./_complaintsPerIntervention.js";
import {
  COMPLAINTS_PER_INTERVENTION_WARNING_CODES,
  type ComplaintsPerInterventionOptions,
  type ComplaintsPerInterventionResult,
} from "./complaintsPerInterventionTypes.js";

export {
  COMPLAINTS_PER_INTERVENTION_WARNING_CODES,
  DEFAULT_COMPLAINT_CATEGORIES,
  DEFAULT_INTERVENTION_TYPES,
} from "./complaintsPerInterventionTypes.js";
export type {
  ComplaintsPerInterventionExplain,
  ComplaintsPerInterventionOptions,
  ComplaintsPerInterventionResult,
  ComplaintsPerInterventionWarningCode,
} from "./complaintsPerInterventionTypes.js";

/**
 * zod schema of a {@link ComplaintsPerInterventionResult} as `JSON.stringify` writes it; read a
 * result back with `resultFromJSON(ComplaintsPerInterventionResultSchema, text)`.
 *
 * @example
 * ```ts
 * const complaint: Complaint = { id: "r1", customerId: "c1", receivedAt: new Date("2026-03-02T00:00:00Z"), category: "commercial" };
 * const visit: Activity = { id: "a1", ownerId: "ann", type: "visit", date: new Date("2026-03-03T00:00:00Z"), status: "done" };
 * const result = complaintsPerIntervention([complaint], [visit], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(ComplaintsPerInterventionResultSchema, JSON.stringify(result)).rate.value?.toString(); //=> "1"
 * ```
 * @category Service
 */
export const ComplaintsPerInterventionResultSchema: z.ZodType<ComplaintsPerInterventionResult> = z.object({
  indicator: z.literal("complaints-per-intervention"),
  unit: z.literal("ratio"),
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  scope: ScopeJsonSchema,
  complaintCategories: z.array(z.enum(COMPLAINT_CATEGORIES)),
  interventionTypes: z.array(z.string()),
  complaints: z.number().int().nonnegative(),
  interventions: z.number().int().nonnegative(),
  rate: ratioJsonSchema(["no-interventions"]),
  warnings: z.array(z.object({ code: z.enum(COMPLAINTS_PER_INTERVENTION_WARNING_CODES), message: z.string() })),
  explain: z.object({ complaintIds: z.array(z.string()), interventionIds: z.array(z.string()) }).exactOptional(),
});

/**
 * Complaints per commercial intervention (nombre de réclamations / interventions commerciales,
 * indicator 14): how often the customers complain about the commercial side, for the work the
 * sellers put in front of them.
 *
 * Formula, over `[period start, min(period end, asOf))`:
 * `rate` = complaints of the `complaintCategories` (default `commercial`) received in the period /
 * done activities of the `interventionTypes` (default {@link DEFAULT_INTERVENTION_TYPES}) dated in
 * the period; `null` with `no-interventions` when there is none.
 *
 * Interpretation: a commercial intervention is a done activity of a seller with a customer: a
 * call, email, meeting, demo, quote or visit (planned and cancelled ones did not happen; a
 * `qualified-lead` is a pipeline event, not a contact). Callers with their own types pass
 * `interventionTypes`.
 * Interpretation: a seller or team scope counts the complaints attributed to its sellers
 * (`ownerId`) and their interventions; complaints with no owner count only for the company, and a
 * narrower scope warns `complaints-without-owner` with their number.
 *
 * @param complaints - the complaints (trusted, already parsed), or their table (`complaintTable`)
 * @param activities - the activities, or their table (`activityTable`)
 * @param options - period, `asOf`, zone, scope and roster, categories, intervention types, explain
 *   ({@link ComplaintsPerInterventionOptions})
 * @returns the {@link ComplaintsPerInterventionResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone, scope, category or type list
 * @example
 * ```ts
 * const at = new Date("2026-03-02T00:00:00Z");
 * const complaint = (id: string, category: Complaint["category"], ownerId?: string): Complaint =>
 *   ({ id, customerId: "c1", receivedAt: at, category, ...(ownerId ? { ownerId } : {}) });
 * const activity = (id: string, type: string, status: Activity["status"] = "done"): Activity =>
 *   ({ id, ownerId: "ann", type, date: at, status });
 * const period = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
 * const complaints = [complaint("r1", "commercial", "ann"), complaint("r2", "commercial"), complaint("r3", "product", "ann")];
 * const activities = [activity("a1", "visit"), activity("a2", "call"), activity("a3", "call"), activity("a4", "demo", "planned"),
 *   activity("a5", "qualified-lead")];
 * complaintsPerIntervention(complaints, activities, { period }).rate.value?.toString(); //=> "0.666...67"   (2 / 3, to 60 digits)
 * const ann = complaintsPerIntervention(complaints, activities, { period, scope: { level: "seller", sellerId: "ann" } });
 * [ann.complaints, ann.interventions, ann.warnings.map((w) => w.code)]; //=> [1, 3, ["complaints-without-owner"]]
 * ```
 * @category Service
 */
export function complaintsPerIntervention(
  complaints: readonly Complaint[] | ComplaintTable,
  activities: readonly Activity[] | ActivityTable,
  options: ComplaintsPerInterventionOptions,
): ComplaintsPerInterventionResult {
  const settings = checkComplaintsOptions(options);
  const run = tableRunner({
    complaints: recordColumnsOf(complaints, "complaints", "complaints"),
    activities: activityColumnsOf(activities, "activities"),
  });
  return complaintsPerInterventionOf(run, settings);
}
