import type * as z from "zod";
import type { CustomerRequest } from "../../model/salesFlowTypes.js";
import type { RequestTable } from "../../table/requestTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { requestsOnTimeSeriesOf } from "./_requestsOnTimeCore.js";
import { seriesJsonSchema } from "./_salesFlowJson.js";
import { tablesOf } from "./_salesFlowInputs.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- requestsOnTime is named by {@link requestsOnTime} in the TSDoc
import { requestsOnTime, RequestsOnTimeResultSchema } from "./requestsOnTime.js";
import type { RequestsOnTimeOptions, RequestsOnTimeResult } from "./requestsOnTimeTypes.js";
import type { SalesFlowSeriesOptions, SalesFlowSeriesResult } from "./salesFlowTypes.js";

/** Options of {@link requestsOnTimeSeries}: those of {@link requestsOnTime} with a range and a grain (default month). @category Sales flow */
export type RequestsOnTimeSeriesOptions = SalesFlowSeriesOptions<RequestsOnTimeOptions>;

/** The result of {@link requestsOnTimeSeries}. @category Sales flow */
export type RequestsOnTimeSeriesResult = SalesFlowSeriesResult<"requests-on-time", RequestsOnTimeResult>;

/**
 * zod schema of a {@link RequestsOnTimeSeriesResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const series = requestsOnTimeSeries([], { range: { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(RequestsOnTimeSeriesResultSchema, JSON.stringify(series)).total.share.reason; //=> "nothing-due"
 * ```
 * @category Sales flow
 */
export const RequestsOnTimeSeriesResultSchema: z.ZodType<RequestsOnTimeSeriesResult> = seriesJsonSchema(
  "requests-on-time",
  RequestsOnTimeResultSchema,
);

/**
 * Answered by the requested deadline (retour au client dans le délai demandé, the article's
 * indicator 21) bucket by bucket: the share of the customer requests received each month (or
 * other grain) of a range that were answered by the deadline the customer asked for.
 *
 * Formula in words: the range is split with `splitRange(range, grain)`; each bucket's figures are
 * exactly those of {@link requestsOnTime} over that bucket as its period, with the same `asOf`,
 * kinds, scope and roster: of the requests received in the bucket with a deadline, `share` =
 * on time / (on time + late + still open past their deadline); `total` is {@link requestsOnTime}
 * over the whole range. One plan reads the requests of the range once, by bucket of `receivedAt`
 * and status.
 *
 * Interpretation: a request belongs to the bucket it was received in; without `asOf`, an open
 * request counts as overdue in its bucket when its deadline passed by the bucket's end (as the
 * single form over that bucket judges it), and with `asOf` when it passed by `asOf`.
 *
 * @param requests - the customer requests (arrays or `requestTable(requests)`)
 * @param options - range, grain (default month), `asOf`, scope, roster, zone, `kinds`, explain ({@link RequestsOnTimeSeriesOptions})
 * @returns the {@link RequestsOnTimeSeriesResult}
 * @throws {@link InvalidArgumentError} for an invalid range, grain, `asOf`, zone, scope or kind, or requests
 *   that are neither an array nor a request table
 * @example
 * ```ts
 * const at = (text: string) => new Date(text);
 * const request = (id: string, receivedAt: string, dueAt: string, respondedAt?: string): CustomerRequest => ({ id,
 *   kind: "request", customerId: "c1", ownerId: "ann", receivedAt: at(receivedAt), dueAt: at(dueAt), status: "open",
 *   ...(respondedAt === undefined ? {} : { respondedAt: at(respondedAt) }) });
 * const series = requestsOnTimeSeries(
 *   [request("r1", "2026-02-02T09:00:00Z", "2026-02-05T00:00:00Z", "2026-02-04T09:00:00Z"),
 *     request("r2", "2026-02-09T09:00:00Z", "2026-02-12T00:00:00Z", "2026-02-13T09:00:00Z"),
 *     request("r3", "2026-03-02T09:00:00Z", "2026-03-05T00:00:00Z", "2026-03-03T09:00:00Z")],
 *   { range: { start: at("2026-02-01T00:00:00Z"), end: at("2026-04-01T00:00:00Z") } });
 * series.buckets.map((b) => [b.label, b.share.value?.toString()]); //=> [["2026-02", "0.5"], ["2026-03", "1"]]
 * series.total.share.value?.toString(); //=> "0.666..."   (r1 and r3 of 3)
 * ```
 * @category Sales flow
 */
export function requestsOnTimeSeries(
  requests: readonly CustomerRequest[] | RequestTable,
  options: RequestsOnTimeSeriesOptions,
): RequestsOnTimeSeriesResult {
  return requestsOnTimeSeriesOf(tableRunner(tablesOf({ requests }, ["requests"])), options);
}
