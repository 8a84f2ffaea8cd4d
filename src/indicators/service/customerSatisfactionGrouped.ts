import * as z from "zod";
import type { SurveyResponse } from "../../model/serviceTypes.js";
import type { SurveyResponseTable } from "../../table/serviceTables.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkServiceOptions } from "./_serviceSettings.js";
import { customerSatisfactionByCustomerOf } from "./_customerSatisfaction.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- customerSatisfaction is named by {@link customerSatisfaction} in the TSDoc
import { customerSatisfaction, CustomerSatisfactionResultSchema } from "./customerSatisfaction.js";
import type { CustomerSatisfactionOptions, CustomerSatisfactionResult } from "./customerSatisfactionTypes.js";

/** One customer of {@link customerSatisfactionGrouped}. @category Service */
export interface CustomerSatisfactionGroup {
  /** The customer id. */
  readonly key: string;
  /** The satisfaction of that customer's responses. */
  readonly result: CustomerSatisfactionResult;
}

/** The result of {@link customerSatisfactionGrouped}. @category Service */
export interface CustomerSatisfactionGroupedResult {
  /** Stable indicator id. */
  readonly indicator: "customer-satisfaction";
  /** How the groups were formed. */
  readonly groupBy: "customer";
  /** One entry per customer who answered in the period, in order of first answer. */
  readonly groups: readonly CustomerSatisfactionGroup[];
}

/**
 * zod schema of a {@link CustomerSatisfactionGroupedResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const response: SurveyResponse = { id: "q1", customerId: "acme", date: new Date("2026-03-02T00:00:00Z"),
 *   score: toDecimal("4"), scaleMin: toDecimal("1"), scaleMax: toDecimal("5") };
 * const grouped = customerSatisfactionGrouped([response], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(CustomerSatisfactionGroupedResultSchema, JSON.stringify(grouped)).groups[0]?.result.index.value?.toString(); //=> "75"
 * ```
 * @category Service
 */
export const CustomerSatisfactionGroupedResultSchema: z.ZodType<CustomerSatisfactionGroupedResult> = z.object({
  indicator: z.literal("customer-satisfaction"),
  groupBy: z.literal("customer"),
  groups: z.array(z.object({ key: z.string(), result: CustomerSatisfactionResultSchema })),
});

/**
 * Customer satisfaction index (indice de satisfaction de la clientèle, 13) customer by customer:
 * one {@link customerSatisfaction} per customer who answered a survey in the period.
 *
 * Formula: groups = the customers of the responses dated in `[period start, min(period end,
 * asOf))`, in order of first answer; per group, the index and NPS of {@link customerSatisfaction}.
 *
 * @param responses - the survey responses (trusted, already parsed), or their table
 * @param options - period, `asOf`, zone, explain ({@link CustomerSatisfactionOptions})
 * @returns the {@link CustomerSatisfactionGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf` or zone
 * @example
 * ```ts
 * const response = (id: string, customerId: string, score: string): SurveyResponse => ({ id, customerId,
 *   date: new Date("2026-03-02T00:00:00Z"), score: toDecimal(score), scaleMin: toDecimal("0"), scaleMax: toDecimal("10") });
 * const grouped = customerSatisfactionGrouped([response("q1", "acme", "10"), response("q2", "globex", "3"), response("q3", "acme", "6")],
 *   { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * grouped.groups.map((g) => [g.key, g.result.index.value?.toString(), g.result.nps.value?.toString()]);
 * //=> [["acme", "80", "0"], ["globex", "30", "-100"]]
 * ```
 * @category Service
 */
export function customerSatisfactionGrouped(
  responses: readonly SurveyResponse[] | SurveyResponseTable,
  options: CustomerSatisfactionOptions,
): CustomerSatisfactionGroupedResult {
  const settings = checkServiceOptions(options);
  const run = tableRunner({ surveys: recordColumnsOf(responses, "surveys", "responses") });
  return {
    indicator: "customer-satisfaction",
    groupBy: "customer",
    groups: customerSatisfactionByCustomerOf(run, settings),
  };
}
