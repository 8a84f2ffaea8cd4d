import type { Decimal } from "decimal.js";
import { CurrencyGuard } from "./currencyGuard.js";
import type { CurrencyOptions } from "./currencyOptions.js";
import { ZERO } from "./dec.js";

/** An amount in a currency, dated when it may need converting. @category Money */
export interface MoneyItem {
  /** The amount; negative for credit notes and returns. */
  readonly amount: Decimal;
  /** ISO 4217 code. */
  readonly currency: string;
  /** The date whose exchange rate applies. */
  readonly date: Date;
}

/** A total in one currency. `currency` is `null` only when nothing was summed and none was asked for. @category Money */
export interface MoneyTotal {
  /** The exact sum. */
  readonly amount: Decimal;
  /** The currency of the sum. */
  readonly currency: string | null;
}

/**
 * Sums amounts exactly, in one currency: `total = sum of amounts` (each converted at the rate in
 * force on its date when `exchangeRates` are given). Negative amounts are summed as they are.
 *
 * @param items - the amounts
 * @param options - expected currency and/or exchange rates ({@link CurrencyOptions})
 * @returns the exact total and its currency
 * @throws {@link MixedCurrencyError} when two currencies meet without exchange rates
 * @throws {@link MissingExchangeRateError} when a rate is missing for an item's currency and date
 * @throws {@link InvalidArgumentError} when `options` is not an object or `exchangeRates` is not what `createExchangeRates` returns
 * @throws {@link UnknownCurrencyError} when `currency` is not an ISO 4217 code
 * @example
 * ```ts
 * const d = new Date("2026-01-05T00:00:00Z");
 * sumMoney([
 *   { amount: toDecimal("0.1"), currency: "EUR", date: d },
 *   { amount: toDecimal("0.2"), currency: "EUR", date: d },
 * ]); //=> { amount: Decimal("0.3"), currency: "EUR" }
 * ```
 * @category Money
 */
export function sumMoney(items: Iterable<MoneyItem>, options: CurrencyOptions = {}): MoneyTotal {
  const guard = new CurrencyGuard(options);
  let total = ZERO;
  for (const item of items) total = total.plus(guard.convert(item.amount, item.currency, item.date));
  return { amount: total, currency: guard.currency };
}
