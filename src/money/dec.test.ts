import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { asDec, Dec, median, medianOfSorted, ZERO } from "./dec.js";

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

  it("has ZERO, and asDec() rewraps values", () => {
    expect(ZERO.toFixed()).toBe("0");
    expect(asDec(new Decimal("1.5")).div(7).toFixed().length).toBeGreaterThan(50);
    expect(asDec("2.5").toFixed()).toBe("2.5");
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
