import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import { Dec } from "../money/dec.js";
import { formatNumber, formatParts } from "./formatNumber.js";

const NNBSP = "\u202f"; // fr-FR's group separator

describe("formatNumber", () => {
  it("writes counts and decimals in en-US and fr-FR, trailing zeros dropped", () => {
    expect(formatNumber(1234)).toBe("1,234");
    expect(formatNumber(1234, { locale: "fr-FR" })).toBe(`1${NNBSP}234`);
    expect(formatNumber(new Dec("12.5"), { locale: "fr-FR" })).toBe("12,5");
    expect(formatNumber(new Dec("12.50"))).toBe("12.5");
    expect(formatNumber(new Dec("8.333"), { maxFractionDigits: 0 })).toBe("8");
    expect(formatNumber(new Dec("8.5"), { maxFractionDigits: 0 })).toBe("9");
    expect(formatNumber(-0)).toBe("0");
  });

  it("writes a bigint and a Decimal with all their digits", () => {
    expect(formatNumber(12345678901234567890n)).toBe("12,345,678,901,234,567,890");
    expect(formatNumber(new Dec("9007199254740993"), { locale: "fr-FR" })).toBe(
      `9${NNBSP}007${NNBSP}199${NNBSP}254${NNBSP}740${NNBSP}993`,
    );
  });

  it("rejects what is not a finite number", () => {
    expect(() => formatNumber(Number.NaN)).toThrow(InvalidArgumentError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(InvalidArgumentError);
    expect(() => formatNumber("12" as never)).toThrow(InvalidArgumentError);
    expect(() => formatNumber(1, { maxFractionDigits: 2.5 })).toThrow(/maxFractionDigits/);
  });
});

describe("formatParts", () => {
  it("writes numerator/denominator, also when the ratio has no value", () => {
    expect(formatParts({ value: new Dec(1), reason: null, numerator: new Dec(9), denominator: new Dec(9) })).toBe(
      "9/9",
    );
    expect(
      formatParts(
        { value: new Dec("0.5"), reason: null, numerator: new Dec(6), denominator: new Dec("12.04") },
        { maxFractionDigits: 0 },
      ),
    ).toBe("6/12");
    expect(
      formatParts(
        { value: null, reason: "no-target", numerator: new Dec(1234), denominator: new Dec(0) },
        { locale: "fr-FR" },
      ),
    ).toBe(`1${NNBSP}234/0`);
  });

  it("rejects a figure without parts", () => {
    expect(() => formatParts({ value: new Dec(1), reason: null } as never)).toThrow(InvalidArgumentError);
    expect(() => formatParts(null as never)).toThrow(InvalidArgumentError);
  });
});
