import * as z from "zod";
import type { Activity } from "../../model/types.js";
import type { Complaint } from "../../model/serviceTypes.js";
import { checkSellers } from "../../model/_teams.js";
import type { ActivityTable } from "../../table/activityTable.js";
import type { ComplaintTable } from "../../table/serviceTables.js";
import { activityColumnsOf } from "../../table/_columns.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkComplaintsOptions, complaintsPerInterventionBySellerOf } from "./_complaintsPerIntervention.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- complaintsPerIntervention is named by {@link complaintsPerIntervention} in the TSDoc
import { complaintsPerIntervention, ComplaintsPerInterventionResultSchema } from "./complaintsPerIntervention.js";
import type {
  ComplaintsPerInterventionOptions,
  ComplaintsPerInterventionResult,
} from "./complaintsPerInterventionTypes.js";

/** Options of {@link complaintsPerInterventionGrouped}: those of {@link complaintsPerIntervention} without `scope`. @category Service */
export type ComplaintsPerInterventionGroupedOptions = Omit<ComplaintsPerInterventionOptions, "scope">;

/** One seller of {@link complaintsPerInterventionGrouped}. @category Service */
export interface ComplaintsPerInterventionGroup {
  /** The seller id. */
  readonly key: string;
  /** The seller's complaints per intervention. */
  readonly result: ComplaintsPerInterventionResult;
}

/** The result of {@link complaintsPerInterventionGrouped}. @category Service */
export interface ComplaintsPerInterventionGroupedResult {
  /** Stable indicator id. */
  readonly indicator: "complaints-per-intervention";
  /** How the groups were formed. */
  readonly groupBy: "seller";
  /** Roster order first (with zeros), then owners by first appearance among complaints, then interventions. */
  readonly groups: readonly ComplaintsPerInterventionGroup[];
  /** Complaints counted for the company that name no seller, so are in no group. */
  readonly complaintsWithoutOwner: number;
}

/**
 * zod schema of a {@link ComplaintsPerInterventionGroupedResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const complaint: Complaint = { id: "r1", customerId: "c1", receivedAt: new Date("2026-03-02T00:00:00Z"), category: "commercial", ownerId: "ann" };
 * const grouped = complaintsPerInterventionGrouped([complaint], [], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(ComplaintsPerInterventionGroupedResultSchema, JSON.stringify(grouped)).groups[0]?.result.rate.reason; //=> "no-interventions"
 * ```
 * @category Service
 */
export const ComplaintsPerInterventionGroupedResultSchema: z.ZodType<ComplaintsPerInterventionGroupedResult> = z.object(
  {
    indicator: z.literal("complaints-per-intervention"),
    groupBy: z.literal("seller"),
    groups: z.array(z.object({ key: z.string(), result: ComplaintsPerInterventionResultSchema })),
    complaintsWithoutOwner: z.number().int().nonnegative(),
  },
);

/**
 * Complaints per commercial intervention (nombre de réclamations / interventions commerciales, 14)
 * seller by seller: one {@link complaintsPerIntervention} per seller, the article's reading.
 *
 * Formula: groups = the roster's sellers (with zeros, settled detail 15), then the owners of the
 * complaints and done interventions counted; per seller, the seller's complaints of the
 * categories over the seller's done interventions of the types (`null` with `no-interventions`).
 * Complaints that name no seller are in no group: `complaintsWithoutOwner` counts them.
 *
 * @param complaints - the complaints (trusted, already parsed), or their table
 * @param activities - the activities, or their table
 * @param options - period, `asOf`, zone, roster, categories, intervention types, explain
 * @returns the {@link ComplaintsPerInterventionGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone, roster, category or type list
 * @example
 * ```ts
 * const at = new Date("2026-03-02T00:00:00Z");
 * const complaints: Complaint[] = [{ id: "r1", customerId: "c1", receivedAt: at, category: "commercial", ownerId: "bob" },
 *   { id: "r2", customerId: "c2", receivedAt: at, category: "commercial" }];
 * const activities: Activity[] = [{ id: "a1", ownerId: "bob", type: "call", date: at, status: "done" },
 *   { id: "a2", ownerId: "bob", type: "visit", date: at, status: "done" }];
 * const grouped = complaintsPerInterventionGrouped(complaints, activities, {
 *   period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, sellers: [{ id: "ann" }, { id: "bob" }] });
 * grouped.groups.map((g) => [g.key, g.result.complaints, g.result.interventions, g.result.rate.value?.toString() ?? null]);
 * //=> [["ann", 0, 0, null], ["bob", 1, 2, "0.5"]]
 * grouped.complaintsWithoutOwner; //=> 1
 * ```
 * @category Service
 */
export function complaintsPerInterventionGrouped(
  complaints: readonly Complaint[] | ComplaintTable,
  activities: readonly Activity[] | ActivityTable,
  options: ComplaintsPerInterventionGroupedOptions,
): ComplaintsPerInterventionGroupedResult {
  const settings = checkComplaintsOptions({ ...options, scope: { level: "company" } });
  checkSellers(options.sellers);
  const roster = (options.sellers ?? []).map((seller) => seller.id);
  const run = tableRunner({
    complaints: recordColumnsOf(complaints, "complaints", "complaints"),
    activities: activityColumnsOf(activities, "activities"),
  });
  const { groups, withoutOwner } = complaintsPerInterventionBySellerOf(run, settings, roster);
  return { indicator: "complaints-per-intervention", groupBy: "seller", groups, complaintsWithoutOwner: withoutOwner };
}
