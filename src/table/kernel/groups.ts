/**
 * Where each selected row lands: its bucket and its key of each group column, folded into one cell
 * number; and, for plans that ask for it, the order in which rows meet the currency check.
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
const DENSE_LIMIT = 1 << 22;
const UNSEEN = -1;

/** The keys of one group column and each selected row's key index. */
interface ColumnKeys {
  readonly keys: (string | null)[];
  readonly index: Map<string | null, number>;
  readonly perRow: Int32Array;
  /** Each selected row's position in the relabel list (its value's first pair); used to order visits. */
  readonly relabelRank: Int32Array | null;
}

function keysOf(spec: GroupKey, selection: Selection, columns: PlanColumns): ColumnKeys {
  const column = columnOf(columns.coded, spec.column, "coded", columns.kind);
  const { codes, values } = column;
  const keys: (string | null)[] = [];
  const index = new Map<string | null, number>();
  const keyOf = (key: string | null): number => {
    let at = index.get(key);
    if (at === undefined) {
      at = keys.length;
      index.set(key, at);
      keys.push(key);
    }
    return at;
  };
  for (const key of spec.keys ?? []) keyOf(key);
  let labels: Map<string, string> | null = null;
  let ranks: Map<string, number> | null = null;
  if (spec.relabel !== undefined) {
    labels = new Map();
    ranks = new Map();
    for (const [value, label] of spec.relabel) {
      if (labels.has(value)) continue;
      labels.set(value, label);
      ranks.set(value, ranks.size);
    }
  }
  const absent = values.length;
  const keyOfCode = new Int32Array(absent + 1).fill(UNSEEN);
  const rankOfCode = new Int32Array(absent + 1);
  const perRow = new Int32Array(selection.count);
  const rows = selection.rows;
  for (let i = 0; i < selection.count; i++) {
    const code = codes[rows[i] as number] as number;
    const slot = code === NO_CODE ? absent : code;
    let key = keyOfCode[slot] as number;
    if (key === UNSEEN) {
      const value = slot === absent ? null : (values[slot] as string);
      if (labels === null) key = keyOf(value);
      else {
        // keepLabelled left only rows whose value has a label.
        key = keyOf(labels.get(value as string) as string);
        rankOfCode[slot] = (ranks as Map<string, number>).get(value as string) as number;
      }
      keyOfCode[slot] = key;
    }
    perRow[i] = key;
  }
  let relabelRank: Int32Array | null = null;
  if (labels !== null) {
    relabelRank = new Int32Array(selection.count);
    for (let i = 0; i < selection.count; i++) {
      const code = codes[rows[i] as number] as number;
      relabelRank[i] = rankOfCode[code === NO_CODE ? absent : code] as number;
    }
  }
  return { keys, index, perRow, relabelRank };
}

/** Keeps the selected rows whose value of the relabelled column has a label (an absent value has none). */
function keepLabelled(selection: Selection, columns: PlanColumns, spec: GroupKey & { readonly relabel: readonly (readonly [string, string])[] }): void {
  const column = columnOf(columns.coded, spec.column, "coded", columns.kind);
  const labelled = new Set(spec.relabel.map(([value]) => value));
  const mask = new Uint8Array(column.values.length);
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

/** The cells of a plan: every bucket x key combination, and each selected row's cell. */
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
  /** The cell id of a (bucket, key indexes) combination, or -1 when no row landed there (sparse layouts only). */
  cellId(bucket: number, keyIndexes: readonly number[]): number;
  /** The order of visits (indexes into the selection), or `null` for table order. */
  readonly visitOrder: Uint32Array | null;
}

function bucketsOfRows(plan: AggregationPlan, selection: Selection, columns: PlanColumns): { count: number; perRow: Int32Array | null } {
  const starts = plan.buckets;
  if (starts === undefined || starts.length <= 1) return { count: 1, perRow: null };
  const to = plan.window.to;
  if (to === null) throw new InvalidArgumentError("a plan with buckets needs a window end");
  const times = columnOf(columns.times, plan.time, "time", columns.kind);
  // Buckets that start at or after the window's end (a running period cut at asOf) stay empty.
  const slots = new BucketSlots(starts, Math.max(to, (starts[starts.length - 1] as number) + 1));
  const perRow = new Int32Array(selection.count);
  const rows = selection.rows;
  for (let i = 0; i < selection.count; i++) perRow[i] = slots.bucketOf(times[rows[i] as number] as number);
  return { count: starts.length, perRow };
}

/** `order` (indexes into the selection) sorted stably by `keys` of each index, small non-negative integers: a counting sort. */
function sortByKey(order: Uint32Array, keys: Int32Array): Uint32Array {
  let max = 0;
  for (let n = 0; n < order.length; n++) max = Math.max(max, keys[order[n] as number] as number);
  const next = new Uint32Array(max + 2);
  for (let n = 0; n < order.length; n++) {
    const slot = (keys[order[n] as number] as number) + 1;
    next[slot] = (next[slot] as number) + 1;
  }
  for (let key = 1; key < next.length; key++) next[key] = (next[key] as number) + (next[key - 1] as number);
  const sorted = new Uint32Array(order.length);
  for (let n = 0; n < order.length; n++) {
    const i = order[n] as number;
    const key = keys[i] as number;
    sorted[next[key] as number] = i;
    next[key] = (next[key] as number) + 1;
  }
  return sorted;
}

/** The selection by key of the first group column, then relabel rank, then table order (two stable passes, the last key first). */
function visitOrderOf(first: ColumnKeys, count: number): Uint32Array {
  let order: Uint32Array = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  if (first.relabelRank !== null) order = sortByKey(order, first.relabelRank);
  return sortByKey(order, first.perRow);
}

/** Lays out the cells of `plan` over its selected rows (dropping the rows a relabel leaves out). */
export function layOutCells(plan: AggregationPlan, selection: Selection, columns: PlanColumns): CellLayout {
  // Rows a relabel leaves out go first, so that only the rows kept give keys.
  for (const spec of plan.groupBy ?? []) if (spec.relabel !== undefined) keepLabelled(selection, columns, { ...spec, relabel: spec.relabel });
  const groupColumns = (plan.groupBy ?? []).map((spec) => keysOf(spec, selection, columns));
  const buckets = bucketsOfRows(plan, selection, columns);
  const strides: number[] = [];
  let groupSpace = 1;
  for (let j = groupColumns.length - 1; j >= 0; j--) {
    strides[j] = groupSpace;
    groupSpace *= Math.max(1, (groupColumns[j] as ColumnKeys).keys.length);
  }
  const space = buckets.count * groupSpace;
  const count = selection.count;
  const compositeOf = (bucket: number, keyIndexes: readonly number[]): number => {
    let cell = bucket * groupSpace;
    for (let j = 0; j < keyIndexes.length; j++) cell += (keyIndexes[j] as number) * (strides[j] as number);
    return cell;
  };
  let cellOfRow: Int32Array;
  let cellCount = space;
  let cellId = compositeOf;
  if (groupColumns.length === 0) {
    // One cell per bucket: the bucket numbers are the cells.
    cellOfRow = buckets.perRow ?? new Int32Array(count);
  } else if (space <= DENSE_LIMIT) {
    cellOfRow = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      let cell = buckets.perRow === null ? 0 : (buckets.perRow[i] as number) * groupSpace;
      for (let j = 0; j < groupColumns.length; j++) cell += ((groupColumns[j] as ColumnKeys).perRow[i] as number) * (strides[j] as number);
      cellOfRow[i] = cell;
    }
  } else {
    // Too many combinations to allocate: number the cells met, in order of first appearance.
    const ids = new Map<number, number>();
    cellOfRow = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      let key = buckets.perRow === null ? 0 : (buckets.perRow[i] as number) * groupSpace;
      for (let j = 0; j < groupColumns.length; j++) key += ((groupColumns[j] as ColumnKeys).perRow[i] as number) * (strides[j] as number);
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
      }
      cellOfRow[i] = id;
    }
    cellCount = ids.size;
    cellId = (bucket, keyIndexes) => ids.get(compositeOf(bucket, keyIndexes)) ?? -1;
  }
  const first = groupColumns[0];
  return {
    bucketCount: buckets.count,
    keys: groupColumns.map((column) => column.keys),
    keyIndex: groupColumns.map((column) => column.index),
    cellCount,
    cellOfRow,
    cellId,
    visitOrder: plan.visit === "groups" && first !== undefined ? visitOrderOf(first, count) : null,
  };
}
