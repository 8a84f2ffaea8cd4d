/**
 * The measures of a plan, accumulated by cell over the selected rows: counts, exact sums (scaled
 * integers with an exact `Decimal` spill, {@link ScaledSums}), weighted sums, distinct counts,
 * earliest and latest instants, row ids and row-aligned value lists (`valueLists.ts`). Each store reads a cell, or merges several cells (a
 * key's total over every bucket).
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import { Dec, unsignedZero, ZERO } from "../../money/dec.js";
import { decimalOfScaled, ExactSum, SCALE_FACTOR, scaledInteger } from "../../money/exactSum.js";
import { ScaledSums } from "../../money/scaledSums.js";
import { BucketSlots } from "../bucketIndex.js";
import { NO_CODE } from "../dictionary.js";
import { addRowAmount, guardCurrencyCode, rowAmount } from "../tableMoney.js";
import { decimalAt, type MoneyColumns } from "../_columns.js";
import type { CellLayout } from "./groups.js";
import { decimalStatsStore } from "./decimalStats.js";
import { spanStatsStore } from "./spanStats.js";
import { decimalTallyStore } from "./decimalTally.js";
import type { Measure, WeightedSumMeasure } from "./plan.js";
import { columnOf, type DecimalColumn, type PlanColumns } from "./planColumns.js";
import type { Selection } from "./selection.js";
import { cellRowsOf, codeValueAt, listValues } from "./valueLists.js";
import { reachedStore } from "./reachedRanks.js";

/** The accumulated values of one measure, read cell by cell. */
export interface MeasureStore {
  /** The measure over the given cells (one cell, or every bucket of a key). */
  valueOf(cells: readonly number[]): unknown;
}

/** What every store is built from. */
export interface Scan {
  readonly columns: PlanColumns;
  readonly selection: Selection;
  readonly layout: CellLayout;
  /** The instants amounts are converted at: a time column, or one instant. */
  readonly convertAt: Float64Array | number;
  readonly guard: CurrencyGuard;
  /** The plan's time column, for ids in time order. */
  readonly times: Float64Array;
}

/** Calls `visit(row, cell)` for each selected row, in the plan's visit order. */
function forEachRow(scan: Scan, visit: (row: number, cell: number) => void): void {
  const { rows } = scan.selection;
  const { cellOfRow, visitOrder } = scan.layout;
  const count = scan.selection.count;
  for (let n = 0; n < count; n++) {
    const i = visitOrder === null ? n : (visitOrder[n] as number);
    visit(rows[i] as number, cellOfRow[i] as number);
  }
}

/** The store of counts by cell. */
export function countsStore(counts: Float64Array): MeasureStore {
  return { valueOf: (cells) => cells.reduce((total, cell) => total + (counts[cell] as number), 0) };
}

/** The store of exact sums by cell. */
export function sumsStore(sums: ScaledSums): MeasureStore {
  return {
    valueOf: (cells) => {
      const total = new ExactSum();
      for (const cell of cells) total.merge(sums.sumOf(cell));
      return total.value();
    },
  };
}

function countStore(scan: Scan): MeasureStore {
  const counts = new Float64Array(scan.layout.cellCount);
  const cellOfRow = scan.layout.cellOfRow;
  for (let i = 0; i < scan.selection.count; i++) {
    const cell = cellOfRow[i] as number;
    counts[cell] = (counts[cell] as number) + 1;
  }
  return countsStore(counts);
}

/**
 * Reads rows' amounts in the computation's currency. Rows in the currency the guard settled on
 * (`plain`) are added in their scaled form without the guard; the others go through it (converted
 * at `convertAt`, or refused), which may settle `plain`.
 */
export class AmountReader {
  /** The code of the guard's currency in the table, -1 while unknown. */
  plain: number;

  constructor(
    readonly money: MoneyColumns,
    private readonly guard: CurrencyGuard,
    private readonly convertAt: Float64Array | number,
  ) {
    this.plain = guardCurrencyCode(money, guard);
  }

  private at(row: number): number {
    const at = this.convertAt;
    return typeof at === "number" ? at : (at[row] as number);
  }

  /** Adds the row's amount to `cell` of `sums` through the guard (the rows the fast path does not take). */
  addSlow(sums: ScaledSums, cell: number, row: number): void {
    addRowAmount(sums.exactOf(cell), this.money, row, this.guard, this.at(row));
    if (this.plain < 0) this.plain = guardCurrencyCode(this.money, this.guard);
  }

  /** Adds the row's amount to `cell` of `sums`. */
  add(sums: ScaledSums, cell: number, row: number): void {
    if (this.money.currencyCodes[row] === this.plain && sums.add(cell, this.money.scaledAmounts[row] as number)) return;
    this.addSlow(sums, cell, row);
  }

  /** The row's amount as a `Decimal`, converted when needed. */
  decimal(row: number): Decimal {
    const amount = rowAmount(this.money, row, this.guard, this.at(row));
    if (this.plain < 0) this.plain = guardCurrencyCode(this.money, this.guard);
    return amount;
  }
}

function sumStore(scan: Scan, money: MoneyColumns): MeasureStore {
  const sums = new ScaledSums(scan.layout.cellCount);
  const reader = new AmountReader(money, scan.guard, scan.convertAt);
  // The hot loop of every money figure, written out: typed-array reads, no call in the common case.
  const { rows } = scan.selection;
  const { cellOfRow, visitOrder } = scan.layout;
  const { currencyCodes, scaledAmounts } = money;
  let plain = reader.plain;
  for (let n = 0; n < scan.selection.count; n++) {
    const i = visitOrder === null ? n : (visitOrder[n] as number);
    const row = rows[i] as number;
    const cell = cellOfRow[i] as number;
    if (currencyCodes[row] === plain && sums.add(cell, scaledAmounts[row] as number)) continue;
    reader.addSlow(sums, cell, row);
    plain = reader.plain;
  }
  return sumsStore(sums);
}

/** A weight with more than four decimals: multiplied row by row. */
const EXACT_WEIGHT = -1;
/** Cell x weight spaces up to this size number their pairs through an array; larger ones through a map. */
const DENSE_PAIRS = 1 << 22;

/** Gives each scaled weight a slot, in order of first appearance. */
class WeightSlots {
  readonly keys: number[] = [];
  private readonly slots = new Map<number, number>();

  slotOf(key: number): number {
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.keys.length;
      this.keys.push(key);
      this.slots.set(key, slot);
    }
    return slot;
  }
}

/**
 * Sum of amount x weight by cell: amounts are summed per distinct weight and each weight multiplies
 * its sum once (`sum(a x w) = sum over w of w x sum of its a`); a weight with more than four
 * decimals multiplies its rows one by one. Exact either way.
 */
function weightedSumStore(scan: Scan, measure: WeightedSumMeasure, money: MoneyColumns): MeasureStore {
  const { columns, selection } = scan;
  const weights = columnOf(columns.decimals, measure.weight, "decimal", columns.kind);
  const slots = new WeightSlots();
  // The fallback's weight of each code: a slot, EXACT_WEIGHT (then in fallbackExact), or undefined.
  let fallbackCodes: Uint32Array | Uint8Array | null = null;
  const fallbackSlot = new Map<number, number>();
  const fallbackExact = new Map<number, Decimal>();
  if (measure.fallback !== undefined) {
    const column = columnOf(columns.coded, measure.fallback.column, "coded", columns.kind);
    fallbackCodes = column.codes;
    const byValue = new Map<string, string>();
    for (const [value, weight] of measure.fallback.values) if (!byValue.has(value)) byValue.set(value, weight);
    column.values.forEach((value, code) => {
      const text = byValue.get(value);
      if (text === undefined) return;
      const weight = new Dec(text);
      const key = scaledInteger(weight);
      if (key === undefined) {
        fallbackSlot.set(code, EXACT_WEIGHT);
        fallbackExact.set(code, weight);
      } else fallbackSlot.set(code, slots.slotOf(key));
    });
  }
  // Each selected row's weight slot (in table order), and its exact weight when it has no slot.
  const slotOfRow = new Int32Array(selection.count);
  const exactWeight = new Map<number, Decimal>();
  for (let i = 0; i < selection.count; i++) {
    const row = selection.rows[i] as number;
    const key = weights.scaled[row] as number;
    if (key === key) slotOfRow[i] = slots.slotOf(key);
    else if (weights.exact.has(row)) {
      slotOfRow[i] = EXACT_WEIGHT;
      exactWeight.set(row, weights.exact.get(row) as Decimal);
    } else {
      const code = fallbackCodes === null ? NO_CODE : (fallbackCodes[row] as number);
      const slot = fallbackSlot.get(code);
      if (slot === undefined)
        throw new InvalidArgumentError(
          `row ${JSON.stringify(columns.ids[row])} has no ${measure.weight} and no fallback weight`,
        );
      slotOfRow[i] = slot;
      if (slot === EXACT_WEIGHT) exactWeight.set(row, fallbackExact.get(code) as Decimal);
    }
  }
  // Each (cell, weight) pair met gets its own sum, numbered in order of first appearance, and each
  // cell lists its pairs: a cell's value then costs the weights it holds, and memory the pairs met,
  // not cells x distinct weights (deals with their own probabilities have thousands of weights).
  const width = Math.max(1, slots.keys.length);
  const { rows } = selection;
  const { cellOfRow, visitOrder } = scan.layout;
  const pairOfRow = new Int32Array(selection.count);
  const slotOfPair: number[] = [];
  const pairsOfCell: (number[] | undefined)[] = [];
  const space = scan.layout.cellCount * width;
  const densePairs = space <= DENSE_PAIRS ? new Int32Array(space).fill(-1) : null;
  const sparsePairs = new Map<number, number>();
  for (let i = 0; i < selection.count; i++) {
    const slot = slotOfRow[i] as number;
    if (slot === EXACT_WEIGHT) continue;
    const cell = cellOfRow[i] as number;
    const key = cell * width + slot;
    let pair = densePairs === null ? (sparsePairs.get(key) ?? -1) : (densePairs[key] as number);
    if (pair < 0) {
      pair = slotOfPair.length;
      slotOfPair.push(slot);
      (pairsOfCell[cell] ??= []).push(pair);
      if (densePairs === null) sparsePairs.set(key, pair);
      else densePairs[key] = pair;
    }
    pairOfRow[i] = pair;
  }
  const sums = new ScaledSums(slotOfPair.length);
  const products: (ExactSum | undefined)[] = [];
  const reader = new AmountReader(money, scan.guard, scan.convertAt);
  for (let n = 0; n < selection.count; n++) {
    const i = visitOrder === null ? n : (visitOrder[n] as number);
    const row = rows[i] as number;
    const cell = cellOfRow[i] as number;
    if (slotOfRow[i] !== EXACT_WEIGHT) {
      reader.add(sums, pairOfRow[i] as number, row);
      continue;
    }
    const product = new Dec(reader.decimal(row)).times(exactWeight.get(row) as Decimal);
    (products[cell] ??= new ExactSum()).add(product);
  }
  return {
    valueOf: (cells) => {
      let total: Decimal = ZERO;
      for (const cell of cells) {
        const product = products[cell];
        if (product !== undefined) total = total.plus(product.value());
        for (const pair of pairsOfCell[cell] ?? []) {
          const key = slots.keys[slotOfPair[pair] as number] as number;
          if (key !== 0) total = total.plus(sums.value(pair).times(key).div(SCALE_FACTOR));
        }
      }
      return unsignedZero(total.isZero() ? ZERO : total);
    },
  };
}

function distinctStore(scan: Scan, codes: Uint32Array | Uint8Array): MeasureStore {
  const sets: (Set<number> | undefined)[] = [];
  forEachRow(scan, (row, cell) => {
    const code = codes[row] as number;
    if (code !== NO_CODE) (sets[cell] ??= new Set()).add(code);
  });
  return {
    valueOf: (cells) => {
      const union = new Set<number>();
      for (const cell of cells) for (const code of sets[cell] ?? []) union.add(code);
      return union.size;
    },
  };
}

function extremeStore(scan: Scan, times: Float64Array, kind: "min" | "max"): MeasureStore {
  const best = new Float64Array(scan.layout.cellCount).fill(Number.NaN);
  forEachRow(scan, (row, cell) => {
    const time = times[row] as number;
    if (time !== time) return;
    const current = best[cell] as number;
    if (current !== current || (kind === "min" ? time < current : time > current)) best[cell] = time;
  });
  return extremesStore(best, kind);
}

/** The store of the earliest or latest instants by cell (`NaN`: none). */
export function extremesStore(best: Float64Array, kind: "min" | "max"): MeasureStore {
  return {
    valueOf: (cells) => {
      let result: number | null = null;
      for (const cell of cells) {
        const value = best[cell] as number;
        if (value === value && (result === null || (kind === "min" ? value < result : value > result))) result = value;
      }
      return result;
    },
  };
}

function idsStore(scan: Scan, order: "table" | "time"): MeasureStore {
  const { ids } = scan.columns;
  const times = scan.times;
  const byTimeThenId = (a: number, b: number): number => {
    const byTime = (times[a] as number) - (times[b] as number);
    if (byTime !== 0) return byTime;
    const ia = ids[a] as string;
    const ib = ids[b] as string;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
  if (order === "table") return listValues(scan, (row) => ids[row] as string);
  const rows = cellRowsOf(scan);
  return {
    valueOf: (cells) => {
      const picked = Array.from(rows.rowsOf(cells));
      picked.sort(byTimeThenId);
      return picked.map((row) => ids[row] as string);
    },
  };
}

/** Exact sum of a decimal column by cell: scaled integers while they stay safe, an exact spill beyond. */
function decimalSumStore(scan: Scan, column: DecimalColumn): MeasureStore {
  const sums = new ScaledSums(scan.layout.cellCount);
  forEachRow(scan, (row, cell) => {
    const scaled = column.scaled[row] as number;
    if (scaled === scaled) {
      if (!sums.add(cell, scaled)) sums.exactOf(cell).add(decimalOfScaled(scaled));
    } else {
      const exact = column.exact.get(row);
      if (exact !== undefined) sums.exactOf(cell).add(exact);
    }
  });
  return sumsStore(sums);
}

/** Accumulates one measure over the scan. */
export function measureStore(scan: Scan, measure: Measure): MeasureStore {
  const { columns } = scan;
  switch (measure.kind) {
    case "count":
      return countStore(scan);
    case "sum":
      return sumStore(scan, columnOf(columns.amounts, measure.column, "amount", columns.kind));
    case "weightedSum":
      return weightedSumStore(scan, measure, columnOf(columns.amounts, measure.column, "amount", columns.kind));
    case "distinct":
      return distinctStore(scan, columnOf(columns.coded, measure.column, "coded", columns.kind).codes);
    case "min":
    case "max":
      return extremeStore(scan, columnOf(columns.times, measure.column, "time", columns.kind), measure.kind);
    case "ids":
      return idsStore(scan, measure.order ?? "table");
    case "decimalSum":
      return decimalSumStore(scan, columnOf(columns.decimals, measure.column, "decimal", columns.kind));
    case "timeValues": {
      const times = columnOf(columns.times, measure.column, "time", columns.kind);
      return listValues(scan, (row) => {
        const time = times[row] as number;
        return time === time ? time : null;
      });
    }
    case "decimalValues": {
      const column = columnOf(columns.decimals, measure.column, "decimal", columns.kind);
      return listValues(scan, (row) => decimalAt(column.scaled, column.exact, row) ?? null);
    }
    case "decimalStats":
      return decimalStatsStore(scan, columnOf(columns.decimals, measure.column, "decimal", columns.kind));
    case "decimalTally":
      return decimalTallyStore(
        scan,
        measure.columns.map((column) => columnOf(columns.decimals, column, "decimal", columns.kind)),
      );
    case "codeValues":
      return listValues(scan, codeValueAt(columnOf(columns.coded, measure.column, "coded", columns.kind)));
    case "spanStats": {
      const to = measure.to;
      if (typeof to === "number" && !Number.isSafeInteger(to))
        throw new InvalidArgumentError(`a span's end instant must be an integer of epoch ms, not ${String(to)}`);
      const end = typeof to === "number" ? to : columnOf(columns.times, to, "time", columns.kind);
      return spanStatsStore(scan, measure, columnOf(columns.times, measure.from, "time", columns.kind), end);
    }
    case "reached":
      return reachedStore(
        scan,
        columnOf(columns.coded, measure.key, "coded", columns.kind),
        columnOf(columns.coded, measure.column, "coded", columns.kind),
        measure.ranks,
      );
    default:
      throw new InvalidArgumentError(`unknown plan measure ${JSON.stringify((measure as { kind: unknown }).kind)}`);
  }
}

/**
 * Small instances of the objects the executor's loops read (see `PlanCells.liveShapes`), their
 * number fields in the representation real scans give them: instants (epoch ms) and large scaled
 * sums are doubles, not small integers. A field that moves from a small integer to a double gets
 * its object a new hidden class (the old one is deprecated), so an instance kept with small
 * integers would keep the wrong hidden class alive (`--trace-deopt` still showed "weak objects").
 */
export function liveShapes(): readonly object[] {
  const money: MoneyColumns = {
    scaledAmounts: new Float64Array(1),
    exactAmounts: new Map(),
    currencyCodes: new Uint32Array(1),
    currencies: ["EUR"],
  };
  const instant = 1.5e12;
  const sums = new ScaledSums(1);
  const exact = new ExactSum();
  exact.addScaled(2 ** 40);
  exact.add(new Dec("0.123456"));
  return [
    new BucketSlots([instant, instant + 86_400_000], instant + 2 * 86_400_000 + 0.5),
    sums,
    exact,
    // Amounts convert at a time column or at one instant: the field holds either.
    new AmountReader(money, new CurrencyGuard({}), new Float64Array(1)),
    new AmountReader(money, new CurrencyGuard({}), instant),
    new WeightSlots(),
    countsStore(new Float64Array(1)),
  ];
}
