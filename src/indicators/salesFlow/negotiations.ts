import * as z from "zod";
import type { Deal } from "../../model/types.js";
import type { CustomerRequest, Offer } from "../../model/salesFlowTypes.js";
import { ratioJsonSchema } from "../../model/resultJson.js";
import type { DealTable } from "../../table/dealTable.js";
import type { OfferTable } from "../../table/offerTable.js";
import type { RequestTable } from "../../table/requestTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { negotiationsGroupedOf, negotiationsOf } from "./_negotiationsCore.js";
import { CountJsonSchema, groupedJsonSchema, headShape, IdsJsonSchema, KindsJsonSchema } from "./_salesFlowJson.js";
import { tablesOf } from "./_salesFlowInputs.js";
import type { NegotiationsOptions, NegotiationsResult } from "./negotiationsTypes.js";
import type { SalesFlowGroupedOptions, SalesFlowGroupedResult } from "./salesFlowTypes.js";

export { DEFAULT_NEGOTIATIONS_KINDS } from "./negotiationsTypes.js";
export type { NegotiationsExplain, NegotiationsOptions, NegotiationsResult } from "./negotiationsTypes.js";

/** The records `negotiations` reads: each an array of records or its table. @category Sales flow */
export interface NegotiationsRecords {
  /** The offers (proposal rate's numerator). */
  readonly offers: readonly Offer[] | OfferTable;
  /** The deals (opportunities; proposal rate's denominator). */
  readonly deals: readonly Deal[] | DealTable;
  /** The customer requests (processing rate). */
  readonly requests: readonly CustomerRequest[] | RequestTable;
}

/**
 * zod schema of a {@link NegotiationsResult} as `JSON.stringify` writes it; read a result back with
 * `resultFromJSON(NegotiationsResultSchema, text)`.
 *
 * @example
 * ```ts
 * const result = negotiations({ offers: [], deals: [], requests: [] },
 *   { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(NegotiationsResultSchema, JSON.stringify(result)).proposalRate; //=> { value: null, reason: "no-deals", numerator: Decimal("0"), denominator: Decimal("0") }
 * ```
 * @category Sales flow
 */
export const NegotiationsResultSchema: z.ZodType<NegotiationsResult> = z.object({
  indicator: z.literal("negotiations"),
  unit: z.literal("ratio"),
  ...headShape,
  kinds: KindsJsonSchema,
  offersIssued: CountJsonSchema,
  dealsCreated: CountJsonSchema,
  proposalRate: ratioJsonSchema(["no-deals"]),
  received: CountJsonSchema,
  processed: CountJsonSchema,
  processingRate: ratioJsonSchema(["no-requests"]),
  explain: z
    .object({
      offerIds: IdsJsonSchema,
      dealIds: IdsJsonSchema,
      receivedIds: IdsJsonSchema,
      processedIds: IdsJsonSchema,
    })
    .exactOptional(),
});

/**
 * Negotiation review (évaluation des négociations, the article's indicator 4): how many offers the
 * sales team issues per opportunity it opens, and how many of the customers' requests it gets
 * processed.
 *
 * Formula, for the records of owners in the scope dated in `[period start, min(period end, asOf))`:
 * - `proposalRate` = offers issued (by `issuedAt`) / deals created (by `createdAt`); `null` with
 *   `no-deals` when no deal was created;
 * - `processingRate` = requests received (by `receivedAt`, of the `kinds`) that are processed
 *   (status `processed` with `processedAt` before `asOf`) / requests received; `null` with
 *   `no-requests` when none was received; `received` and `processed` are the two totals.
 *
 * Interpretation: both rates compare records of the same period: the offers of the period against
 * the deals opened in it (not the offers of those deals), so the proposal rate can exceed 1 (several
 * offers per deal, offers on deals opened earlier).
 * Interpretation: the processing rate follows the requests received in the period (a cohort): a
 * request received in the period and processed after it counts as processed when no `asOf` cuts
 * it; with `asOf`, only processings before `asOf` count. Declined requests count as received and
 * not processed.
 *
 * @param records - the offers, deals and customer requests ({@link NegotiationsRecords}), arrays or tables
 * @param options - period, `asOf`, scope, roster, zone, request `kinds` (default all), explain ({@link NegotiationsOptions})
 * @returns the {@link NegotiationsResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone, scope or kind, or records that
 *   are not arrays or tables of their kind
 * @example
 * ```ts
 * const at = (text: string) => new Date(text);
 * const deal = (id: string, createdAt: string): Deal => ({ id, ownerId: "ann", amount: toDecimal(1000), currency: "EUR",
 *   stage: "proposal", status: "open", createdAt: at(createdAt) });
 * const offer = (id: string, issuedAt: string): Offer => ({ id, ownerId: "ann", customerId: "c1", issuedAt: at(issuedAt),
 *   amount: toDecimal(1000), currency: "EUR", status: "pending" });
 * const request = (id: string, status: "open" | "processed", processedAt?: string): CustomerRequest => ({ id, kind: "request",
 *   customerId: "c1", ownerId: "ann", receivedAt: at("2026-03-02T09:00:00Z"), status,
 *   ...(processedAt === undefined ? {} : { processedAt: at(processedAt) }) });
 * const r = negotiations(
 *   { deals: [deal("d1", "2026-03-02T00:00:00Z"), deal("d2", "2026-03-09T00:00:00Z")],
 *     offers: [offer("q1", "2026-03-05T00:00:00Z"), offer("q2", "2026-03-12T00:00:00Z"), offer("q3", "2026-03-20T00:00:00Z")],
 *     requests: [request("r1", "processed", "2026-03-04T00:00:00Z"), request("r2", "open"), request("r3", "processed", "2026-03-30T00:00:00Z")] },
 *   { period: { start: at("2026-03-01T00:00:00Z"), end: at("2026-04-01T00:00:00Z") }, asOf: at("2026-03-25T00:00:00Z") },
 * );
 * r.proposalRate.value?.toString();   //=> "1.5"   (3 offers / 2 deals)
 * r.processingRate.value?.toString(); //=> "0.333..."   (1 of 3: r3 is processed after asOf)
 * [r.received, r.processed];          //=> [3, 1]
 * r.warnings.map((w) => w.code);      //=> ["partial-period"]
 * ```
 * @category Sales flow
 */
export function negotiations(records: NegotiationsRecords, options: NegotiationsOptions): NegotiationsResult {
  return negotiationsOf(tableRunner(tablesOf(records, ["offers", "deals", "requests"])), options);
}

/** Options of {@link negotiationsGrouped}. @category Sales flow */
export type NegotiationsGroupedOptions = Omit<NegotiationsOptions, "scope"> & SalesFlowGroupedOptions;

/** The result of {@link negotiationsGrouped}. @category Sales flow */
export type NegotiationsGroupedResult = SalesFlowGroupedResult<"negotiations", NegotiationsResult>;

/**
 * zod schema of a {@link NegotiationsGroupedResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const grouped = negotiationsGrouped({ offers: [], deals: [], requests: [] }, { groupBy: "seller", sellers: [{ id: "ann" }],
 *   period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(NegotiationsGroupedResultSchema, JSON.stringify(grouped)).groups.map((g) => g.key); //=> ["ann"]
 * ```
 * @category Sales flow
 */
export const NegotiationsGroupedResultSchema: z.ZodType<NegotiationsGroupedResult> = groupedJsonSchema(
  "negotiations",
  NegotiationsResultSchema,
);

/**
 * Negotiation review (évaluation des négociations, indicator 4) per seller or per team: one
 * {@link negotiations} per group, each with the group's scope.
 *
 * Formula: groups = the roster's sellers (or teams) with zeros, then the owners of the offers,
 * deals and requests the indicator counts (settled detail 15); per group, the formulas of
 * {@link negotiations}.
 *
 * @param records - the offers, deals and customer requests ({@link NegotiationsRecords})
 * @param options - the options of {@link negotiations} (without `scope`) and `groupBy`
 * @returns the {@link NegotiationsGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the roster, or
 *   anything {@link negotiations} rejects
 * @example
 * ```ts
 * const offer = (id: string, ownerId: string): Offer => ({ id, ownerId, customerId: "c1", issuedAt: new Date("2026-03-05T00:00:00Z"),
 *   amount: toDecimal(1000), currency: "EUR", status: "pending" });
 * const deal: Deal = { id: "d1", ownerId: "bob", amount: toDecimal(1000), currency: "EUR", stage: "proposal", status: "open",
 *   createdAt: new Date("2026-03-02T00:00:00Z") };
 * const grouped = negotiationsGrouped({ offers: [offer("q1", "bob"), offer("q2", "cid")], deals: [deal], requests: [] },
 *   { groupBy: "seller", sellers: [{ id: "ann" }], period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * grouped.groups.map((g) => [g.key, g.result.offersIssued, g.result.proposalRate.value?.toString() ?? g.result.proposalRate.reason]);
 * //=> [["ann", 0, "no-deals"], ["bob", 1, "1"], ["cid", 1, "no-deals"]]
 * ```
 * @category Sales flow
 */
export function negotiationsGrouped(
  records: NegotiationsRecords,
  options: NegotiationsGroupedOptions,
): NegotiationsGroupedResult {
  return negotiationsGroupedOf(tableRunner(tablesOf(records, ["offers", "deals", "requests"])), options);
}
