import { describe, expect, it } from "vitest";
import { apportion, createRng, cumulate, mix32, pickCumulative } from "./prng.js";

describe("createRng", () => {
  it("repeats the same sequence for the same seed and stream, on every machine", () => {
    const a = createRng(42, 1);
    const b = createRng(42, 1);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    // Pinned values: the same on every machine and engine; a change here changes every dataset
    // (and must be deliberate).
    const pinned = createRng(42, 1);
    expect(Array.from({ length: 3 }, () => pinned.next() * 4294967296)).toEqual([2571527847, 4084835505, 4062054545]);
    for (const x of first) expect(Number.isInteger(x * 4294967296)).toBe(true);
  });

  it("gives different streams for different seeds or stream numbers", () => {
    const x = createRng(42, 1).next();
    expect(createRng(43, 1).next()).not.toBe(x);
    expect(createRng(42, 2).next()).not.toBe(x);
  });

  it("stays in [0, 1) with a mean near 1/2, and int(n) in [0, n)", () => {
    const rng = createRng(7, 0);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
      const k = rng.int(6);
      expect(Number.isInteger(k) && k >= 0 && k < 6).toBe(true);
    }
    expect(Math.abs(sum / 10_000 - 0.5)).toBeLessThan(0.02);
  });
});

describe("mix32", () => {
  it("mixes 32-bit integers to unsigned 32-bit integers", () => {
    expect(mix32(0)).toBe(0);
    expect(mix32(1)).not.toBe(1);
    expect(mix32(1) >>> 0).toBe(mix32(1));
  });
});

describe("apportion, cumulate, pickCumulative", () => {
  it("splits a total into integer parts that add up exactly", () => {
    // worked by hand: 10 x 1/3 = 3.33 each -> floors 3, 3, 3; the one left goes to the first (ties to the lower index)
    expect([...apportion(10, [1, 1, 1])]).toEqual([4, 3, 3]);
    // worked by hand: 7 x (0.5, 0.25, 0.25) = 3.5, 1.75, 1.75 -> floors 3, 1, 1; remainders .5, .75, .75 -> +1, +1
    expect([...apportion(7, [2, 1, 1])]).toEqual([3, 2, 2]);
    expect([...apportion(0, [1, 2])]).toEqual([0, 0]);
  });

  it("picks an index from cumulative weights", () => {
    const table = cumulate([1, 2, 1]);
    expect([...table]).toEqual([1, 3, 4]);
    // worked by hand: u x 4 = 0, 0.99, 1, 2.99, 3 -> slots [0,1) [1,3) [3,4)
    expect(pickCumulative(table, 0)).toBe(0);
    expect(pickCumulative(table, 0.2475)).toBe(0);
    expect(pickCumulative(table, 0.25)).toBe(1);
    expect(pickCumulative(table, 0.7475)).toBe(1);
    expect(pickCumulative(table, 0.75)).toBe(2);
    expect(pickCumulative(table, 0.999)).toBe(2);
  });
});
