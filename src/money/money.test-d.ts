import { describe, expectTypeOf, it } from "vitest";
import type { Decimal } from "decimal.js";
import { assertCurrencyCode, isCurrencyCode } from "./currency.js";
import type { CurrencyOptions } from "./currencyOptions.js";
import { toDecimal, tryParseAmount, type AmountParse, type DecimalInput } from "./decimal.js";
import { createExchangeRates, type ExchangeRates } from "./exchangeRates.js";
import { sumByCurrency } from "./sumByCurrency.js";
import { sumMoney, type MoneyTotal } from "./sumMoney.js";

describe("money types", () => {
  it("toDecimal takes a string, number or Decimal and returns a Decimal", () => {
    expectTypeOf(toDecimal).parameter(0).toEqualTypeOf<DecimalInput>();
    expectTypeOf<DecimalInput>().toEqualTypeOf<string | number | Decimal>();
    expectTypeOf(toDecimal("1")).toEqualTypeOf<Decimal>();
    // @ts-expect-error null is not an amount
    toDecimal(null);
    // @ts-expect-error a boolean is not an amount
    toDecimal(true);
  });

  it("tryParseAmount takes anything and narrows on ok", () => {
    expectTypeOf(tryParseAmount).parameter(0).toEqualTypeOf<unknown>();
    const result = tryParseAmount("1");
    expectTypeOf(result).toEqualTypeOf<AmountParse>();
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Decimal>();
    else expectTypeOf(result.message).toEqualTypeOf<string>();
  });

  it("isCurrencyCode is a type guard", () => {
    const value: unknown = "EUR";
    if (isCurrencyCode(value)) expectTypeOf(value).toEqualTypeOf<string>();
    expectTypeOf(assertCurrencyCode).returns.toEqualTypeOf<string>();
  });

  it("sumMoney returns a total whose currency may be null", () => {
    expectTypeOf(sumMoney([])).toEqualTypeOf<MoneyTotal>();
    expectTypeOf<MoneyTotal["currency"]>().toEqualTypeOf<string | null>();
    expectTypeOf<MoneyTotal["amount"]>().toEqualTypeOf<Decimal>();
    expectTypeOf(sumMoney).parameter(1).toEqualTypeOf<CurrencyOptions | undefined>();
  });

  it("sumByCurrency returns a Map", () => {
    expectTypeOf(sumByCurrency([])).toEqualTypeOf<Map<string, Decimal>>();
  });

  it("rateOn returns a Decimal", () => {
    const rates = createExchangeRates({ reportingCurrency: "EUR", rates: [] });
    expectTypeOf(rates).toEqualTypeOf<ExchangeRates>();
    expectTypeOf(rates.rateOn("USD", new Date())).toEqualTypeOf<Decimal>();
  });
});
