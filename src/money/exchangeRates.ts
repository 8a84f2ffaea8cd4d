import type { Decimal } from "decimal.js";
import { lastStartAtOrBefore } from "./lastStartAtOrBefore.js";
import { InvalidArgumentError, MissingExchangeRateError } from "../errors/index.js";
import { assertCurrencyCode } from "./currency.js";
import { toDecimal, type DecimalInput } from "./decimal.js";
import { keepRateSeries, type RateSeries } from "./_rateSeries.js";

/** One dated rate: 1 unit of `currency` is worth `rate` units of the reporting currency from `validFrom` on. @category Money */
export interface ExchangeRateInput {
  /** The currency converted from (ISO 4217). */
  readonly currency: string;
  /** Units of the reporting currency for one unit of `currency`; must be positive. */
  readonly rate: DecimalInput;
  /** The instant from which this rate is in force (until the next rate of the same currency). */
  readonly validFrom: Date;
}

/** A validated table of dated exchange rates into one reporting currency. @category Money */
export interface ExchangeRates {
  /** The currency every amount is converted to. */
  readonly reportingCurrency: string;
  /**
   * The rate in force for `currency` at `date`: the one with the latest `validFrom <= date`.
   * The reporting currency itself has rate 1.
   *
   * @throws {@link MissingExchangeRateError} when no rate is in force then
   * @throws {@link InvalidArgumentError} for an invalid date
   */
  rateOn(currency: string, date: Date): Decimal;
}

/** Options of {@link createExchangeRates}. @category Money */
export interface ExchangeRatesOptions {
  /** The currency to convert to. */
  readonly reportingCurrency: string;
  /** The dated rates. */
  readonly rates: readonly ExchangeRateInput[];
}

/**
 * Builds a table of dated exchange rates into a reporting currency. Amounts are converted with the
 * rate in force on the record's date: `converted = amount x rate`, where the rate is the latest
 * one whose `validFrom` is at or before the date.
 *
 * @param options - the reporting currency and the rates
 * @returns an {@link ExchangeRates} table
 * @throws {@link UnknownCurrencyError} for a currency that is not ISO 4217
 * @throws {@link InvalidArgumentError} for malformed options, a rate that is not positive, a rate of the reporting currency itself, an invalid date, or two rates of one currency from the same instant
 * @throws {@link InvalidMoneyError} for a rate that is not a decimal
 * @example
 * ```ts
 * const rates = createExchangeRates({
 *   reportingCurrency: "EUR",
 *   rates: [{ currency: "USD", rate: "0.92", validFrom: new Date("2026-01-01T00:00:00Z") }],
 * });
 * rates.rateOn("USD", new Date("2026-03-01T00:00:00Z")).toString(); //=> "0.92"
 * ```
 * @category Money
 */
export function createExchangeRates(options: ExchangeRatesOptions): ExchangeRates {
  // `as unknown` keeps options.rates typed below: Array.isArray would narrow it to any[].
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, @typescript-eslint/no-unnecessary-type-assertion -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null || !Array.isArray(options.rates as unknown)) {
    throw new InvalidArgumentError("createExchangeRates needs { reportingCurrency, rates: [...] }");
  }
  const reportingCurrency = assertCurrencyCode(options.reportingCurrency);
  const series = new Map<string, { from: number; rate: Decimal }[]>();
  for (const input of options.rates) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
    if (typeof input !== "object" || input === null)
      throw new InvalidArgumentError("each exchange rate must be an object { currency, rate, validFrom }");
    const currency = assertCurrencyCode(input.currency);
    if (currency === reportingCurrency) {
      throw new InvalidArgumentError(`a rate from the reporting currency ${currency} to itself is always 1: remove it`);
    }
    const rate = toDecimal(input.rate);
    if (!rate.isPositive() || rate.isZero()) {
      throw new InvalidArgumentError(`exchange rate for ${currency} must be positive, got ${rate.toString()}`);
    }
    const from = input.validFrom instanceof Date ? input.validFrom.getTime() : Number.NaN;
    if (Number.isNaN(from))
      throw new InvalidArgumentError(`exchange rate for ${currency} has an invalid validFrom date`);
    const list = series.get(currency) ?? [];
    list.push({ from, rate });
    series.set(currency, list);
  }
  const sorted = new Map<string, RateSeries>();
  for (const [currency, list] of series) {
    list.sort((a, b) => a.from - b.from);
    for (let i = 1; i < list.length; i++) {
      if (list[i]?.from === list[i - 1]?.from) {
        throw new InvalidArgumentError(`two exchange rates for ${currency} start at the same instant`);
      }
    }
    sorted.set(currency, { from: list.map((r) => r.from), rates: list.map((r) => r.rate) });
  }
  const one = toDecimal(1);
  const table: ExchangeRates = {
    reportingCurrency,
    rateOn(currency: string, date: Date): Decimal {
      const time = date instanceof Date ? date.getTime() : Number.NaN;
      if (Number.isNaN(time)) throw new InvalidArgumentError("rateOn needs a valid Date");
      if (currency === reportingCurrency) return one;
      const found = sorted.get(currency);
      if (found !== undefined) {
        const index = lastStartAtOrBefore(found.from, time);
        if (index >= 0) return found.rates[index] as Decimal;
      }
      throw new MissingExchangeRateError(currency, reportingCurrency, date);
    },
  };
  // SQL passes these breakpoints to the database rather than calling rateOn row by row.
  keepRateSeries(table, sorted);
  return table;
}
