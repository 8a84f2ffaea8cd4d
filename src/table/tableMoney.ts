/**
 * A table row's amount in the computation's currency.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { amountAt, type MoneyColumns } from "./_columns.js";
import type { CurrencyGuard } from "../money/currencyGuard.js";
import type { ExactSum } from "../money/exactSum.js";

/**
 * A table row's amount in the computation's currency: the amount itself when its currency is the
 * guard's, otherwise what the guard makes of it (converted at `at`, epoch ms, or a
 * `MixedCurrencyError`), exactly as `guard.convert` on the record.
 */
export function rowAmount(money: MoneyColumns, row: number, guard: CurrencyGuard, at: number): Decimal {
  const amount = amountAt(money, row);
  const currency = money.currencies[money.currencyCodes[row] as number] as string;
  return currency === guard.currency ? amount : guard.convert(amount, currency, new Date(at));
}

/**
 * Adds a table row's amount, in the computation's currency, to `sum`: the stored fast form when
 * no conversion is needed (no `Decimal` is read), else {@link rowAmount}.
 */
export function addRowAmount(sum: ExactSum, money: MoneyColumns, row: number, guard: CurrencyGuard, at: number): void {
  const currency = money.currencies[money.currencyCodes[row] as number] as string;
  if (currency === guard.currency) {
    const scaled = money.scaledAmounts[row] as number;
    if (scaled === scaled) sum.addScaled(scaled);
    else sum.add(money.exactAmounts.get(row) as Decimal);
    return;
  }
  sum.add(guard.convert(amountAt(money, row), currency, new Date(at)));
}

/**
 * The code in `money.currencies` of the guard's currency: the rows in it need no conversion, so a
 * loop adds their scaled amounts directly. -1 while the guard has no currency yet (none given, no
 * row met) or the table has no row in it.
 */
export function guardCurrencyCode(money: MoneyColumns, guard: CurrencyGuard): number {
  const currency = guard.currency;
  return currency === null ? -1 : money.currencies.indexOf(currency);
}
