import { describe, expect, it } from "vitest";
import { Dec } from "./dec.js";
import { ScaledSums } from "./scaledSums.js";

// Expected values worked by hand: amounts are x 10^4, so 12.50 is 125 000.
describe("ScaledSums", () => {
  it("adds scaled amounts per cell: 12.50 + 0.25 in cell 0, -3 in cell 1", () => {
    const sums = new ScaledSums(2);
    expect([sums.add(0, 125_000), sums.add(0, 2_500), sums.add(1, -30_000)]).toEqual([true, true, true]);
    expect([sums.value(0).toString(), sums.value(1).toString()]).toEqual(["12.75", "-3"]);
  });

  it("refuses NaN (an amount without a scaled form), which the caller adds to the exact part", () => {
    const sums = new ScaledSums(1);
    expect(sums.add(0, Number.NaN)).toBe(false);
    sums.exactOf(0).add(new Dec("0.00001"));
    sums.add(0, 10_000);
    expect(sums.value(0).toString()).toBe("1.00001");
  });

  it("moves a step past 2^53 - 1 units to the exact part: (2^53 - 1) + 1 units = 900719925474.0992", () => {
    const sums = new ScaledSums(1);
    sums.add(0, Number.MAX_SAFE_INTEGER);
    expect(sums.add(0, 1)).toBe(true);
    expect(sums.value(0).toString()).toBe("900719925474.0992");
  });

  it("an empty cell is an unsigned zero, also after adding x and -x", () => {
    const sums = new ScaledSums(2);
    sums.add(1, 5);
    sums.add(1, -5);
    expect([sums.value(0).toString(), sums.value(1).isNegative()]).toEqual(["0", false]);
  });
});
