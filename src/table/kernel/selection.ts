/**
 * The rows a plan keeps, as a list of row numbers in table order: one pass over the window and the
 * owners, then one compaction per predicate. Each loop reads one or two typed arrays and does
 * nothing else, which keeps it fast whatever the plan.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../../errors/index.js";
import { NO_CODE } from "../dictionary.js";
import type { CodedColumn, PlanColumns } from "./planColumns.js";
import { columnOf } from "./planColumns.js";
import type { AggregationPlan, CodedColumnName, Predicate, TimePredicate } from "./plan.js";

/** Selected rows: `rows[0..count)` in table order. */
export interface Selection {
  readonly rows: Uint32Array;
  count: number;
}

/** Accepts each code of a coded column (the last slot stands for an absent value): 1 or 0. */
export function codeMask(column: CodedColumn, accepted: ReadonlySet<string | null>): Uint8Array {
  const values = column.values;
  const mask = new Uint8Array(values.length + 1);
  for (let code = 0; code < values.length; code++) if (accepted.has(values[code] as string)) mask[code] = 1;
  if (accepted.has(null)) mask[values.length] = 1;
  return mask;
}

/** The rows whose `times` lie in `[from, to)` and whose owner code passes `ownerMask` (every owner when `null`). */
function windowRows(
  times: Float64Array,
  from: number,
  to: number,
  ownerCodes: Uint32Array | Uint8Array,
  ownerMask: Uint8Array | null,
  size: number,
): Selection {
  const rows = new Uint32Array(size);
  let count = 0;
  if (ownerMask === null) {
    for (let row = 0; row < size; row++) {
      const time = times[row] as number;
      // NaN (an absent instant) fails the comparison.
      if (time >= from && time < to) rows[count++] = row;
    }
  } else {
    for (let row = 0; row < size; row++) {
      const time = times[row] as number;
      if (time >= from && time < to && ownerMask[ownerCodes[row] as number] === 1) rows[count++] = row;
    }
  }
  return { rows, count };
}

/*
 * The filters below read `count` rows from `source` and write those they keep to `target` (the
 * same array when compacting in place), returning how many they kept.
 */

/** Keeps the rows whose code passes `mask` (absent values read the last slot). */
function keepCodes(
  source: Uint32Array,
  count: number,
  target: Uint32Array,
  codes: Uint32Array | Uint8Array,
  mask: Uint8Array,
): number {
  const absent = mask.length - 1;
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const row = source[i] as number;
    const code = codes[row] as number;
    if (mask[code === NO_CODE ? absent : code] === 1) target[kept++] = row;
  }
  return kept;
}

/** Keeps the rows whose instant compares with `value` by `op`; an absent instant passes when `orAbsent`. */
function keepTimes(
  source: Uint32Array,
  count: number,
  target: Uint32Array,
  times: Float64Array,
  op: TimePredicate["op"],
  value: number,
  orAbsent: boolean,
): number {
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const row = source[i] as number;
    const time = times[row] as number;
    const pass =
      time !== time
        ? orAbsent
        : op === "<"
          ? time < value
          : op === "<="
            ? time <= value
            : op === ">="
              ? time >= value
              : time > value;
    if (pass) target[kept++] = row;
  }
  return kept;
}

/** Keeps the rows whose float column has a value (`present`) or has none (NaN, and not in `exact`). */
function keepPresentFloats(
  source: Uint32Array,
  count: number,
  target: Uint32Array,
  values: Float64Array,
  exact: ReadonlyMap<number, unknown> | null,
  present: boolean,
): number {
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const row = source[i] as number;
    const value = values[row] as number;
    const has = value === value || (exact !== null && exact.has(row));
    if (has === present) target[kept++] = row;
  }
  return kept;
}

function applyPredicate(
  source: Uint32Array,
  count: number,
  target: Uint32Array,
  columns: PlanColumns,
  predicate: Predicate,
): number {
  const kind = columns.kind;
  switch (predicate.kind) {
    case "in": {
      const column = columnOf(columns.coded, predicate.column, "coded", kind);
      return keepCodes(source, count, target, column.codes, codeMask(column, new Set(predicate.values)));
    }
    case "time":
      return keepTimes(
        source,
        count,
        target,
        columnOf(columns.times, predicate.column, "time", kind),
        predicate.op,
        predicate.value,
        predicate.orAbsent === true,
      );
    case "present": {
      const name = predicate.column;
      const time = columns.times.get(name as never);
      if (time !== undefined) return keepPresentFloats(source, count, target, time, null, predicate.present);
      const decimal = columns.decimals.get(name as never);
      if (decimal !== undefined)
        return keepPresentFloats(source, count, target, decimal.scaled, decimal.exact, predicate.present);
      const amount = columns.amounts.get(name as never);
      if (amount !== undefined)
        return keepPresentFloats(source, count, target, amount.scaledAmounts, amount.exactAmounts, predicate.present);
      const coded = columnOf<CodedColumnName, CodedColumn>(columns.coded, name as never, "coded", kind);
      const mask = new Uint8Array(coded.values.length + 1).fill(predicate.present ? 1 : 0);
      mask[coded.values.length] = predicate.present ? 0 : 1;
      return keepCodes(source, count, target, coded.codes, mask);
    }
    default:
      throw new InvalidArgumentError(`unknown plan predicate ${JSON.stringify((predicate as { kind: unknown }).kind)}`);
  }
}

/**
 * The rows in a plan's window and scope, kept for the other plans of the same computation with the
 * same table, window and owners: an indicator's plans mostly share them (lost deals by status, by
 * reason, by competitor), so the full pass over the table runs once and each plan then filters the
 * rows it got.
 */
export type WindowCache = Map<string, Selection>;

function windowKey(plan: AggregationPlan): string {
  return JSON.stringify([plan.table, plan.time, plan.window.from, plan.window.to, plan.owners ?? null]);
}

/**
 * The rows `plan` keeps: in its window, owned in its scope, passing every predicate; in table order.
 *
 * @param cache - where the window's rows of earlier plans of the same computation are kept
 */
export function selectRows(plan: AggregationPlan, columns: PlanColumns, cache: WindowCache | null = null): Selection {
  const key = cache === null ? "" : windowKey(plan);
  let inWindow = cache?.get(key);
  let shared = true;
  if (inWindow === undefined) {
    const times = columnOf(columns.times, plan.time, "time", columns.kind);
    const owner = columnOf(columns.coded, "owner", "coded", columns.kind);
    const ownerMask = plan.owners === undefined ? null : codeMask(owner, new Set(plan.owners));
    const from = plan.window.from ?? Number.NEGATIVE_INFINITY;
    const to = plan.window.to ?? Number.POSITIVE_INFINITY;
    inWindow = windowRows(times, from, to, owner.codes, ownerMask, columns.size);
    if (cache === null) shared = false;
    else cache.set(key, inWindow);
  }
  const where = plan.where ?? [];
  // Predicates and relabels compact the rows: a plan with either gets rows of its own (the first
  // predicate writes them), a plan with neither reads the window's rows.
  const compacts = where.length > 0 || (plan.groupBy ?? []).some((group) => group.relabel !== undefined);
  if (!compacts) return { rows: inWindow.rows, count: inWindow.count };
  const target = shared ? new Uint32Array(inWindow.count) : inWindow.rows;
  let source = inWindow.rows;
  let count = inWindow.count;
  for (const predicate of where) {
    count = applyPredicate(source, count, target, columns, predicate);
    source = target;
  }
  if (source !== target) target.set(source.subarray(0, count));
  return { rows: target, count };
}
