import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Dec, ZERO } from "./decimal.js";
import { WeightedSum } from "./weightedSum.js";

const amount = fc.oneof(
  fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }).chain((units) => fc.nat({ max: 6 }).map((places) => new Dec(units.toString()).div(10 ** places))),
  fc.integer({ min: -100_000_000, max: 100_000_000 }).map((cents) => new Dec(cents).div(100)),
);
const weight = fc.oneof(
  fc.constantFrom("0", "0.1", "0.25", "0.5", "0.9", "1").map((text) => new Dec(text)),
  fc.integer({ min: 0, max: 1_000_000 }).map((millionths) => new Dec(millionths).div(1_000_000)),
);

test.prop([fc.array(fc.tuple(amount, weight), { maxLength: 50 })], { numRuns: 300 })(
  "WeightedSum equals the straightforward sum of amount x weight",
  (pairs) => {
    const sum = new WeightedSum();
    let reference = ZERO;
    for (const [a, w] of pairs) {
      sum.add(a, w);
      reference = reference.plus(a.times(w));
    }
    expect(sum.value().equals(reference)).toBe(true);
    expect(JSON.stringify(sum.value())).not.toBe('"-0"');
  },
);

test.prop([fc.array(fc.tuple(amount, weight), { maxLength: 30 }), fc.array(fc.tuple(amount, weight), { maxLength: 30 })], { numRuns: 200 })(
  "merging two weighted sums equals summing everything",
  (left, right) => {
    const a = new WeightedSum();
    const b = new WeightedSum();
    const all = new WeightedSum();
    for (const [x, w] of left) (a.add(x, w), all.add(x, w));
    for (const [x, w] of right) (b.add(x, w), all.add(x, w));
    a.merge(b);
    expect(a.value().equals(all.value())).toBe(true);
  },
);
