/**
 * The `reached` measure: a reduction per key of a high-cardinality coded column (a deal's id in a
 * stage history), read as counts. Each kept row has a rank, the last position of its value of
 * `column` in the measure's `ranks` (rows whose value is not listed have none); each key's
 * furthest rank is its highest; the cell's value counts, per rank `k`, the distinct keys whose
 * furthest rank is `k` or later. Without a cell per key: one typed-array pass over the selected
 * rows, keyed by the key column's codes.
 *
 * Reaching rank `k` or later is having a row whose value is one of `ranks[k..]`, so the count at
 * `k` is also the number of distinct keys among the rows with such a value: how SQL computes it,
 * and how a stage-to-stage conversion reads a stage history (reaching a later stage implies
 * reaching every earlier one).
 *
 * @internal
 * @module
 */
import { NO_CODE } from "../dictionary.js";
import type { CellLayout } from "./groups.js";
import type { CodedColumn } from "./planColumns.js";
import type { Selection } from "./selection.js";

/** What the measure reads of a scan: its selection (table order) and each selected row's cell. */
export interface ReachScan {
  readonly selection: Selection;
  readonly layout: Pick<CellLayout, "cellOfRow" | "cellCount">;
}

/** A key and its furthest rank, as partial states keep them (a key's text, a rank). */
export type ReachPair = readonly [string, number];

/** The store of a `reached` measure. */
export interface ReachedStore {
  /** Per rank, the distinct keys of `cells` whose furthest rank is that one or later. */
  valueOf(cells: readonly number[]): number[];
  /** Each key of `cells` with its furthest rank, by key (what partial states merge). */
  pairsOf(cells: readonly number[]): ReachPair[];
}

/** Cell x key spaces up to this size keep their furthest ranks in one array; larger ones in a map. */
const DENSE_SPACE = 1 << 22;

/** The rank of each code of `column` (its value's last position in `ranks`), -1 for none or an absent value. */
function rankOfCode(column: CodedColumn, ranks: readonly string[]): Int32Array {
  const last = new Map<string, number>();
  ranks.forEach((value, k) => last.set(value, k));
  const rankOf = new Int32Array(column.values.length + 1).fill(-1);
  column.values.forEach((value, code) => {
    const rank = last.get(value);
    if (rank !== undefined) rankOf[code] = rank;
  });
  return rankOf;
}

/**
 * Counts per rank from each key's furthest rank (`furthest(code)`, -1 for a key not met).
 *
 * Formula: `counts[k]` = number of keys whose furthest rank is at least `k`.
 */
function countsOf(width: number, rankCount: number, furthest: (code: number) => number): number[] {
  const atRank = new Array<number>(rankCount).fill(0);
  for (let code = 0; code < width; code++) {
    const rank = furthest(code);
    if (rank >= 0) atRank[rank] = (atRank[rank] as number) + 1;
  }
  for (let k = rankCount - 2; k >= 0; k--) atRank[k] = (atRank[k] as number) + (atRank[k + 1] as number);
  return atRank;
}

/**
 * Counts per rank from keys and their furthest ranks (several pairs of one key: the highest).
 *
 * @param rankCount - the number of ranks
 * @param pairs - keys with a rank each
 * @returns per rank, the distinct keys whose furthest rank is that one or later
 */
export function reachedOfPairs(rankCount: number, pairs: readonly ReachPair[]): number[] {
  const furthest = new Map<string, number>();
  for (const [key, rank] of pairs) if ((furthest.get(key) ?? -1) < rank) furthest.set(key, rank);
  const ranks = [...furthest.values()];
  return countsOf(ranks.length, rankCount, (i) => ranks[i] as number);
}

/**
 * Merges two lists of keys with their furthest ranks, as {@link ReachedStore.pairsOf} gives them.
 *
 * @param a - pairs by key
 * @param b - other pairs by key
 * @returns each key of either with its highest rank, by key
 */
export function mergeReachPairs(a: readonly ReachPair[], b: readonly ReachPair[]): ReachPair[] {
  const furthest = new Map<string, number>();
  for (const [key, rank] of [...a, ...b]) if ((furthest.get(key) ?? -1) < rank) furthest.set(key, rank);
  return [...furthest].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
}

/**
 * Accumulates a `reached` measure over a scan: each selected row with a rank and a key raises its
 * key's furthest rank in its cell.
 *
 * @param scan - the selection and each row's cell
 * @param key - the column whose distinct values are counted (a deal's id)
 * @param column - the column whose value gives a row its rank (a stage)
 * @param ranks - the ordered values of `column`
 * @returns the store
 */
export function reachedStore(
  scan: ReachScan,
  key: CodedColumn,
  column: CodedColumn,
  ranks: readonly string[],
): ReachedStore {
  const rankOf = rankOfCode(column, ranks);
  const absentRank = column.values.length;
  const width = key.values.length;
  const { rows, count } = scan.selection;
  const { cellOfRow, cellCount } = scan.layout;
  const keyCodes = key.codes;
  const valueCodes = column.codes;
  const space = cellCount * width;
  // Furthest rank + 1 of each (cell, key) met: 0 for none, so a fresh array reads "not met".
  const dense = space <= DENSE_SPACE ? new Int32Array(space) : null;
  const sparse = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const row = rows[i] as number;
    const code = keyCodes[row] as number;
    if (code === NO_CODE) continue;
    const valueCode = valueCodes[row] as number;
    const rank = rankOf[valueCode === NO_CODE ? absentRank : valueCode] as number;
    if (rank < 0) continue;
    const slot = (cellOfRow[i] as number) * width + code;
    if (dense !== null) {
      if ((dense[slot] as number) <= rank) dense[slot] = rank + 1;
    } else if ((sparse.get(slot) ?? 0) <= rank) sparse.set(slot, rank + 1);
  }
  /** Each key's furthest rank over `cells`, -1 when not met. */
  const furthestOver = (cells: readonly number[]): Int32Array => {
    const furthest = new Int32Array(width).fill(-1);
    for (const cell of cells) {
      if (dense !== null) {
        const base = cell * width;
        for (let code = 0; code < width; code++) {
          const rank = (dense[base + code] as number) - 1;
          if (rank > (furthest[code] as number)) furthest[code] = rank;
        }
      } else {
        for (const [slot, stored] of sparse) {
          if (Math.floor(slot / width) !== cell) continue;
          const code = slot % width;
          if (stored - 1 > (furthest[code] as number)) furthest[code] = stored - 1;
        }
      }
    }
    return furthest;
  };
  return {
    valueOf: (cells) => {
      const furthest = furthestOver(cells);
      return countsOf(width, ranks.length, (code) => furthest[code] as number);
    },
    pairsOf: (cells) => {
      const furthest = furthestOver(cells);
      const pairs: ReachPair[] = [];
      for (let code = 0; code < width; code++) {
        const rank = furthest[code] as number;
        if (rank >= 0) pairs.push([key.values[code] as string, rank]);
      }
      return mergeReachPairs(pairs, []);
    },
  };
}

/**
 * Keys and ranks as one flat JSON list (`[key, rank, key, rank, ...]`), the form partial states keep.
 *
 * @param pairs - keys with their ranks
 * @returns the flat list
 */
export function flatOfPairs(pairs: readonly ReachPair[]): (string | number)[] {
  return pairs.flatMap(([key, rank]) => [key, rank]);
}

/**
 * The pairs of a flat list written by {@link flatOfPairs}.
 *
 * @param flat - `[key, rank, key, rank, ...]`
 * @returns the pairs
 */
export function pairsOfFlat(flat: readonly (string | number | null)[]): ReachPair[] {
  const pairs: ReachPair[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([String(flat[i]), Number(flat[i + 1])]);
  return pairs;
}
