/**
 * A table parser fed one row at a time, for readers that hold each row's fields in hand (a CSV
 * file's record) rather than an array of row objects: the caller writes the row's values into
 * {@link TableStream.values} (in the schema's key order, `MISSING` for an absent field) and calls
 * {@link TableStream.add}. The rules are `parseTable`'s, step for step: the lanes, the first claim
 * of an id, the sink's cross-field rules, else the record parser (given the row object the caller
 * builds only then). Rows go into sinks of a bounded size, merged at the end, so the row count need
 * not be known in advance.
 *
 * @internal
 * @module
 */
import type * as z from "zod";
import { RowValidationError, type MissingFieldsError, type RowError } from "../errors/index.js";
import { createRowContext, finishRow, resolveRowOptions, type RowContext } from "../model/_rowParser.js";
import { MISSING } from "../model/_fastRows.js";
import type { IdRegistry } from "../model/_idRegistry.js";
import type { AnyRowSchema, ParseOptions } from "../model/parseRows.js";
import { lanePlanOf, readLanes, type LanePlan } from "./_lanes.js";
import { fieldIndexes, type TableSink } from "./_parseTable.js";

export { MISSING };

/** Rows per sink: a sink's columns are allocated for this many rows. */
const DEFAULT_SINK_ROWS = 1 << 16;

/** What a streamed parse gives: the sinks' tables in row order, the row errors, the rows read. */
export interface StreamedTable<T> {
  /** The tables of the sinks, in row order (merge them for the whole table). */
  readonly parts: T[];
  /** The row errors, each with the line the caller gave for its row. */
  readonly errors: RowError[];
  /** Rows added. */
  readonly inputCount: number;
  /** The ids claimed (by accepted and rejected rows alike). */
  readonly ids: IdRegistry;
}

/** A table parser fed row by row. */
export class TableStream<S extends AnyRowSchema, T> {
  /** The schema's keys: the order of {@link values}. */
  readonly keys: readonly string[];
  /** The current row's values, in {@link keys} order ({@link MISSING} for an absent field). */
  readonly values: unknown[];
  private readonly context: RowContext<S>;
  private readonly lanes: LanePlan | null;
  private readonly failFast: boolean;
  private readonly idIndex: number;
  private readonly fields: unknown[];
  private readonly parts: T[] = [];
  private readonly errors: RowError[] = [];
  private sink: TableSink<z.output<S>, T>;
  private sinkRows = 0;
  private count = 0;

  /**
   * @param schema - the record schema
   * @param options - the parse options (`mode`, `unknownKeys`; `firstLine` is ignored: each row carries its line)
   * @param makeSink - the table's sink, given the schema's keys and the most rows it will get
   * @param missingFields - the error to throw when no row can hold any of the schema's fields, or `null`
   * @param sinkRows - rows per sink
   * @throws InvalidArgumentError when an option is malformed
   */
  constructor(
    schema: S,
    options: ParseOptions | undefined,
    private readonly makeSink: (keys: readonly string[], capacity: number) => TableSink<z.output<S>, T>,
    private readonly missingFields: () => MissingFieldsError | null,
    private readonly capacity = DEFAULT_SINK_ROWS,
  ) {
    const { firstLine: _line, ...rest } = options ?? {};
    const rowOptions = resolveRowOptions(rest);
    this.failFast = rowOptions.mode === "fail-fast";
    this.context = createRowContext(schema, rowOptions);
    this.keys = this.context.keys;
    this.values = this.context.values;
    this.lanes = this.context.plan === undefined ? null : lanePlanOf(this.context.plan);
    this.idIndex = fieldIndexes(this.keys, ["id"]).id;
    this.fields = this.keys.map(() => undefined);
    this.sink = makeSink(this.keys, capacity);
  }

  /** Resets {@link values} to all absent. */
  clear(): void {
    this.values.fill(MISSING);
  }

  private room(): void {
    if (this.sinkRows < this.capacity) return;
    this.parts.push(this.sink.build());
    this.sink = this.makeSink(this.keys, this.capacity);
    this.sinkRows = 0;
  }

  /**
   * Adds the row whose values are in {@link values}.
   *
   * @param line - the row's line in its source (carried by its error)
   * @param rowObject - builds the row as an object, for the record parser (called only for a row the lanes do not take)
   * @throws RowValidationError in `"fail-fast"` mode, at the first bad row
   * @throws MissingFieldsError in `"fail-fast"` mode when the first row is bad and no row can hold a field
   */
  add(line: number, rowObject: () => Record<string, unknown>): void {
    const index = this.count++;
    const { context, fields } = this;
    if (this.lanes !== null && readLanes(this.lanes, this.values, fields)) {
      const id = fields[this.idIndex] as string;
      if (context.ids.firstRowOf(id) < 0) {
        this.room();
        if (this.sink.addFields(fields)) {
          context.ids.claim(id, index);
          this.sinkRows++;
          return;
        }
      }
    }
    context.row = rowObject();
    const outcome = finishRow(context, index);
    if (outcome.ok) {
      this.room();
      this.sink.addRecord(outcome.value);
      this.sinkRows++;
      return;
    }
    const error: RowError = { ...outcome.error, line };
    // Fail-fast stops at the first bad row: at row 0 nothing was accepted, so the input may hold no expected field at all.
    if (this.failFast) throw (index === 0 ? this.missingFields() : null) ?? new RowValidationError(error);
    this.errors.push(error);
  }

  /**
   * The parts, the errors and the count.
   *
   * @throws MissingFieldsError when every row was rejected and no row can hold any of the schema's fields
   */
  finish(): StreamedTable<T> {
    if (this.count > 0 && this.errors.length === this.count) {
      const missing = this.missingFields();
      if (missing !== null) throw missing;
    }
    if (this.sinkRows > 0 || this.parts.length === 0) this.parts.push(this.sink.build());
    return { parts: this.parts, errors: this.errors, inputCount: this.count, ids: this.context.ids };
  }
}
