import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import {
  InvalidArgumentError,
  MissingExchangeRateError,
  MixedCurrencyError,
  UnknownCurrencyError,
  isCrmKpiError,
} from "../errors/index.js";
import { toDecimal } from "./decimal.js";
import { createExchangeRates } from "./exchangeRates.js";
import { sumMoney, type MoneyItem } from "./sumMoney.js";

const jan = new Date("2026-01-15T00:00:00Z");
const feb = new Date("2026-02-15T00:00:00Z");

function item(amount: string, currency = "EUR", date = jan): MoneyItem {
  return { amount: toDecimal(amount), currency, date };
}

const rates = createExchangeRates({
  reportingCurrency: "EUR",
  rates: [
    { currency: "USD", rate: "0.9", validFrom: new Date("2026-01-01T00:00:00Z") },
    { currency: "USD", rate: "0.8", validFrom: new Date("2026-02-01T00:00:00Z") },
    { currency: "GBP", rate: "1.2", validFrom: new Date("2026-01-01T00:00:00Z") },
  ],
});

describe("sumMoney", () => {
  it("sums 0.1 + 0.2 exactly to 0.3 (no binary float)", () => {
    const total = sumMoney([item("0.1"), item("0.2")]);
    expect(total.amount.toFixed()).toBe("0.3");
    expect(total.amount.equals("0.3")).toBe(true);
    expect(total.currency).toBe("EUR");
  });

  it("sums negative amounts (credit notes) as they are", () => {
    // worked by hand: 100 - 30.25 + 0.25 - 70 = 0
    const total = sumMoney([item("100"), item("-30.25"), item("0.25"), item("-70")]);
    expect(total.amount.toFixed()).toBe("0");
    expect(total.amount.isNegative()).toBe(false);
    // worked by hand: -12.5 + 2.5 = -10
    expect(sumMoney([item("-12.5"), item("2.5")]).amount.toFixed()).toBe("-10");
  });

  it("gives zero and currency null for nothing, or the asked currency", () => {
    const empty = sumMoney([]);
    expect(empty.amount.toFixed()).toBe("0");
    expect(empty.currency).toBeNull();
    expect(sumMoney([], { currency: "USD" }).currency).toBe("USD");
    expect(sumMoney([], { exchangeRates: rates }).currency).toBe("EUR");
  });

  it("keeps sums exact beyond 20 significant digits", () => {
    // worked by hand: 12345678901234567890.12 + 0.01 = 12345678901234567890.13 (22 digits)
    const total = sumMoney([item("12345678901234567890.12"), item("0.01")]);
    expect(total.amount.toFixed()).toBe("12345678901234567890.13");
  });

  it("throws MixedCurrencyError naming both currencies when two meet without rates", () => {
    let caught: unknown;
    try {
      sumMoney([item("1", "USD"), item("2", "EUR")]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MixedCurrencyError);
    expect(isCrmKpiError(caught)).toBe(true);
    const error = caught as MixedCurrencyError;
    expect(error.code).toBe("MIXED_CURRENCY");
    expect(error.currencies).toEqual(["EUR", "USD"]);
    expect(error.message).toContain("EUR");
    expect(error.message).toContain("USD");
  });

  it("throws MixedCurrencyError when the amounts are not in the expected currency", () => {
    expect(() => sumMoney([item("1", "USD")], { currency: "EUR" })).toThrow(MixedCurrencyError);
    expect(() => sumMoney([item("1", "USD")], { currency: "EUR" })).toThrow(/EUR, USD/);
  });

  it("accepts amounts in the expected currency", () => {
    const total = sumMoney([item("1.5", "USD"), item("2", "USD")], { currency: "USD" });
    expect(total).toEqual({ amount: toDecimal("3.5"), currency: "USD" });
  });

  it("checks the expected currency code", () => {
    expect(() => sumMoney([], { currency: "usd" })).toThrow(UnknownCurrencyError);
  });

  it("converts each amount at the rate in force on its own date", () => {
    // worked by hand: 100 USD in January x 0.9 = 90; 100 USD in February x 0.8 = 80;
    // 10 GBP x 1.2 = 12; 5 EUR stays 5. Total 90 + 80 + 12 + 5 = 187 EUR.
    const total = sumMoney(
      [item("100", "USD", jan), item("100", "USD", feb), item("10", "GBP", feb), item("5", "EUR", feb)],
      { exchangeRates: rates },
    );
    expect(total.amount.toFixed()).toBe("187");
    expect(total.currency).toBe("EUR");
  });

  it("converts at validFrom exactly with the new rate", () => {
    // worked by hand: 10 USD on 2026-02-01T00:00Z is at the February rate 0.8 = 8
    expect(
      sumMoney([item("10", "USD", new Date("2026-02-01T00:00:00Z"))], { exchangeRates: rates }).amount.toFixed(),
    ).toBe("8");
    // one millisecond earlier the January rate 0.9 applies: 9
    expect(
      sumMoney([item("10", "USD", new Date("2026-01-31T23:59:59.999Z"))], { exchangeRates: rates }).amount.toFixed(),
    ).toBe("9");
  });

  it("accepts the reporting currency as expected currency with rates, and refuses another", () => {
    expect(sumMoney([item("1", "USD")], { exchangeRates: rates, currency: "EUR" }).amount.toFixed()).toBe("0.9");
    expect(() => sumMoney([], { exchangeRates: rates, currency: "USD" })).toThrow(InvalidArgumentError);
  });

  it("throws MissingExchangeRateError for a currency or date without rate", () => {
    expect(() => sumMoney([item("1", "JPY")], { exchangeRates: rates })).toThrow(MissingExchangeRateError);
    expect(() => sumMoney([item("1", "USD", new Date("2025-12-31T00:00:00Z"))], { exchangeRates: rates })).toThrow(
      /no exchange rate from USD to EUR in force on 2025-12-31T00:00:00.000Z/,
    );
  });

  it("reads any iterable once", () => {
    function* gen(): Generator<MoneyItem> {
      yield item("1");
      yield item("2");
    }
    expect(sumMoney(gen()).amount.toFixed()).toBe("3");
  });

  it("returns a Decimal of the library's precision even for caller-made 20-digit Decimals (same currency)", () => {
    // worked by hand: 12345678901234567890.12 + 0.01 = 12345678901234567890.13
    const total = sumMoney([
      { amount: new Decimal("12345678901234567890.12"), currency: "EUR", date: jan },
      { amount: new Decimal("0.01"), currency: "EUR", date: jan },
    ]);
    expect(total.amount.toFixed()).toBe("12345678901234567890.13");
  });

  // Regression: CurrencyGuard.convert used to compute `amount.times(rate)`, which rounds to the
  // precision of the caller's Decimal constructor (20 digits for decimal.js's default `Decimal`).
  // worked by hand: 12345678901234567890.12 x 1.1 = 13580246791358024679.132 (23 digits).
  it("converts caller-made 20-digit Decimals without rounding them to 20 digits", () => {
    const usd = createExchangeRates({
      reportingCurrency: "EUR",
      rates: [{ currency: "USD", rate: "1.1", validFrom: new Date("2020-01-01T00:00:00Z") }],
    });
    const total = sumMoney([{ amount: new Decimal("12345678901234567890.12"), currency: "USD", date: jan }], {
      exchangeRates: usd,
    });
    expect(total.amount.toFixed()).toBe("13580246791358024679.132");
  });

  it("converts Decimals from another decimal.js copy (the CommonJS build) without rounding", () => {
    const require = createRequire(import.meta.url);
    const Foreign = require("decimal.js") as typeof Decimal;
    const usd = createExchangeRates({
      reportingCurrency: "EUR",
      rates: [{ currency: "USD", rate: "1.1", validFrom: new Date("2020-01-01T00:00:00Z") }],
    });
    const amount = new Foreign("12345678901234567890.12");
    expect(sumMoney([{ amount, currency: "USD", date: jan }], { exchangeRates: usd }).amount.toFixed()).toBe(
      "13580246791358024679.132",
    );
  });
});
