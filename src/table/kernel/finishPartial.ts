/**
 * `finishPartial`: the cells of a partial state, exactly those `executePlan` gives on the whole
 * table, with the whole's currency check replayed on the computation's guard.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import { Dec, unsignedZero, ZERO } from "../../money/dec.js";
import { ExactSum } from "../../money/exactSum.js";
import type { CellValues, Cells } from "./executePlan.js";
import type { AggregationPlan, Measure } from "./plan.js";
import { readsAmounts } from "./partial.js";
import { mergeCells } from "./mergePartials.js";
import { statsOfDecimals } from "./decimalStats.js";
import { statsOfSpans } from "./spanStats.js";
import { tallyOfTuples, tupleOfText } from "./decimalTally.js";
import { pairsOfFlat, reachedOfPairs } from "./reachedRanks.js";
import {
  checkPartialState,
  comparePositions,
  type PartialCell,
  type PartialKey,
  type PartialState,
  type PartialValue,
} from "./partialState.js";

/** A column's keys in the whole's order: the plan's listed keys, then the others by first row. */
function keysInOrder(listed: readonly (string | null)[] | undefined, met: readonly PartialKey[]): (string | null)[] {
  const keys = [...new Set(listed ?? [])];
  const known = new Set(keys);
  const others = met.filter(([key]) => !known.has(key)).sort((a, b) => comparePositions([a[1], a[2]], [b[1], b[2]]));
  return [...keys, ...others.map(([key]) => key)];
}

/** Replays the whole's currency check: each currency, in the order the whole's visit meets it. */
function checkCurrencies(state: PartialState, firstKeys: readonly (string | null)[], guard: CurrencyGuard): void {
  if (state.converted !== null) {
    if (guard.currency === null) guard.convert(ZERO, state.converted, new Date(0));
    if (guard.currency !== state.converted)
      throw new InvalidArgumentError(
        `the partial states converted amounts to ${state.converted}, the computation reports in ${String(guard.currency)}`,
      );
    return;
  }
  if (!readsAmounts(state.plan)) return;
  const keyIndex = new Map(firstKeys.map((key, index) => [key, index]));
  const order = [...state.currencies].sort(
    (a, b) =>
      (keyIndex.get(a[1]) ?? 0) - (keyIndex.get(b[1]) ?? 0) ||
      a[2] - b[2] ||
      comparePositions([a[3], a[4]], [b[3], b[4]]),
  );
  // Without exchange rates the guard converts nothing: it settles on a currency or throws MixedCurrencyError.
  for (const [currency] of order) guard.convert(ZERO, currency, new Date(0));
}

/** A measure's value over some merged cell (or none), as `executePlan` gives it. */
function valueOf(measure: Measure, cell: PartialCell | undefined, m: number): unknown {
  const value: PartialValue | undefined = cell?.values[m];
  switch (measure.kind) {
    case "count":
      return value ?? 0;
    case "sum":
    case "decimalSum": {
      const sum = new ExactSum();
      if (typeof value === "string") sum.add(new Dec(value));
      return sum.value();
    }
    case "weightedSum": {
      const total = typeof value === "string" ? new Dec(value) : ZERO;
      return unsignedZero(total.isZero() ? ZERO : total);
    }
    case "distinct":
      return value === undefined ? 0 : (value as readonly string[]).length;
    case "min":
    case "max":
      return value ?? null;
    case "ids": {
      const ids = (value ?? []) as readonly string[];
      if (measure.order !== "time" || cell === undefined) return ids;
      const times = cell.times as readonly number[];
      const order = ids.map((_, i) => i);
      order.sort((a, b) => {
        const byTime = (times[a] as number) - (times[b] as number);
        if (byTime !== 0) return byTime;
        const ia = ids[a] as string;
        const ib = ids[b] as string;
        return ia < ib ? -1 : ia > ib ? 1 : 0;
      });
      return order.map((i) => ids[i] as string);
    }
    case "timeValues":
    case "codeValues":
      return value ?? [];
    case "decimalValues":
      return ((value ?? []) as readonly (string | null)[]).map((v): Decimal | null => (v === null ? null : new Dec(v)));
    case "decimalStats":
      return statsOfDecimals(
        ((value ?? []) as readonly (string | null)[]).filter((v): v is string => v !== null).map((v) => new Dec(v)),
      );
    case "spanStats":
      return statsOfSpans(
        ((value ?? []) as readonly (string | null)[]).map((v) => (v === null ? null : BigInt(v))),
        measure.floorAtZero === true,
      );
    case "decimalTally":
      return tallyOfTuples(((value ?? []) as readonly string[]).map(tupleOfText));
    case "reached":
      return reachedOfPairs(measure.ranks.length, pairsOfFlat((value ?? []) as readonly (string | number)[]));
    default:
      throw new InvalidArgumentError(`unknown plan measure ${JSON.stringify((measure as { kind: unknown }).kind)}`);
  }
}

class FinishedCells<M extends Readonly<Record<string, Measure>>> implements Cells<M> {
  readonly bucketCount: number;
  readonly keys: readonly (readonly (string | null)[])[];
  private readonly byCell = new Map<string, PartialCell>();
  private readonly keySets: readonly ReadonlySet<string | null>[];

  constructor(
    private readonly plan: AggregationPlan,
    state: PartialState,
    keys: readonly (readonly (string | null)[])[],
  ) {
    this.bucketCount = plan.buckets === undefined || plan.buckets.length <= 1 ? 1 : plan.buckets.length;
    this.keys = keys;
    this.keySets = keys.map((column) => new Set(column));
    for (const cell of state.cells) this.byCell.set(JSON.stringify([cell.bucket, cell.keys]), cell);
  }

  private cellOf(bucket: number, keys: readonly (string | null)[]): PartialCell | undefined {
    if (keys.length !== this.keys.length)
      throw new InvalidArgumentError(`the plan has ${this.keys.length} group key(s), ${keys.length} given`);
    if (keys.some((key, j) => !(this.keySets[j] as ReadonlySet<string | null>).has(key))) return undefined;
    return this.byCell.get(JSON.stringify([bucket, keys]));
  }

  private valuesOf(cell: PartialCell | undefined): CellValues<M> {
    return Object.fromEntries(
      Object.entries(this.plan.measures).map(([name, measure], m) => [name, valueOf(measure, cell, m)]),
    ) as CellValues<M>;
  }

  get(bucket: number, ...keys: readonly (string | null)[]): CellValues<M> {
    if (!Number.isInteger(bucket) || bucket < 0 || bucket >= this.bucketCount)
      throw new InvalidArgumentError(`bucket ${bucket} is not one of the plan's ${this.bucketCount}`);
    return this.valuesOf(this.cellOf(bucket, keys));
  }

  total(...keys: readonly (string | null)[]): CellValues<M> {
    let merged: PartialCell | undefined;
    for (let bucket = 0; bucket < this.bucketCount; bucket++) {
      const cell = this.cellOf(bucket, keys);
      if (cell !== undefined) merged = merged === undefined ? cell : mergeCells(this.plan, merged, cell);
    }
    return this.valuesOf(merged);
  }
}

/**
 * The cells of a partial state: what `executePlan(plan, whole, guard)` gives, the whole being its
 * pieces in `part` order. The currencies the pieces met go through `guard` in the whole's visit
 * order, so it settles on the same currency, or throws the same `MixedCurrencyError`, as the
 * whole would; a state converted with exchange rates needs a guard in their reporting currency.
 *
 * @param state - a state (from `partialPlan`, `mergePartials`, or `JSON.parse`)
 * @param guard - the computation's currency guard (default: one that takes the first currency met)
 * @returns the cells
 * @throws InvalidArgumentError when it is not a partial state, or its currency differs from the guard's
 * @throws MixedCurrencyError when the pieces' amounts are in two currencies (no exchange rates)
 */
export function finishPartial<M extends Readonly<Record<string, Measure>>>(
  state: PartialState,
  guard: CurrencyGuard = new CurrencyGuard({}),
): Cells<M> {
  const checked = checkPartialState(state, "the state");
  const keys = checked.keys.map((met, j) => keysInOrder(checked.plan.groupBy?.[j]?.keys, met));
  checkCurrencies(checked, keys[0] ?? [], guard);
  if (checked.mixed)
    throw new InvalidArgumentError("a piece mixed currencies without exchange rates, yet the guard accepted them");
  return new FinishedCells<M>(checked.plan, checked, keys);
}
