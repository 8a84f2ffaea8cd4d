import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { Dec } from "./dec.js";
import { ExactSum, scaledInteger } from "./exactSum.js";

describe("scaledInteger (amount x 10^4 as a safe integer)", () => {
  // Expected values: the decimal shifted four places by hand.
  it.each([
    ["1234.56", 12_345_600],
    ["-0.05", -500],
    ["100", 1_000_000],
    ["0", 0],
    ["0.0001", 1],
    ["-12345678.9", -123_456_789_000],
    ["900719925474.0991", 9_007_199_254_740_991],
  ])("reads %s as %d", (text, expected) => {
    expect(scaledInteger(new Dec(text))).toBe(expected);
  });

  it.each(["0.00001", "1e21", "900719925474.0992", "123456789012345.678"])("leaves %s to the Decimal path", (text) => {
    expect(scaledInteger(new Dec(text))).toBeUndefined();
  });

  it("reads values from the global decimal.js constructor (precision 20) the same way", () => {
    expect(scaledInteger(new Decimal("-42.4242"))).toBe(-424_242);
  });

  it("leaves NaN and Infinity (never in records) to the Decimal path", () => {
    expect(scaledInteger(new Decimal(Number.NaN))).toBeUndefined();
    expect(scaledInteger(new Decimal(Number.POSITIVE_INFINITY))).toBeUndefined();
  });
});

describe("ExactSum", () => {
  it("adds money exactly: 0.1 + 0.2 = 0.3 (worked by hand)", () => {
    const sum = new ExactSum();
    sum.add(new Dec("0.1"));
    sum.add(new Dec("0.2"));
    expect(sum.value().toString()).toBe("0.3");
  });

  it("moves to Decimal before leaving the safe integer range (2^53 minor units and past)", () => {
    const sum = new ExactSum();
    const big = new Dec("900719925474.0991"); // 2^53 - 1 units of 10^-4
    sum.add(big);
    sum.add(big);
    sum.add(new Dec("0.00001"));
    expect(sum.value().toString()).toBe("1801439850948.19821");
  });

  it("is zero, not negative zero, when amounts cancel", () => {
    const sum = new ExactSum();
    sum.add(new Dec("-12.5"));
    sum.add(new Dec("12.5"));
    expect(Object.is(Number(sum.value().toString()), -0)).toBe(false);
    expect(JSON.stringify(sum.value())).toBe('"0"');
  });

  it("merges two sums into the sum of all their amounts", () => {
    const left = new ExactSum();
    const right = new ExactSum();
    left.add(new Dec("900719925474.0991"));
    right.add(new Dec("900719925474.0991"));
    right.add(new Dec("1.000001"));
    left.merge(right);
    expect(left.value().toString()).toBe("1801439850949.198201");
  });
});
