import { fc, test } from "@fast-check/vitest";
import type { Decimal } from "decimal.js";
import { expect } from "vitest";
import { Dec, ZERO } from "./dec.js";
import { scaledInteger } from "./exactSum.js";
import { ScaledSums } from "./scaledSums.js";

/** Decimals of every kind a table holds: near and past 2^53 units of 10^-4, negative, more than four places. */
const amount = fc
  .oneof(
    fc
      .bigInt({ min: -(2n ** 60n), max: 2n ** 60n })
      .chain((units) => fc.nat({ max: 8 }).map((places) => ({ units, places }))),
    fc.bigInt({ min: 2n ** 53n - 1000n, max: 2n ** 53n + 1000n }).map((units) => ({ units, places: 4 })),
    fc.bigInt({ min: -(2n ** 53n) - 1000n, max: -(2n ** 53n) + 1000n }).map((units) => ({ units, places: 4 })),
    fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }).map((cents) => ({ units: BigInt(cents), places: 2 })),
  )
  .map(({ units, places }) => new Dec(units.toString()).div(10 ** places));

const CELLS = 4;
const additions = fc.array(fc.tuple(fc.nat({ max: CELLS - 1 }), amount), { maxLength: 60 });

/** Adds `value` as a table loop does: its scaled form when it has one, else its `Decimal` to the cell's exact part. */
function addAmount(sums: ScaledSums, cell: number, value: Decimal): void {
  if (!sums.add(cell, scaledInteger(value) ?? Number.NaN)) sums.exactOf(cell).add(value);
}

/** The straightforward reference: a plain `Decimal` sum per cell. */
function referenceSums(list: readonly (readonly [number, Decimal])[]): Decimal[] {
  const totals = Array.from({ length: CELLS }, () => ZERO);
  for (const [cell, value] of list) totals[cell] = (totals[cell] as Decimal).plus(value);
  return totals;
}

function values(sums: ScaledSums): string[] {
  return Array.from({ length: CELLS }, (_, cell) => sums.value(cell).toString());
}

test.prop([additions], { numRuns: 300 })(
  "each cell equals the straightforward Decimal sum of what was added to it",
  (list) => {
    const sums = new ScaledSums(CELLS);
    for (const [cell, value] of list) addAmount(sums, cell, value);
    expect(values(sums)).toEqual(referenceSums(list).map(String));
  },
);

test.prop([additions, fc.integer({ min: 0, max: 60 })], { numRuns: 200 })(
  "growing midway keeps every sum, and the new cells start empty",
  (list, at) => {
    const sums = new ScaledSums(CELLS / 2);
    list.forEach(([cell, value], index) => {
      if (index === at) sums.grow(CELLS);
      if (cell >= CELLS / 2 && index < at) return;
      addAmount(sums, cell, value);
    });
    sums.grow(CELLS);
    const added = list.filter(([cell], index) => cell < CELLS / 2 || index >= at);
    expect(values(sums)).toEqual(referenceSums(added).map(String));
  },
);

test.prop([additions, additions], { numRuns: 200 })(
  "adding cells of another set equals adding everything to one",
  (left, right) => {
    const a = new ScaledSums(CELLS);
    const b = new ScaledSums(CELLS);
    for (const [cell, value] of left) addAmount(a, cell, value);
    for (const [cell, value] of right) addAmount(b, cell, value);
    for (let cell = 0; cell < CELLS; cell++) a.addCell(cell, b, cell);
    expect(values(a)).toEqual(referenceSums([...left, ...right]).map(String));
  },
);

test.prop([additions, fc.nat({ max: CELLS - 1 }), additions], { numRuns: 100 })(
  "a cleared cell is empty and the others are untouched",
  (before, cleared, after) => {
    const sums = new ScaledSums(CELLS);
    for (const [cell, value] of before) addAmount(sums, cell, value);
    sums.clear(cleared);
    for (const [cell, value] of after) addAmount(sums, cell, value);
    expect(values(sums)).toEqual(referenceSums([...before.filter(([cell]) => cell !== cleared), ...after]).map(String));
  },
);
