import * as z from "zod";
import { InstantJsonSchema, PeriodJsonSchema, ratioJsonSchema, ScopeJsonSchema } from "../../model/resultJson.js";
import type { Deal } from "../../model/types.js";
import type { DealTable } from "../../table/dealTable.js";
import { dealColumnsOf } from "../../table/_columns.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner, type PlanRunner } from "../../table/kernel/executePlan.js";
import { checkGroupBy, groupedDeals } from "./_dealsSettings.js";
import { checkStageConversionOptions, stageConversionOf } from "./_stageConversionCore.js";
import type { DealGroupedOptions, DealGroupedResult } from "./dealsTypes.js";
import type { StageConversionOptions, StageConversionResult } from "./stageConversionTypes.js";

export type {
  StageConversionOptions,
  StageConversionResult,
  StageConversionStep,
  StageReached,
} from "./stageConversionTypes.js";

/** Options of {@link stageConversionGrouped}. @category Deals */
export interface StageConversionGroupedOptions extends Omit<StageConversionOptions, "scope">, DealGroupedOptions {}

/** Result of {@link stageConversionGrouped}. @category Deals */
export interface StageConversionGroupedResult extends DealGroupedResult<StageConversionResult> {
  /** Stable indicator id. */
  readonly indicator: "stage-conversion";
}

/**
 * zod schema of a {@link StageConversionResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const result = stageConversion([], { stages: ["qualification", "proposal"] });
 * resultFromJSON(StageConversionResultSchema, JSON.stringify(result)).reason; //=> "no-stage-history"
 * ```
 * @category Deals
 */
export const StageConversionResultSchema: z.ZodType<StageConversionResult> = z.object({
  indicator: z.literal("stage-conversion"),
  unit: z.literal("ratio"),
  stages: z.array(z.string()),
  period: PeriodJsonSchema.nullable(),
  asOf: InstantJsonSchema.nullable(),
  scope: ScopeJsonSchema,
  dealCount: z.number().int().nonnegative(),
  history: z.boolean(),
  reason: z.literal("no-stage-history").nullable(),
  reached: z.array(z.object({ stage: z.string(), dealCount: z.number().int().nonnegative() })),
  steps: z.array(z.object({ from: z.string(), to: z.string(), conversion: ratioJsonSchema(["none-reached"]) })),
  overall: ratioJsonSchema(["none-reached", "no-stage-history"]),
});

function runnerFor(
  deals: readonly Deal[] | DealTable,
  options: StageConversionOptions,
): { run: PlanRunner; history: boolean } {
  const table = dealColumnsOf(deals, "deals");
  if (options.stageChanges === undefined) return { run: tableRunner({ deals: table }), history: false };
  const changes = recordColumnsOf(options.stageChanges, "stageChanges", "stageChanges");
  return { run: tableRunner({ deals: table, stageChanges: changes }), history: changes.size > 0 };
}

/**
 * Stage-to-stage conversion (taux de passage d'une étape à la suivante): of the deals that reached a
 * stage of the pipeline, the share that also reached the next one, from the CRM's stage history.
 *
 * Formula, over the deals of the scope (created in `period` when given): a deal reached stage `k`
 * when its history holds a change into stage `k` or into any later stage of `stages` (at or before
 * `asOf` when given); for each consecutive pair, `conversion = reached(k + 1) / reached(k)`, which
 * is also the share of the deals that reached `k` and reached `k + 1`; `null` with `none-reached`
 * when no deal reached `k`. `overall` = reached(last) / reached(first). HubSpot's stage conversion
 * report: "Stage Conversion Rate = Deals Advancing to Next Stage / Deals Entering Stage"
 * (https://kpitree.co/integrations/hubspot/pipeline-stage-conversion-analysis), with "entering"
 * read as spec section 7 says: entered it or any later stage (a deal that skips a stage passed it).
 *
 * Without history (no `stageChanges`, or none), the result says so (`history: false`, reason
 * `no-stage-history`) and guesses nothing from the deals' current stage.
 *
 * Interpretation: a change whose `dealId` names no deal of the scope (or of the cohort) is not
 * counted; changes into stages not in the list are ignored.
 *
 * @param deals - an array of deals, or its table (`dealTable(deals)`)
 * @param options - ordered `stages`, `stageChanges`, cohort `period`, `asOf`, scope, roster ({@link StageConversionOptions})
 * @returns the {@link StageConversionResult}
 * @throws {@link InvalidArgumentError} for fewer than two stages, a repeated or empty stage, an invalid period,
 *   `asOf`, zone or scope, or inputs that are neither arrays nor tables of their kind
 * @example
 * ```ts
 * const deal = (id: string): Deal => ({ id, ownerId: "ann", amount: toDecimal("100"), currency: "EUR", stage: "x", status: "open",
 *   createdAt: new Date("2026-01-01T00:00:00Z") });
 * const change = (id: string, dealId: string, stage: string): DealStageChange =>
 *   ({ id, dealId, stage, enteredAt: new Date("2026-02-01T00:00:00Z") });
 * const r = stageConversion([deal("a"), deal("b"), deal("c"), deal("d")], {
 *   stages: ["qualification", "proposal", "negotiation"],
 *   stageChanges: [change("1", "a", "qualification"), change("2", "a", "proposal"), change("3", "b", "qualification"),
 *     change("4", "c", "negotiation"), change("5", "d", "qualification")],
 * });
 * r.reached.map((s) => s.dealCount); //=> [4, 2, 1]   (c skipped to negotiation: it passed the earlier stages)
 * r.steps.map((s) => s.conversion.value?.toString()); //=> ["0.5", "0.5"]
 * stageConversion([deal("a")], { stages: ["qualification", "proposal"] }).reason; //=> "no-stage-history"
 * ```
 * @category Deals
 */
export function stageConversion(
  deals: readonly Deal[] | DealTable,
  options: StageConversionOptions,
): StageConversionResult {
  const { run, history } = runnerFor(deals, options);
  return stageConversionOf(run, checkStageConversionOptions(options, history));
}

/**
 * {@link stageConversion} per seller or per team (each deal's owner; a change counts for its deal's owner).
 *
 * @param deals - an array of deals, or its table
 * @param options - the options of {@link stageConversion} without `scope`, and `groupBy`
 * @returns the {@link StageConversionGroupedResult}
 * @throws {@link InvalidArgumentError} as {@link stageConversion}, and for a bad `groupBy` or `"team"` without `sellers`
 * @example
 * ```ts
 * const r = stageConversionGrouped([], { stages: ["a", "b"], groupBy: "seller", sellers: [{ id: "ann" }] });
 * r.groups.map((g) => [g.key, g.result.reason]); //=> [["ann", "no-stage-history"]]
 * ```
 * @category Deals
 */
export function stageConversionGrouped(
  deals: readonly Deal[] | DealTable,
  options: StageConversionGroupedOptions,
): StageConversionGroupedResult {
  const groupBy = checkGroupBy(options.groupBy, options.sellers);
  const { groupBy: _groupBy, ...rest } = options;
  const { run, history } = runnerFor(deals, rest);
  const settings = checkStageConversionOptions(rest, history);
  const grouped = groupedDeals(run, groupBy, rest.sellers, (scope) => stageConversionOf(run, { ...settings, scope }));
  return { indicator: "stage-conversion", ...grouped };
}
