import { describe, expect, it } from "vitest";
import { isCrmKpiError, UnknownCurrencyError } from "../errors/index.js";
import { assertCurrencyCode, isCurrencyCode } from "./currency.js";

describe("isCurrencyCode", () => {
  it.each(["EUR", "USD", "GBP", "JPY", "CHF", "INR", "NZD", "CLP", "CUP", "XAF"])("knows %s", (code) => {
    expect(isCurrencyCode(code)).toBe(true);
  });

  it.each([
    ["eur"],
    ["Eur"],
    ["XYZ"],
    ["EURO"],
    ["EU"],
    [" EUR"],
    ["EUR "],
    [""],
    ["€"],
    [978],
    [null],
    [undefined],
    [{}],
    [["EUR"]],
  ])("rejects %j", (value) => {
    expect(isCurrencyCode(value)).toBe(false);
  });
});

describe("assertCurrencyCode", () => {
  it("returns a known code as it is", () => {
    expect(assertCurrencyCode("USD")).toBe("USD");
  });

  it("throws UnknownCurrencyError naming the rejected code", () => {
    let caught: unknown;
    try {
      assertCurrencyCode("eur");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnknownCurrencyError);
    expect(isCrmKpiError(caught)).toBe(true);
    const error = caught as UnknownCurrencyError;
    expect(error.code).toBe("UNKNOWN_CURRENCY");
    expect(error.currency).toBe("eur");
    expect(error.message).toBe('[crm-kpi] unknown ISO 4217 currency code "eur"');
  });

  it("cuts a long rejected string to 16 characters in the error", () => {
    const error = (() => {
      try {
        assertCurrencyCode("X".repeat(1_000_000));
      } catch (e) {
        return e as UnknownCurrencyError;
      }
      throw new Error("expected a throw");
    })();
    expect(error.currency).toBe("X".repeat(16));
  });

  it("names the type of a value that is not a string", () => {
    expect(() => assertCurrencyCode(978)).toThrow(UnknownCurrencyError);
    expect(() => assertCurrencyCode(undefined)).toThrow(/"undefined"/);
  });
});
