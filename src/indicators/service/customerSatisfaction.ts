import * as z from "zod";
import type { SurveyResponse } from "../../model/serviceTypes.js";
import type { SurveyResponseTable } from "../../table/serviceTables.js";
import {
  CountJsonSchema,
  DecimalJsonSchema,
  figureJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
} from "../../model/resultJson.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkServiceOptions } from "./_serviceSettings.js";
import { customerSatisfactionOf } from "./_customerSatisfaction.js";
import {
  CUSTOMER_SATISFACTION_WARNING_CODES,
  type CustomerSatisfactionOptions,
  type CustomerSatisfactionResult,
} from "./customerSatisfactionTypes.js";

export { CUSTOMER_SATISFACTION_WARNING_CODES } from "./customerSatisfactionTypes.js";
export type {
  CustomerSatisfactionExplain,
  CustomerSatisfactionFigures,
  CustomerSatisfactionOptions,
  CustomerSatisfactionResult,
  CustomerSatisfactionWarningCode,
  NetPromoterScore,
} from "./customerSatisfactionTypes.js";

/**
 * zod schema of a {@link CustomerSatisfactionResult} as `JSON.stringify` writes it; read a result
 * back with `resultFromJSON(CustomerSatisfactionResultSchema, text)`.
 *
 * @example
 * ```ts
 * const responses: SurveyResponse[] = [{ id: "q1", customerId: "c1", date: new Date("2026-03-02T00:00:00Z"),
 *   score: toDecimal("9"), scaleMin: toDecimal("0"), scaleMax: toDecimal("10") }];
 * const result = customerSatisfaction(responses, { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(CustomerSatisfactionResultSchema, JSON.stringify(result)).nps.value?.toString(); //=> "100"
 * ```
 * @category Service
 */
export const CustomerSatisfactionResultSchema: z.ZodType<CustomerSatisfactionResult> = z.object({
  indicator: z.literal("customer-satisfaction"),
  unit: z.literal("score"),
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  responses: CountJsonSchema,
  index: figureJsonSchema(["no-responses"]),
  nps: z.object({
    value: DecimalJsonSchema.nullable(),
    reason: z.literal("no-0-10-responses").nullable(),
    responses: CountJsonSchema,
    promoters: CountJsonSchema,
    passives: CountJsonSchema,
    detractors: CountJsonSchema,
    otherScales: CountJsonSchema,
  }),
  warnings: z.array(z.object({ code: z.enum(CUSTOMER_SATISFACTION_WARNING_CODES), message: z.string() })),
  explain: z.object({ responseIds: z.array(z.string()) }).exactOptional(),
});

/**
 * Customer satisfaction index (indice de satisfaction de la clientèle, indicator 13): how satisfied
 * the customers who answered a survey in the period are, on one 0-100 index, and their net
 * promoter score.
 *
 * Formula, over the survey responses dated in `[period start, min(period end, asOf))`:
 * - `index` = mean over the responses of `(score - scaleMin) / (scaleMax - scaleMin) x 100`, each
 *   response rescaled on its own scale (so 4 on 1-5 is 75, 9 on 0-10 is 90); `null` with
 *   `no-responses` when none;
 * - `nps` = `100 x (promoters - detractors) / responses` over the responses on the 0-10 scale
 *   (`scaleMin` 0, `scaleMax` 10): promoters score 9 or 10, detractors 0 to 6, passives the rest;
 *   in points from -100 to 100; `null` with `no-0-10-responses` when none.
 *
 * Interpretation: the NPS is not rounded to a whole point (vendors' dashboards show 33 for one
 * promoter, one passive and one detractor; this gives 33.33...): it is the exact ratio, divided
 * once at 60 significant digits, with its counts beside it; round when formatting. The index's
 * mean is exact in the same way (fractions summed exactly, divided once).
 * Interpretation: with mixed scales, the index rescales every response; the NPS, defined on 0-10
 * only, leaves the others out (`nps.otherScales` counts them) and the result warns `mixed-scales`.
 * A score between two points (8.5) is a passive: promoters are scores >= 9, detractors <= 6.
 *
 * @param responses - the survey responses (trusted, already parsed), or their table (`surveyResponseTable`)
 * @param options - period, `asOf`, zone, explain ({@link CustomerSatisfactionOptions})
 * @returns the {@link CustomerSatisfactionResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf` or zone, or `responses` neither an array nor a table
 * @example
 * ```ts
 * const at = new Date("2026-03-02T00:00:00Z");
 * const response = (id: string, score: string, scaleMin = "0", scaleMax = "10"): SurveyResponse =>
 *   ({ id, customerId: "c1", date: at, score: toDecimal(score), scaleMin: toDecimal(scaleMin), scaleMax: toDecimal(scaleMax) });
 * const r = customerSatisfaction([response("q1", "10"), response("q2", "9"), response("q3", "7"), response("q4", "3"), response("q5", "4", "1", "5")], {
 *   period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") },
 * });
 * r.index.value?.toString();  //=> "73"   ((100 + 90 + 70 + 30 + 75) / 5)
 * r.nps;                      //=> { value: Decimal("25"), reason: null, responses: 4, promoters: 2, passives: 1, detractors: 1, otherScales: 1 }
 * r.warnings.map((w) => w.code); //=> ["mixed-scales"]
 * ```
 * @category Service
 */
export function customerSatisfaction(
  responses: readonly SurveyResponse[] | SurveyResponseTable,
  options: CustomerSatisfactionOptions,
): CustomerSatisfactionResult {
  const settings = checkServiceOptions(options);
  return customerSatisfactionOf(tableRunner({ surveys: recordColumnsOf(responses, "surveys", "responses") }), settings);
}
