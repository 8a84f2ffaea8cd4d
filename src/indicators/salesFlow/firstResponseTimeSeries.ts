import type * as z from "zod";
import type { CustomerRequest } from "../../model/salesFlowTypes.js";
import type { RequestTable } from "../../table/requestTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { responseTimeSeriesOf, FIRST_RESPONSE } from "./_responseTimeCore.js";
import { seriesJsonSchema } from "./_salesFlowJson.js";
import { tablesOf } from "./_salesFlowInputs.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- firstResponseTime is named by {@link firstResponseTime} in the TSDoc
import { firstResponseTime, FirstResponseTimeResultSchema, type FirstResponseTimeResult } from "./firstResponseTime.js";
import type { ResponseTimeOptions } from "./responseTimeTypes.js";
import type { SalesFlowSeriesOptions, SalesFlowSeriesResult } from "./salesFlowTypes.js";

/** Options of {@link firstResponseTimeSeries}: those of {@link firstResponseTime} with a range and a grain (default month). @category Sales flow */
export type FirstResponseTimeSeriesOptions = SalesFlowSeriesOptions<ResponseTimeOptions>;

/** The result of {@link firstResponseTimeSeries}. @category Sales flow */
export type FirstResponseTimeSeriesResult = SalesFlowSeriesResult<"first-response-time", FirstResponseTimeResult>;

/**
 * zod schema of a {@link FirstResponseTimeSeriesResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const series = firstResponseTimeSeries([], { range: { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(FirstResponseTimeSeriesResultSchema, JSON.stringify(series)).buckets.map((b) => [b.label, b.received]); //=> [["2026-02", 0], ["2026-03", 0]]
 * ```
 * @category Sales flow
 */
export const FirstResponseTimeSeriesResultSchema: z.ZodType<FirstResponseTimeSeriesResult> = seriesJsonSchema(
  "first-response-time",
  FirstResponseTimeResultSchema,
);

/**
 * First response time (réactivité du service commercial, the article's indicator 16) bucket by
 * bucket: how long the inbound customer requests received each month (or other grain) of a range
 * waited for a first response, and how old the unanswered ones are.
 *
 * Formula in words: the range is split with `splitRange(range, grain)`; each bucket's figures are
 * exactly those of {@link firstResponseTime} over that bucket as its period, with the same `asOf`,
 * kinds, unit, day count, scope and roster: for the requests received in the bucket, the mean and
 * median of `first response - receivedAt` (`firstResponseAt`, else `respondedAt`) of those first
 * answered before `asOf`, and the count, mean and median age of those still open; `total` is
 * {@link firstResponseTime} over the whole range. One plan reads the requests of the range once,
 * by bucket of `receivedAt` and status.
 *
 * Interpretation: a request belongs to the bucket it was received in; without `asOf`, a bucket's
 * open requests are aged at the bucket's end (as the single form over that bucket ages them), and
 * with `asOf` at `asOf`, in every bucket.
 *
 * @param requests - the customer requests (arrays or `requestTable(requests)`)
 * @param options - range, grain (default month), `asOf`, scope, roster, zone, `unit`, `dayCount`, `kinds`, explain ({@link FirstResponseTimeSeriesOptions})
 * @returns the {@link FirstResponseTimeSeriesResult}
 * @throws {@link InvalidArgumentError} for an invalid range, grain, `asOf`, zone, scope, unit, day count or kind,
 *   or requests that are neither an array nor a request table
 * @example
 * ```ts
 * const at = (text: string) => new Date(text);
 * const request = (id: string, receivedAt: string, firstResponseAt: string): CustomerRequest => ({ id, kind: "request",
 *   customerId: "c1", ownerId: "ann", receivedAt: at(receivedAt), firstResponseAt: at(firstResponseAt), status: "open" });
 * const series = firstResponseTimeSeries(
 *   [request("r1", "2026-03-02T09:00:00Z", "2026-03-02T11:00:00Z"), request("r2", "2026-03-03T09:00:00Z", "2026-03-03T15:00:00Z"),
 *     request("r3", "2026-03-10T09:00:00Z", "2026-03-10T10:00:00Z")],
 *   { range: { start: at("2026-03-02T00:00:00Z"), end: at("2026-03-16T00:00:00Z") }, grain: "week" });
 * series.buckets.map((b) => [b.label, b.responded.mean.value?.toString()]); //=> [["2026-W10", "4"], ["2026-W11", "1"]]
 * series.total.responded.mean.value?.toString(); //=> "3"   ((2 + 6 + 1) / 3 hours)
 * ```
 * @category Sales flow
 */
export function firstResponseTimeSeries(
  requests: readonly CustomerRequest[] | RequestTable,
  options: FirstResponseTimeSeriesOptions,
): FirstResponseTimeSeriesResult {
  return responseTimeSeriesOf(tableRunner(tablesOf({ requests }, ["requests"])), options, FIRST_RESPONSE);
}
