import type * as z from "zod";
import type { CustomerRequest } from "../../model/salesFlowTypes.js";
import type { RequestTable } from "../../table/requestTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { responseTimeSeriesOf, TENDER_RESPONSE } from "./_responseTimeCore.js";
import { seriesJsonSchema } from "./_salesFlowJson.js";
import { tablesOf } from "./_salesFlowInputs.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- tenderResponseTime is named by {@link tenderResponseTime} in the TSDoc
import { tenderResponseTime } from "./tenderResponseTime.js";
import { TenderResponseTimeResultSchema, type TenderResponseTimeResult } from "./tenderResponseTime.js";
import type { ResponseTimeOptions } from "./responseTimeTypes.js";
import type { SalesFlowSeriesOptions, SalesFlowSeriesResult } from "./salesFlowTypes.js";

/** Options of {@link tenderResponseTimeSeries}: those of {@link tenderResponseTime} with a range and a grain (default month). @category Sales flow */
export type TenderResponseTimeSeriesOptions = SalesFlowSeriesOptions<ResponseTimeOptions>;

/** The result of {@link tenderResponseTimeSeries}. @category Sales flow */
export type TenderResponseTimeSeriesResult = SalesFlowSeriesResult<"tender-response-time", TenderResponseTimeResult>;

/**
 * zod schema of a {@link TenderResponseTimeSeriesResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const series = tenderResponseTimeSeries([], { range: { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(TenderResponseTimeSeriesResultSchema, JSON.stringify(series)).buckets.map((b) => [b.label, b.received]); //=> [["2026-02", 0], ["2026-03", 0]]
 * ```
 * @category Sales flow
 */
export const TenderResponseTimeSeriesResultSchema: z.ZodType<TenderResponseTimeSeriesResult> = seriesJsonSchema(
  "tender-response-time",
  TenderResponseTimeResultSchema,
);

/**
 * Tender response time (rapidité de réponse à un appel d'offres / cahier des charges, the article's
 * indicator 15) bucket by bucket: how long the tenders and specifications received each month (or
 * other grain) of a range took to be answered, and how old the unanswered ones are.
 *
 * Formula in words: the range is split with `splitRange(range, grain)`; each bucket's figures are
 * exactly those of {@link tenderResponseTime} over that bucket as its period, with the same
 * `asOf`, kinds, unit, day count, scope and roster: for the requests received in the bucket, the
 * mean and median of `respondedAt - receivedAt` of those answered before `asOf`, and the count,
 * mean and median age of those still open; `total` is {@link tenderResponseTime} over the whole
 * range. One plan reads the requests of the range once, by bucket of `receivedAt` and status.
 *
 * Interpretation: a tender belongs to the bucket it was received in; without `asOf`, a bucket's
 * open tenders are aged at the bucket's end (as the single form over that bucket ages them), and
 * with `asOf` at `asOf`, in every bucket.
 *
 * @param requests - the customer requests (arrays or `requestTable(requests)`)
 * @param options - range, grain (default month), `asOf`, scope, roster, zone, `unit`, `dayCount`, `kinds`, explain ({@link TenderResponseTimeSeriesOptions})
 * @returns the {@link TenderResponseTimeSeriesResult}
 * @throws {@link InvalidArgumentError} for an invalid range, grain, `asOf`, zone, scope, unit, day count or kind,
 *   or requests that are neither an array nor a request table
 * @example
 * ```ts
 * const at = (text: string) => new Date(text);
 * const tender = (id: string, receivedAt: string, respondedAt?: string): CustomerRequest => ({ id, kind: "tender",
 *   customerId: "c1", ownerId: "ann", receivedAt: at(receivedAt), status: "open",
 *   ...(respondedAt === undefined ? {} : { respondedAt: at(respondedAt) }) });
 * const series = tenderResponseTimeSeries(
 *   [tender("t1", "2026-02-02T09:00:00Z", "2026-02-06T09:00:00Z"), tender("t2", "2026-02-10T09:00:00Z", "2026-02-20T09:00:00Z"),
 *     tender("t3", "2026-03-02T09:00:00Z", "2026-03-05T09:00:00Z"), tender("t4", "2026-03-20T00:00:00Z")],
 *   { range: { start: at("2026-02-01T00:00:00Z"), end: at("2026-04-01T00:00:00Z") }, asOf: at("2026-03-25T00:00:00Z") });
 * series.buckets.map((b) => [b.label, b.responded.mean.value?.toString(), b.open.count]); //=> [["2026-02", "7", 0], ["2026-03", "3", 1]]
 * series.total.responded.median.value?.toString(); //=> "4"   (4, 10 and 3 days)
 * ```
 * @category Sales flow
 */
export function tenderResponseTimeSeries(
  requests: readonly CustomerRequest[] | RequestTable,
  options: TenderResponseTimeSeriesOptions,
): TenderResponseTimeSeriesResult {
  return responseTimeSeriesOf(tableRunner(tablesOf({ requests }, ["requests"])), options, TENDER_RESPONSE);
}
