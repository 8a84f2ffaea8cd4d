import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import { toDecimal } from "../money/decimal.js";
import { textFormat, textTable, textTitle } from "./textReport.js";

describe("textFormat", () => {
  it("writes every figure in the locale's style and language", () => {
    const en = textFormat("en-US");
    const fr = textFormat("fr-FR");
    expect(en.money(toDecimal("1234567.891"))).toBe("1,234,567.89");
    expect(en.money(null)).toBe("—");
    expect(en.percent(null, "too-few")).toBe("— (too few deals to judge)");
    expect(fr.percent(null, "too-few")).toBe("— (trop peu d'affaires pour juger)");
    expect(en.threshold(toDecimal("0.8"))).toBe("80%");
    expect(en.count(4000)).toBe("4,000");
    expect(en.light("alert")).toBe("[!!] alert");
    expect(fr.warning({ code: "partial-period" })).toBe("période non terminée : chiffres à date");
    expect(fr.label("reason", "no-offers")).toBe("aucune offre émise");
  });

  it("refuses a locale that is not a BCP 47 tag when it formats", () => {
    expect(() => textFormat("?").count(1)).toThrow(InvalidArgumentError);
  });
});

describe("textTable and textTitle", () => {
  it("pads each column to its widest cell, the first left, the others right, with no trailing blanks", () => {
    expect(
      textTable(
        ["indicator", "value", ""],
        [
          ["win rate", "42%", ""],
          ["average deal size", "1,200", ""],
        ],
      ),
    ).toEqual([
      "indicator          value",
      "-----------------  -----  ",
      "win rate             42%",
      "average deal size  1,200",
    ]);
    expect(textTable(["a"], [])).toEqual(["a", "-"]);
  });

  it("underlines a title after a blank line", () => {
    expect(textTitle("Operational indicators")).toEqual(["", "Operational indicators", "=".repeat(22)]);
  });
});
