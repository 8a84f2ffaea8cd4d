/**
 * The vocabulary of reading CSV files (`crm-kpi/node`): the record kinds a file can hold, the
 * sources, the options and the result.
 *
 * @module
 */
import type { RowError } from "../errors/index.js";
import type { ParseOptions } from "../model/rowParsing.js";
import type { ActivityTarget, RevenueTarget, Seller } from "../model/types.js";
import type { ActivityTable, DealTable, OrderTable } from "../table/types.js";
import type { CsvPreset, CsvPresetName } from "./presets.js";
import type { CsvRecordKind } from "./recordKinds.js";

/**
 * What {@link readCsv} builds for each kind: the columnar tables the table parsers build
 * (`parseOrderTable`...) for the large record kinds, the records for the small ones.
 *
 * @example
 * ```ts
 * const orders: CsvData["orders"] = (await readCsv("orders", { path: "orders.csv" })).data; // an OrderTable
 * ```
 * @category CSV
 */
export interface CsvData {
  /** An {@link OrderTable}, as `parseOrderTable` builds it. */
  readonly orders: OrderTable;
  /** A {@link DealTable}, as `parseDealTable` builds it. */
  readonly deals: DealTable;
  /** An {@link ActivityTable}, as `parseActivityTable` builds it. */
  readonly activities: ActivityTable;
  /** The revenue targets, as `parseRevenueTargets` returns them. */
  readonly revenueTargets: readonly RevenueTarget[];
  /** The activity targets, as `parseActivityTargets` returns them. */
  readonly activityTargets: readonly ActivityTarget[];
  /** The sellers, as `parseSellers` returns them. */
  readonly sellers: readonly Seller[];
}

/**
 * A file to read, by its path.
 *
 * @example
 * ```ts
 * const file: CsvFile = { path: "exports/orders.csv" };
 * ```
 * @category CSV
 */
export interface CsvFile {
  /** The file's path (relative to the current directory, or absolute). */
  readonly path: string;
}

/**
 * Where {@link readCsv} reads from: a file (`{ path }` or a `file:` URL), the CSV text itself (a
 * string is never taken for a path), its bytes, or a stream / async iterable of bytes or text
 * (a Node `Readable`, `process.stdin`, a web `ReadableStream`...).
 *
 * @example
 * ```ts
 * const fromFile: CsvSource = { path: "exports/orders.csv" };
 * const fromText: CsvSource = "id,date,amount,currency,sellerId,customerId\n";
 * ```
 * @category CSV
 */
export type CsvSource = CsvFile | URL | string | Uint8Array | AsyncIterable<Uint8Array | string>;

/**
 * How the bytes of a file are decoded: UTF-8, Latin-1 (read as Windows-1252, its superset that
 * spreadsheet programs write), or `"auto"`: UTF-8 unless the start of the file is not valid UTF-8,
 * then Latin-1.
 *
 * Interpretation: "the start of the file" is the first chunk read: 64 KiB from a file on one
 * thread, the first 1 MiB in a parallel read (`threads`), the first chunk of a stream. A byte that
 * is not UTF-8 after it stops the read with a `CsvFormatError` (use `"latin1"`).
 *
 * @example
 * ```ts
 * const encoding: CsvEncoding = "latin1";
 * ```
 * @category CSV
 */
export type CsvEncoding = "auto" | "utf-8" | "latin1";

/**
 * The field delimiters {@link readCsv} sniffs from the header line, in order of preference when
 * two split it into as many fields.
 *
 * @example
 * ```ts
 * CSV_DELIMITERS; //=> [",", ";", "\t", "|"]
 * ```
 * @category CSV
 */
export const CSV_DELIMITERS = [",", ";", "\t", "|"] as const;

/**
 * A field delimiter (see {@link CSV_DELIMITERS}).
 *
 * @example
 * ```ts
 * const delimiter: CsvDelimiter = ";";
 * ```
 * @category CSV
 */
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * How far a read has gone, given to {@link CsvReadOptions.onProgress}.
 *
 * @example
 * ```ts
 * const progress: CsvProgress = { bytes: 1_048_576, rows: 20_000, totalBytes: 52_428_800 };
 * ```
 * @category CSV
 */
export interface CsvProgress {
  /** Bytes read so far. */
  readonly bytes: number;
  /** Data rows (records after the header) read so far. */
  readonly rows: number;
  /** The file's size when the source is a file, else `null`. */
  readonly totalBytes: number | null;
}

/**
 * Options of {@link readCsv}: the parse options of the table parsers (time zone, French formats,
 * mode...; `firstLine` is set from the file) and how to read the file.
 *
 * @example
 * ```ts
 * const options: CsvReadOptions = {
 *   columns: { "Order ID": "id", Total: "amount" },
 *   decimalComma: true,
 *   dateFormat: "dd/MM/yyyy",
 *   timeZone: "Europe/Paris",
 *   defaults: { currency: "EUR" },
 * };
 * ```
 * @category CSV
 */
export interface CsvReadOptions extends Omit<ParseOptions, "firstLine"> {
  /**
   * Header mapping: the file's column name -> the record's field name (`{ "Order ID": "id" }`).
   * It takes precedence over the preset's. A column that is neither mapped nor named after a field
   * is passed on under its own name (ignored, or an issue with `unknownKeys: "reject"`).
   */
  readonly columns?: Readonly<Record<string, string>>;
  /** A CRM export's preset (its column names and values, see {@link CSV_PRESETS}), by name or as an object. */
  readonly preset?: CsvPresetName | CsvPreset;
  /**
   * Values for fields the file does not give (no column, or an empty cell), such as
   * `{ currency: "EUR" }` for an export whose amounts are all in one currency.
   */
  readonly defaults?: Readonly<Record<string, string>>;
  /** The field delimiter. Default: sniffed from the header line (see {@link CSV_DELIMITERS}). */
  readonly delimiter?: CsvDelimiter;
  /**
   * How the bytes are decoded. Default `"auto"`. A BOM is dropped. Interpretation: in a parallel
   * read, `"auto"` decides from the first 1 MiB (see {@link CsvEncoding}).
   */
  readonly encoding?: CsvEncoding;
  /**
   * Longest record accepted, in characters (so also the longest field); a longer one, or a quote
   * never closed, stops the read with a `CsvFormatError`. Default {@link DEFAULT_MAX_RECORD_SIZE}.
   * Interpretation: the whole record counts, delimiters, quotes and its line break included (not
   * each field alone), since the bound is there to stop a quote never closed from reading the
   * whole file as one record.
   */
  readonly maxRecordSize?: number;
  /** Called as the read goes, about every 64 KiB, and once at the end. */
  readonly onProgress?: (progress: CsvProgress) => void;
  /**
   * How many threads read an orders, deals or activities file given by path or as bytes: the file
   * is cut into that many parts on record boundaries, the first read by the calling thread and each
   * other one by a worker thread, and the parts' tables are merged into the table one thread builds (same rows, errors, lines and dictionaries).
   * Default `"auto"`: the machine's available parallelism (at most {@link MAX_CSV_THREADS}) for
   * inputs of {@link PARALLEL_CSV_BYTES} or more, else 1. Streams, text and the other kinds are read
   * on the calling thread.
   */
  readonly threads?: number | "auto";
}

/**
 * Most threads {@link readCsv} uses by default (`threads: "auto"`).
 *
 * @example
 * ```ts
 * MAX_CSV_THREADS; //=> 4
 * ```
 * @category CSV
 */
export const MAX_CSV_THREADS = 4;

/**
 * Smallest input {@link readCsv} reads on several threads by default (`threads: "auto"`): 16 MiB.
 * Below it, starting the workers costs more than they save.
 *
 * @example
 * ```ts
 * PARALLEL_CSV_BYTES; //=> 16777216
 * ```
 * @category CSV
 */
export const PARALLEL_CSV_BYTES = 16 * 2 ** 20;

/**
 * Default of {@link CsvReadOptions.maxRecordSize}: 1 MiB of characters.
 *
 * @example
 * ```ts
 * DEFAULT_MAX_RECORD_SIZE; //=> 1048576
 * ```
 * @category CSV
 */
export const DEFAULT_MAX_RECORD_SIZE = 1_048_576;

/**
 * What {@link readCsv} returns: the table (or records) of the valid rows, the row errors (each with
 * its line in the file), and how the file was read.
 *
 * @example
 * ```ts
 * const result: CsvReadResult<"orders"> = await readCsv("orders", { path: "orders.csv" });
 * result.errors.map((error) => error.line); // the file's lines of the rejected rows
 * ```
 * @category CSV
 */
export interface CsvReadResult<K extends CsvRecordKind> {
  /** The record kind read. */
  readonly kind: K;
  /** The table, or the records, of the valid rows (see {@link CsvData}). */
  readonly data: CsvData[K];
  /**
   * One error per rejected row, in file order, as the table parsers report them; each carries
   * `line`, the file's line where its record starts (line 1 is the header).
   */
  readonly errors: readonly RowError[];
  /** Data rows read (valid + rejected). */
  readonly inputCount: number;
  /** The file's header, as written. */
  readonly header: readonly string[];
  /** The field each header column was read into, in header order (`null`: passed on under its own name). */
  readonly fields: readonly (string | null)[];
  /** The delimiter used (given or sniffed). */
  readonly delimiter: CsvDelimiter;
  /** The encoding used (`"utf-8"` or `"latin1"`, after `"auto"` chose). */
  readonly encoding: "utf-8" | "latin1";
  /** Bytes read. */
  readonly bytes: number;
}
