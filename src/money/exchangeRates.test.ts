import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import {
  InvalidArgumentError,
  InvalidMoneyError,
  MissingExchangeRateError,
  UnknownCurrencyError,
} from "../errors/index.js";
import { createExchangeRates, type ExchangeRateInput } from "./exchangeRates.js";

const jan1 = new Date("2026-01-01T00:00:00Z");
const feb1 = new Date("2026-02-01T00:00:00Z");
const mar1 = new Date("2026-03-01T00:00:00Z");

function rates(list: readonly ExchangeRateInput[], reportingCurrency = "EUR") {
  return createExchangeRates({ reportingCurrency, rates: list });
}

describe("createExchangeRates / rateOn", () => {
  const table = rates([
    // Given out of order on purpose: the table sorts them.
    { currency: "USD", rate: "0.90", validFrom: feb1 },
    { currency: "USD", rate: "0.92", validFrom: jan1 },
    { currency: "GBP", rate: 1.17, validFrom: jan1 },
    { currency: "USD", rate: new Decimal("0.95"), validFrom: mar1 },
  ]);

  it("keeps the reporting currency", () => {
    expect(table.reportingCurrency).toBe("EUR");
  });

  it("gives the rate in force on a date: the latest validFrom at or before it", () => {
    expect(table.rateOn("USD", new Date("2026-01-15T12:00:00Z")).toFixed()).toBe("0.92");
    expect(table.rateOn("USD", new Date("2026-02-15T00:00:00Z")).toFixed()).toBe("0.9");
    expect(table.rateOn("USD", new Date("2030-01-01T00:00:00Z")).toFixed()).toBe("0.95");
    expect(table.rateOn("GBP", new Date("2027-06-01T00:00:00Z")).toFixed()).toBe("1.17");
  });

  it("switches exactly at validFrom (the boundary belongs to the new rate)", () => {
    expect(table.rateOn("USD", feb1).toFixed()).toBe("0.9");
    expect(table.rateOn("USD", new Date(feb1.getTime() - 1)).toFixed()).toBe("0.92");
    expect(table.rateOn("USD", jan1).toFixed()).toBe("0.92");
  });

  it("gives 1 for the reporting currency itself, on any date", () => {
    expect(table.rateOn("EUR", new Date("1990-01-01T00:00:00Z")).toFixed()).toBe("1");
  });

  it("throws MissingExchangeRateError naming the currency and the date before the first rate", () => {
    const date = new Date(jan1.getTime() - 1);
    let caught: unknown;
    try {
      table.rateOn("USD", date);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MissingExchangeRateError);
    const error = caught as MissingExchangeRateError;
    expect(error.code).toBe("MISSING_EXCHANGE_RATE");
    expect(error.currency).toBe("USD");
    expect(error.date.getTime()).toBe(date.getTime());
    expect(error.message).toBe("[crm-kpi] no exchange rate from USD to EUR in force on 2025-12-31T23:59:59.999Z");
  });

  it("throws MissingExchangeRateError for a currency without any rate", () => {
    expect(() => table.rateOn("JPY", mar1)).toThrow(
      /no exchange rate from JPY to EUR in force on 2026-03-01T00:00:00.000Z/,
    );
  });

  it("returns rates as exact Decimals (no float rounding of the given string)", () => {
    const precise = rates([{ currency: "USD", rate: "0.123456789012345678901234567890", validFrom: jan1 }]);
    expect(precise.rateOn("USD", feb1).toFixed()).toBe("0.12345678901234567890123456789");
  });

  it("builds an empty table", () => {
    const empty = rates([]);
    expect(empty.rateOn("EUR", jan1).toFixed()).toBe("1");
    expect(() => empty.rateOn("USD", jan1)).toThrow(MissingExchangeRateError);
  });
});

describe("createExchangeRates: validation", () => {
  it.each(["0", "-0", "-1.5", 0, -2])("rejects the non-positive rate %j", (rate) => {
    expect(() => rates([{ currency: "USD", rate, validFrom: jan1 }])).toThrow(InvalidArgumentError);
    expect(() => rates([{ currency: "USD", rate, validFrom: jan1 }])).toThrow(/exchange rate for USD must be positive/);
  });

  it("rejects a rate that is not a decimal amount with the money reason", () => {
    expect(() => rates([{ currency: "USD", rate: "1e3", validFrom: jan1 }])).toThrow(InvalidMoneyError);
    expect(() => rates([{ currency: "USD", rate: Number.NaN, validFrom: jan1 }])).toThrow(InvalidMoneyError);
  });

  it("rejects unknown currencies, on either side", () => {
    expect(() => rates([{ currency: "usd", rate: "1", validFrom: jan1 }])).toThrow(UnknownCurrencyError);
    expect(() => rates([], "XYZ")).toThrow(UnknownCurrencyError);
  });

  it("rejects an invalid validFrom", () => {
    expect(() => rates([{ currency: "USD", rate: "1", validFrom: new Date(Number.NaN) }])).toThrow(/invalid validFrom/);
    expect(() => rates([{ currency: "USD", rate: "1", validFrom: "2026-01-01" as unknown as Date }])).toThrow(
      InvalidArgumentError,
    );
  });

  it("rejects two rates of one currency from the same instant", () => {
    expect(() =>
      rates([
        { currency: "USD", rate: "1", validFrom: jan1 },
        { currency: "USD", rate: "1.1", validFrom: new Date(jan1.getTime()) },
      ]),
    ).toThrow(/two exchange rates for USD start at the same instant/);
  });

  it("allows two currencies from the same instant", () => {
    const table = rates([
      { currency: "USD", rate: "1", validFrom: jan1 },
      { currency: "GBP", rate: "2", validFrom: jan1 },
    ]);
    expect(table.rateOn("GBP", jan1).toFixed()).toBe("2");
  });

  it("is not affected by later changes to the caller's Date objects", () => {
    const from = new Date(feb1.getTime());
    const table = rates([{ currency: "USD", rate: "1.1", validFrom: from }]);
    from.setTime(jan1.getTime());
    expect(() => table.rateOn("USD", jan1)).toThrow(MissingExchangeRateError);
  });

  // Bug (reported): rateOn with an invalid Date builds its MissingExchangeRateError message with
  // date.toISOString(), which throws a RangeError ("Invalid time value") instead of a typed error.
  it("throws a typed error (not a RangeError) for an invalid date in rateOn", () => {
    const table = rates([{ currency: "USD", rate: "1.1", validFrom: jan1 }]);
    expect(() => table.rateOn("USD", new Date(Number.NaN))).toThrow(/\[crm-kpi\]/);
  });

  // Bug (reported): options are not checked before use, so a JavaScript caller who forgets `rates`
  // gets a TypeError ("... is not iterable") instead of the library's InvalidArgumentError.
  it("throws InvalidArgumentError when rates is not an array", () => {
    expect(() =>
      createExchangeRates({ reportingCurrency: "EUR" } as unknown as Parameters<typeof createExchangeRates>[0]),
    ).toThrow(InvalidArgumentError);
  });
});
