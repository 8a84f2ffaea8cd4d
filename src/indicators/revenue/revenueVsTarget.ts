import type * as z from "zod";
import type { Order } from "../../model/types.js";
import { checkPeriod } from "../../period/checkPeriod.js";
import { prepare, revenueVsTargetResultObject } from "./_revenueVsTargetCore.js";
import { revenueVsTargetOf } from "./_revenueVsTargetFigures.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import type { RevenueVsTargetOptions, RevenueVsTargetResult } from "./revenueVsTargetTypes.js";

export { REVENUE_VS_TARGET_WARNING_CODES } from "./revenueVsTargetTypes.js";
export type {
  CustomerTargetReason,
  PaceReason,
  RevenueVsTargetCommonOptions,
  RevenueVsTargetCustomerResult,
  RevenueVsTargetExplain,
  RevenueVsTargetOptions,
  RevenueVsTargetResult,
  RevenueVsTargetStatusReason,
  RevenueVsTargetWarningCode,
} from "./revenueVsTargetTypes.js";
export { DEFAULT_ATTAINMENT_THRESHOLDS } from "../status.js";

/**
 * Revenue achieved versus target (CA réalisé / objectifs), headline indicator 2.1.
 *
 * Formulas, in words:
 * - realized = sum of the amounts of the scope's orders dated in `[start, min(end, asOf))`;
 *   negative amounts (credit notes) are summed as they are; an order dated exactly at `asOf` does
 *   not count (settled detail 3);
 * - target = sum over the scope's own targets of `amount x overlap / targetLength` (days of the
 *   reporting zone, calendar or business), overlapping targets adding up (settled details 1 and 2);
 * - attainment = realized / target, over the whole period's target (settled detail 5);
 * - orderCount = the number of orders summed in realized;
 * - remaining = max(target - realized, 0);
 * - elapsedFraction = (asOf - start) / (end - start) in days of the zone, parts of days as real
 *   time over the day's real length, clamped to [0, 1] (settled details 4 and 17);
 * - expectedToDate = target x elapsedFraction; pace = realized / expectedToDate;
 *   projected = realized / elapsedFraction; pace and projected are computed from the exact
 *   fraction with one final division;
 * - status = good when the basis >= thresholds.good, watch when >= thresholds.watch, else alert;
 *   the basis is attainment for a closed period (no `asOf`, or `asOf >= end`), pace otherwise.
 *
 * Interpretation: targets in another currency are converted with the exchange rates at the
 * target's own `start` instant (a target has no single "record date"); the currency check covers
 * the orders actually summed and the targets overlapping the period (settled detail 14).
 * Interpretation: when no time of the period has elapsed at `asOf` (`asOf <= start`, or no
 * business day yet with `dayCount: "business"`), pace and projected are `null` with reason
 * `not-started`, which takes precedence over `no-target`.
 * Interpretation: the article's caution not to read this figure alone is left to the caller, who
 * can put it beside the activity rate (2.4) of the same scope and period.
 *
 * @param orders - an array of orders or invoices (domain records, already parsed), or its table
 *   (`orderTable`): pass the table when calling several indicators on the same orders
 * @param options - `targets` (revenue targets at any level; only the scope's own are used), period,
 *   scope, `asOf`, calendar, currency, day count, proration, thresholds (default
 *   {@link DEFAULT_ATTAINMENT_THRESHOLDS}), explain
 * @returns the {@link RevenueVsTargetResult}
 * @throws {@link InvalidArgumentError} for `targets` that are not an array, an invalid period,
 *   `asOf`, scope, zone, fiscal month, day count, flag or thresholds (watch above good), or a period
 *   with no business day to count;
 *   for `orders` that are neither an array nor an order table
 * @throws {@link InvalidMoneyError} for a threshold that is not a decimal
 * @throws {@link UnknownCurrencyError} when `currency` is not an ISO 4217 code
 * @throws {@link MixedCurrencyError} when the summed orders and used targets are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force for an order's date or a target's start
 * @throws {@link ProrationForbiddenError} with `proration: false`, for a target that only partly overlaps the period
 * @category Revenue vs target
 * @example
 * ```ts
 * const result = revenueVsTarget(
 *   [{ id: "o1", date: new Date("2026-01-10T00:00:00Z"), amount: toDecimal("15500"), currency: "EUR", sellerId: "s1", customerId: "c1" }],
 *   {
 *     targets: [{ id: "t1", level: "company", start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z"), amount: toDecimal("31000"), currency: "EUR" }],
 *     period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") },
 *     asOf: new Date("2026-01-16T12:00:00Z"),
 *   },
 * );
 * result.orderCount;                   //=> 1
 * result.attainment.value?.toString(); //=> "0.5"   (15,500 / 31,000)
 * result.elapsedFraction.toString();   //=> "0.5"   (15.5 of 31 days)
 * result.pace.value?.toString();       //=> "1"     on track half way
 * result.projected.value?.toString();  //=> "31000"
 * result.statusBasis;                  //=> "pace"
 * result.status;                       //=> "good"
 * ```
 */
export function revenueVsTarget(
  orders: readonly Order[] | OrderTable,
  options: RevenueVsTargetOptions,
): RevenueVsTargetResult {
  const settings = prepare(options);
  const period = checkPeriod(options.period, "period");
  const table = orderColumnsOf(orders, "orders");
  return revenueVsTargetOf(tableRunner({ orders: table }), options.targets, settings, period);
}

/**
 * Zod schema of a {@link RevenueVsTargetResult} as JSON: use it with `resultFromJSON` to read a
 * serialised result back (decimals from strings, instants from ISO strings).
 *
 * @category Revenue vs target
 * @example
 * ```ts
 * const january = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") };
 * const result = revenueVsTarget(
 *   [{ id: "o1", date: new Date("2026-01-10T00:00:00Z"), amount: toDecimal("15500"), currency: "EUR", sellerId: "s1", customerId: "c1" }],
 *   { targets: [{ id: "t1", level: "company", start: january.start, end: january.end, amount: toDecimal("31000"), currency: "EUR" }], period: january },
 * );
 * const back = resultFromJSON(RevenueVsTargetResultSchema, JSON.stringify(result));
 * back.realized;                     //=> Decimal("15500")
 * back.attainment.value?.toString(); //=> "0.5"
 * ```
 */
export const RevenueVsTargetResultSchema: z.ZodType<RevenueVsTargetResult> = revenueVsTargetResultObject;
