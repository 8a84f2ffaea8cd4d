/**
 * The row lists of a scan: each cell's selected rows in table order, laid out once per scan and
 * shared by every measure that lists rows (`ids`, `timeValues`, `decimalValues`, `codeValues`).
 * The rows of every cell sit in one typed array, cell after cell (a counting sort by cell of the
 * selection, which is in table order), so reading a cell costs its own rows only, and a plan with
 * one cell reads the selection itself.
 *
 * `codeValues` lists each kept row's value of a coded column: with `ids` and `timeValues` in the
 * same cell, an indicator reads every row's key (a delivery's `orderId`) beside its instants in one
 * plan, and joins it to another table through one plan over that table, rather than one cell per
 * key.
 *
 * @internal
 * @module
 */
import type { CellLayout } from "./groups.js";
import type { CodedColumn } from "./planColumns.js";
import type { Selection } from "./selection.js";

/** What the row lists read of a scan: its selection (table order) and each selected row's cell. */
export interface ListScan {
  readonly selection: Selection;
  readonly layout: Pick<CellLayout, "cellOfRow" | "cellCount">;
}

/** The rows of cells, in table order. */
export interface CellRows {
  /** The selected rows of `cells` (one cell, or every bucket of a key), in table order. */
  rowsOf(cells: readonly number[]): ArrayLike<number>;
}

const EMPTY = new Uint32Array(0);

const laidOut = new WeakMap<ListScan, CellRows>();

/** Every cell's rows of `scan`, one block per cell. */
function layOut(scan: ListScan): CellRows {
  const { rows, count } = scan.selection;
  const { cellOfRow, cellCount } = scan.layout;
  if (cellCount <= 1) {
    const all = rows.subarray(0, count);
    return { rowsOf: (cells) => (cells.length === 0 ? EMPTY : all) };
  }
  // starts[c] .. starts[c + 1] is cell c's block in `sorted`.
  const starts = new Uint32Array(cellCount + 1);
  for (let i = 0; i < count; i++) {
    const slot = (cellOfRow[i] as number) + 1;
    starts[slot] = (starts[slot] as number) + 1;
  }
  for (let c = 0; c < cellCount; c++) starts[c + 1] = (starts[c + 1] as number) + (starts[c] as number);
  const next = starts.slice(0, cellCount);
  const sorted = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const cell = cellOfRow[i] as number;
    sorted[next[cell] as number] = rows[i] as number;
    next[cell] = (next[cell] as number) + 1;
  }
  const block = (cell: number): Uint32Array => sorted.subarray(starts[cell], starts[cell + 1]);
  return {
    rowsOf: (cells) => {
      if (cells.length === 1) return block(cells[0] as number);
      const picked: number[] = [];
      for (const cell of cells) for (const row of block(cell)) picked.push(row);
      // Several cells (a key over every bucket): back to table order.
      return picked.sort((a, b) => a - b);
    },
  };
}

/**
 * The cells' rows of `scan`, laid out on the first call and shared by the scan's later list
 * measures.
 *
 * @param scan - the scan (its selection and layout)
 * @returns the rows by cell
 */
export function cellRowsOf(scan: ListScan): CellRows {
  let rows = laidOut.get(scan);
  if (rows === undefined) {
    rows = layOut(scan);
    laidOut.set(scan, rows);
  }
  return rows;
}

/**
 * Each listed row's value read by `valueAt`, cell by cell, in table order (aligned with `ids`).
 *
 * @param scan - the scan
 * @param valueAt - a row's value
 * @returns the measure's values of the cells asked
 */
export function listValues<T>(scan: ListScan, valueAt: (row: number) => T): { valueOf(cells: readonly number[]): T[] } {
  const rows = cellRowsOf(scan);
  return {
    valueOf: (cells) => {
      const picked = rows.rowsOf(cells);
      const values = new Array<T>(picked.length);
      for (let i = 0; i < picked.length; i++) values[i] = valueAt(picked[i] as number);
      return values;
    },
  };
}

/**
 * A row's value of a coded column, `null` when absent.
 *
 * @param column - the coded column
 * @returns the reader of a row's value
 */
export function codeValueAt(column: CodedColumn): (row: number) => string | null {
  const { codes, values } = column;
  // An absent value's code (`NO_CODE`) is past the dictionary's end.
  return (row) => values[codes[row] as number] ?? null;
}
