import * as z from "zod";
import type { Order } from "../../model/types.js";
import {
  CountJsonSchema,
  CurrencyJsonSchema,
  DecimalJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ratioJsonSchema,
  ScopeJsonSchema,
} from "../../model/resultJson.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { attainmentDistributionOf } from "./_attainmentDistributionFigures.js";
import {
  ATTAINMENT_BANDS,
  ATTAINMENT_DISTRIBUTION_WARNING_CODES,
  type AttainmentDistributionOptions,
  type AttainmentDistributionResult,
} from "./attainmentDistributionTypes.js";

export { ATTAINMENT_BANDS, ATTAINMENT_DISTRIBUTION_WARNING_CODES } from "./attainmentDistributionTypes.js";
export type {
  AttainmentBand,
  AttainmentBandCount,
  AttainmentDistributionOptions,
  AttainmentDistributionResult,
  AttainmentDistributionWarningCode,
  AttainmentShareReason,
  SellerAttainment,
  SellerWithoutTarget,
} from "./attainmentDistributionTypes.js";

/**
 * zod schema of an {@link AttainmentDistributionResult} as `JSON.stringify` writes it; read a
 * result back with `resultFromJSON(AttainmentDistributionResultSchema, text)`.
 *
 * @example
 * ```ts
 * const { orders, revenueTargets, sellers } = generateSampleDataset();
 * const result = attainmentDistribution(orders, { targets: revenueTargets, sellers, period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") } });
 * const back = resultFromJSON(AttainmentDistributionResultSchema, JSON.stringify(result));
 * JSON.stringify(back) === JSON.stringify(result); //=> true
 * ```
 * @category Indicators
 */
export const AttainmentDistributionResultSchema: z.ZodType<AttainmentDistributionResult> = z.object({
  indicator: z.literal("attainment-distribution"),
  unit: z.literal("ratio"),
  currency: CurrencyJsonSchema,
  scope: ScopeJsonSchema,
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  sellerCount: CountJsonSchema,
  sellersWithTarget: CountJsonSchema,
  atOrAboveTarget: ratioJsonSchema(["no-sellers-with-target"]),
  bands: z.array(
    z.object({
      band: z.enum(ATTAINMENT_BANDS),
      lower: DecimalJsonSchema.nullable(),
      lowerIncluded: z.boolean(),
      upper: DecimalJsonSchema.nullable(),
      upperIncluded: z.boolean(),
      count: CountJsonSchema,
      sellerIds: z.array(z.string()),
    }),
  ),
  withoutTarget: z.array(z.object({ sellerId: z.string(), reason: z.literal("no-target") })),
  sellers: z.array(
    z.object({
      sellerId: z.string(),
      attainment: DecimalJsonSchema.nullable(),
      band: z.enum(ATTAINMENT_BANDS).nullable(),
    }),
  ),
  warnings: z.array(z.object({ code: z.enum(ATTAINMENT_DISTRIBUTION_WARNING_CODES), message: z.string() })),
});

/**
 * Attainment distribution (spec section 4): how the sellers spread around their targets, the
 * share of them at or above target, and how many fall in each band.
 *
 * Formula: each seller's attainment is the one of revenue versus target (2.1) by seller
 * (`revenueVsTargetGrouped` with `groupBy: "seller"`): realized in `[start, min(end, asOf))` over
 * the seller's own targets prorated to the whole period. `atOrAboveTarget` = sellers with
 * attainment >= 1 / sellers with a target (`null` with `no-sellers-with-target`); `bands` count the
 * sellers with a target by band: below 0.5, [0.5, 0.8), [0.8, 1), [1, 1.2], above 1.2
 * ({@link ATTAINMENT_BANDS}). Sellers without a target over the period are in `withoutTarget` with
 * the reason `no-target`, never in a band nor in the share's denominator.
 *
 * Interpretation: each band holds its lower edge (0.8 is "near plan", 1 is "at plan", as 2.1's
 * statuses judge `>= 0.8` watch and `>= 1` good), except 1.2, which belongs to `1-1.2`: the spec's
 * "above 1.2" is strictly above; this is the published band table of the attainment distribution
 * (below 50 %, 50 to 79 %, 80 to 99 %, 100 to 120 %, above 120 %).
 * Interpretation: the sellers are those of 2.1 by seller: the roster's (restricted to the scope)
 * then every other owner of the scope's orders, whatever their date (settled detail 15).
 * Interpretation: mid-period (`asOf` inside the period) the attainments are to date over the whole
 * period's target (settled detail 5), and the result warns `partial-period`; measure a closed
 * period to judge a team.
 *
 * @param orders - the orders (domain records), or their table (`orderTable(orders)`)
 * @param options - `targets`, period, `asOf`, scope, roster, zone, day count, proration, currency or exchange rates ({@link AttainmentDistributionOptions})
 * @returns the {@link AttainmentDistributionResult}
 * @throws {@link InvalidArgumentError} for `thresholds` (the bands are fixed) and the option errors of `revenueVsTarget`
 * @throws {@link MixedCurrencyError} when the summed orders and used targets are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force for an order's date or a target's start
 * @throws {@link ProrationForbiddenError} with `proration: false`, for a target that only partly overlaps the period
 * @example
 * ```ts
 * const q1 = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
 * const order = (id: string, sellerId: string, amount: string): Order =>
 *   ({ id, date: new Date("2026-02-10T00:00:00Z"), amount: toDecimal(amount), currency: "EUR", sellerId, customerId: "acme" });
 * const target = (sellerId: string): RevenueTarget =>
 *   ({ id: `t-${sellerId}`, level: "seller", scopeId: sellerId, start: q1.start, end: q1.end, amount: toDecimal("1000"), currency: "EUR" });
 * const orders = [order("o1", "ann", "400"), order("o2", "bob", "800"), order("o3", "cid", "1000"), order("o4", "dan", "1200"), order("o5", "eve", "300")];
 * const r = attainmentDistribution(orders, { period: q1, targets: ["ann", "bob", "cid", "dan"].map(target) });
 * r.bands.map((b) => [b.band, b.count]);
 * //=> [["below-0.5", 1], ["0.5-0.8", 0], ["0.8-1", 1], ["1-1.2", 2], ["above-1.2", 0]]   (0.8 in 0.8-1, 1.2 in 1-1.2)
 * r.atOrAboveTarget.value?.toString(); //=> "0.5"   (cid and dan of 4 sellers with a target)
 * r.withoutTarget; //=> [{ sellerId: "eve", reason: "no-target" }]
 * ```
 * @category Indicators
 */
export function attainmentDistribution(
  orders: readonly Order[] | OrderTable,
  options: AttainmentDistributionOptions,
): AttainmentDistributionResult {
  const table = orderColumnsOf(orders, "orders");
  return attainmentDistributionOf(tableRunner({ orders: table }), options);
}
