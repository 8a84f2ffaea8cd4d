import * as z from "zod";
import type { Penalty } from "../../model/serviceTypes.js";
import type { PenaltyTable } from "../../table/serviceTables.js";
import { CurrencyJsonSchema, DecimalJsonSchema, InstantJsonSchema, PeriodJsonSchema } from "../../model/resultJson.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkServiceOptions } from "./_serviceSettings.js";
import { penaltyAmountOf } from "./_penaltyAmount.js";
import type { PenaltyAmountOptions, PenaltyAmountResult } from "./penaltyAmountTypes.js";

export type { PenaltyAmountExplain, PenaltyAmountOptions, PenaltyAmountResult } from "./penaltyAmountTypes.js";

/**
 * zod schema of a {@link PenaltyAmountResult} as `JSON.stringify` writes it; read a result back
 * with `resultFromJSON(PenaltyAmountResultSchema, text)`.
 *
 * @example
 * ```ts
 * const penalty: Penalty = { id: "p1", customerId: "c1", date: new Date("2026-03-20T00:00:00Z"), amount: toDecimal("250.10"), currency: "EUR" };
 * const result = penaltyAmount([penalty], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(PenaltyAmountResultSchema, JSON.stringify(result)).amount; //=> Decimal("250.1")
 * ```
 * @category Service
 */
export const PenaltyAmountResultSchema: z.ZodType<PenaltyAmountResult> = z.object({
  indicator: z.literal("penalty-amount"),
  unit: z.literal("money"),
  currency: CurrencyJsonSchema,
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  amount: DecimalJsonSchema,
  count: z.number().int().nonnegative(),
  explain: z.object({ penaltyIds: z.array(z.string()) }).exactOptional(),
});

/**
 * Penalty amount (montant de la pénalité, indicator 19): what the company paid its customers in
 * penalties (late deliveries, breaches) over the period.
 *
 * Formula: `amount` = exact sum of the `amount` of the penalties dated in
 * `[period start, min(period end, asOf))`; `count` = how many. Money follows spec section 1: the
 * amounts must share one currency, or with `exchangeRates` each is converted to the reporting
 * currency at the rate in force on its `date`; nothing is rounded.
 *
 * Interpretation: a negative penalty (refunded or waived after payment) is summed as it is, so the
 * amount is what was paid net; the currency check covers only the penalties summed (settled detail 14).
 *
 * @param penalties - the penalties (trusted, already parsed), or their table (`penaltyTable`)
 * @param options - period, `asOf`, zone, `currency` or `exchangeRates`, explain ({@link PenaltyAmountOptions})
 * @returns the {@link PenaltyAmountResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone or currency option
 * @throws {@link MixedCurrencyError} when the penalties summed are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a penalty's date
 * @example
 * ```ts
 * const penalty = (id: string, date: string, amount: string): Penalty =>
 *   ({ id, customerId: "c1", date: new Date(date), amount: toDecimal(amount), currency: "EUR" });
 * const r = penaltyAmount([penalty("p1", "2026-03-03T00:00:00Z", "0.10"), penalty("p2", "2026-03-20T00:00:00Z", "0.20"),
 *   penalty("p3", "2026-04-02T00:00:00Z", "500")], {
 *   period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, explain: true,
 * });
 * [r.amount.toString(), r.count, r.currency]; //=> ["0.3", 2, "EUR"]   (0.10 + 0.20, exactly)
 * r.explain; //=> { penaltyIds: ["p1", "p2"] }
 * ```
 * @category Service
 */
export function penaltyAmount(
  penalties: readonly Penalty[] | PenaltyTable,
  options: PenaltyAmountOptions,
): PenaltyAmountResult {
  const settings = checkServiceOptions(options);
  const guard = new CurrencyGuard(options);
  return penaltyAmountOf(
    tableRunner({ penalties: recordColumnsOf(penalties, "penalties", "penalties") }),
    settings,
    guard,
  );
}
