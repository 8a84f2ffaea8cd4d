import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { Dec, dec, divideOrNull, median, medianOfSorted, ONE, ZERO } from "./decimal.js";

describe("Dec", () => {
  it("computes with 60 significant digits and rounds half to even", () => {
    expect(new Dec(2).div(3).toFixed()).toBe(`0.${"6".repeat(59)}7`);
    expect(Dec.precision).toBe(60);
    expect(Dec.rounding).toBe(Decimal.ROUND_HALF_EVEN);
    expect(new Dec(1).div(3)).toBeInstanceOf(Decimal);
  });

  it("leaves the global Decimal untouched", () => {
    expect(Decimal.precision).toBe(20);
  });

  it("keeps sums exact far beyond 20 digits", () => {
    // worked by hand: 10^30 + 0.000001 has 37 significant digits
    expect(new Dec("1e30").plus("0.000001").toFixed()).toBe(`1${"0".repeat(30)}.000001`);
  });

  it("has ZERO and ONE, and dec() rewraps values", () => {
    expect(ZERO.toFixed()).toBe("0");
    expect(ONE.toFixed()).toBe("1");
    expect(dec(new Decimal("1.5")).div(7).toFixed().length).toBeGreaterThan(50);
    expect(dec("2.5").toFixed()).toBe("2.5");
  });
});

describe("divideOrNull", () => {
  it("divides, or gives null for a zero denominator", () => {
    expect(divideOrNull(new Dec(1), new Dec(4))?.toFixed()).toBe("0.25");
    expect(divideOrNull(new Dec(1), new Dec(0))).toBeNull();
    expect(divideOrNull(new Dec(1), new Dec("-0"))).toBeNull();
    expect(divideOrNull(new Dec(0), new Dec(0))).toBeNull();
  });

  it("divides at 60 digits even for 20-digit Decimals", () => {
    expect(divideOrNull(new Decimal(1), new Decimal(3))?.toFixed()).toBe(`0.${"3".repeat(60)}`);
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    // worked by hand: sorted [1, 2, 10] -> 2; [1, 2, 3, 10] -> (2 + 3) / 2 = 2.5
    expect(median([new Dec(10), new Dec(1), new Dec(2)])?.toFixed()).toBe("2");
    expect(median([new Dec(10), new Dec(3), new Dec(1), new Dec(2)])?.toFixed()).toBe("2.5");
    expect(median([new Dec("-1.5")])?.toFixed()).toBe("-1.5");
    expect(median([])).toBeNull();
    expect(medianOfSorted([])).toBeNull();
  });

  it("does not reorder the caller's array", () => {
    const values = [new Dec(3), new Dec(1), new Dec(2)];
    median(values);
    expect(values.map((v) => v.toNumber())).toEqual([3, 1, 2]);
  });
});
