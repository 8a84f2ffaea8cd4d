/**
 * CSV records straight into a table's columns: each record's fields are written into the table
 * parser's values (in its schema's key order, through the header mapping and the defaults) and
 * the row goes through the same lanes, id check, cross-field rules and record parser as
 * `parseOrderTable` and its kin, with no row object unless the record parser must see the row.
 *
 * @internal
 * @module
 */
import { MissingFieldsError, type RowError } from "../errors/index.js";
import { ActivitySchema, createActivitySchema } from "../model/activitySchema.js";
import { createDealSchema, DealSchema } from "../model/dealSchema.js";
import type { IdRegistry } from "../model/_idRegistry.js";
import { createOrderSchema, OrderSchema } from "../model/orderSchema.js";
import type { ParseOptions } from "../model/rowParsing.js";
import { schemaForOptions } from "../model/_schemaForOptions.js";
import { activitySink, dealSink, orderSink } from "../table/_sinks.js";
import { MISSING, TableStream } from "../table/_streamTable.js";
import type { ActivityTable, DealTable, OrderTable } from "../table/types.js";
import type { CsvPresetKind } from "./presets.js";
import { RowBuilder } from "./_rowBuilder.js";

/** The record kinds read into tables. */
export type TableRecordKind = "orders" | "deals" | "activities";

/** The table of each table kind. */
export interface KindTables {
  readonly orders: OrderTable;
  readonly deals: DealTable;
  readonly activities: ActivityTable;
}

/** Whether `kind` is read into a table. */
export function isTableKind(kind: string): kind is TableRecordKind {
  return kind === "orders" || kind === "deals" || kind === "activities";
}

/** Most keys a {@link MissingFieldsError} keeps (as the table parsers). */
const MAX_FOUND_KEYS = 100;

// The three kinds' streams have different schemas and sinks; the feeder only adds rows and reads the parts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type AnyStream = TableStream<any, any>;

function streamOf(
  kind: TableRecordKind,
  options: ParseOptions,
  missing: () => MissingFieldsError | null,
  sinkRows: number | undefined,
): AnyStream {
  switch (kind) {
    case "orders":
      return new TableStream(
        schemaForOptions(options, OrderSchema, createOrderSchema),
        options,
        orderSink,
        missing,
        sinkRows,
      );
    case "deals":
      return new TableStream(
        schemaForOptions(options, DealSchema, createDealSchema),
        options,
        dealSink,
        missing,
        sinkRows,
      );
    case "activities":
      return new TableStream(
        schemaForOptions(options, ActivitySchema, createActivitySchema),
        options,
        activitySink,
        missing,
        sinkRows,
      );
  }
}

/** What a feeder has read. */
export interface FedTable<K extends TableRecordKind> {
  /** The tables of the rows read, in row order (merge them for the whole table). */
  readonly parts: KindTables[K][];
  /** The row errors, each with its line. */
  readonly errors: RowError[];
  /** Records read after the header. */
  readonly inputCount: number;
  /** The ids claimed. */
  readonly ids: IdRegistry;
}

/** Feeds CSV records of one table kind into its columns. */
export class TableFeeder<K extends TableRecordKind> {
  private readonly stream: AnyStream;
  private readonly builder: RowBuilder;
  /** For each schema key, the header columns that fill it, last first (the last one present wins, as in a row). */
  private readonly columnsOf: (readonly number[])[];
  /** For each schema key, its default (for an absent or empty value). */
  private readonly defaultOf: (string | undefined)[];
  /** The record being added and its field count, for {@link rowOfRecord}. */
  private record: string[] = [];
  private count = 0;
  /** The current record as a row (one function for all records: no closure per record). */
  private readonly rowOfRecord = (): Record<string, unknown> => this.builder.row(this.record.slice(0, this.count));
  /** With a preset's value rules or derived fields, each record becomes a row first (the rules read rows). */
  private readonly viaRows: boolean;

  /**
   * @param kind - the table kind
   * @param fields - the field(s) each header column fills ({@link mapHeader})
   * @param rules - the preset's rules for the kind, if any
   * @param defaults - values for absent or empty fields
   * @param options - the parse options
   * @param sinkRows - rows per sink (tests set it low to cross sink boundaries)
   * @throws InvalidArgumentError when an option is malformed
   */
  constructor(
    kind: K,
    fields: readonly (readonly string[])[],
    rules: CsvPresetKind | null,
    defaults: Readonly<Record<string, string>> | undefined,
    options: ParseOptions,
    sinkRows?: number,
  ) {
    this.builder = new RowBuilder(fields, rules, defaults);
    this.viaRows = rules !== null && (rules.values !== undefined || rules.derive !== undefined);
    this.stream = streamOf(kind, options, () => this.missingFields(fields, defaults, rules), sinkRows);
    const keys = this.stream.keys;
    this.columnsOf = keys.map((key) => {
      const columns: number[] = [];
      fields.forEach((targets, column) => {
        if (targets.includes(key)) columns.unshift(column);
      });
      return columns;
    });
    this.defaultOf = keys.map((key) =>
      defaults !== undefined && Object.hasOwn(defaults, key) ? defaults[key] : undefined,
    );
  }

  /**
   * The error when no row can hold a field of the schema: decided from the header (a column mapped
   * to a field, a default, or a preset's derived fields, which may fill any).
   */
  private missingFields(
    fields: readonly (readonly string[])[],
    defaults: Readonly<Record<string, string>> | undefined,
    rules: CsvPresetKind | null,
  ): MissingFieldsError | null {
    const keys = this.stream.keys;
    if (rules?.derive !== undefined) return null;
    if (this.columnsOf.some((columns) => columns.length > 0) || this.defaultOf.some((value) => value !== undefined))
      return null;
    const found = new Set<string>();
    for (const name of [...fields.flat(), ...Object.keys(defaults ?? {})])
      if (found.size < MAX_FOUND_KEYS) found.add(name);
    return new MissingFieldsError(keys, [...found]);
  }

  /**
   * Adds one record.
   *
   * @throws RowValidationError in `"fail-fast"` mode, at the first bad row
   */
  add(record: string[], count: number, line: number): void {
    const { stream, builder } = this;
    const values = stream.values;
    if (this.viaRows) {
      const row = builder.row(record.slice(0, count));
      const keys = stream.keys;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        values[i] = Object.hasOwn(row, key) ? row[key] : MISSING;
      }
      stream.add(line, () => row);
      return;
    }
    const { columnsOf, defaultOf } = this;
    for (let i = 0; i < values.length; i++) {
      const columns = columnsOf[i] as readonly number[];
      let value: string | undefined;
      for (let c = 0; c < columns.length; c++) {
        const column = columns[c] as number;
        if (column < count) {
          value = record[column];
          break;
        }
      }
      if (value === undefined || value === "") value = defaultOf[i] ?? value;
      values[i] = value === undefined ? MISSING : value;
    }
    this.record = record;
    this.count = count;
    stream.add(line, this.rowOfRecord);
  }

  /**
   * The parts, errors and count.
   *
   * @throws MissingFieldsError when every row was rejected and the header maps no field
   */
  finish(): FedTable<K> {
    const { parts, errors, inputCount, ids } = this.stream.finish();
    return { parts: parts as KindTables[K][], errors, inputCount, ids };
  }
}
