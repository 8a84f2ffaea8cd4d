/**
 * Where each selected row lands: its bucket and its code in each group column, folded into one cell
 * number in one pass; the group keys (listed keys, then the values met in order of first
 * appearance, relabelled when asked) and the cells behind each key; and, for plans that ask for
 * it, the order in which rows meet the currency check.
 *
 * Cells are numbered by code, not by key: a row's cell needs no key lookup, and a key that gathers
 * several codes (a team of sellers) reads their cells together.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../../errors/index.js";
import { BucketSlots } from "../bucketIndex.js";
import { NO_CODE } from "../dictionary.js";
import type { AggregationPlan, GroupKey } from "./plan.js";
import { columnOf, type PlanColumns } from "./planColumns.js";
import type { Selection } from "./selection.js";

/** Cell spaces up to this size are addressed directly; larger ones number only the cells met. */
export const DENSE_LIMIT = 1 << 22;

/** The cells of a plan, and each selected row's cell. */
export interface CellLayout {
  readonly bucketCount: number;
  /** Per group column, its keys in order. */
  readonly keys: readonly (readonly (string | null)[])[];
  /** Per group column, key to index. */
  readonly keyIndex: readonly ReadonlyMap<string | null, number>[];
  /** Number of cell ids (the measures' array length). */
  readonly cellCount: number;
  /** Each selected row's cell id. */
  readonly cellOfRow: Int32Array;
  /** The cell ids of a bucket and one key index per group column (several when a key gathers several values). */
  cellsOf(bucket: number, keyIndexes: readonly number[]): number[];
  /** The order of visits (indexes into the selection), or `null` for table order. */
  readonly visitOrder: Uint32Array | null;
  /**
   * A cell id's bucket and key index per group column (`null` for a cell no key reads), for the
   * partial states that list cells by key rather than by code. Absent from the one-pass layout.
   */
  readonly keysOfCell?: (cell: number) => readonly number[] | null;
}

/** One group column: its codes, and its code slots (the dictionary's codes, then one for an absent value). */
export interface GroupColumn {
  readonly spec: GroupKey;
  readonly codes: Uint32Array | Uint8Array;
  readonly values: readonly string[];
  /** Number of slots: the dictionary's size + 1. */
  readonly width: number;
  /** The first selected row (index into the selection) of each slot, -1 when none. */
  readonly firstSeen: Int32Array;
}

export function groupColumnOf(spec: GroupKey, columns: PlanColumns): GroupColumn {
  const column = columnOf(columns.coded, spec.column, "coded", columns.kind);
  const width = column.values.length + 1;
  return { spec, codes: column.codes, values: column.values, width, firstSeen: new Int32Array(width).fill(-1) };
}

/** Keeps the selected rows whose value of the relabelled column has a label (an absent value has none). */
function keepLabelled(
  selection: Selection,
  column: GroupColumn,
  relabel: readonly (readonly [string, string])[],
): void {
  const labelled = new Set(relabel.map(([value]) => value));
  const mask = new Uint8Array(column.width);
  column.values.forEach((value, code) => {
    if (labelled.has(value)) mask[code] = 1;
  });
  const { rows } = selection;
  const codes = column.codes;
  let kept = 0;
  for (let i = 0; i < selection.count; i++) {
    const row = rows[i] as number;
    const code = codes[row] as number;
    if (code !== NO_CODE && mask[code] === 1) rows[kept++] = row;
  }
  selection.count = kept;
}

/** The bucket placement of a plan: `null` for a single bucket. */
export function bucketSlotsOf(plan: AggregationPlan): BucketSlots | null {
  const starts = plan.buckets;
  if (starts === undefined || starts.length <= 1) return null;
  const to = plan.window.to;
  if (to === null) throw new InvalidArgumentError("a plan with buckets needs a window end");
  // Buckets that start at or after the window's end (a running period cut at asOf) stay empty.
  return new BucketSlots(starts, Math.max(to, (starts[starts.length - 1] as number) + 1));
}

/**
 * Each selected row's cell in code space (`bucket x groupSpace + sum of slot x stride`), in one
 * pass, noting the first row of each slot. The loops for no, one and two group columns are written
 * out: they are every indicator's case and the per-row cost of the kernel.
 */
function placeRows<A extends Int32Array | Float64Array>(
  selection: Selection,
  times: Float64Array,
  slots: BucketSlots | null,
  groups: readonly GroupColumn[],
  groupSpace: number,
  cells: A,
): A {
  const { rows, count } = selection;
  const [a, b] = groups;
  if (groups.length === 0) {
    if (slots !== null) for (let i = 0; i < count; i++) cells[i] = slots.bucketOf(times[rows[i] as number] as number);
    return cells;
  }
  if (groups.length === 1) {
    const codes = (a as GroupColumn).codes;
    const first = (a as GroupColumn).firstSeen;
    const absent = (a as GroupColumn).width - 1;
    for (let i = 0; i < count; i++) {
      const row = rows[i] as number;
      const code = codes[row] as number;
      const slot = code === NO_CODE ? absent : code;
      if ((first[slot] as number) < 0) first[slot] = i;
      cells[i] = (slots === null ? 0 : slots.bucketOf(times[row] as number) * groupSpace) + slot;
    }
    return cells;
  }
  if (groups.length === 2) {
    const [codesA, codesB] = [(a as GroupColumn).codes, (b as GroupColumn).codes];
    const [firstA, firstB] = [(a as GroupColumn).firstSeen, (b as GroupColumn).firstSeen];
    const [absentA, absentB] = [(a as GroupColumn).width - 1, (b as GroupColumn).width - 1];
    const strideA = (b as GroupColumn).width;
    for (let i = 0; i < count; i++) {
      const row = rows[i] as number;
      const codeA = codesA[row] as number;
      const codeB = codesB[row] as number;
      const slotA = codeA === NO_CODE ? absentA : codeA;
      const slotB = codeB === NO_CODE ? absentB : codeB;
      if ((firstA[slotA] as number) < 0) firstA[slotA] = i;
      if ((firstB[slotB] as number) < 0) firstB[slotB] = i;
      cells[i] = (slots === null ? 0 : slots.bucketOf(times[row] as number) * groupSpace) + slotA * strideA + slotB;
    }
    return cells;
  }
  for (let i = 0; i < count; i++) {
    const row = rows[i] as number;
    let cell = slots === null ? 0 : slots.bucketOf(times[row] as number) * groupSpace;
    let stride = groupSpace;
    for (const group of groups) {
      stride /= group.width;
      const code = group.codes[row] as number;
      const slot = code === NO_CODE ? group.width - 1 : code;
      if ((group.firstSeen[slot] as number) < 0) group.firstSeen[slot] = i;
      cell += slot * stride;
    }
    cells[i] = cell;
  }
  return cells;
}

/** One column's keys: listed keys, then the values (or labels) met in order of first appearance; each key's slots. */
interface ColumnKeys {
  readonly keys: (string | null)[];
  readonly index: Map<string | null, number>;
  readonly slotsOfKey: number[][];
  /** Each slot's key index (-1 when it has none) and its rank in the relabel list. */
  readonly keyOfSlot: Int32Array;
  readonly rankOfSlot: Int32Array;
}

function keysOf(group: GroupColumn): ColumnKeys {
  const { spec, values, width, firstSeen } = group;
  const keys: (string | null)[] = [];
  const index = new Map<string | null, number>();
  const slotsOfKey: number[][] = [];
  const keyOf = (key: string | null): number => {
    let at = index.get(key);
    if (at === undefined) {
      at = keys.length;
      index.set(key, at);
      keys.push(key);
      slotsOfKey.push([]);
    }
    return at;
  };
  for (const key of spec.keys ?? []) keyOf(key);
  const labels = new Map<string, string>();
  const ranks = new Map<string, number>();
  for (const [value, label] of spec.relabel ?? []) {
    if (labels.has(value)) continue;
    labels.set(value, label);
    ranks.set(value, ranks.size);
  }
  const seen: number[] = [];
  for (let slot = 0; slot < width; slot++) if ((firstSeen[slot] as number) >= 0) seen.push(slot);
  seen.sort((x, y) => (firstSeen[x] as number) - (firstSeen[y] as number));
  const keyOfSlot = new Int32Array(width).fill(-1);
  const rankOfSlot = new Int32Array(width);
  for (const slot of seen) {
    const value = slot === width - 1 ? null : (values[slot] as string);
    // A relabelled column kept only the rows whose value has a label.
    const key = keyOf(spec.relabel === undefined ? value : (labels.get(value as string) as string));
    keyOfSlot[slot] = key;
    rankOfSlot[slot] = ranks.get(value as string) ?? 0;
    (slotsOfKey[key] as number[]).push(slot);
  }
  return { keys, index, slotsOfKey, keyOfSlot, rankOfSlot };
}

/** `order` (indexes into the selection) sorted stably by `keyOf(index)`, small non-negative integers: a counting sort. */
function sortByKey(order: Uint32Array, keyOf: (index: number) => number, keyCount: number): Uint32Array {
  const next = new Uint32Array(keyCount + 1);
  for (let n = 0; n < order.length; n++) {
    const slot = keyOf(order[n] as number) + 1;
    next[slot] = (next[slot] as number) + 1;
  }
  for (let key = 1; key < next.length; key++) next[key] = (next[key] as number) + (next[key - 1] as number);
  const sorted = new Uint32Array(order.length);
  for (let n = 0; n < order.length; n++) {
    const i = order[n] as number;
    const key = keyOf(i);
    sorted[next[key] as number] = i;
    next[key] = (next[key] as number) + 1;
  }
  return sorted;
}

/** The selection by key of the first group column, then relabel rank, then table order (stable passes, the last key first). */
function visitOrderOf(selection: Selection, group: GroupColumn, keys: ColumnKeys): Uint32Array {
  const { rows, count } = selection;
  const slotOf = (i: number): number => {
    const code = group.codes[rows[i] as number] as number;
    return code === NO_CODE ? group.width - 1 : code;
  };
  let order: Uint32Array = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  if (group.spec.relabel !== undefined)
    order = sortByKey(order, (i) => keys.rankOfSlot[slotOf(i)] as number, group.spec.relabel.length);
  return sortByKey(order, (i) => keys.keyOfSlot[slotOf(i)] as number, keys.keys.length);
}

/**
 * The layout of a dense cell space (cells numbered by code) once the rows are placed: the keys of
 * each group column from the first row of each slot, and the cells behind each key.
 */
export function denseLayout(
  bucketCount: number,
  groups: readonly GroupColumn[],
  cellOfRow: Int32Array,
  visitOrder: Uint32Array | null,
): CellLayout {
  const groupSpace = groups.reduce((space, group) => space * group.width, 1);
  const columnKeys = groups.map(keysOf);
  const strides = groups.map((_, j) => groups.slice(j + 1).reduce((stride, group) => stride * group.width, 1));
  return {
    keysOfCell: (cell) => keysOfCode(cell, groupSpace, columnKeys, strides),
    bucketCount,
    keys: columnKeys.map((column) => column.keys),
    keyIndex: columnKeys.map((column) => column.index),
    cellCount: bucketCount * groupSpace,
    cellOfRow,
    cellsOf: (bucket, keyIndexes) => cellsOfKeys(bucket * groupSpace, columnKeys, strides, keyIndexes),
    visitOrder,
  };
}

/** A code-space cell's bucket and key index per column, `null` when a slot has no key. */
function keysOfCode(
  code: number,
  groupSpace: number,
  columnKeys: readonly ColumnKeys[],
  strides: readonly number[],
): readonly number[] | null {
  const found = [Math.floor(code / groupSpace)];
  let rest = code % groupSpace;
  for (let j = 0; j < columnKeys.length; j++) {
    const stride = strides[j] as number;
    const key = (columnKeys[j] as ColumnKeys).keyOfSlot[Math.floor(rest / stride)] as number;
    if (key < 0) return null;
    found.push(key);
    rest %= stride;
  }
  return found;
}

/** The code-space cells of one key per column, from `base` (a bucket's first cell). */
function cellsOfKeys(
  base: number,
  columnKeys: readonly ColumnKeys[],
  strides: readonly number[],
  keyIndexes: readonly number[],
): number[] {
  let cells = [base];
  keyIndexes.forEach((key, j) => {
    const slotsOfKey = (columnKeys[j] as ColumnKeys).slotsOfKey[key] ?? [];
    cells = cells.flatMap((cell) => slotsOfKey.map((slot) => cell + slot * (strides[j] as number)));
  });
  return cells;
}

/** Lays out the cells of `plan` over its selected rows (dropping the rows a relabel leaves out). */
export function layOutCells(plan: AggregationPlan, selection: Selection, columns: PlanColumns): CellLayout {
  const groups = (plan.groupBy ?? []).map((spec) => groupColumnOf(spec, columns));
  // Rows a relabel leaves out go first, so that only the rows kept give keys.
  for (const group of groups) if (group.spec.relabel !== undefined) keepLabelled(selection, group, group.spec.relabel);
  const slots = bucketSlotsOf(plan);
  const bucketCount = slots === null ? 1 : (plan.buckets as readonly number[]).length;
  const groupSpace = groups.reduce((space, group) => space * group.width, 1);
  const times = columnOf(columns.times, plan.time, "time", columns.kind);
  const space = bucketCount * groupSpace;
  const dense = space <= DENSE_LIMIT;
  // Past the dense limit, code-space cell numbers may pass 2^31: they are kept as doubles, then renumbered.
  const composite = placeRows(
    selection,
    times,
    slots,
    groups,
    groupSpace,
    dense ? new Int32Array(selection.count) : new Float64Array(selection.count),
  );
  const columnKeys = groups.map(keysOf);
  const strides = groups.map((_, j) => groups.slice(j + 1).reduce((stride, group) => stride * group.width, 1));
  let cellOfRow = composite as Int32Array;
  let cellCount = space;
  let idOf = (cell: number): number => cell;
  if (!dense) {
    // Too many combinations to allocate: number the cells met, in order of first appearance.
    const ids = new Map<number, number>();
    cellOfRow = new Int32Array(composite.length);
    for (let i = 0; i < composite.length; i++) {
      const cell = composite[i] as number;
      let id = ids.get(cell);
      if (id === undefined) {
        id = ids.size;
        ids.set(cell, id);
      }
      cellOfRow[i] = id;
    }
    cellCount = ids.size;
    idOf = (cell) => ids.get(cell) ?? -1;
  }
  const cellsOf = (bucket: number, keyIndexes: readonly number[]): number[] =>
    cellsOfKeys(bucket * groupSpace, columnKeys, strides, keyIndexes)
      .map(idOf)
      .filter((id) => id >= 0);
  let compositeOf: Float64Array | null = null;
  const keysOfCell = (cell: number): readonly number[] | null => {
    if (!dense && compositeOf === null) {
      compositeOf = new Float64Array(cellCount);
      for (let i = 0; i < composite.length; i++) compositeOf[cellOfRow[i] as number] = composite[i] as number;
    }
    return keysOfCode(compositeOf === null ? cell : (compositeOf[cell] as number), groupSpace, columnKeys, strides);
  };
  const first = groups[0];
  return {
    keysOfCell,
    bucketCount,
    keys: columnKeys.map((column) => column.keys),
    keyIndex: columnKeys.map((column) => column.index),
    cellCount,
    cellOfRow,
    cellsOf,
    visitOrder:
      plan.visit === "groups" && first !== undefined
        ? visitOrderOf(selection, first, columnKeys[0] as ColumnKeys)
        : null,
  };
}
