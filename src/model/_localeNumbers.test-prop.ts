import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Dec } from "../money/dec.js";
import { readLocaleAmount, readLocalePercentOrDecimal, type NumberFormat } from "./_localeNumbers.js";
import type { ThousandsSeparator } from "./schemaOptions.js";

// Formatting a Decimal as a locale writes it (grouped by threes, with the separator and decimal
// mark chosen), then reading it with the same options, gives the same Decimal exactly.

/** A Decimal with up to 30 integer digits and 12 decimals, any sign. */
const decimal = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,29}$|^0$/), fc.stringMatching(/^\d{0,12}$/))
  .map(
    ([negative, integer, fraction]) =>
      new Dec(`${negative ? "-" : ""}${integer}${fraction.length > 0 ? `.${fraction}` : ""}`),
  );

/** `value` written with its integer digits grouped by `separator` and `mark` as decimal point. */
function format(value: InstanceType<typeof Dec>, separator: string, mark: string): string {
  const [integer = "", fraction] = value.abs().toFixed().split(".");
  let grouped = "";
  for (let i = 0; i < integer.length; i++) {
    if (i > 0 && (integer.length - i) % 3 === 0) grouped += separator;
    grouped += integer.charAt(i);
  }
  return `${value.isNegative() && !value.isZero() ? "-" : ""}${grouped}${fraction === undefined ? "" : `${mark}${fraction}`}`;
}

const COMMA_SEPARATORS = [" ", "\u00a0", "\u202f", ".", "'"] as const;
const POINT_SEPARATORS = [" ", "\u00a0", "\u202f", ",", "'"] as const;

/** How the options name a separator: any of the three spaces stands for the three. */
function option(separator: string): ThousandsSeparator {
  return (" \u00a0\u202f".includes(separator) ? " " : separator) as ThousandsSeparator;
}

test.prop([decimal, fc.constantFrom(...COMMA_SEPARATORS)])(
  "a Decimal written the French way (decimal comma) reads back exactly",
  (value, separator) => {
    const text = format(value, separator, ",");
    const result = readLocaleAmount(text, { decimalComma: true, thousandsSeparator: option(separator) });
    expect(result.ok && result.value.equals(value)).toBe(true);
    // The French default (no separator option) reads the space forms.
    if (" \u00a0\u202f".includes(separator)) {
      const fallback = readLocaleAmount(text, { decimalComma: true, thousandsSeparator: " " });
      expect(fallback.ok && fallback.value.equals(value)).toBe(true);
    }
  },
);

test.prop([decimal, fc.constantFrom(...POINT_SEPARATORS)])(
  "a Decimal written with a decimal point and each separator reads back exactly",
  (value, separator) => {
    const result = readLocaleAmount(format(value, separator, "."), {
      decimalComma: false,
      thousandsSeparator: option(separator),
    });
    expect(result.ok && result.value.equals(value)).toBe(true);
  },
);

test.prop([decimal, fc.boolean(), fc.constantFrom("%", " %", "\u202f%")])(
  "a percentage reads back as the Decimal divided by 100, exactly",
  (value, comma, sign) => {
    const formatOptions: NumberFormat = { decimalComma: comma, thousandsSeparator: comma ? " " : "," };
    const result = readLocalePercentOrDecimal(
      `${format(value, comma ? "\u202f" : ",", comma ? "," : ".")}${sign}`,
      formatOptions,
    );
    expect(result.ok && result.value.equals(value.div(100))).toBe(true);
  },
);
