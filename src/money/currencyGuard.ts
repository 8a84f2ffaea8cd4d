/**
 * The currency check of one computation: converts amounts or refuses to mix currencies.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { InvalidArgumentError, MixedCurrencyError } from "../errors/index.js";
import { Dec } from "./dec.js";
import type { CurrencyOptions } from "./currencyOptions.js";
import type { ExchangeRates } from "./exchangeRates.js";
import { assertCurrencyCode, isCurrencyCode } from "./currency.js";
import { safeString } from "../errors/describe.js";

/** Checks an `exchangeRates` option: what `createExchangeRates` returns (or an object of that shape). */
function checkRates(rates: unknown): ExchangeRates | undefined {
  if (rates === undefined) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed: without it candidate is {} | null and has no rateOn to test
  const candidate = rates as Partial<ExchangeRates> | null;
  if (
    typeof candidate !== "object" ||
    candidate === null ||
    typeof candidate.rateOn !== "function" ||
    !isCurrencyCode(candidate.reportingCurrency)
  ) {
    throw new InvalidArgumentError(
      "exchangeRates must be the result of createExchangeRates (a reportingCurrency and a rateOn function)",
    );
  }
  return candidate as ExchangeRates;
}

/**
 * Converts amounts to the one currency of a computation, or refuses to mix currencies.
 * One guard serves one computation, so the check covers exactly the amounts it sums.
 * The constructor checks the options: an object, a known `currency`, `exchangeRates` of the right
 * shape (else InvalidArgumentError or UnknownCurrencyError).
 */
export class CurrencyGuard {
  private found: string | null;
  private readonly rates: ExchangeRates | undefined;

  constructor(options: CurrencyOptions) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
    if (typeof options !== "object" || options === null)
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
      throw new InvalidArgumentError(`options must be an object, not ${options === null ? "null" : typeof options}`);
    this.rates = checkRates(options.exchangeRates);
    if (this.rates !== undefined) {
      if (options.currency !== undefined && options.currency !== this.rates.reportingCurrency) {
        throw new InvalidArgumentError(
          `currency ${JSON.stringify(safeString(options.currency)).slice(0, 40)} differs from the exchange rates' reporting currency ${this.rates.reportingCurrency}`,
        );
      }
      this.found = this.rates.reportingCurrency;
    } else {
      this.found = options.currency === undefined ? null : assertCurrencyCode(options.currency);
    }
  }

  /** Whether the guard converts with exchange rates (at each amount's date) rather than refusing a second currency. */
  get convertsWithRates(): boolean {
    return this.rates !== undefined;
  }

  /** The exchange rates the guard converts with, if any. */
  get exchangeRates(): ExchangeRates | undefined {
    return this.rates;
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
