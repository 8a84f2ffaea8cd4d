import type * as z from "zod";
import type { CustomerRequest } from "../../model/salesFlowTypes.js";
import type { RequestTable } from "../../table/requestTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { responseTimeGroupedOf, responseTimeOf, FIRST_RESPONSE } from "./_responseTimeCore.js";
import { groupedJsonSchema, responseTimeJsonSchema } from "./_salesFlowJson.js";
import { tablesOf } from "./_salesFlowInputs.js";
import type { ResponseTimeOptions, ResponseTimeResult } from "./responseTimeTypes.js";
import type { SalesFlowGroupedOptions, SalesFlowGroupedResult } from "./salesFlowTypes.js";

export { DEFAULT_FIRST_RESPONSE_KINDS, DEFAULT_FIRST_RESPONSE_UNIT } from "./responseTimeTypes.js";
export type { ResponseTimeExplain, ResponseTimeOptions, ResponseTimeResult } from "./responseTimeTypes.js";

/** The result of {@link firstResponseTime}. @category Sales flow */
export type FirstResponseTimeResult = ResponseTimeResult<"first-response-time">;

/**
 * zod schema of a {@link FirstResponseTimeResult} as `JSON.stringify` writes it; read a result
 * back with `resultFromJSON(FirstResponseTimeResultSchema, text)`.
 *
 * @example
 * ```ts
 * const result = firstResponseTime([], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(FirstResponseTimeResultSchema, JSON.stringify(result)).responded; //=> { count: 0, mean: { value: null, reason: "no-responses" }, median: { value: null, reason: "no-responses" } }
 * ```
 * @category Sales flow
 */
export const FirstResponseTimeResultSchema: z.ZodType<FirstResponseTimeResult> =
  responseTimeJsonSchema("first-response-time");

/**
 * Sales team responsiveness (réactivité du service commercial, the article's indicator 16): how
 * long inbound customer requests wait for a first response, and how old the unanswered ones are.
 *
 * Formula, for the requests of the `kinds` (default `request`: inbound customer requests) of
 * owners in the scope, received in `[period start, min(period end, asOf))`, the first response
 * being `firstResponseAt`, else `respondedAt`:
 * - `responded`: those first answered before `asOf` (any first response without `asOf`): count,
 *   mean and median of `first response - receivedAt`; `null` with `no-responses` when there are none;
 * - `open`: those not answered before `asOf` and not closed: count, mean and median age,
 *   `asOf - receivedAt` (the period's end without `asOf`); `null` with `none-open`;
 * - `closedWithoutResponse`: those with no response that were declined, or processed before `asOf`.
 * Durations are in `unit` (default hours) of `dayCount` (default calendar): calendar hours are the
 * real elapsed time; business days count Monday to Friday only, business hours are business days x 24.
 *
 * Interpretation: "the sales service's reactivity" is the wait for the first answer, whoever gives
 * it (an acknowledgement counts); a request answered in full without a separate first response was
 * first answered then. Tenders and specifications are left to `tenderResponseTime` unless `kinds`
 * names them.
 * Interpretation: the requests of a period are those received in it; without `asOf`, unanswered
 * ones are aged at the period's end.
 *
 * @param requests - the customer requests (arrays or `requestTable(requests)`)
 * @param options - period, `asOf`, scope, roster, zone, `unit`, `dayCount`, `kinds`, explain ({@link ResponseTimeOptions})
 * @returns the {@link FirstResponseTimeResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone, scope, unit, day count or kind,
 *   or requests that are neither an array nor a request table
 * @example
 * ```ts
 * const at = (text: string) => new Date(text);
 * const request = (id: string, receivedAt: string, firstResponseAt?: string, respondedAt?: string): CustomerRequest => ({ id,
 *   kind: "request", customerId: "c1", ownerId: "ann", receivedAt: at(receivedAt), status: "open",
 *   ...(firstResponseAt === undefined ? {} : { firstResponseAt: at(firstResponseAt) }),
 *   ...(respondedAt === undefined ? {} : { respondedAt: at(respondedAt) }) });
 * const requests = [request("r1", "2026-03-02T09:00:00Z", "2026-03-02T11:00:00Z"), request("r2", "2026-03-03T09:00:00Z", undefined, "2026-03-04T09:00:00Z"),
 *   request("r3", "2026-03-04T09:00:00Z", "2026-03-04T15:00:00Z", "2026-03-09T09:00:00Z"), request("r4", "2026-03-05T09:00:00Z", "2026-03-05T12:00:00Z"),
 *   request("r5", "2026-03-30T10:00:00Z")];
 * const r = firstResponseTime(requests, { period: { start: at("2026-03-01T00:00:00Z"), end: at("2026-04-01T00:00:00Z") },
 *   asOf: at("2026-03-31T10:00:00Z") });
 * r.responded.count;                    //=> 4
 * r.responded.mean.value?.toString();   //=> "8.75"   ((2 + 24 + 6 + 3) / 4 hours)
 * r.responded.median.value?.toString(); //=> "4.5"    (the mean of 3 and 6)
 * [r.open.count, r.open.mean.value?.toString()]; //=> [1, "24"]   (r5, a day old at asOf)
 * ```
 * @category Sales flow
 */
export function firstResponseTime(
  requests: readonly CustomerRequest[] | RequestTable,
  options: ResponseTimeOptions,
): FirstResponseTimeResult {
  return responseTimeOf(tableRunner(tablesOf({ requests }, ["requests"])), options, FIRST_RESPONSE);
}

/** Options of {@link firstResponseTimeGrouped}. @category Sales flow */
export type FirstResponseTimeGroupedOptions = Omit<ResponseTimeOptions, "scope"> & SalesFlowGroupedOptions;

/** The result of {@link firstResponseTimeGrouped}. @category Sales flow */
export type FirstResponseTimeGroupedResult = SalesFlowGroupedResult<"first-response-time", FirstResponseTimeResult>;

/**
 * zod schema of a {@link FirstResponseTimeGroupedResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const grouped = firstResponseTimeGrouped([], { groupBy: "seller", sellers: [{ id: "ann" }],
 *   period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(FirstResponseTimeGroupedResultSchema, JSON.stringify(grouped)).groups[0]?.result.received; //=> 0
 * ```
 * @category Sales flow
 */
export const FirstResponseTimeGroupedResultSchema: z.ZodType<FirstResponseTimeGroupedResult> = groupedJsonSchema(
  "first-response-time",
  FirstResponseTimeResultSchema,
);

/**
 * Sales team responsiveness (réactivité du service commercial, indicator 16) per seller or per
 * team: one {@link firstResponseTime} per group, each with the group's scope.
 *
 * Formula: groups = the roster's sellers (or teams) with zeros, then the owners of the requests
 * counted (settled detail 15); per group, the formulas of {@link firstResponseTime}.
 *
 * @param requests - the customer requests (arrays or `requestTable(requests)`)
 * @param options - the options of {@link firstResponseTime} (without `scope`) and `groupBy`
 * @returns the {@link FirstResponseTimeGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the roster, or
 *   anything {@link firstResponseTime} rejects
 * @example
 * ```ts
 * const request = (id: string, ownerId: string): CustomerRequest => ({ id, kind: "request", customerId: "c1", ownerId,
 *   receivedAt: new Date("2026-03-02T09:00:00Z"), firstResponseAt: new Date("2026-03-02T12:00:00Z"), status: "open" });
 * const grouped = firstResponseTimeGrouped([request("s1", "ann"), request("s2", "bob")],
 *   { groupBy: "seller", period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * grouped.groups.map((g) => [g.key, g.result.responded.mean.value?.toString()]); //=> [["ann", "3"], ["bob", "3"]]   (hours)
 * ```
 * @category Sales flow
 */
export function firstResponseTimeGrouped(
  requests: readonly CustomerRequest[] | RequestTable,
  options: FirstResponseTimeGroupedOptions,
): FirstResponseTimeGroupedResult {
  return responseTimeGroupedOf(tableRunner(tablesOf({ requests }, ["requests"])), options, FIRST_RESPONSE);
}
