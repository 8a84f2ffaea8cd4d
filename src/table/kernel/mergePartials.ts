/**
 * `mergePartials`: two partial states of one plan over disjoint pieces, as one state over both.
 * Merging is associative and commutative: pieces merge in any order and grouping.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../../errors/index.js";
import { Dec } from "../../money/dec.js";
import type { AggregationPlan, Measure } from "./plan.js";
import { flatOfPairs, mergeReachPairs, pairsOfFlat } from "./reachedRanks.js";
import {
  checkPartialState,
  comparePositions,
  planText,
  type PartialCell,
  type PartialCurrency,
  type PartialKey,
  type PartialState,
  type PartialValue,
  type RowPosition,
} from "./partialState.js";

/** The earlier of two firsts (by part, then row). */
function earlier<T extends readonly unknown[]>(a: T, b: T, at: number): T {
  return comparePositions([a[at] as number, a[at + 1] as number], [b[at] as number, b[at + 1] as number]) <= 0 ? a : b;
}

/** One measure's two values, merged. */
function mergeValue(measure: Measure, a: PartialValue, b: PartialValue, order: readonly number[] | null): PartialValue {
  switch (measure.kind) {
    case "count":
      return (a as number) + (b as number);
    case "sum":
    case "weightedSum":
    case "decimalSum":
      return a === null || b === null ? null : new Dec(a as string).plus(b as string).toFixed();
    case "distinct":
      return [...new Set([...(a as string[]), ...(b as string[])])].sort();
    case "min":
    case "max":
      if (a === null) return b;
      if (b === null) return a;
      return measure.kind === "min" ? Math.min(a as number, b as number) : Math.max(a as number, b as number);
    case "reached":
      return flatOfPairs(
        mergeReachPairs(pairsOfFlat(a as readonly (string | number)[]), pairsOfFlat(b as readonly (string | number)[])),
      );
    default: {
      const both = [...(a as readonly (string | number | null)[]), ...(b as readonly (string | number | null)[])];
      return (order as readonly number[]).map((i) => both[i] as string | number | null);
    }
  }
}

/** Two cells of the same bucket and keys, merged (their rows in table order). */
export function mergeCells(plan: AggregationPlan, a: PartialCell, b: PartialCell): PartialCell {
  const rows = a.rows === undefined || b.rows === undefined ? undefined : [...a.rows, ...b.rows];
  const order =
    rows === undefined
      ? null
      : rows.map((_, i) => i).sort((x, y) => comparePositions(rows[x] as RowPosition, rows[y] as RowPosition));
  const measures = Object.values(plan.measures);
  const times = a.times === undefined || b.times === undefined ? undefined : [...a.times, ...b.times];
  return {
    bucket: a.bucket,
    keys: a.keys,
    values: measures.map((measure, m) =>
      mergeValue(measure, a.values[m] as PartialValue, b.values[m] as PartialValue, order),
    ),
    ...(rows === undefined || order === null ? {} : { rows: order.map((i) => rows[i] as RowPosition) }),
    ...(times === undefined || order === null ? {} : { times: order.map((i) => times[i] as number) }),
  };
}

/** Keys of one group column met in either state, each with its first row. */
function mergeKeys(a: readonly PartialKey[], b: readonly PartialKey[]): PartialKey[] {
  const byKey = new Map<string | null, PartialKey>();
  for (const entry of [...a, ...b]) {
    const other = byKey.get(entry[0]);
    byKey.set(entry[0], other === undefined ? entry : earlier(other, entry, 1));
  }
  return [...byKey.values()];
}

/** Currencies met in either state, each with its first row per visit unit. */
function mergeCurrencies(a: readonly PartialCurrency[], b: readonly PartialCurrency[]): PartialCurrency[] {
  const byUnit = new Map<string, PartialCurrency>();
  for (const entry of [...a, ...b]) {
    const unit = JSON.stringify(entry.slice(0, 3));
    const other = byUnit.get(unit);
    byUnit.set(unit, other === undefined ? entry : earlier(other, entry, 3));
  }
  return [...byUnit.values()];
}

/**
 * Merges the states of one plan over two disjoint sets of pieces: counts and sums add, distinct
 * values unite, earliest and latest instants compare, each key keeps its furthest rank (`reached`), row lists interleave in table order (by
 * piece, then row), keys and currencies keep their first row. The result is the state of the
 * union, whichever order and grouping the pieces merge in.
 *
 * @param a - a state (from `partialPlan`, a merge, or `JSON.parse`)
 * @param b - another state of the same plan
 * @returns the state over both sets of pieces
 * @throws InvalidArgumentError when either is not a partial state, their plans differ, they share
 *   a piece (it would count twice), or one converted amounts and the other did not (or to another
 *   currency)
 */
export function mergePartials(a: PartialState, b: PartialState): PartialState {
  const left = checkPartialState(a, "the first state");
  const right = checkPartialState(b, "the second state");
  if (planText(left.plan) !== planText(right.plan))
    throw new InvalidArgumentError("partial states of different plans cannot merge");
  if (left.converted !== right.converted)
    throw new InvalidArgumentError(
      `partial states converted to ${String(left.converted)} and ${String(right.converted)} cannot merge: compute every piece with the same exchange rates`,
    );
  const parts = new Set(left.parts);
  const shared = right.parts.find((part) => parts.has(part));
  if (shared !== undefined)
    throw new InvalidArgumentError(`both partial states cover piece ${shared}: merged, its rows would count twice`);
  const cells = new Map<string, PartialCell>();
  for (const cell of [...left.cells, ...right.cells]) {
    const id = JSON.stringify([cell.bucket, cell.keys]);
    const other = cells.get(id);
    cells.set(id, other === undefined ? cell : mergeCells(left.plan, other, cell));
  }
  return {
    format: left.format,
    plan: left.plan,
    parts: [...left.parts, ...right.parts].sort((x, y) => x - y),
    rowCount: left.rowCount + right.rowCount,
    converted: left.converted,
    mixed: left.mixed || right.mixed,
    keys: left.keys.map((keys, j) => mergeKeys(keys, right.keys[j] ?? [])),
    currencies: mergeCurrencies(left.currencies, right.currencies),
    cells: [...cells.values()],
  };
}
