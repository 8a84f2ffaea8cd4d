import * as z from "zod";
import type { Penalty } from "../../model/serviceTypes.js";
import { CurrencyJsonSchema } from "../../model/resultJson.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import type { PenaltyTable } from "../../table/serviceTables.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkServiceOptions } from "./_serviceSettings.js";
import { penaltyAmountByCustomerOf } from "./_penaltyAmount.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- penaltyAmount is named by {@link penaltyAmount} in the TSDoc
import { penaltyAmount, PenaltyAmountResultSchema } from "./penaltyAmount.js";
import type { PenaltyAmountOptions, PenaltyAmountResult } from "./penaltyAmountTypes.js";

/** One customer of {@link penaltyAmountGrouped}. @category Service */
export interface PenaltyAmountGroup {
  /** The customer id. */
  readonly key: string;
  /** The penalties paid to that customer. */
  readonly result: PenaltyAmountResult;
}

/** The result of {@link penaltyAmountGrouped}. @category Service */
export interface PenaltyAmountGroupedResult {
  /** Stable indicator id. */
  readonly indicator: "penalty-amount";
  /** How the groups were formed. */
  readonly groupBy: "customer";
  /** The one currency of every group; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** One entry per customer paid in the period, in order of first penalty. */
  readonly groups: readonly PenaltyAmountGroup[];
}

/**
 * zod schema of a {@link PenaltyAmountGroupedResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const penalty: Penalty = { id: "p1", customerId: "acme", date: new Date("2026-03-20T00:00:00Z"), amount: toDecimal("250"), currency: "EUR" };
 * const grouped = penaltyAmountGrouped([penalty], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(PenaltyAmountGroupedResultSchema, JSON.stringify(grouped)).groups[0]?.result.amount; //=> Decimal("250")
 * ```
 * @category Service
 */
export const PenaltyAmountGroupedResultSchema: z.ZodType<PenaltyAmountGroupedResult> = z.object({
  indicator: z.literal("penalty-amount"),
  groupBy: z.literal("customer"),
  currency: CurrencyJsonSchema,
  groups: z.array(z.object({ key: z.string(), result: PenaltyAmountResultSchema })),
});

/**
 * Penalty amount (montant de la pénalité, 19) customer by customer: one {@link penaltyAmount} per
 * customer paid a penalty in the period.
 *
 * Formula: groups = the customers of the penalties dated in `[period start, min(period end,
 * asOf))`, in order of first penalty; per group, the exact sum and count.
 *
 * Interpretation: every group is in one currency, so customers can be compared: without exchange
 * rates the penalties of all customers must share one currency (else `MixedCurrencyError`).
 *
 * @param penalties - the penalties (trusted, already parsed), or their table
 * @param options - period, `asOf`, zone, `currency` or `exchangeRates`, explain ({@link PenaltyAmountOptions})
 * @returns the {@link PenaltyAmountGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone or currency option
 * @throws {@link MixedCurrencyError} when the penalties summed are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a penalty's date
 * @example
 * ```ts
 * const penalty = (id: string, customerId: string, amount: string): Penalty =>
 *   ({ id, customerId, date: new Date("2026-03-20T00:00:00Z"), amount: toDecimal(amount), currency: "EUR" });
 * const grouped = penaltyAmountGrouped([penalty("p1", "acme", "100"), penalty("p2", "globex", "40"), penalty("p3", "acme", "25.5")],
 *   { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * grouped.groups.map((g) => [g.key, g.result.amount.toString(), g.result.count]); //=> [["acme", "125.5", 2], ["globex", "40", 1]]
 * ```
 * @category Service
 */
export function penaltyAmountGrouped(
  penalties: readonly Penalty[] | PenaltyTable,
  options: PenaltyAmountOptions,
): PenaltyAmountGroupedResult {
  const settings = checkServiceOptions(options);
  const guard = new CurrencyGuard(options);
  const run = tableRunner({ penalties: recordColumnsOf(penalties, "penalties", "penalties") });
  const { currency, groups } = penaltyAmountByCustomerOf(run, settings, guard);
  return { indicator: "penalty-amount", groupBy: "customer", currency, groups };
}
