import type * as z from "zod";
import type { CustomerRequest } from "../../model/salesFlowTypes.js";
import type { RequestTable } from "../../table/requestTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { responseTimeGroupedOf, responseTimeOf, TENDER_RESPONSE } from "./_responseTimeCore.js";
import { groupedJsonSchema, responseTimeJsonSchema } from "./_salesFlowJson.js";
import { tablesOf } from "./_salesFlowInputs.js";
import type { ResponseTimeOptions, ResponseTimeResult } from "./responseTimeTypes.js";
import type { SalesFlowGroupedOptions, SalesFlowGroupedResult } from "./salesFlowTypes.js";

export { DEFAULT_TENDER_KINDS, DEFAULT_TENDER_RESPONSE_UNIT } from "./responseTimeTypes.js";
export type { ResponseTimeExplain, ResponseTimeOptions, ResponseTimeResult } from "./responseTimeTypes.js";

/** The result of {@link tenderResponseTime}. @category Sales flow */
export type TenderResponseTimeResult = ResponseTimeResult<"tender-response-time">;

/**
 * zod schema of a {@link TenderResponseTimeResult} as `JSON.stringify` writes it; read a result
 * back with `resultFromJSON(TenderResponseTimeResultSchema, text)`.
 *
 * @example
 * ```ts
 * const result = tenderResponseTime([], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(TenderResponseTimeResultSchema, JSON.stringify(result)).responded; //=> { count: 0, mean: { value: null, reason: "no-responses" }, median: { value: null, reason: "no-responses" } }
 * ```
 * @category Sales flow
 */
export const TenderResponseTimeResultSchema: z.ZodType<TenderResponseTimeResult> =
  responseTimeJsonSchema("tender-response-time");

/**
 * Tender response time (rapidité de réponse à un appel d'offres / cahier des charges, the article's
 * indicator 15): how long the sales team takes to answer a call for tenders or a specification,
 * and how old the unanswered ones are.
 *
 * Formula, for the requests of the `kinds` (default `tender` and `specification`) of owners in the
 * scope, received in `[period start, min(period end, asOf))`:
 * - `responded`: those with `respondedAt` before `asOf` (any `respondedAt` without `asOf`): count,
 *   mean and median of `respondedAt - receivedAt`; `null` with `no-responses` when there are none;
 * - `open`: those not answered before `asOf` and not closed: count, mean and median age,
 *   `asOf - receivedAt` (the period's end without `asOf`); `null` with `none-open`;
 * - `closedWithoutResponse`: those with no `respondedAt` that were declined, or processed before
 *   `asOf`: in neither figure.
 * Durations are in `unit` (default days) of `dayCount` (default calendar): calendar hours are the
 * real elapsed time; calendar days are days of the reporting zone (a 23-hour DST day is one day);
 * business days count Monday to Friday only, business hours are business days x 24.
 *
 * Interpretation: the tenders of a period are those received in it; their answers count whenever
 * they come (before `asOf`). Without `asOf`, unanswered tenders are aged at the period's end.
 * Interpretation: a tender declined without an answer date, or processed without one, is closed:
 * it has no response time and no age, and is counted apart rather than dropped silently.
 *
 * @param requests - the customer requests (arrays or `requestTable(requests)`)
 * @param options - period, `asOf`, scope, roster, zone, `unit`, `dayCount`, `kinds`, explain ({@link ResponseTimeOptions})
 * @returns the {@link TenderResponseTimeResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone, scope, unit, day count or kind,
 *   or requests that are neither an array nor a request table
 * @example
 * ```ts
 * const at = (text: string) => new Date(text);
 * const tender = (id: string, receivedAt: string, respondedAt?: string): CustomerRequest => ({ id, kind: "tender",
 *   customerId: "c1", ownerId: "ann", receivedAt: at(receivedAt), status: "open",
 *   ...(respondedAt === undefined ? {} : { respondedAt: at(respondedAt) }) });
 * const requests = [tender("t1", "2026-03-02T09:00:00Z", "2026-03-06T09:00:00Z"), tender("t2", "2026-03-03T09:00:00Z", "2026-03-13T21:00:00Z"),
 *   tender("t3", "2026-03-10T09:00:00Z", "2026-03-18T09:00:00Z"), tender("t4", "2026-03-20T00:00:00Z")];
 * const r = tenderResponseTime(requests, { period: { start: at("2026-03-01T00:00:00Z"), end: at("2026-04-01T00:00:00Z") },
 *   asOf: at("2026-03-25T00:00:00Z") });
 * r.responded.count;                    //=> 3
 * r.responded.mean.value?.toString();   //=> "7.5"   ((4 + 10.5 + 8) / 3 days)
 * r.responded.median.value?.toString(); //=> "8"
 * [r.open.count, r.open.mean.value?.toString()]; //=> [1, "5"]   (t4, 5 days old at asOf)
 * tenderResponseTime(requests, { period: { start: at("2026-03-01T00:00:00Z"), end: at("2026-04-01T00:00:00Z") },
 *   asOf: at("2026-03-25T00:00:00Z"), dayCount: "business" }).responded.median.value?.toString(); //=> "6"   (t3: 8 days less a weekend)
 * ```
 * @category Sales flow
 */
export function tenderResponseTime(
  requests: readonly CustomerRequest[] | RequestTable,
  options: ResponseTimeOptions,
): TenderResponseTimeResult {
  return responseTimeOf(tableRunner(tablesOf({ requests }, ["requests"])), options, TENDER_RESPONSE);
}

/** Options of {@link tenderResponseTimeGrouped}. @category Sales flow */
export type TenderResponseTimeGroupedOptions = Omit<ResponseTimeOptions, "scope"> & SalesFlowGroupedOptions;

/** The result of {@link tenderResponseTimeGrouped}. @category Sales flow */
export type TenderResponseTimeGroupedResult = SalesFlowGroupedResult<"tender-response-time", TenderResponseTimeResult>;

/**
 * zod schema of a {@link TenderResponseTimeGroupedResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const grouped = tenderResponseTimeGrouped([], { groupBy: "seller", sellers: [{ id: "ann" }],
 *   period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(TenderResponseTimeGroupedResultSchema, JSON.stringify(grouped)).groups[0]?.result.received; //=> 0
 * ```
 * @category Sales flow
 */
export const TenderResponseTimeGroupedResultSchema: z.ZodType<TenderResponseTimeGroupedResult> = groupedJsonSchema(
  "tender-response-time",
  TenderResponseTimeResultSchema,
);

/**
 * Tender response time (rapidité de réponse à un appel d'offres / cahier des charges, indicator
 * 15) per seller or per team: one {@link tenderResponseTime} per group, each with the group's scope.
 *
 * Formula: groups = the roster's sellers (or teams) with zeros, then the owners of the requests
 * counted (settled detail 15); per group, the formulas of {@link tenderResponseTime}.
 *
 * @param requests - the customer requests (arrays or `requestTable(requests)`)
 * @param options - the options of {@link tenderResponseTime} (without `scope`) and `groupBy`
 * @returns the {@link TenderResponseTimeGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the roster, or
 *   anything {@link tenderResponseTime} rejects
 * @example
 * ```ts
 * const tender = (id: string, ownerId: string): CustomerRequest => ({ id, kind: "specification", customerId: "c1", ownerId,
 *   receivedAt: new Date("2026-03-02T00:00:00Z"), respondedAt: new Date("2026-03-05T00:00:00Z"), status: "open" });
 * const grouped = tenderResponseTimeGrouped([tender("s1", "ann"), tender("s2", "bob")],
 *   { groupBy: "seller", period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * grouped.groups.map((g) => [g.key, g.result.responded.mean.value?.toString()]); //=> [["ann", "3"], ["bob", "3"]]
 * ```
 * @category Sales flow
 */
export function tenderResponseTimeGrouped(
  requests: readonly CustomerRequest[] | RequestTable,
  options: TenderResponseTimeGroupedOptions,
): TenderResponseTimeGroupedResult {
  return responseTimeGroupedOf(tableRunner(tablesOf({ requests }, ["requests"])), options, TENDER_RESPONSE);
}
