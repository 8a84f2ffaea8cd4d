import { describe, expect, it } from "vitest";
import {
  resolveThousandsSeparator,
  readLocaleAmount,
  readLocalePercentOrDecimal,
  type NumberFormat,
} from "./_localeNumbers.js";

const FRENCH: NumberFormat = { decimalComma: true, thousandsSeparator: " " };
const GERMAN: NumberFormat = { decimalComma: true, thousandsSeparator: "." };
const US: NumberFormat = { decimalComma: false, thousandsSeparator: "," };
const SWISS: NumberFormat = { decimalComma: false, thousandsSeparator: "'" };

function value(raw: unknown, format: NumberFormat): string {
  const result = readLocaleAmount(raw, format);
  if (!result.ok) throw new Error(result.message);
  return result.value.toFixed();
}

function message(raw: unknown, format: NumberFormat): string {
  const result = readLocaleAmount(raw, format);
  if (result.ok) throw new Error(`accepted ${String(raw)}`);
  return result.message;
}

describe("resolveThousandsSeparator", () => {
  it("defaults to spaces with the decimal comma, to none without", () => {
    expect(resolveThousandsSeparator(undefined, true)).toBe(" ");
    expect(resolveThousandsSeparator(undefined, false)).toBeNull();
  });

  it("takes the three spaces as one choice", () => {
    for (const space of [" ", "\u00a0", "\u202f"]) expect(resolveThousandsSeparator(space, true)).toBe(" ");
    expect(resolveThousandsSeparator(".", true)).toBe(".");
    expect(resolveThousandsSeparator(",", false)).toBe(",");
    expect(resolveThousandsSeparator("'", false)).toBe("'");
  });

  it("rejects a separator equal to the decimal mark, and unknown ones", () => {
    expect(() => resolveThousandsSeparator(",", true)).toThrow(
      /thousandsSeparator "," is the decimal mark \(decimalComma is on\)/,
    );
    expect(() => resolveThousandsSeparator(".", false)).toThrow(
      /thousandsSeparator "." is the decimal mark \(decimalComma is off\)/,
    );
    expect(() => resolveThousandsSeparator("_", false)).toThrow(
      `[crm-kpi] thousandsSeparator must be " " (a space; U+00A0 and U+202F are the same choice), ".", "," or "'", not "_"`,
    );
    expect(() => resolveThousandsSeparator(1, false)).toThrow(/thousandsSeparator must be " "/);
  });
});

describe("readLocaleAmount: French amounts (decimal comma, spaces)", () => {
  it("reads 1 234,50 with a space, a no-break space or a narrow no-break space", () => {
    expect(value("1 234,50", FRENCH)).toBe("1234.5");
    expect(value("1\u00a0234,50", FRENCH)).toBe("1234.5");
    expect(value("1\u202f234\u202f567,89", FRENCH)).toBe("1234567.89");
    expect(value("-12 000", FRENCH)).toBe("-12000");
    expect(value("1234,5", FRENCH)).toBe("1234.5");
    expect(value("-0", FRENCH)).toBe("0");
  });

  it("rejects misplaced groups, padding, and a decimal point", () => {
    expect(message("1 23,5", FRENCH)).toBe(
      '"1 23,5" is not grouped in thousands by a space with a comma as decimal mark (e.g. 1 234 567,89)',
    );
    expect(message("1234 567", FRENCH)).toContain("is not grouped in thousands");
    expect(message("1 234,5 6", FRENCH)).toContain("is not grouped in thousands");
    expect(message("1 234,50 ", FRENCH)).toBe("an amount cannot have leading or trailing spaces");
    expect(message("12.5", FRENCH)).toBe("points are not accepted in amounts when decimalComma is on");
  });
});

describe("readLocaleAmount: other separators", () => {
  it("reads 1.234,50 with a point separator and 1,234.50 with a comma separator", () => {
    expect(value("1.234,50", GERMAN)).toBe("1234.5");
    expect(value("1.234.567", GERMAN)).toBe("1234567");
    expect(value("1,234.50", US)).toBe("1234.5");
    expect(value("-1,234,567.5", US)).toBe("-1234567.5");
    expect(value("1'234.5", SWISS)).toBe("1234.5");
    expect(value("1234.5", US)).toBe("1234.5");
  });

  it("refuses the other decimal mark: a file cannot mix them (ambiguous)", () => {
    expect(message("12.50", GERMAN)).toBe(
      '"12.50" is not grouped in thousands by "." with a comma as decimal mark (e.g. 1.234.567,89): a file cannot mix decimal marks',
    );
    expect(message("12,5", US)).toBe(
      '"12,5" is not grouped in thousands by "," with a point as decimal mark (e.g. 1,234,567.89): a file cannot mix decimal marks',
    );
    expect(message("1,234.50", GERMAN)).toContain("is not grouped in thousands");
    expect(message("1.234,50", US)).toContain("is not grouped in thousands");
    // Spaces are not a separator unless chosen.
    expect(message("1 234.50", US)).toBe("spaces (thousands separators) are not accepted in amounts");
  });

  it("reads numbers and Decimals as before", () => {
    expect(value(1234.5, GERMAN)).toBe("1234.5");
    expect(message(Number.NaN, US)).toBe("NaN is not a finite amount");
  });
});

describe("readLocalePercentOrDecimal", () => {
  function percent(raw: string, format: NumberFormat): string {
    const result = readLocalePercentOrDecimal(raw, format);
    if (!result.ok) throw new Error(result.message);
    return result.value.toFixed();
  }

  it("reads 40% and 40 % as 0.4, exactly", () => {
    expect(percent("40%", US)).toBe("0.4");
    expect(percent("40 %", US)).toBe("0.4");
    expect(percent("12,5 %", FRENCH)).toBe("0.125");
    expect(percent("12,5\u202f%", FRENCH)).toBe("0.125");
    expect(
      percent("33.333333333333333333333333333333333333333333333333333333333333%", {
        decimalComma: false,
        thousandsSeparator: null,
      }),
    ).toBe("0.33333333333333333333333333333333333333333333333333333333333333");
    expect(percent("-0 %", US)).toBe("0");
    expect(percent("0.4", US)).toBe("0.4");
  });

  it("rejects a bare percent sign and bad numbers before it", () => {
    expect(readLocalePercentOrDecimal("%", US)).toEqual({
      ok: false,
      message: '"%" is not a percentage (write e.g. 40% or 40 %)',
    });
    expect(readLocalePercentOrDecimal("40  %", US)).toEqual({
      ok: false,
      message: "an amount cannot have leading or trailing spaces",
    });
    expect(readLocalePercentOrDecimal("12.5 %", FRENCH)).toEqual({
      ok: false,
      message: "points are not accepted in amounts when decimalComma is on",
    });
  });
});
