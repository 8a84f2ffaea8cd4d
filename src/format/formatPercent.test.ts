import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import type { Ratio } from "../model/figures.js";
import { Dec } from "../money/dec.js";
import { formatPercent } from "./formatPercent.js";

const NNBSP = "\u202f"; // fr-FR: a narrow no-break space between digit groups
const NBSP = "\u00a0"; // fr-FR: a no-break space before "%"

describe("formatPercent", () => {
  it("writes a ratio as a percentage in en-US and fr-FR, one decimal by default", () => {
    expect(formatPercent(new Dec("0.8734"))).toBe("87.3%");
    expect(formatPercent(new Dec("0.8734"), { locale: "fr-FR" })).toBe(`87,3${NBSP}%`);
    expect(formatPercent(new Dec("1"), { locale: "en-US" })).toBe("100.0%");
    expect(formatPercent(new Dec("12.5"), { locale: "fr-FR" })).toBe(`1${NNBSP}250,0${NBSP}%`);
  });

  it("takes fractionDigits and rounds half away from zero", () => {
    expect(formatPercent(new Dec("1.25"), { fractionDigits: 0 })).toBe("125%");
    expect(formatPercent(new Dec("0.00125"), { fractionDigits: 2 })).toBe("0.13%");
    expect(formatPercent(new Dec("-0.00125"), { fractionDigits: 2 })).toBe("-0.13%");
    expect(formatPercent(new Dec("-0.0000001"))).toBe("0.0%");
  });

  it("keeps every digit of a large or long ratio", () => {
    // A 60-digit ratio (2/3 as the library computes it) still shows the digits asked for, and a
    // ratio past 2^53 shows its own digits, not a float's.
    expect(formatPercent(new Dec(2).div(3), { fractionDigits: 4 })).toBe("66.6667%");
    expect(formatPercent(new Dec("123456789012345678.9"), { fractionDigits: 0 })).toBe("12,345,678,901,234,567,890%");
  });

  it("writes an empty ratio as the placeholder and its reason", () => {
    const empty = { value: null, reason: "no-target", numerator: new Dec(5), denominator: new Dec(0) } as const;
    expect(formatPercent(empty)).toBe("— (no target)");
    expect(formatPercent(empty, { locale: "fr-FR" })).toBe("— (pas d'objectif)");
    expect(formatPercent(empty, { withReason: false })).toBe("—");
    expect(formatPercent({ value: null, reason: "no-closed-deals" }, { locale: "en-GB" })).toBe("— (no closed deals)");
    expect(formatPercent({ value: null, reason: "no-closed-deals" }, { locale: "fr-CA" })).toBe(
      "— (aucune affaire clôturée)",
    );
  });

  it("writes the value of a ratio that has one", () => {
    const half: Ratio<"no-target"> = {
      value: new Dec("0.5"),
      reason: null,
      numerator: new Dec(1),
      denominator: new Dec(2),
    };
    expect(formatPercent(half)).toBe("50.0%");
  });

  it("rejects what it cannot write", () => {
    expect(() => formatPercent(0.5 as never)).toThrow(InvalidArgumentError);
    expect(() => formatPercent(new Dec("1e306"))).toThrow(/too large to format/);
    expect(() => formatPercent(new Dec("0.5"), { fractionDigits: "1" as never })).toThrow(InvalidArgumentError);
    expect(() => formatPercent(new Dec("0.5"), { locale: "" })).toThrow(InvalidArgumentError);
  });
});
