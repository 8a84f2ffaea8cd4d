import { describe, expect, it } from "vitest";
import { InvalidArgumentError, UnknownCurrencyError } from "../errors/index.js";
import { Dec } from "../money/dec.js";
import { formatMoney } from "./formatMoney.js";

// fr-FR writes a narrow no-break space (U+202F) between digit groups and a no-break space (U+00A0)
// before the currency symbol; the strings below spell them as escapes so they can be seen.
const NNBSP = "\u202f";
const NBSP = "\u00a0";

describe("formatMoney", () => {
  it("writes an amount in en-US and fr-FR", () => {
    expect(formatMoney(new Dec("1234567.891"), "EUR")).toBe("€1,234,567.89");
    expect(formatMoney(new Dec("1234567.891"), "EUR", { locale: "en-US" })).toBe("€1,234,567.89");
    expect(formatMoney(new Dec("1234567.891"), "EUR", { locale: "fr-FR" })).toBe(`1${NNBSP}234${NNBSP}567,89${NBSP}€`);
    expect(formatMoney(new Dec("1234.5"), "USD", { locale: "en-US" })).toBe("$1,234.50");
    expect(formatMoney(new Dec("1234.5"), "USD", { locale: "fr-FR" })).toBe(`1${NNBSP}234,50${NBSP}$US`);
  });

  it("shows every digit of an amount past 2^53, in both locales", () => {
    // 2^53 = 9,007,199,254,740,992: as a float, 12345678901234567890.5 would print 12,345,678,901,234,567,168.
    const amount = new Dec("12345678901234567890.5");
    expect(formatMoney(amount, "USD")).toBe("$12,345,678,901,234,567,890.50");
    expect(formatMoney(amount, "EUR", { locale: "fr-FR" })).toBe(
      `12${NNBSP}345${NNBSP}678${NNBSP}901${NNBSP}234${NNBSP}567${NNBSP}890,50${NBSP}€`,
    );
    expect(formatMoney(new Dec("9007199254740993"), "EUR")).toBe("€9,007,199,254,740,993.00");
    // 60 significant digits, the library's own precision.
    const long = new Dec("123456789012345678901234567890123456789012345678901234567.891");
    expect(formatMoney(long, "EUR")).toBe(
      "€123,456,789,012,345,678,901,234,567,890,123,456,789,012,345,678,901,234,567.89",
    );
  });

  it("rounds half away from zero to the currency's digits", () => {
    expect(formatMoney(new Dec("0.125"), "EUR")).toBe("€0.13");
    expect(formatMoney(new Dec("0.135"), "EUR")).toBe("€0.14");
    expect(formatMoney(new Dec("-0.125"), "EUR")).toBe("-€0.13");
    expect(formatMoney(new Dec("1234.5"), "JPY")).toBe("¥1,235");
    expect(formatMoney(new Dec("1.0005"), "BHD")).toBe(`BHD${NBSP}1.001`);
  });

  it("writes negative amounts with the locale's minus, and never a minus zero", () => {
    expect(formatMoney(new Dec("-1500.2"), "EUR")).toBe("-€1,500.20");
    expect(formatMoney(new Dec("-1500.2"), "EUR", { locale: "fr-FR" })).toBe(`-1${NNBSP}500,20${NBSP}€`);
    expect(formatMoney(new Dec("-0.001"), "EUR")).toBe("€0.00");
    expect(formatMoney(new Dec("-0"), "EUR", { locale: "fr-FR" })).toBe(`0,00${NBSP}€`);
  });

  it("takes fractionDigits", () => {
    expect(formatMoney(new Dec("1234567.891"), "EUR", { fractionDigits: 0 })).toBe("€1,234,568");
    expect(formatMoney(new Dec("2.5"), "EUR", { fractionDigits: 4, locale: "fr-FR" })).toBe(`2,5000${NBSP}€`);
  });

  it("writes a plain number when the currency is null", () => {
    expect(formatMoney(new Dec("1234.5"), null)).toBe("1,234.50");
    expect(formatMoney(new Dec("1234.5"), null, { locale: "fr-FR" })).toBe(`1${NNBSP}234,50`);
    expect(formatMoney(new Dec("1500"), null, { fractionDigits: 0 })).toBe("1,500");
  });

  it("writes an empty money figure as the placeholder and its reason", () => {
    expect(formatMoney({ value: null, reason: "not-started" }, "EUR")).toBe("— (not started yet)");
    expect(formatMoney({ value: null, reason: "not-started" }, "EUR", { locale: "fr-FR" })).toBe(
      "— (pas encore commencé)",
    );
    expect(formatMoney({ value: null, reason: "not-started" }, "EUR", { withReason: false })).toBe("—");
    expect(formatMoney({ value: new Dec("31000"), reason: null }, "EUR")).toBe("€31,000.00");
  });

  it("reads the locale case-insensitively and uses en-US when none is given", () => {
    expect(formatMoney(new Dec("1234.5"), "EUR", { locale: "FR-fr" })).toBe(`1${NNBSP}234,50${NBSP}€`);
    expect(formatMoney(new Dec("1234.5"), "EUR", {})).toBe("€1,234.50");
  });

  it("rejects what it cannot write exactly", () => {
    expect(() => formatMoney(1234.5 as never, "EUR")).toThrow(InvalidArgumentError);
    expect(() => formatMoney(new Dec(NaN), "EUR")).toThrow(InvalidArgumentError);
    expect(() => formatMoney(new Dec("Infinity"), "EUR")).toThrow(InvalidArgumentError);
    expect(() => formatMoney(new Dec("1e308"), "EUR")).toThrow(/too large to format/);
    expect(formatMoney(new Dec("9.99e307"), "EUR").startsWith("€99,900,000,")).toBe(true);
    expect(() => formatMoney(new Dec(1), "EURO")).toThrow(UnknownCurrencyError);
    expect(() => formatMoney(new Dec(1), "eur")).toThrow(UnknownCurrencyError);
    expect(() => formatMoney(new Dec(1), "EUR", { locale: "not a locale" })).toThrow(InvalidArgumentError);
    expect(() => formatMoney(new Dec(1), "EUR", { locale: 12 as never })).toThrow(InvalidArgumentError);
    expect(() => formatMoney(new Dec(1), "EUR", { fractionDigits: 1.5 })).toThrow(InvalidArgumentError);
    expect(() => formatMoney(new Dec(1), "EUR", { fractionDigits: -1 })).toThrow(InvalidArgumentError);
    expect(() => formatMoney(new Dec(1), "EUR", { fractionDigits: 101 })).toThrow(InvalidArgumentError);
    expect(() => formatMoney(new Dec(1), "EUR", null as never)).toThrow(InvalidArgumentError);
    expect(() => formatMoney({ value: null, reason: "__proto__" } as never, "EUR")).toThrow(InvalidArgumentError);
    expect(() => formatMoney({ value: null, reason: "no-target" }, "EUR", { withReason: "yes" as never })).toThrow(
      InvalidArgumentError,
    );
  });
});
