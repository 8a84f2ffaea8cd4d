import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { Dec } from "../money/dec.js";
import { formatMoney } from "./formatMoney.js";
import { formatNumber } from "./formatNumber.js";
import { formatPercent } from "./formatPercent.js";

/** A decimal of up to 60 significant digits, far past 2^53, with up to 6 decimals. */
const exactDecimal = fc
  .record({ units: fc.bigInt({ min: -(10n ** 54n), max: 10n ** 54n }), scale: fc.integer({ min: 0, max: 6 }) })
  .map(({ units, scale }) => new Dec(units.toString()).div(new Dec(10).pow(scale)));

/** The digits of a formatted en-US or fr-FR number, back in plain form. */
function plainDigits(text: string, locale: "en-US" | "fr-FR"): string {
  const decimalMark = locale === "en-US" ? "." : ",";
  return text
    .replace(/[^\d,.-]/g, "")
    .replaceAll(locale === "en-US" ? "," : ".", "")
    .replace(decimalMark, ".");
}

describe("formatting shows the exact digits", () => {
  test.prop([exactDecimal, fc.constantFrom("en-US" as const, "fr-FR" as const)])(
    "formatMoney: the digits of the amount rounded half away from zero to cents",
    (amount, locale) => {
      const rounded = amount.toFixed(2, Dec.ROUND_HALF_UP);
      const expected = /^-0\.00$/.test(rounded) ? "0.00" : rounded;
      expect(plainDigits(formatMoney(amount, "EUR", { locale }), locale)).toBe(expected);
    },
  );

  test.prop([exactDecimal, fc.constantFrom("en-US" as const, "fr-FR" as const), fc.integer({ min: 0, max: 4 })])(
    "formatPercent: the digits of ratio x 100",
    (ratio, locale, fractionDigits) => {
      const rounded = ratio.times(100).toFixed(fractionDigits, Dec.ROUND_HALF_UP);
      const expected = /^-0(\.0*)?$/.test(rounded) ? rounded.slice(1) : rounded;
      expect(plainDigits(formatPercent(ratio, { locale, fractionDigits }), locale)).toBe(expected);
    },
  );

  test.prop([fc.bigInt({ min: -(10n ** 70n), max: 10n ** 70n })])("formatNumber: every digit of a bigint", (value) => {
    expect(formatNumber(value).replaceAll(",", "")).toBe(value.toString());
  });
});
