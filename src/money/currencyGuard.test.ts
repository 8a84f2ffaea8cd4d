import { describe, expect, it } from "vitest";
import {
  InvalidArgumentError,
  MissingExchangeRateError,
  MixedCurrencyError,
  UnknownCurrencyError,
} from "../errors/index.js";
import { createExchangeRates } from "./exchangeRates.js";
import { toDecimal } from "./decimal.js";
import { CurrencyGuard } from "./currencyGuard.js";

const d = new Date("2026-03-01T00:00:00Z");
const rates = createExchangeRates({
  reportingCurrency: "EUR",
  rates: [{ currency: "USD", rate: "0.5", validFrom: new Date("2026-01-01T00:00:00Z") }],
});

describe("CurrencyGuard", () => {
  it("takes the first currency met and refuses another", () => {
    const guard = new CurrencyGuard({});
    expect(guard.currency).toBeNull();
    expect(guard.convert(toDecimal("1"), "USD", d).toFixed()).toBe("1");
    expect(guard.currency).toBe("USD");
    expect(guard.convert(toDecimal("2"), "USD", d).toFixed()).toBe("2");
    expect(() => guard.convert(toDecimal("3"), "EUR", d)).toThrow(MixedCurrencyError);
    expect(() => guard.convert(toDecimal("3"), "EUR", d)).toThrow(/EUR, USD/);
  });

  it("starts from the expected currency", () => {
    const guard = new CurrencyGuard({ currency: "EUR" });
    expect(guard.currency).toBe("EUR");
    expect(() => guard.convert(toDecimal("1"), "USD", d)).toThrow(MixedCurrencyError);
    expect(() => new CurrencyGuard({ currency: "Eur" })).toThrow(UnknownCurrencyError);
  });

  it("converts with rates to the reporting currency", () => {
    const guard = new CurrencyGuard({ exchangeRates: rates });
    expect(guard.currency).toBe("EUR");
    // worked by hand: 10 USD x 0.5 = 5 EUR
    expect(guard.convert(toDecimal("10"), "USD", d).toFixed()).toBe("5");
    expect(guard.convert(toDecimal("10"), "EUR", d).toFixed()).toBe("10");
    expect(() => guard.convert(toDecimal("10"), "GBP", d)).toThrow(MissingExchangeRateError);
  });

  it("refuses an expected currency other than the rates' reporting currency", () => {
    expect(() => new CurrencyGuard({ exchangeRates: rates, currency: "USD" })).toThrow(InvalidArgumentError);
    expect(() => new CurrencyGuard({ exchangeRates: rates, currency: "USD" })).toThrow(
      /differs from the exchange rates' reporting currency EUR/,
    );
    expect(new CurrencyGuard({ exchangeRates: rates, currency: "EUR" }).currency).toBe("EUR");
  });
});
