import type * as z from "zod";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { negotiationsSeriesOf } from "./_negotiationsCore.js";
import { seriesJsonSchema } from "./_salesFlowJson.js";
import { tablesOf } from "./_salesFlowInputs.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- negotiations is named by {@link negotiations} in the TSDoc
import { negotiations, NegotiationsResultSchema, type NegotiationsRecords } from "./negotiations.js";
import type { NegotiationsOptions, NegotiationsResult } from "./negotiationsTypes.js";
import type { SalesFlowSeriesOptions, SalesFlowSeriesResult } from "./salesFlowTypes.js";

/** Options of {@link negotiationsSeries}: those of {@link negotiations} with a range and a grain (default month). @category Sales flow */
export type NegotiationsSeriesOptions = SalesFlowSeriesOptions<NegotiationsOptions>;

/** The result of {@link negotiationsSeries}. @category Sales flow */
export type NegotiationsSeriesResult = SalesFlowSeriesResult<"negotiations", NegotiationsResult>;

/**
 * zod schema of a {@link NegotiationsSeriesResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const series = negotiationsSeries({ offers: [], deals: [], requests: [] },
 *   { range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") }, grain: "quarter" });
 * resultFromJSON(NegotiationsSeriesResultSchema, JSON.stringify(series)).buckets.map((b) => b.label); //=> ["2026-Q1", "2026-Q2"]
 * ```
 * @category Sales flow
 */
export const NegotiationsSeriesResultSchema: z.ZodType<NegotiationsSeriesResult> = seriesJsonSchema(
  "negotiations",
  NegotiationsResultSchema,
);

/**
 * Negotiation review (évaluation des négociations, the article's indicator 4) bucket by bucket:
 * the proposal rate and the processing rate each month (or other grain) of a range.
 *
 * Formula in words: the range is split with `splitRange(range, grain)`; each bucket's figures are
 * exactly those of {@link negotiations} over that bucket as its period, with the same `asOf`,
 * kinds, scope and roster: `proposalRate` = offers issued / deals created in the bucket,
 * `processingRate` = requests received in the bucket and processed (before `asOf`) / requests
 * received in it; `total` is {@link negotiations} over the whole range. Each count runs as one
 * plan with the buckets.
 *
 * Interpretation: a request belongs to the bucket it was received in (a cohort), so a request
 * received in March and processed in April counts as processed in March's bucket, as the single
 * form over March counts it.
 *
 * @param records - the offers, deals and requests ({@link NegotiationsRecords}), arrays or tables
 * @param options - range, grain (default month), `asOf`, kinds, scope, roster, zone, explain ({@link NegotiationsSeriesOptions})
 * @returns the {@link NegotiationsSeriesResult}
 * @throws {@link InvalidArgumentError} for an invalid range, grain, `asOf`, zone, scope or kinds, or records that
 *   are not arrays or tables of their kind
 * @example
 * ```ts
 * const at = (text: string) => new Date(text);
 * const offer = (id: string, issuedAt: string): Offer => ({ id, ownerId: "ann", customerId: "c1", issuedAt: at(issuedAt),
 *   amount: toDecimal(1000), currency: "EUR", status: "pending" });
 * const deal = (id: string, createdAt: string): Deal => ({ id, ownerId: "ann", amount: toDecimal(1000), currency: "EUR",
 *   stage: "proposal", status: "open", createdAt: at(createdAt) });
 * const series = negotiationsSeries(
 *   { offers: [offer("q1", "2026-01-05T00:00:00Z"), offer("q2", "2026-01-20T00:00:00Z"), offer("q3", "2026-02-03T00:00:00Z")],
 *     deals: [deal("d1", "2026-01-02T00:00:00Z"), deal("d2", "2026-02-01T00:00:00Z"), deal("d3", "2026-02-09T00:00:00Z")],
 *     requests: [] },
 *   { range: { start: at("2026-01-01T00:00:00Z"), end: at("2026-03-01T00:00:00Z") } });
 * series.buckets.map((b) => [b.label, b.proposalRate.value?.toString()]); //=> [["2026-01", "2"], ["2026-02", "0.5"]]
 * series.total.proposalRate.value?.toString(); //=> "1"   (3 offers / 3 deals)
 * ```
 * @category Sales flow
 */
export function negotiationsSeries(
  records: NegotiationsRecords,
  options: NegotiationsSeriesOptions,
): NegotiationsSeriesResult {
  return negotiationsSeriesOf(tableRunner(tablesOf(records, ["offers", "deals", "requests"])), options);
}
