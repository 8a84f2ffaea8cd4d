/**
 * The table parsers' driver: raw rows into columns, row by row, with the record parser's rules.
 * Each row is read once (`readRowValues`); a row whose every field its lane accepts, whose id is
 * new and whose cross-field rules hold goes straight into the columns; any other row goes through
 * the record parser (`finishRow`, exactly as `parseRows`), and its record, if valid, is added to
 * the columns. So the table and the errors are those of the record parser, without a record, a
 * `Decimal` or a `Date` per valid row.
 *
 * @internal
 * @module
 */
import type * as z from "zod";
import { RowValidationError, type RowError } from "../errors/index.js";
import {
  createRowContext,
  finishRow,
  missingFields,
  readRowValues,
  rejectedRow,
  resolveRowOptions,
  rowCount,
  type RowOutcome,
} from "../model/_rowParser.js";
import type { AnyRowSchema, ParseOptions } from "../model/parseRows.js";
import { lanePlanOf, readLanes } from "./_lanes.js";
import type { TableParseResult } from "./types.js";

/** Where a table parser puts the rows it accepts. */
export interface TableSink<R, T> {
  /**
   * Adds a row read through the lanes (its fields in the schema's key order, `undefined` when
   * absent), or returns `false`, adding nothing, when a cross-field rule does not hold (the record
   * parser then names the problem).
   */
  addFields(fields: readonly unknown[]): boolean;
  /** Adds a record the record parser accepted. */
  addRecord(record: R): void;
  /** The table. */
  build(): T;
}

/** The index of each named field in the schema's key order. */
export function fieldIndexes<const N extends readonly string[]>(
  keys: readonly string[],
  names: N,
): { readonly [K in N[number]]: number } {
  const indexes: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const name of names) {
    const index = keys.indexOf(name);
    if (index < 0) throw new Error(`[crm-kpi] internal: the schema has no field ${name}`);
    indexes[name] = index;
  }
  return indexes as { readonly [K in N[number]]: number };
}

/**
 * Parses raw rows into a table.
 *
 * @param schema - the record schema (its options: time zone, decimal comma)
 * @param rows - the raw rows
 * @param options - the parse options (`mode`, `unknownKeys`, `firstLine`)
 * @param makeSink - the table's sink, given the schema's keys and the most rows it will get
 * @throws MissingFieldsError when no row has any of the schema's fields (as `parseRows`)
 * @throws RowValidationError in `"fail-fast"` mode, at the first bad row
 * @throws InvalidArgumentError when `rows` is not an array or an option is malformed
 */
export function parseTable<S extends AnyRowSchema, T>(
  schema: S,
  rows: readonly unknown[],
  options: ParseOptions | undefined,
  makeSink: (keys: readonly string[], capacity: number) => TableSink<z.output<S>, T>,
): TableParseResult<T> {
  const rowOptions = resolveRowOptions(options);
  const count = rowCount(rows);
  const context = createRowContext(schema, rowOptions);
  // Strict mode reports unknown keys, which only the record parser looks for.
  const lanes = context.plan === undefined ? null : lanePlanOf(context.plan);
  const sink = makeSink(context.keys, count);
  const { id: idIndex } = fieldIndexes(context.keys, ["id"]);
  const fields: unknown[] = context.keys.map(() => undefined);
  const errors: RowError[] = [];
  for (let index = 0; index < count; index++) {
    const issue = readRowValues(context, rows, index);
    let outcome: RowOutcome<z.output<S>>;
    if (issue !== null) outcome = rejectedRow(context, index, null, [issue]);
    else {
      if (lanes !== null && readLanes(lanes, context.values, fields)) {
        const id = fields[idIndex] as string;
        if (context.ids.firstRowOf(id) < 0 && sink.addFields(fields)) {
          context.ids.claim(id, index);
          continue;
        }
      }
      outcome = finishRow(context, index);
    }
    if (outcome.ok) sink.addRecord(outcome.value);
    else {
      // Fail-fast stops at the first bad row: at row 0 nothing was accepted, so the input may hold no expected field at all.
      if (rowOptions.mode === "fail-fast")
        throw (index === 0 ? missingFields(context, rows, count) : null) ?? new RowValidationError(outcome.error);
      errors.push(outcome.error);
    }
  }
  if (count > 0 && errors.length === count) {
    const missing = missingFields(context, rows, count);
    if (missing !== null) throw missing;
  }
  return { table: sink.build(), errors, inputCount: count };
}
