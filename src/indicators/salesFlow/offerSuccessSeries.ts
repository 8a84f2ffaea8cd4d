import type * as z from "zod";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { offerSuccessSeriesOf } from "./_offerSuccessCore.js";
import { seriesJsonSchema } from "./_salesFlowJson.js";
import { tablesOf } from "./_salesFlowInputs.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- offerSuccess is named by {@link offerSuccess} in the TSDoc
import { offerSuccess, OfferSuccessResultSchema, type OfferSuccessRecords } from "./offerSuccess.js";
import type { OfferSuccessOptions, OfferSuccessResult } from "./offerSuccessTypes.js";
import type { SalesFlowSeriesOptions, SalesFlowSeriesResult } from "./salesFlowTypes.js";

/** Options of {@link offerSuccessSeries}: those of {@link offerSuccess} with a range and a grain (default month). @category Sales flow */
export type OfferSuccessSeriesOptions = SalesFlowSeriesOptions<OfferSuccessOptions>;

/** The result of {@link offerSuccessSeries}. @category Sales flow */
export type OfferSuccessSeriesResult = SalesFlowSeriesResult<"offer-success", OfferSuccessResult>;

/**
 * zod schema of an {@link OfferSuccessSeriesResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const series = offerSuccessSeries({ offers: [] },
 *   { range: { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(OfferSuccessSeriesResultSchema, JSON.stringify(series)).buckets[0]?.offers.rateByCount.reason; //=> "no-offers"
 * ```
 * @category Sales flow
 */
export const OfferSuccessSeriesResultSchema: z.ZodType<OfferSuccessSeriesResult> = seriesJsonSchema(
  "offer-success",
  OfferSuccessResultSchema,
);

/**
 * Offer and prospect success (taux de réussite des offres ou prospects, the article's indicator 5)
 * bucket by bucket: the share of each month's (or other grain's) offers that were accepted, and of
 * its prospects that became customers.
 *
 * Formula in words: the range is split with `splitRange(range, grain)`; each bucket's figures are
 * exactly those of {@link offerSuccess} over that bucket as its period, with the same `asOf`,
 * scope and roster: offers issued in the bucket and accepted (before `asOf`) / offers issued in it,
 * by count and by value; prospects created in the bucket and converted / prospects created in it;
 * `total` is {@link offerSuccess} over the whole range. Each count and sum runs as one plan with
 * the buckets.
 *
 * Interpretation: an offer belongs to the bucket it was issued in (a cohort), whenever it was
 * decided, as the single form over that bucket reads it; one currency check covers the whole
 * series, so every bucket is in one `currency`.
 *
 * @param records - the offers and optional prospects ({@link OfferSuccessRecords}), arrays or tables
 * @param options - range, grain (default month), `asOf`, scope, roster, zone, currency or exchange rates, explain ({@link OfferSuccessSeriesOptions})
 * @returns the {@link OfferSuccessSeriesResult}
 * @throws {@link InvalidArgumentError} for an invalid range, grain, `asOf`, zone or scope, or records that are not
 *   arrays or tables of their kind
 * @throws {@link MixedCurrencyError} when the counted offers are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a counted offer's date
 * @example
 * ```ts
 * const at = (text: string) => new Date(text);
 * const offer = (id: string, issuedAt: string, amount: string, status: Offer["status"]): Offer => ({ id, ownerId: "ann",
 *   customerId: "c1", issuedAt: at(issuedAt), amount: toDecimal(amount), currency: "EUR", status,
 *   ...(status === "pending" ? {} : { decidedAt: at("2026-03-25T00:00:00Z") }) });
 * const series = offerSuccessSeries({ offers: [offer("q1", "2026-02-03T00:00:00Z", "1000", "accepted"),
 *   offer("q2", "2026-02-10T00:00:00Z", "3000", "rejected"), offer("q3", "2026-03-02T00:00:00Z", "500", "pending")] },
 *   { range: { start: at("2026-02-01T00:00:00Z"), end: at("2026-04-01T00:00:00Z") } });
 * series.buckets.map((b) => [b.label, b.offers.rateByCount.value?.toString(), b.offers.rateByValue.value?.toString()]);
 * //=> [["2026-02", "0.5", "0.25"], ["2026-03", "0", "0"]]
 * series.total.offers.accepted; //=> 1
 * ```
 * @category Sales flow
 */
export function offerSuccessSeries(
  records: OfferSuccessRecords,
  options: OfferSuccessSeriesOptions,
): OfferSuccessSeriesResult {
  const tables = tablesOf(records, ["offers"], ["prospects"]);
  return offerSuccessSeriesOf(tableRunner(tables), options, tables.prospects !== undefined);
}
