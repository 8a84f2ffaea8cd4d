import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Dec, ZERO } from "./dec.js";
import { ExactSum } from "./exactSum.js";

/** Decimals of every kind the fast path must get right: near and past 2^53 minor units, negative, many places. */
const amount = fc
  .oneof(
    fc
      .bigInt({ min: -(2n ** 60n), max: 2n ** 60n })
      .chain((units) => fc.nat({ max: 8 }).map((places) => ({ units, places }))),
    fc.bigInt({ min: 2n ** 53n - 1000n, max: 2n ** 53n + 1000n }).map((units) => ({ units, places: 4 })),
    fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }).map((cents) => ({ units: BigInt(cents), places: 2 })),
  )
  .map(({ units, places }) => new Dec(units.toString()).div(10 ** places));

test.prop([fc.array(amount, { maxLength: 60 })], { numRuns: 300 })(
  "ExactSum equals the straightforward Decimal sum",
  (amounts) => {
    const sum = new ExactSum();
    let reference = ZERO;
    for (const value of amounts) {
      sum.add(value);
      reference = reference.plus(value);
    }
    expect(sum.value().equals(reference)).toBe(true);
  },
);

test.prop([fc.array(amount, { maxLength: 30 }), fc.array(amount, { maxLength: 30 })], { numRuns: 200 })(
  "merging two sums equals summing everything",
  (left, right) => {
    const a = new ExactSum();
    const b = new ExactSum();
    const all = new ExactSum();
    for (const value of left) {
      a.add(value);
      all.add(value);
    }
    for (const value of right) {
      b.add(value);
      all.add(value);
    }
    a.merge(b);
    expect(a.value().equals(all.value())).toBe(true);
  },
);
