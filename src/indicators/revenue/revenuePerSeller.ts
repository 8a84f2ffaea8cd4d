import * as z from "zod";
import { InvalidArgumentError } from "../../errors/index.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import type { Order } from "../../model/types.js";
import {
  BucketJsonSchema,
  CurrencyJsonSchema,
  DecimalJsonSchema,
  figureJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ratioJsonSchema,
  ScopeJsonSchema,
} from "../../model/resultJson.js";
import { GRAINS } from "../../period/types.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { OrderTable } from "../../table/orderTable.js";
import { revenuePerCustomerFigures } from "./_revenuePerCustomerFigures.js";
import { revenuePerSellerFigures } from "./_revenuePerSellerFigures.js";
import { checkRevenuePerSellerOptions } from "./_revenuePerSellerOptions.js";
import {
  REVENUE_PER_SELLER_FLAGS,
  REVENUE_PER_SELLER_QUADRANTS,
  REVENUE_PER_SELLER_WARNING_CODES,
  type RevenuePerCustomerOptions,
  type RevenuePerCustomerResult,
  type RevenuePerSellerOptions,
  type RevenuePerSellerResult,
} from "./revenuePerSellerTypes.js";

export {
  DEFAULT_REVENUE_PER_SELLER_THRESHOLDS,
  DEFAULT_TRAILING_BUCKETS,
  REVENUE_PER_SELLER_FLAGS,
  REVENUE_PER_SELLER_QUADRANTS,
  REVENUE_PER_SELLER_WARNING_CODES,
} from "./revenuePerSellerTypes.js";
export type {
  RevenuePerCustomerOptions,
  RevenuePerCustomerPoint,
  RevenuePerCustomerResult,
  RevenuePerCustomerSeries,
  RevenuePerSellerEffort,
  RevenuePerSellerEffortExplain,
  RevenuePerSellerFlag,
  RevenuePerSellerMedians,
  RevenuePerSellerOptions,
  RevenuePerSellerPoint,
  RevenuePerSellerPointExplain,
  RevenuePerSellerQuadrant,
  RevenuePerSellerResult,
  RevenuePerSellerSeries,
  RevenuePerSellerThresholds,
  RevenuePerSellerThresholdsInput,
  RevenuePerSellerWarningCode,
} from "./revenuePerSellerTypes.js";

/**
 * Revenue per seller over time: the article's "niveau de chiffre d'affaires réalisé par vendeur"
 * (CA par vendeur, and with the month grain "CA par mois et par vendeur"), spec 2.2. It shows each
 * seller's performance through time, detects a loss of cadence ("baisse de cadence") or exceptional
 * results, and puts result beside effort for sellers who missed their figure.
 *
 * Formula in words:
 * - The range is split into buckets of `grain` (`splitRange`). For each seller and bucket,
 *   `realized` = sum of the seller's order amounts dated in the bucket and before `asOf`
 *   (records at or after `asOf` are excluded); credit notes count negative; `orderCount` = the
 *   number of those orders (and per series, over the range).
 * - `target` = the seller's seller-level targets prorated to the bucket; `attainment` = realized / target.
 * - `changeFromPrevious` = realized - previous bucket's realized; relative = change / previous.
 * - `trailingMean` = mean realized of the `n` previous buckets of the range (empty buckets count 0,
 *   settled detail 10); `changeFromTrailingMean` = realized - trailingMean; relative = change / mean.
 * - Flags: `drop` when realized < trailingMean x (1 - thresholds.drop), `exceptional` when realized >
 *   trailingMean x (1 + thresholds.exceptional), strict comparisons (defaults
 *   {@link DEFAULT_REVENUE_PER_SELLER_THRESHOLDS}, n = {@link DEFAULT_TRAILING_BUCKETS}); not judged, with
 *   `insufficient-history`, when fewer than `n` earlier buckets exist, or with `no-baseline` when the
 *   trailing mean is 0 or negative (settled detail 11).
 * - Effort versus result, over the whole range to `asOf`: per seller `realized`, `attainment` against
 *   the whole range's prorated target, `underTarget` = attainment < 1, `activityCount` = done
 *   activities in the same window, and a quadrant split at the team medians of effort (activity
 *   count) and result (attainment when every seller has a target, else realized revenue).
 *
 * Which sellers: those of the scope (company: everyone; team: the roster's members of the team;
 * seller: that seller). The roster (`sellers`) adds sellers with zeros; owners found in the records
 * are never removed (settled detail 15). The orders are read as a columnar table (`orderTable`; an
 * array is converted on each call) through one aggregation plan: realized revenue by bucket and
 * seller; the activities (when given) through another: done activities by seller. One currency
 * guard covers every amount summed and every target used (settled detail 14): orders outside the
 * window or the scope are not read.
 *
 * Interpretation: the sellers listed are the roster's sellers in the scope, in roster order, then
 * the owners of orders in the window, then the holders of seller targets overlapping the range, then
 * the owners of done activities in the window, each in order of first appearance in its input. So a
 * seller who only has activities, or only a target, still appears (with zero revenue): that is the
 * "effort without result" the article asks to look at. Records outside the range (or at or after
 * `asOf`) name no seller. A seller scope always lists its seller, even with no record.
 *
 * Interpretation: `asOf` cuts the records, not the buckets. A bucket starting at or after `asOf` keeps
 * its zeros but is not judged (flag `not-started`); the bucket holding `asOf` is judged on its
 * revenue to date and flagged `partial`. A bucket's target and attainment are over the whole bucket
 * (as in settled detail 5).
 *
 * Interpretation: relative changes need a positive base: over a previous bucket of 0 the value is
 * `null` (`zero-previous`), over a negative one `null` (`negative-previous`); over a trailing mean of
 * 0 or less `null` (`no-baseline`, as for the flags). The numerator and denominator stay in the ratio.
 *
 * Interpretation: effort and result are attached to every seller (not only those under target;
 * `underTarget` tells which). "High" means at or above the team median (ties go high), so with one
 * seller, or with all sellers equal, everyone is high. The medians are over the listed sellers,
 * zeros included. Without `activities` the lines are still given with `activityCount`, `quadrant`
 * and `medians.effort` `null` (`quadrantReason: "no-activities"`). Only seller-level targets count
 * (settled detail 1); each is converted to the reporting currency at the rate in force on its start.
 *
 * By customer (`by: "customer"`, spec section 1 "Scope"): the same series per customer of the
 * scope's orders (the orders' `customerId`) instead of per seller, ranked by revenue over the range
 * descending (ties by customer id ascending); with `top: n`, the first n are kept and the others
 * are summed bucket by bucket into `rest` (judged as one series); there is no effort versus result
 * (activities and effort are a seller's). See {@link RevenuePerCustomerResult}.
 *
 * Interpretation: targets are never set for a customer, so a customer point's `target` and
 * `attainment` are `null` with `targetReason: "no-customer-targets"`; `targets` is not read.
 * Interpretation: a customer series exists only for a customer with an order of the scope in the
 * window (there is no customer roster). Orders without a customer (possible in records built by
 * hand; parsed orders always have one) are in no series: `withoutCustomer` gives their count and
 * sum, with a warning `orders-without-customer`.
 *
 * @param orders - an array of revenue records (orders or invoices), or its table (`orderTable`):
 *   pass the table when calling several indicators on the same records
 * @param options - range, grain, roster, scope, `targets` (optional), activities (an array of
 *   activities, or its table, `activityTable`), `thresholds` (`{ drop, exceptional }`),
 *   `trailingBuckets`, `by`, `top`, `asOf`, currency, calendar ({@link RevenuePerSellerOptions})
 * @returns the buckets, one series per seller, effort versus result, medians and thresholds
 *   ({@link RevenuePerSellerResult}); with `by: "customer"` the {@link RevenuePerCustomerResult};
 *   with `explain: true` each point and line carries its record ids
 * @throws {@link InvalidArgumentError} for a missing or invalid range, grain, zone, fiscal start,
 *   day count, scope (a team scope needs `sellers`), `asOf`, `trailingBuckets` (a whole number >= 1)
 *   or thresholds (decimals >= 0), `by` (seller or customer), `top` (a whole number >= 1, with
 *   `by: "customer"` only), `sellers` or `targets` that are not arrays, `orders` or
 *   `activities` that are neither an array nor a table of their kind; or a target range with no
 *   day to prorate over
 * @throws {@link MixedCurrencyError} when summed amounts or used targets mix currencies without rates
 * @throws {@link MissingExchangeRateError} when a rate is missing for a record's currency and date
 * @throws {@link ProrationForbiddenError} with `proration: false`, when a target only partly overlaps a bucket or the range
 * @category Revenue per seller
 * @example
 * ```ts
 * const order = (id: string, date: string, amount: string) =>
 *   ({ id, date: new Date(date), amount: toDecimal(amount), currency: "EUR", sellerId: "ana", customerId: "c1" });
 * const orders = [order("o1", "2026-01-10T00:00:00Z", "100"), order("o2", "2026-02-10T00:00:00Z", "100"),
 *                 order("o3", "2026-03-10T00:00:00Z", "100"), order("o4", "2026-04-10T00:00:00Z", "60")];
 * const options = { range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") } };
 * const result = revenuePerSeller(orders, options);
 * const april = result.sellers[0]?.points[3];
 * april?.trailingMean.value?.toString(); //=> "100"
 * april?.flags;                          //=> ["drop"]  (60 < 100 x 0.7)
 * result.sellers[0]?.points[0]?.flags;   //=> ["insufficient-history"]
 * // The same figures from the table, built once for several calls:
 * revenuePerSeller(orderTable(orders), options).sellers[0]?.total.toString(); //=> "360"
 * result.sellers[0]?.points.map((p) => p.orderCount); //=> [1, 1, 1, 1]
 * // One series per customer instead:
 * const byCustomer = revenuePerSeller(orders, { ...options, by: "customer", top: 5 });
 * byCustomer.customers.map((c) => [c.customerId, c.total.toString(), c.orderCount]); //=> [["c1", "360", 4]]
 * byCustomer.customers[0]?.points[3]?.flags;  //=> ["drop"]
 * byCustomer.customers[0]?.points[3]?.target; //=> null
 * ```
 */
export function revenuePerSeller(
  orders: readonly Order[] | OrderTable,
  options: RevenuePerSellerOptions,
): RevenuePerSellerResult;
/** Revenue per customer: `by: "customer"` gives one series per customer (see the first signature). @category Revenue per seller */
export function revenuePerSeller(
  orders: readonly Order[] | OrderTable,
  options: RevenuePerCustomerOptions,
): RevenuePerCustomerResult;
/** Options known only at run time: the result's `by` says which form it is. @category Revenue per seller */
export function revenuePerSeller(
  orders: readonly Order[] | OrderTable,
  options: RevenuePerSellerOptions | RevenuePerCustomerOptions,
): RevenuePerSellerResult | RevenuePerCustomerResult;
export function revenuePerSeller(
  orders: readonly Order[] | OrderTable,
  options: RevenuePerSellerOptions | RevenuePerCustomerOptions,
): RevenuePerSellerResult | RevenuePerCustomerResult {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("revenuePerSeller needs options with a range");
  const table = orderColumnsOf(orders, "orders");
  const { input, activities } = checkRevenuePerSellerOptions(options);
  const guard = new CurrencyGuard(options);
  if (input.by === "customer") return revenuePerCustomerFigures(tableRunner({ orders: table }), input, guard);
  return revenuePerSellerFigures(
    tableRunner(activities === undefined ? { orders: table } : { orders: table, activities }),
    input,
    guard,
  );
}

const IdsSchema = z.array(z.string());

const WarningJsonSchema = z.object({ code: z.enum(REVENUE_PER_SELLER_WARNING_CODES), message: z.string() });

const ThresholdsSchema = z.object({
  trailingBuckets: z.number().int().positive(),
  drop: DecimalJsonSchema,
  exceptional: DecimalJsonSchema,
});

const PointJsonSchema = z.object({
  label: z.string(),
  realized: DecimalJsonSchema,
  orderCount: z.number().int().nonnegative(),
  target: DecimalJsonSchema,
  attainment: ratioJsonSchema(["no-target"]),
  changeFromPrevious: figureJsonSchema(["no-previous"]),
  relativeChangeFromPrevious: ratioJsonSchema(["no-previous", "zero-previous", "negative-previous"]),
  trailingMean: figureJsonSchema(["insufficient-history"]),
  changeFromTrailingMean: figureJsonSchema(["insufficient-history"]),
  relativeChangeFromTrailingMean: ratioJsonSchema(["insufficient-history", "no-baseline"]),
  flags: z.array(z.enum(REVENUE_PER_SELLER_FLAGS)),
  explain: z.object({ orderIds: IdsSchema, targetIds: IdsSchema }).exactOptional(),
});

const EffortJsonSchema = z.object({
  sellerId: z.string(),
  realized: DecimalJsonSchema,
  target: DecimalJsonSchema,
  attainment: ratioJsonSchema(["no-target"]),
  underTarget: z.boolean().nullable(),
  activityCount: z.number().int().nonnegative().nullable(),
  quadrant: z.enum(REVENUE_PER_SELLER_QUADRANTS).nullable(),
  quadrantReason: z.literal("no-activities").nullable(),
  explain: z.object({ orderIds: IdsSchema, targetIds: IdsSchema, activityIds: IdsSchema }).exactOptional(),
});

/**
 * Zod schema of a {@link RevenuePerSellerResult} (CA par vendeur) read back from JSON: decimal
 * strings become `Decimal`, ISO strings become `Date`, and the optional `explain` keys stay absent
 * when they were. Use it with `resultFromJSON`, which throws `InvalidArgumentError` on JSON of
 * another shape.
 *
 * @category Revenue per seller
 * @example
 * ```ts
 * const result = revenuePerSeller(
 *   [{ id: "o1", date: new Date("2026-01-10T00:00:00Z"), amount: toDecimal("100"), currency: "EUR", sellerId: "ana", customerId: "c1" }],
 *   { range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-03-01T00:00:00Z") } },
 * );
 * const back = resultFromJSON(RevenuePerSellerResultSchema, JSON.stringify(result));
 * back.sellers.map((s) => [s.sellerId, s.total.toString(), s.points.length]); //=> [["ana", "100", 2]]
 * ```
 */
export const RevenuePerSellerResultSchema: z.ZodType<RevenuePerSellerResult> = z.object({
  indicator: z.literal("revenue-per-seller"),
  unit: z.literal("money"),
  by: z.literal("seller"),
  currency: CurrencyJsonSchema,
  scope: ScopeJsonSchema,
  grain: z.enum(GRAINS),
  range: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  buckets: z.array(BucketJsonSchema),
  sellers: z.array(
    z.object({
      sellerId: z.string(),
      points: z.array(PointJsonSchema),
      total: DecimalJsonSchema,
      orderCount: z.number().int().nonnegative(),
    }),
  ),
  effortVsResult: z.array(EffortJsonSchema),
  medians: z.object({
    effort: DecimalJsonSchema.nullable(),
    result: DecimalJsonSchema.nullable(),
    resultBasis: z.enum(["attainment", "realized"]),
  }),
  thresholds: ThresholdsSchema,
  warnings: z.array(WarningJsonSchema),
});

const CustomerSeriesJsonSchema = z.object({
  customerId: z.string().nullable(),
  points: z.array(
    PointJsonSchema.extend({ target: z.null(), attainment: z.null(), targetReason: z.literal("no-customer-targets") }),
  ),
  total: DecimalJsonSchema,
  orderCount: z.number().int().nonnegative(),
});

/**
 * Zod schema of a {@link RevenuePerCustomerResult} (`revenuePerSeller` with `by: "customer"`) read
 * back from JSON, for `resultFromJSON`.
 *
 * @category Revenue per seller
 * @example
 * ```ts
 * const byCustomer = revenuePerSeller(
 *   [{ id: "o1", date: new Date("2026-01-10T00:00:00Z"), amount: toDecimal("100"), currency: "EUR", sellerId: "ana", customerId: "c1" }],
 *   { range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-03-01T00:00:00Z") }, by: "customer" },
 * );
 * const back = resultFromJSON(RevenuePerCustomerResultSchema, JSON.stringify(byCustomer));
 * back.customers.map((c) => [c.customerId, c.total.toString()]); //=> [["c1", "100"]]
 * back.customers[0]?.points[0]?.targetReason;                     //=> "no-customer-targets"
 * ```
 */
export const RevenuePerCustomerResultSchema: z.ZodType<RevenuePerCustomerResult> = z.object({
  indicator: z.literal("revenue-per-seller"),
  unit: z.literal("money"),
  by: z.literal("customer"),
  currency: CurrencyJsonSchema,
  scope: ScopeJsonSchema,
  grain: z.enum(GRAINS),
  range: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  buckets: z.array(BucketJsonSchema),
  customers: z.array(CustomerSeriesJsonSchema),
  rest: z.object({ groupCount: z.number().int().positive(), result: CustomerSeriesJsonSchema }).nullable(),
  withoutCustomer: z.object({ orderCount: z.number().int().nonnegative(), realized: DecimalJsonSchema }),
  thresholds: ThresholdsSchema,
  warnings: z.array(WarningJsonSchema),
});
