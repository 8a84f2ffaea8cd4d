import * as z from "zod";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import {
  CountJsonSchema,
  CurrencyJsonSchema,
  DecimalJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ratioJsonSchema,
  ScopeJsonSchema,
} from "../../model/resultJson.js";
import type { Deal } from "../../model/types.js";
import { GRAINS } from "../../period/types.js";
import type { DealTable } from "../../table/dealTable.js";
import { dealColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkLostDealsOptions } from "./_lostDealsSettings.js";
import { lostDealsOf } from "./_lostDealsFigures.js";
import {
  LOSS_CATEGORIES,
  LOST_DEALS_FLAGS,
  LOST_DEALS_WARNING_CODES,
  type LostDealsOptions,
  type LostDealsResult,
} from "./lostDealsTypes.js";

export {
  DEFAULT_LOST_DEALS_GRAIN,
  DEFAULT_LOST_DEALS_SPIKE,
  LOSS_CATEGORIES,
  LOST_DEALS_FLAGS,
  LOST_DEALS_WARNING_CODES,
} from "./lostDealsTypes.js";
export type {
  LossCategory,
  LossRateReason,
  LostByCategory,
  LostByCompetitor,
  LostByReason,
  LostDealsBucket,
  LostDealsExplain,
  LostDealsFigures,
  LostDealsFlag,
  LostDealsOptions,
  LostDealsResult,
  LostDealsSpikeOptions,
  LostDealsSpikeSettings,
  LostDealsWarningCode,
  SpikeDeviation,
} from "./lostDealsTypes.js";

const figuresShape = {
  lostCount: CountJsonSchema,
  lostAmount: DecimalJsonSchema,
  wonCount: CountJsonSchema,
  wonAmount: DecimalJsonSchema,
  lossRateByCount: ratioJsonSchema(["no-closed-deals"]),
  lossRateByValue: ratioJsonSchema(["no-closed-deals", "no-closed-value"]),
  byReason: z.array(z.object({ reason: z.string().nullable(), count: CountJsonSchema, amount: DecimalJsonSchema })),
  byCategory: z.array(
    z.object({ category: z.enum(LOSS_CATEGORIES), count: CountJsonSchema, amount: DecimalJsonSchema }),
  ),
  byCompetitor: z.array(z.object({ competitor: z.string(), count: CountJsonSchema, amount: DecimalJsonSchema })),
};

/**
 * zod schema of a {@link LostDealsResult} as `JSON.stringify` writes it; read a result back with
 * `resultFromJSON(LostDealsResultSchema, text)`.
 *
 * @example
 * ```ts
 * const lost: Deal = { id: "d1", ownerId: "ann", amount: toDecimal("1000"), currency: "EUR", stage: "closed", status: "lost",
 *   createdAt: new Date("2026-01-01T00:00:00Z"), closedAt: new Date("2026-03-05T00:00:00Z") };
 * const result = lostDeals([lost], { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") } });
 * const back = resultFromJSON(LostDealsResultSchema, JSON.stringify(result));
 * back.totals.lostAmount;                          //=> Decimal("1000")
 * back.buckets.map((b) => [b.label, b.lostCount]); //=> [["2026-03", 1], ["2026-04", 0]]
 * ```
 * @category Lost deals
 */
export const LostDealsResultSchema: z.ZodType<LostDealsResult> = z.object({
  indicator: z.literal("lost-deals"),
  unit: z.literal("count"),
  currency: CurrencyJsonSchema,
  grain: z.enum(GRAINS),
  range: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  scope: ScopeJsonSchema,
  buckets: z.array(
    z.object({
      label: z.string(),
      start: InstantJsonSchema,
      end: InstantJsonSchema,
      ...figuresShape,
      mean: DecimalJsonSchema.nullable(),
      std: DecimalJsonSchema.nullable(),
      threshold: DecimalJsonSchema.nullable(),
      flags: z.array(z.enum(LOST_DEALS_FLAGS)),
    }),
  ),
  totals: z.object(figuresShape),
  spikeSettings: z.object({
    minCount: CountJsonSchema,
    trailingBuckets: z.number().int().positive(),
    k: DecimalJsonSchema,
    deviation: z.enum(["sample", "population"]),
  }),
  warnings: z.array(z.object({ code: z.enum(LOST_DEALS_WARNING_CODES), message: z.string() })),
  explain: z
    .object({
      buckets: z.array(
        z.object({ label: z.string(), lostDealIds: z.array(z.string()), wonDealIds: z.array(z.string()) }),
      ),
    })
    .exactOptional(),
});

/**
 * Volume of lost deals (volume des affaires perdues, headline indicator 2.5): lost deals per
 * period, the loss rate, why they were lost, to whom, and whether a period stands out. The
 * article: losing one deal is not alarming, several in the same period are; then ask about the
 * market (a new competitor?), the offer (prices, services) and internal management.
 *
 * Formula, for the deals of owners in the scope with status `lost` or `won` and `closedAt` in
 * `[range start, min(range end, asOf))`, placed in the bucket of their `closedAt` (amounts
 * converted at `closedAt`):
 * - `lostCount`, `lostAmount`, `wonCount`, `wonAmount` per bucket;
 * - `lossRateByCount` = lost / (won + lost), `lossRateByValue` = lostAmount / (wonAmount + lostAmount);
 *   `null` with `no-closed-deals` when nothing closed in the bucket (settled detail 16);
 * - breakdowns of the lost deals by reason (`null` when none given), by category (the caller's
 *   `reasonCategories`; unmapped or missing reasons are `other`) and by competitor named, each
 *   with its deal `count` and summed `amount`;
 * - spike (settled details 10 and 12): for bucket `i` with at least `n` (`spike.trailingBuckets`)
 *   earlier buckets in the range, `mean` and `std` of the lost counts of buckets `i - n .. i - 1`
 *   (empty buckets count 0; sample deviation with `n - 1` by default, population with `n` on
 *   request), `threshold = mean + k x std` (the mean when std is 0); flag `spike` when
 *   `lostCount >= minCount` and `lostCount > threshold` (strict). With fewer than `n` earlier
 *   buckets the bucket is flagged `insufficient-history` and not judged (start the range earlier to
 *   judge it). Defaults: {@link DEFAULT_LOST_DEALS_SPIKE} (2 lost deals, 6 buckets, k = 2, sample).
 * - `asOf` (settled detail 3): a deal closed at or after `asOf` is not counted; a bucket starting at
 *   or after `asOf` is flagged `not-started` and not judged (no mean, std or threshold); the bucket
 *   holding `asOf` is flagged `partial`; the result warns `partial-range` (or `range-not-started`).
 * - `totals` are the same figures over the whole range (to `asOf`).
 *
 * Interpretation: without `asOf` nothing is cut (every closing in the range counts), as revenue
 * versus target judges a period without `asOf` closed.
 * Interpretation: the `partial` bucket is judged on its losses to date against the full buckets
 * before it: a lost count can only grow until the bucket ends, so a spike to date stays a spike,
 * while "no spike" may still change; its loss rates are to date too.
 * Interpretation: when deals closed in a bucket but their amounts sum to 0 (all zero, or credits
 * cancelling out), `lossRateByValue` is `null` with reason `no-closed-value`.
 * Interpretation: the spike decision is exact: it compares `(lost - mean)^2` with `k^2 x variance`
 * on exact integers and decimals, so the rounding of the reported `std` (a square root) never
 * flips a decision.
 * Interpretation: the breakdowns count lost deals only; a won deal's reason or competitor is ignored.
 * Interpretation: the currency check covers only the deals counted (closed in the range before
 * `asOf`, in scope; settled detail 14).
 *
 * @param deals - an array of deals (trusted, already parsed), or its table (`dealTable(deals)`):
 *   pass the table when calling several indicators on the same deals
 * @param options - range, grain, `asOf`, scope, roster, zone, fiscal year, currency or exchange
 *   rates, reason categories, spike settings, explain ({@link LostDealsOptions})
 * @returns the {@link LostDealsResult}
 * @throws {@link InvalidArgumentError} for an invalid range, `asOf`, grain, zone, fiscal month,
 *   scope, reason category or spike setting (`trailingBuckets` below 2 with the sample deviation,
 *   negative `k`, the former name `history`...), or `deals` neither an array nor a deal table
 * @throws {@link MixedCurrencyError} when counted deals are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a counted deal's `closedAt`
 * @example
 * ```ts
 * const deal = (id: string, status: "won" | "lost", closedAt: string, amount: string, lossReason?: string): Deal =>
 *   ({ id, ownerId: "ann", amount: toDecimal(amount), currency: "EUR", stage: "closed", status,
 *      createdAt: new Date("2026-01-01T00:00:00Z"), closedAt: new Date(closedAt), ...(lossReason ? { lossReason } : {}) });
 * const deals = [deal("d1", "lost", "2026-03-05T00:00:00Z", "1000", "price"), deal("d2", "won", "2026-03-09T00:00:00Z", "3000"),
 *   deal("d3", "lost", "2026-04-20T00:00:00Z", "500", "price")];
 * const r = lostDeals(deals, {
 *   range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-06-01T00:00:00Z") },
 *   reasonCategories: { price: "offer" },
 *   asOf: new Date("2026-04-15T00:00:00Z"),
 * });
 * r.buckets[0]?.lossRateByCount.value?.toString(); //=> "0.5"   (1 lost of 2 closed)
 * r.buckets[0]?.lossRateByValue.value?.toString(); //=> "0.25"  (1000 / 4000)
 * r.buckets[0]?.byCategory[1];  //=> { category: "offer", count: 1, amount: Decimal(1000) }
 * r.buckets.map((b) => [b.label, b.lostCount, b.flags]);
 * //=> [["2026-03", 1, ["insufficient-history"]], ["2026-04", 0, ["insufficient-history", "partial"]], ["2026-05", 0, ["not-started"]]]
 * //   (d3 closed on 20 April, after asOf: not counted)
 * r.warnings.map((w) => w.code); //=> ["partial-range"]
 * // The same figures from the deals' table, built once for several indicators:
 * lostDeals(dealTable(deals), { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } }).totals.lostCount; //=> 1
 * ```
 * @category Lost deals
 */
export function lostDeals(deals: readonly Deal[] | DealTable, options: LostDealsOptions): LostDealsResult {
  const settings = checkLostDealsOptions(options);
  const guard = new CurrencyGuard(options);
  const table = dealColumnsOf(deals, "deals");
  return lostDealsOf(tableRunner({ deals: table }), settings, guard);
}
