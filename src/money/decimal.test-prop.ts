import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { toDecimal, tryParseAmount } from "./decimal.js";

// Properties of spec section 1, "Money".

const plainFinite = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !String(x).includes("e"));

test.prop([plainFinite], { numRuns: 200 })(
  "toDecimal(String(x)) equals toDecimal(x) for finite numbers written without exponent",
  (x) => {
    const fromNumber = toDecimal(x);
    const fromString = toDecimal(String(x));
    expect(fromString.equals(fromNumber)).toBe(true);
    expect(fromString.toFixed()).toBe(fromNumber.toFixed());
  },
);

test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })], { numRuns: 200 })(
  "every finite number is accepted and never gives a negative zero",
  (x) => {
    const result = toDecimal(x);
    expect(result.isFinite()).toBe(true);
    if (result.isZero()) expect(result.isNegative()).toBe(false);
    // The value is the number's own shortest writing, read exactly.
    expect(result.equals(String(x))).toBe(true);
  },
);

const digits = fc.string({ unit: fc.constantFrom(...Array.from("0123456789")), minLength: 1, maxLength: 20 });
const plainDecimalString = fc
  .tuple(fc.boolean(), digits, fc.option(digits, { nil: undefined }))
  .map(
    ([negative, whole, fraction]) => `${negative ? "-" : ""}${whole}${fraction === undefined ? "" : `.${fraction}`}`,
  );

test.prop([plainDecimalString], { numRuns: 200 })(
  "a plain decimal string is read exactly and written back the same (up to zeros)",
  (raw) => {
    const value = toDecimal(raw);
    // Rebuild the expected canonical writing by hand: strip leading zeros of the whole part and
    // trailing zeros of the fraction; "-0" is "0".
    const negative = raw.startsWith("-");
    const [whole = "", fraction = ""] = raw.replace("-", "").split(".");
    const canonicalWhole = whole.replace(/^0+(?=\d)/, "");
    const canonicalFraction = fraction.replace(/0+$/, "");
    const body = canonicalFraction === "" ? canonicalWhole : `${canonicalWhole}.${canonicalFraction}`;
    const expected = negative && /[1-9]/.test(body) ? `-${body}` : body;
    expect(value.toFixed()).toBe(expected);
  },
);

test.prop([plainDecimalString], { numRuns: 100 })(
  "the decimal-comma writing of the same amount gives the same value",
  (raw) => {
    expect(toDecimal(raw.replace(".", ","), { decimalComma: true }).equals(toDecimal(raw))).toBe(true);
  },
);

test.prop([fc.string({ maxLength: 80 })], { numRuns: 300 })(
  "tryParseAmount never throws and rejects with a message",
  (raw) => {
    const result = tryParseAmount(raw);
    if (result.ok) expect(raw).toMatch(/^-?\d+(?:\.\d+)?$/);
    else expect(result.message.length).toBeGreaterThan(0);
  },
);

test.prop([fc.anything()], { numRuns: 200 })("tryParseAmount never throws on any value", (raw) => {
  const result = tryParseAmount(raw);
  expect(typeof result.ok).toBe("boolean");
});
