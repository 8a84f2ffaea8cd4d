import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { InvalidMoneyError, isCrmKpiError } from "../errors/index.js";
import { Dec } from "./dec.js";
import { MAX_AMOUNT_LENGTH, toDecimal, tryParseAmount, type AmountParse } from "./decimal.js";

// Spec section 1, "Money": accepted raw forms are a decimal string, a finite number or a Decimal;
// rejected are NaN, Infinity, empty strings, exponents, hex, underscores, thousands separators and
// locale decimal commas unless the caller opts in; "-0" is zero.

function message(result: AmountParse): string {
  if (result.ok) throw new Error(`expected a rejection, got ${result.value.toString()}`);
  return result.message;
}

function value(result: AmountParse): Decimal {
  if (!result.ok) throw new Error(`expected a value, got the message ${result.message}`);
  return result.value;
}

describe("tryParseAmount: accepted forms", () => {
  it.each([
    ["1234.56", "1234.56"],
    ["-12.5", "-12.5"],
    ["0", "0"],
    ["007", "7"],
    ["0.000001", "0.000001"],
    ["-12.50", "-12.5"],
    ["99999999999999999999.99", "99999999999999999999.99"],
  ])("reads the decimal string %s as %s", (raw, expected) => {
    expect(value(tryParseAmount(raw)).toFixed()).toBe(expected);
  });

  it("keeps every digit of a long amount (no rounding at 20 digits, the decimal.js default)", () => {
    // 64 characters is the bound; 64 digits are kept as they are (Decimal construction does not round).
    const raw = "1234567890123456789012345678901234567890123456789012345678901234";
    expect(raw).toHaveLength(MAX_AMOUNT_LENGTH);
    expect(toDecimal(raw).toFixed()).toBe(raw);
  });

  it("reads finite numbers through their shortest decimal writing", () => {
    // worked by hand: String(0.1) is "0.1", so the Decimal is exactly 0.1 (not 0.1000000000000000055511...).
    expect(toDecimal(0.1).toFixed()).toBe("0.1");
    expect(toDecimal(-12.5).toFixed()).toBe("-12.5");
    expect(toDecimal(1234.56).toFixed()).toBe("1234.56");
    expect(toDecimal(42).toFixed()).toBe("42");
    // The float sum 0.1 + 0.2 is 0.30000000000000004: the library reads what it is given.
    expect(toDecimal(0.1 + 0.2).toFixed()).toBe("0.30000000000000004");
    // Finite numbers whose String has an exponent are still finite numbers: accepted.
    expect(toDecimal(1e21).toFixed()).toBe("1000000000000000000000");
    expect(toDecimal(1e-7).toFixed()).toBe("0.0000001");
    expect(toDecimal(Number.MAX_SAFE_INTEGER).toFixed()).toBe("9007199254740991");
  });

  it('reads "-0", "-0.00", -0 and a negative-zero Decimal as a plain (positive) zero', () => {
    for (const raw of ["-0", "-0.00", "0.0", -0, new Decimal(-0), new Dec("-0")] as const) {
      const result = toDecimal(raw);
      expect(result.isZero()).toBe(true);
      expect(result.isNegative()).toBe(false);
      // decimal.js writes a negative zero as "-0" in JSON: a plain zero writes "0".
      expect(JSON.stringify(result)).toBe('"0"');
    }
  });

  it("accepts a Decimal and returns a value of the library's 60-digit constructor", () => {
    const input = new Decimal("2.5");
    const result = toDecimal(input);
    expect(result).toBeInstanceOf(Decimal);
    expect(result.toFixed()).toBe("2.5");
    // worked by hand: 1/3 to 60 significant digits is "0." followed by sixty 3s.
    expect(result.minus("1.5").div(3).toFixed()).toBe(`0.${"3".repeat(60)}`);
  });

  it("accepts a Decimal from another copy of decimal.js (the CommonJS build) and rewraps it", () => {
    const require = createRequire(import.meta.url);
    const Foreign = require("decimal.js") as typeof Decimal;
    const foreign = new Foreign("12.34");
    const result = toDecimal(foreign);
    expect(result.toFixed()).toBe("12.34");
    expect(result.div(3).toFixed()).toBe(new Dec("12.34").div(3).toFixed());
  });

  it("accepts a decimal comma only with the decimalComma option", () => {
    expect(toDecimal("12,5", { decimalComma: true }).toFixed()).toBe("12.5");
    expect(toDecimal("-0,75", { decimalComma: true }).toFixed()).toBe("-0.75");
    expect(toDecimal("1234", { decimalComma: true }).toFixed()).toBe("1234");
    expect(toDecimal("-0,0", { decimalComma: true }).isNegative()).toBe(false);
    expect(message(tryParseAmount("12,5"))).toMatch(/commas are not accepted.*decimalComma/);
  });
});

describe("tryParseAmount: rejected forms, with a reason", () => {
  it.each([
    ["1,234.56", /commas are not accepted/],
    ["1 234,56", /spaces \(thousands separators\)/],
    ["1 234.56", /spaces \(thousands separators\)/],
    ["1\u00a0234.56", /spaces \(thousands separators\)/],
    ["0x1F", /hexadecimal/],
    ["-0x1F", /hexadecimal/],
    ["1_000", /underscores/],
    ["1e3", /exponents are not accepted/],
    ["1E3", /exponents are not accepted/],
    ["1e400", /exponents are not accepted/],
    ["2.5e-3", /exponents are not accepted/],
    ["NaN", /not a finite amount/],
    ["nan", /not a finite amount/],
    ["Infinity", /not a finite amount/],
    ["-Infinity", /not a finite amount/],
    ["", /cannot be empty/],
    [" 12 ", /leading or trailing spaces/],
    ["12\n", /leading or trailing spaces/],
    ["+12", /not a decimal amount/],
    [".5", /not a decimal amount/],
    ["5.", /not a decimal amount/],
    ["--5", /not a decimal amount/],
    ["1.2.3", /not a decimal amount/],
    ["€12", /not a decimal amount/],
    ["12 EUR", /spaces/],
    ["١٢", /not a decimal amount/],
  ])("rejects %j", (raw, reason) => {
    const result = tryParseAmount(raw);
    expect(result.ok).toBe(false);
    expect(message(result)).toMatch(reason);
  });

  it("rejects points and thousands separators when decimalComma is on", () => {
    expect(message(tryParseAmount("1.234,56", { decimalComma: true }))).toMatch(/points are not accepted/);
    expect(message(tryParseAmount("12.5", { decimalComma: true }))).toMatch(/points are not accepted/);
    expect(message(tryParseAmount("1 234,56", { decimalComma: true }))).toMatch(/spaces/);
    expect(tryParseAmount("1,234,56", { decimalComma: true }).ok).toBe(false);
  });

  it.each([
    [Number.NaN, /NaN is not a finite amount/],
    [Number.POSITIVE_INFINITY, /Infinity is not a finite amount/],
    [Number.NEGATIVE_INFINITY, /-Infinity is not a finite amount/],
    // eslint-disable-next-line no-loss-of-precision -- 1e400 is Infinity on purpose: the case is an overflowing literal
    [1e400, /Infinity is not a finite amount/],
  ])("rejects the number %s", (raw, reason) => {
    expect(message(tryParseAmount(raw))).toMatch(reason);
  });

  it("rejects non-finite Decimals", () => {
    expect(message(tryParseAmount(new Decimal(Number.NaN)))).toMatch(/not a finite amount/);
    expect(message(tryParseAmount(new Decimal(Number.POSITIVE_INFINITY)))).toMatch(/not a finite amount/);
  });

  it.each([
    [null, "null"],
    [undefined, "undefined"],
    [true, "boolean"],
    [false, "boolean"],
    [[], "an array"],
    [["12"], "an array"],
    [{}, "an object"],
    [{ value: "12" }, "an object"],
    [10n, "bigint"],
    [Symbol("x"), "symbol"],
    [new Date("2026-01-01T00:00:00Z"), "an object"],
  ])("rejects %s, naming what it got", (raw, kind) => {
    expect(message(tryParseAmount(raw))).toBe(
      `an amount must be a decimal string, a finite number or a Decimal, not ${kind}`,
    );
  });

  it("returns quickly with a clear message for a 1 MB string", () => {
    const huge = "1".repeat(1_000_000);
    const started = performance.now();
    const result = tryParseAmount(huge);
    const elapsed = performance.now() - started;
    expect(message(result)).toBe(`an amount has at most ${MAX_AMOUNT_LENGTH} characters`);
    expect(elapsed).toBeLessThan(50);
    // A pathological 1 MB string for the explanation patterns is bounded just the same.
    const tricky = `${"1".repeat(500_000)}e${"1".repeat(499_999)}`;
    const started2 = performance.now();
    expect(tryParseAmount(tricky).ok).toBe(false);
    expect(performance.now() - started2).toBeLessThan(50);
  });

  it("accepts exactly 64 characters and rejects 65", () => {
    expect(tryParseAmount("9".repeat(64)).ok).toBe(true);
    expect(message(tryParseAmount("9".repeat(65)))).toMatch(/at most 64 characters/);
  });
});

describe("toDecimal", () => {
  it("throws InvalidMoneyError (code INVALID_MONEY, [crm-kpi] prefix) with the reason", () => {
    let caught: unknown;
    try {
      toDecimal("1e3");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidMoneyError);
    expect(isCrmKpiError(caught)).toBe(true);
    expect((caught as InvalidMoneyError).code).toBe("INVALID_MONEY");
    expect((caught as InvalidMoneyError).message).toBe(
      "[crm-kpi] exponents are not accepted in amounts (write the digits)",
    );
  });

  it.each(["NaN", "Infinity", "", " 12 ", "1,234.56", "0x1F", "1_000", "1e400"])("throws for %j", (raw) => {
    expect(() => toDecimal(raw)).toThrow(InvalidMoneyError);
  });

  it("throws for values outside its type (callers from JavaScript)", () => {
    expect(() => toDecimal(null as unknown as string)).toThrow(/not null/);
    expect(() => toDecimal(Number.NaN)).toThrow(InvalidMoneyError);
  });

  it("does not change the global Decimal settings", () => {
    toDecimal("1.5");
    expect(Decimal.precision).toBe(20);
  });
});
