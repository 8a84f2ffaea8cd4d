import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { Dec } from "./dec.js";
import {
  divide,
  divideDecimal,
  isZero,
  rational,
  RATIONAL_ONE,
  RATIONAL_ZERO,
  rationalToDecimal,
  scale,
  subtract,
} from "./rational.js";

describe("rational helpers", () => {
  it("keeps the denominator positive", () => {
    expect(rational(3n, -4n)).toEqual({ num: -3n, den: 4n });
    expect(rational(-3n, 4n)).toEqual({ num: -3n, den: 4n });
  });

  it("subtracts with the same or different denominators", () => {
    // worked by hand: 5/7 - 2/7 = 3/7; 1/2 - 1/3 = (3 - 2)/6 = 1/6
    expect(subtract(rational(5n, 7n), rational(2n, 7n))).toEqual({ num: 3n, den: 7n });
    expect(rationalToDecimal(subtract(rational(1n, 2n), rational(1n, 3n))).equals(new Dec(1).div(6))).toBe(true);
  });

  it("divides", () => {
    // worked by hand: (3/4) / (9/8) = 24/36 = 2/3
    expect(rationalToDecimal(divide(rational(3n, 4n), rational(9n, 8n))).equals(new Dec(2).div(3))).toBe(true);
    // dividing by a negative keeps the denominator positive
    expect(divide(rational(1n, 2n), rational(-1n, 3n)).den > 0n).toBe(true);
  });

  it("tells zero", () => {
    expect(isZero(RATIONAL_ZERO)).toBe(true);
    expect(isZero(rational(0n, 17n))).toBe(true);
    expect(isZero(RATIONAL_ONE)).toBe(false);
  });

  it("converts to a 60-digit Decimal with one rounding", () => {
    expect(rationalToDecimal(rational(1n, 3n)).toFixed()).toBe(`0.${"3".repeat(60)}`);
    expect(rationalToDecimal(rational(31n, 62n)).toFixed()).toBe("0.5");
    // Huge numerators and denominators (bigint) convert exactly when the fraction terminates.
    expect(rationalToDecimal(rational(10n ** 40n, 4n * 10n ** 40n)).toFixed()).toBe("0.25");
  });

  it("scales and divides Decimals, whatever their constructor", () => {
    // worked by hand: 1,200,000 x 31/365 = 7,440,000/73
    expect(scale(new Decimal("1200000"), rational(31n, 365n)).equals(new Dec(7_440_000).div(73))).toBe(true);
    // 10 / (5/2) = 4
    expect(divideDecimal(new Decimal(10), rational(5n, 2n)).toFixed()).toBe("4");
    // The caller's 20-digit Decimal is rewrapped: 1/3 still has 60 digits.
    expect(scale(new Decimal(1), rational(1n, 3n)).toFixed()).toBe(`0.${"3".repeat(60)}`);
  });

  // Bug (reported): scale(negative, 0/n) returns a negative zero, which JSON writes as "-0".
  it("never returns a negative zero", () => {
    const result = scale(new Dec(-100), rational(0n, 5n));
    expect(result.isNegative()).toBe(false);
  });
});
