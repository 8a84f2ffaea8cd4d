import * as z from "zod";
import type { Offer, Prospect } from "../../model/salesFlowTypes.js";
import { CurrencyJsonSchema, DecimalJsonSchema, ratioJsonSchema } from "../../model/resultJson.js";
import type { OfferTable } from "../../table/offerTable.js";
import type { ProspectTable } from "../../table/prospectTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { offerSuccessGroupedOf, offerSuccessOf } from "./_offerSuccessCore.js";
import { CountJsonSchema, groupedJsonSchema, headShape, IdsJsonSchema } from "./_salesFlowJson.js";
import { tablesOf } from "./_salesFlowInputs.js";
import type { OfferSuccessOptions, OfferSuccessResult } from "./offerSuccessTypes.js";
import type { SalesFlowGroupedOptions, SalesFlowGroupedResult } from "./salesFlowTypes.js";

export type {
  OfferSuccessExplain,
  OfferSuccessFigures,
  OfferSuccessOptions,
  OfferSuccessResult,
  ProspectSuccessFigures,
} from "./offerSuccessTypes.js";

/** The records `offerSuccess` reads: each an array of records or its table. @category Sales flow */
export interface OfferSuccessRecords {
  /** The offers. */
  readonly offers: readonly Offer[] | OfferTable;
  /** The prospects; without them the result's `prospects` is `null`. */
  readonly prospects?: readonly Prospect[] | ProspectTable;
}

/**
 * zod schema of an {@link OfferSuccessResult} as `JSON.stringify` writes it; read a result back
 * with `resultFromJSON(OfferSuccessResultSchema, text)`.
 *
 * @example
 * ```ts
 * const result = offerSuccess({ offers: [] }, { period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(OfferSuccessResultSchema, JSON.stringify(result)).offers.rateByCount.reason; //=> "no-offers"
 * ```
 * @category Sales flow
 */
export const OfferSuccessResultSchema: z.ZodType<OfferSuccessResult> = z.object({
  indicator: z.literal("offer-success"),
  unit: z.literal("ratio"),
  ...headShape,
  currency: CurrencyJsonSchema,
  offers: z.object({
    issued: CountJsonSchema,
    issuedAmount: DecimalJsonSchema,
    accepted: CountJsonSchema,
    acceptedAmount: DecimalJsonSchema,
    notAccepted: CountJsonSchema,
    pending: CountJsonSchema,
    rateByCount: ratioJsonSchema(["no-offers"]),
    rateByValue: ratioJsonSchema(["no-offers", "no-offer-value"]),
  }),
  prospects: z
    .object({
      created: CountJsonSchema,
      converted: CountJsonSchema,
      lost: CountJsonSchema,
      open: CountJsonSchema,
      rate: ratioJsonSchema(["no-prospects"]),
    })
    .nullable(),
  explain: z
    .object({
      issuedIds: IdsJsonSchema,
      acceptedIds: IdsJsonSchema,
      prospectIds: IdsJsonSchema,
      convertedIds: IdsJsonSchema,
    })
    .exactOptional(),
});

/**
 * Offer and prospect success rate (taux de réussite des offres ou prospects, the article's
 * indicator 5): the share of offers turned into orders, by count and by value, and the share of
 * prospects turned into customers.
 *
 * Formula, for the records of owners in the scope:
 * - offers issued in `[period start, min(period end, asOf))`: `rateByCount` = those accepted
 *   (status `accepted`, `decidedAt` before `asOf`) / all of them; `rateByValue` = accepted amount /
 *   issued amount (each converted at `issuedAt`); `null` with `no-offers` when none was issued,
 *   `no-offer-value` when their amounts sum to 0;
 * - prospects created in the same window: `rate` = those converted (`convertedAt` before `asOf`) /
 *   all of them; `null` with `no-prospects` when none was created.
 *
 * Interpretation: an offer "turns into an order" when it is accepted (the schema allows `orderId`
 * only on accepted offers); an offer belongs to the period it was issued in, whenever it is decided.
 * Interpretation: offers and prospects still undecided at `asOf` (pending offers, offers decided at
 * or after `asOf`; prospects neither converted nor lost before it) stay in the denominators and are
 * reported apart (`pending`, `open`): the rate is "won so far out of all issued", so a recent period
 * reads low until its offers are decided. Without `asOf` every decision recorded counts.
 *
 * @param records - the offers and optional prospects ({@link OfferSuccessRecords}), arrays or tables
 * @param options - period, `asOf`, scope, roster, zone, currency or exchange rates, explain ({@link OfferSuccessOptions})
 * @returns the {@link OfferSuccessResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone or scope, or records that are not
 *   arrays or tables of their kind
 * @throws {@link MixedCurrencyError} when the counted offers are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a counted offer's `issuedAt`
 * @example
 * ```ts
 * const at = (text: string) => new Date(text);
 * const offer = (id: string, amount: string, status: Offer["status"], decidedAt?: string): Offer => ({ id, ownerId: "ann",
 *   customerId: "c1", issuedAt: at("2026-02-02T00:00:00Z"), amount: toDecimal(amount), currency: "EUR", status,
 *   ...(decidedAt === undefined ? {} : { decidedAt: at(decidedAt) }) });
 * const offers = [offer("q1", "3000", "accepted", "2026-02-20T00:00:00Z"), offer("q2", "1000", "rejected", "2026-02-25T00:00:00Z"),
 *   offer("q3", "4000", "pending"), offer("q4", "2000", "accepted", "2026-04-10T00:00:00Z")];
 * const prospects: Prospect[] = [
 *   { id: "p1", ownerId: "ann", createdAt: at("2026-01-10T00:00:00Z"), convertedAt: at("2026-03-01T00:00:00Z") },
 *   { id: "p2", ownerId: "ann", createdAt: at("2026-01-20T00:00:00Z"), lostAt: at("2026-02-01T00:00:00Z") },
 *   { id: "p3", ownerId: "ann", createdAt: at("2026-02-20T00:00:00Z") },
 * ];
 * const r = offerSuccess({ offers, prospects },
 *   { period: { start: at("2026-01-01T00:00:00Z"), end: at("2026-04-01T00:00:00Z") }, asOf: at("2026-04-01T00:00:00Z") });
 * r.offers.rateByCount.value?.toString(); //=> "0.25"   (q1 of 4; q4 is accepted after asOf: still pending)
 * r.offers.rateByValue.value?.toString(); //=> "0.3"    (3000 / 10000)
 * r.offers.pending;                       //=> 2
 * r.prospects?.rate.value?.toString();    //=> "0.333..."   (p1 of 3)
 * ```
 * @category Sales flow
 */
export function offerSuccess(records: OfferSuccessRecords, options: OfferSuccessOptions): OfferSuccessResult {
  const tables = tablesOf(records, ["offers"], ["prospects"]);
  return offerSuccessOf(tableRunner(tables), options, tables.prospects !== undefined);
}

/** Options of {@link offerSuccessGrouped}. @category Sales flow */
export type OfferSuccessGroupedOptions = Omit<OfferSuccessOptions, "scope"> & SalesFlowGroupedOptions;

/** The result of {@link offerSuccessGrouped}. @category Sales flow */
export type OfferSuccessGroupedResult = SalesFlowGroupedResult<"offer-success", OfferSuccessResult>;

/**
 * zod schema of an {@link OfferSuccessGroupedResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const grouped = offerSuccessGrouped({ offers: [] }, { groupBy: "seller", sellers: [{ id: "ann" }],
 *   period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(OfferSuccessGroupedResultSchema, JSON.stringify(grouped)).groups.length; //=> 1
 * ```
 * @category Sales flow
 */
export const OfferSuccessGroupedResultSchema: z.ZodType<OfferSuccessGroupedResult> = groupedJsonSchema(
  "offer-success",
  OfferSuccessResultSchema,
);

/**
 * Offer and prospect success rate (taux de réussite des offres ou prospects, indicator 5) per
 * seller or per team: one {@link offerSuccess} per group, each with the group's scope, all in one
 * currency.
 *
 * Formula: groups = the roster's sellers (or teams) with zeros, then the owners of the offers and
 * prospects counted (settled detail 15); per group, the formulas of {@link offerSuccess}.
 *
 * Interpretation: every group is reported in one currency, so groups compare: without exchange
 * rates, the counted offers of all groups must share one currency.
 *
 * @param records - the offers and optional prospects ({@link OfferSuccessRecords})
 * @param options - the options of {@link offerSuccess} (without `scope`) and `groupBy`
 * @returns the {@link OfferSuccessGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the roster, or
 *   anything {@link offerSuccess} rejects
 * @throws {@link MixedCurrencyError} when the counted offers are in several currencies and no exchange rates are given
 * @example
 * ```ts
 * const offer = (id: string, ownerId: string, status: Offer["status"]): Offer => ({ id, ownerId, customerId: "c1",
 *   issuedAt: new Date("2026-02-02T00:00:00Z"), amount: toDecimal(1000), currency: "EUR", status,
 *   ...(status === "pending" ? {} : { decidedAt: new Date("2026-02-10T00:00:00Z") }) });
 * const grouped = offerSuccessGrouped({ offers: [offer("q1", "ann", "accepted"), offer("q2", "bob", "expired"), offer("q3", "ann", "pending")] },
 *   { groupBy: "seller", period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * grouped.groups.map((g) => [g.key, g.result.offers.rateByCount.value?.toString()]); //=> [["ann", "0.5"], ["bob", "0"]]
 * ```
 * @category Sales flow
 */
export function offerSuccessGrouped(
  records: OfferSuccessRecords,
  options: OfferSuccessGroupedOptions,
): OfferSuccessGroupedResult {
  const tables = tablesOf(records, ["offers"], ["prospects"]);
  return offerSuccessGroupedOf(tableRunner(tables), options, tables.prospects !== undefined);
}
