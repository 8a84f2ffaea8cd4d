import * as z from "zod";
import type { CustomerRequest } from "../../model/salesFlowTypes.js";
import { ratioJsonSchema } from "../../model/resultJson.js";
import type { RequestTable } from "../../table/requestTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { requestsOnTimeGroupedOf, requestsOnTimeOf } from "./_requestsOnTimeCore.js";
import { CountJsonSchema, groupedJsonSchema, headShape, IdsJsonSchema, KindsJsonSchema } from "./_salesFlowJson.js";
import { tablesOf } from "./_salesFlowInputs.js";
import type { RequestsOnTimeOptions, RequestsOnTimeResult } from "./requestsOnTimeTypes.js";
import type { SalesFlowGroupedOptions, SalesFlowGroupedResult } from "./salesFlowTypes.js";

export { DEFAULT_ON_TIME_KINDS } from "./requestsOnTimeTypes.js";
export type { RequestsOnTimeExplain, RequestsOnTimeOptions, RequestsOnTimeResult } from "./requestsOnTimeTypes.js";

/**
 * zod schema of a {@link RequestsOnTimeResult} as `JSON.stringify` writes it; read a result back
 * with `resultFromJSON(RequestsOnTimeResultSchema, text)`.
 *
 * @example
 * ```ts
 * const result = requestsOnTime([], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(RequestsOnTimeResultSchema, JSON.stringify(result)).share.reason; //=> "nothing-due"
 * ```
 * @category Sales flow
 */
export const RequestsOnTimeResultSchema: z.ZodType<RequestsOnTimeResult> = z.object({
  indicator: z.literal("requests-on-time"),
  unit: z.literal("ratio"),
  ...headShape,
  kinds: KindsJsonSchema,
  received: CountJsonSchema,
  withoutDeadline: CountJsonSchema,
  onTime: CountJsonSchema,
  late: CountJsonSchema,
  openOverdue: CountJsonSchema,
  openNotDue: CountJsonSchema,
  closedWithoutAnswer: CountJsonSchema,
  share: ratioJsonSchema(["nothing-due"]),
  explain: z
    .object({ onTimeIds: IdsJsonSchema, lateIds: IdsJsonSchema, openOverdueIds: IdsJsonSchema })
    .exactOptional(),
});

/**
 * Answered by the requested deadline (retour au client dans le délai demandé, the article's
 * indicator 21): the share of customer requests answered by the deadline the customer asked for.
 *
 * Formula, for the requests of the `kinds` (default all) of owners in the scope, received in
 * `[period start, min(period end, asOf))` with a deadline (`dueAt`), the answer being `respondedAt`,
 * else `processedAt`:
 * - `onTime`: answered before `asOf`, at or before `dueAt`; `late`: answered before `asOf`, after `dueAt`;
 * - `openOverdue`: not answered before `asOf` and `dueAt` already passed at `asOf` (the period's end
 *   without `asOf`): late already, whatever happens next;
 * - `share` = onTime / (onTime + late + openOverdue); `null` with `nothing-due` when that is 0.
 * Reported apart, in no term of the share: `withoutDeadline` (no `dueAt`), `openNotDue` (not
 * answered, deadline still ahead), `closedWithoutAnswer` (declined with no answer date).
 *
 * Interpretation: a request without `dueAt` cannot be late and is not judged; a request still open
 * past its deadline counts as late now (dropping it would reward leaving it unanswered), while one
 * whose deadline is still ahead is not judged yet.
 * Interpretation: the deadline is the instant `dueAt`; a date-only `dueAt` is the first instant of
 * that day in the reporting zone, so "by 13 March" inclusive is written `2026-03-14` or with a time.
 * Interpretation: the requests of a period are those received in it (as for indicators 15 and 16).
 *
 * @param requests - the customer requests (arrays or `requestTable(requests)`)
 * @param options - period, `asOf`, scope, roster, zone, `kinds`, explain ({@link RequestsOnTimeOptions})
 * @returns the {@link RequestsOnTimeResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone, scope or kind, or requests that
 *   are neither an array nor a request table
 * @example
 * ```ts
 * const at = (text: string) => new Date(text);
 * const request = (id: string, dueAt: string | null, respondedAt?: string): CustomerRequest => ({ id, kind: "request",
 *   customerId: "c1", ownerId: "ann", receivedAt: at("2026-03-02T09:00:00Z"), status: "open",
 *   ...(dueAt === null ? {} : { dueAt: at(dueAt) }), ...(respondedAt === undefined ? {} : { respondedAt: at(respondedAt) }) });
 * const requests = [request("r1", "2026-03-05T00:00:00Z", "2026-03-04T10:00:00Z"), request("r2", "2026-03-05T00:00:00Z", "2026-03-05T00:00:00Z"),
 *   request("r3", "2026-03-05T00:00:00Z", "2026-03-06T10:00:00Z"), request("r4", "2026-03-09T00:00:00Z"),
 *   request("r5", "2026-03-31T00:00:00Z"), request("r6", null, "2026-03-03T10:00:00Z")];
 * const r = requestsOnTime(requests, { period: { start: at("2026-03-01T00:00:00Z"), end: at("2026-04-01T00:00:00Z") },
 *   asOf: at("2026-03-20T00:00:00Z") });
 * r.share.value?.toString(); //=> "0.5"   (r1 and r2 on time; r3 late, r4 unanswered past its deadline)
 * [r.onTime, r.late, r.openOverdue, r.openNotDue, r.withoutDeadline]; //=> [2, 1, 1, 1, 1]
 * ```
 * @category Sales flow
 */
export function requestsOnTime(
  requests: readonly CustomerRequest[] | RequestTable,
  options: RequestsOnTimeOptions,
): RequestsOnTimeResult {
  return requestsOnTimeOf(tableRunner(tablesOf({ requests }, ["requests"])), options);
}

/** Options of {@link requestsOnTimeGrouped}. @category Sales flow */
export type RequestsOnTimeGroupedOptions = Omit<RequestsOnTimeOptions, "scope"> & SalesFlowGroupedOptions;

/** The result of {@link requestsOnTimeGrouped}. @category Sales flow */
export type RequestsOnTimeGroupedResult = SalesFlowGroupedResult<"requests-on-time", RequestsOnTimeResult>;

/**
 * zod schema of a {@link RequestsOnTimeGroupedResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const grouped = requestsOnTimeGrouped([], { groupBy: "seller", sellers: [{ id: "ann" }],
 *   period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(RequestsOnTimeGroupedResultSchema, JSON.stringify(grouped)).groups[0]?.result.share.reason; //=> "nothing-due"
 * ```
 * @category Sales flow
 */
export const RequestsOnTimeGroupedResultSchema: z.ZodType<RequestsOnTimeGroupedResult> = groupedJsonSchema(
  "requests-on-time",
  RequestsOnTimeResultSchema,
);

/**
 * Answered by the requested deadline (retour au client dans le délai demandé, indicator 21) per
 * seller or per team: one {@link requestsOnTime} per group, each with the group's scope.
 *
 * Formula: groups = the roster's sellers (or teams) with zeros, then the owners of the requests
 * counted (settled detail 15); per group, the formulas of {@link requestsOnTime}.
 *
 * @param requests - the customer requests (arrays or `requestTable(requests)`)
 * @param options - the options of {@link requestsOnTime} (without `scope`) and `groupBy`
 * @returns the {@link RequestsOnTimeGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the roster, or
 *   anything {@link requestsOnTime} rejects
 * @example
 * ```ts
 * const request = (id: string, ownerId: string, respondedAt: string): CustomerRequest => ({ id, kind: "request", customerId: "c1",
 *   ownerId, receivedAt: new Date("2026-03-02T09:00:00Z"), dueAt: new Date("2026-03-04T00:00:00Z"), respondedAt: new Date(respondedAt), status: "open" });
 * const grouped = requestsOnTimeGrouped([request("r1", "ann", "2026-03-03T09:00:00Z"), request("r2", "bob", "2026-03-05T09:00:00Z")],
 *   { groupBy: "seller", period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * grouped.groups.map((g) => [g.key, g.result.share.value?.toString()]); //=> [["ann", "1"], ["bob", "0"]]
 * ```
 * @category Sales flow
 */
export function requestsOnTimeGrouped(
  requests: readonly CustomerRequest[] | RequestTable,
  options: RequestsOnTimeGroupedOptions,
): RequestsOnTimeGroupedResult {
  return requestsOnTimeGroupedOf(tableRunner(tablesOf({ requests }, ["requests"])), options);
}
