import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import { Dec } from "../money/dec.js";
import { formatRatio } from "./formatRatio.js";

const NNBSP = "\u202f"; // fr-FR's group separator

describe("formatRatio", () => {
  it("writes a ratio as a number in en-US and fr-FR, two decimals by default", () => {
    expect(formatRatio(new Dec("1.5234"))).toBe("1.52");
    expect(formatRatio(new Dec("1.5234"), { locale: "fr-FR" })).toBe("1,52");
    expect(formatRatio(new Dec("1234.5"), { locale: "fr-FR" })).toBe(`1${NNBSP}234,50`);
    expect(formatRatio(new Dec("1234.5"), { locale: "en-US" })).toBe("1,234.50");
    expect(formatRatio(new Dec("0.995"), { fractionDigits: 1 })).toBe("1.0");
  });

  it("writes a multiple with the multiplication sign", () => {
    expect(formatRatio(new Dec("2.345"), { style: "multiple" })).toBe("2.35×");
    expect(formatRatio(new Dec("1.5234"), { locale: "fr-FR", style: "multiple" })).toBe("1,52×");
  });

  it("writes an empty ratio as the placeholder and its reason", () => {
    expect(formatRatio({ value: null, reason: "no-remaining-target" })).toBe("— (target already reached)");
    expect(formatRatio({ value: null, reason: "no-remaining-target" }, { locale: "fr-FR", style: "multiple" })).toBe(
      "— (objectif déjà atteint)",
    );
  });

  it("rejects an unknown style", () => {
    expect(() => formatRatio(new Dec(1), { style: "times" as never })).toThrow(InvalidArgumentError);
  });
});
