import type { Decimal } from "decimal.js";
import { InvalidArgumentError, MixedCurrencyError } from "../errors/index.js";
import { Dec } from "./decimal.js";
import type { CurrencyOptions } from "../money/currencyOptions.js";
import type { ExchangeRates } from "../money/exchangeRates.js";
import { assertCurrencyCode } from "../money/currency.js";

/**
 * Converts amounts to the one currency of a computation, or refuses to mix currencies.
 * One guard serves one computation, so the check covers exactly the amounts it sums.
 */
export class CurrencyGuard {
  private found: string | null;
  private readonly rates: ExchangeRates | undefined;

  constructor(options: CurrencyOptions) {
    this.rates = options.exchangeRates;
    if (this.rates !== undefined) {
      if (options.currency !== undefined && options.currency !== this.rates.reportingCurrency) {
        throw new InvalidArgumentError(
          `currency ${options.currency} differs from the exchange rates' reporting currency ${this.rates.reportingCurrency}`,
        );
      }
      this.found = this.rates.reportingCurrency;
    } else {
      this.found = options.currency === undefined ? null : assertCurrencyCode(options.currency);
    }
  }

  /** The computation's currency: the reporting currency, the one given, or the first met; `null` before any. */
  get currency(): string | null {
    return this.found;
  }

  /** The amount in the computation's currency. */
  convert(amount: Decimal, currency: string, date: Date): Decimal {
    if (currency === this.found) return amount;
    // Multiply on Dec: a caller's Decimal carries its own constructor's precision (20 digits by default).
    if (this.rates !== undefined) return new Dec(amount).times(this.rates.rateOn(currency, date));
    if (this.found === null) {
      this.found = currency;
      return amount;
    }
    throw new MixedCurrencyError([this.found, currency]);
  }
}
