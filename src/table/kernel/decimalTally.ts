/**
 * The `decimalTally` measure: how many rows of a cell have each combination of values of a few
 * decimal columns (a survey's score and scale), with no object per row. Each column's values are
 * numbered once per scan (a map lookup per row, skipped while a value repeats the previous row's),
 * each row's combination is a number in a dense space, counted by cell in one typed array; a
 * `Decimal` is made per distinct value, not per row. Entries come in ascending order of their
 * values (absent first, then column by column), so a tally does not depend on the table's order
 * and merges by adding counts.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { Dec } from "../../money/dec.js";
import { decimalOfScaled } from "../../money/exactSum.js";
import type { DecimalColumn } from "./planColumns.js";

/** One combination of values and how many rows have it. */
export interface DecimalTallyEntry {
  /** The values, one per column of the measure (`null`: the row has none). */
  readonly values: readonly (Decimal | null)[];
  /** The rows with exactly these values (at least 1). */
  readonly count: number;
}

/** Orders combinations: column by column, an absent value first, then by value. */
export function compareTuples(a: readonly (Decimal | null)[], b: readonly (Decimal | null)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === null || y === null) {
      if (x !== y) return x === null ? -1 : 1;
      continue;
    }
    const order = x.comparedTo(y);
    if (order !== 0) return order;
  }
  return 0;
}

/** The tally of a list of combinations, row by row (the reference, partial states and SQL use it). */
export function tallyOfTuples(tuples: Iterable<readonly (Decimal | null)[]>): DecimalTallyEntry[] {
  const byKey = new Map<string, { values: readonly (Decimal | null)[]; count: number }>();
  for (const values of tuples) {
    const key = JSON.stringify(values.map((value) => (value === null ? null : value.toFixed())));
    const found = byKey.get(key);
    if (found === undefined) byKey.set(key, { values, count: 1 });
    else found.count++;
  }
  return [...byKey.values()].sort((a, b) => compareTuples(a.values, b.values));
}

/** A combination as partial states keep it: the JSON text of its values as decimal text. */
export function tupleText(values: readonly (Decimal | null)[]): string {
  return JSON.stringify(values.map((value) => (value === null ? null : value.toFixed())));
}

/** A combination read back from {@link tupleText}. */
export function tupleOfText(text: string): (Decimal | null)[] {
  return (JSON.parse(text) as (string | null)[]).map((value) => (value === null ? null : new Dec(value)));
}

/** What the store reads of a scan: the selected rows and each one's cell. */
interface TallyScan {
  readonly selection: { readonly rows: Uint32Array; readonly count: number };
  readonly layout: { readonly cellOfRow: Int32Array; readonly cellCount: number };
}

/** The store of a `decimalTally` measure, which also lists each row's combination (partial states). */
export interface DecimalTallyStore {
  /** The tally over the given cells. */
  valueOf(cells: readonly number[]): DecimalTallyEntry[];
  /** Each row's combination of `cells` as {@link tupleText}, in table order. */
  listOf(cells: readonly number[]): string[];
}

/** The largest dense space (cells x combinations) counted in a typed array. */
const DENSE_LIMIT = 1 << 22;

/** Each selected row's value number in one column (0: absent), and the values by number. */
function numberValues(
  rows: Uint32Array,
  count: number,
  column: DecimalColumn,
): { ids: Int32Array; values: (Decimal | null)[] } {
  const { scaled, exact } = column;
  const ids = new Int32Array(count);
  const values: (Decimal | null)[] = [null];
  const byScaled = new Map<number, number>();
  const byText = new Map<string, number>();
  let last = Number.NaN;
  let lastId = 0;
  for (let i = 0; i < count; i++) {
    const row = rows[i] as number;
    const value = scaled[row] as number;
    if (value === last) {
      ids[i] = lastId;
      continue;
    }
    let id: number;
    if (value === value) {
      const found = byScaled.get(value);
      if (found === undefined) {
        id = values.length;
        values.push(decimalOfScaled(value));
        byScaled.set(value, id);
      } else id = found;
      last = value;
      lastId = id;
    } else {
      // No scaled form: an exact value (more than four decimals) or none.
      const precise = exact.get(row);
      if (precise === undefined) id = 0;
      else {
        const text = precise.toFixed();
        const found = byText.get(text);
        if (found === undefined) {
          id = values.length;
          values.push(precise);
          byText.set(text, id);
        } else id = found;
      }
      last = Number.NaN;
    }
    ids[i] = id;
  }
  return { ids, values };
}

/** Accumulates a `decimalTally` measure over the selected rows, by cell. */
export function decimalTallyStore(scan: TallyScan, columns: readonly DecimalColumn[]): DecimalTallyStore {
  const { rows, count } = scan.selection;
  const { cellOfRow, cellCount } = scan.layout;
  const numbered = columns.map((column) => numberValues(rows, count, column));
  // Each row's combination: dense (mixed radix over the columns' value numbers) while the space is
  // small, else renumbered through a map column by column.
  const combo = new Int32Array(count);
  let space = 1;
  const radices: number[] = [];
  for (const { values } of numbered) {
    radices.push(space);
    space *= values.length;
  }
  const decode: (readonly number[])[] = [];
  if (space <= DENSE_LIMIT) {
    numbered.forEach(({ ids }, c) => {
      const radix = radices[c] as number;
      for (let i = 0; i < count; i++) combo[i] = (combo[i] as number) + (ids[i] as number) * radix;
    });
  } else {
    const seen = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const parts = numbered.map(({ ids }) => ids[i] as number);
      const key = parts.join(",");
      let id = seen.get(key);
      if (id === undefined) {
        id = decode.length;
        decode.push(parts);
        seen.set(key, id);
      }
      combo[i] = id;
    }
    space = decode.length;
  }
  const partsOf = (id: number): readonly number[] =>
    decode.length > 0
      ? (decode[id] as readonly number[])
      : radices.map((radix, c) => Math.floor(id / radix) % (numbered[c] as { values: unknown[] }).values.length);
  const valuesOf = (id: number): (Decimal | null)[] =>
    partsOf(id).map((part, c) => (numbered[c] as { values: (Decimal | null)[] }).values[part] ?? null);
  // Counts by (cell, combination).
  const dense = cellCount * space <= DENSE_LIMIT;
  const counts = dense ? new Float64Array(cellCount * space) : null;
  const sparse = dense ? null : new Map<number, Map<number, number>>();
  for (let i = 0; i < count; i++) {
    const cell = cellOfRow[i] as number;
    const id = combo[i] as number;
    if (counts !== null) {
      const at = cell * space + id;
      counts[at] = (counts[at] as number) + 1;
    } else {
      const map = sparse as Map<number, Map<number, number>>;
      let own = map.get(cell);
      if (own === undefined) {
        own = new Map<number, number>();
        map.set(cell, own);
      }
      own.set(id, (own.get(id) ?? 0) + 1);
    }
  }
  let order: { readonly id: number; readonly values: (Decimal | null)[] }[] | null = null;
  const sorted = (): { readonly id: number; readonly values: (Decimal | null)[] }[] => {
    if (order !== null) return order;
    const present = new Uint8Array(space);
    for (let i = 0; i < count; i++) present[combo[i] as number] = 1;
    const ids: number[] = [];
    for (let id = 0; id < space; id++) if (present[id] === 1) ids.push(id);
    order = ids.map((id) => ({ id, values: valuesOf(id) })).sort((a, b) => compareTuples(a.values, b.values));
    return order;
  };
  const countOf = (cell: number, id: number): number =>
    counts !== null
      ? (counts[cell * space + id] as number)
      : ((sparse as Map<number, Map<number, number>>).get(cell)?.get(id) ?? 0);
  return {
    valueOf: (cells): DecimalTallyEntry[] => {
      const entries: DecimalTallyEntry[] = [];
      for (const { id, values } of sorted()) {
        let total = 0;
        for (const cell of cells) total += countOf(cell, id);
        if (total > 0) entries.push({ values, count: total });
      }
      return entries;
    },
    listOf: (cells): string[] => {
      const wanted = new Set(cells);
      const texts: { row: number; text: string }[] = [];
      for (let i = 0; i < count; i++) {
        if (wanted.has(cellOfRow[i] as number))
          texts.push({ row: rows[i] as number, text: tupleText(valuesOf(combo[i] as number)) });
      }
      texts.sort((a, b) => a.row - b.row);
      return texts.map((entry) => entry.text);
    },
  };
}
