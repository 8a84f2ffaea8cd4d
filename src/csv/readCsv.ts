/**
 * `readCsv`: a CSV export (file, text, bytes or stream) straight into the tables the table parsers
 * build, with their rules and row errors, each error carrying the file's line.
 *
 * @module
 */
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { CsvFormatError, InvalidArgumentError, RowValidationError, type RowError } from "../errors/index.js";
import { describeValue } from "../errors/describe.js";
import { parseActivityTargets } from "../model/parseActivityTargets.js";
import { parseRevenueTargets } from "../model/parseRevenueTargets.js";
import type { ParseOptions } from "../model/rowParsing.js";
import { parseSellers } from "../model/parseSellers.js";
import { mergeTables } from "../table/_mergeTables.js";
import { isTableKind, TableFeeder, type TableRecordKind } from "./_columnar.js";
import { openSource, TextChunks } from "./_decode.js";
import { readParallel, type ParallelRead, type ParallelSource } from "./_parallel.js";
import { mapHeader, presetRules, RowBuilder } from "./_rowBuilder.js";
import { scanText } from "./_scan.js";
import {
  CSV_DELIMITERS,
  DEFAULT_MAX_RECORD_SIZE,
  MAX_CSV_THREADS,
  PARALLEL_CSV_BYTES,
  type CsvData,
  type CsvReadOptions,
  type CsvReadResult,
  type CsvSource,
} from "./csvTypes.js";
import { CSV_RECORD_KINDS, type CsvRecordKind } from "./recordKinds.js";
import type { CsvRow } from "./presets.js";

type RecordKind = Exclude<CsvRecordKind, TableRecordKind>;
type Parsed<K extends CsvRecordKind> = { readonly data: CsvData[K]; readonly errors: RowError[] };

/** The record parser of each small kind (its rows are few: they are read as row objects). */
const PARSERS: { readonly [K in RecordKind]: (rows: readonly unknown[], options: ParseOptions) => Parsed<K> } = {
  revenueTargets: (rows, options) => {
    const { records, errors } = parseRevenueTargets(rows, options);
    return { data: records, errors };
  },
  activityTargets: (rows, options) => {
    const { records, errors } = parseActivityTargets(rows, options);
    return { data: records, errors };
  },
  sellers: (rows, options) => {
    const { records, errors } = parseSellers(rows, options);
    return { data: records, errors };
  },
};

/** The records of a small kind from its rows, each error on its row's line. */
function parseRecords<K extends CsvRecordKind>(
  kind: K,
  rows: readonly CsvRow[],
  lines: readonly number[],
  options: ParseOptions,
): Parsed<K> {
  const consecutive = lines.length === 0 || lines[lines.length - 1] === (lines[0] as number) + lines.length - 1;
  const lineOf = (error: RowError): RowError => {
    const line = lines[error.index];
    return line === undefined ? error : { ...error, line };
  };
  let parsed: Parsed<K>;
  try {
    parsed = PARSERS[kind as RecordKind](rows, { ...options, firstLine: lines[0] ?? 2 }) as Parsed<K>;
  } catch (error) {
    if (error instanceof RowValidationError && !consecutive) throw new RowValidationError(lineOf(error.rowError));
    throw error;
  }
  return consecutive ? parsed : { data: parsed.data, errors: parsed.errors.map(lineOf) };
}

/** The threads `readCsv` uses for an input of `bytes`. */
function threadCount(threads: CsvReadOptions["threads"], bytes: number): number {
  if (threads !== undefined && threads !== "auto") return threads;
  return bytes < PARALLEL_CSV_BYTES ? 1 : Math.min(availableParallelism(), MAX_CSV_THREADS);
}

/**
 * The read on several threads when it applies (a file or bytes, enough of them, threads wanted,
 * collect mode, a preset given by name), else `null`.
 */
async function parallelRead<K extends TableRecordKind>(
  kind: K,
  source: CsvSource,
  options: CsvReadOptions,
  parseOptions: ParseOptions,
): Promise<ParallelRead<K> | null> {
  if (options.mode === "fail-fast" || (options.preset !== undefined && typeof options.preset !== "string")) return null;
  let where: ParallelSource;
  if (source instanceof Uint8Array) where = source;
  else if (
    source instanceof URL ||
    (typeof source === "object" && "path" in source && typeof source.path === "string")
  ) {
    const path = source instanceof URL ? fileURLToPath(source) : source.path;
    let info;
    try {
      info = await stat(path);
    } catch {
      // The single-thread read reports it.
      return null;
    }
    if (!info.isFile()) return null;
    where = { path, size: info.size };
  } else return null;
  const threads = threadCount(options.threads, where instanceof Uint8Array ? where.length : where.size);
  return threads < 2 ? null : readParallel(kind, where, threads, options, parseOptions);
}

/** The field each header column was read into (`null`: its own name). */
function describeFields(header: readonly string[], fields: readonly (readonly string[])[]): (string | null)[] {
  return fields.map((targets, column) => {
    const own = header[column]?.trim();
    return targets.length === 1 && targets[0] === own ? null : targets.join(", ");
  });
}

/** Bytes between two progress reports. */
const PROGRESS_STEP = 1 << 16;

function checkOptions(kind: unknown, options: CsvReadOptions): void {
  if (typeof kind !== "string" || !(CSV_RECORD_KINDS as readonly string[]).includes(kind))
    throw new InvalidArgumentError(`kind must be one of ${CSV_RECORD_KINDS.join(", ")}, not ${describeValue(kind)}`);
  const { delimiter, encoding, maxRecordSize, onProgress } = options;
  if (delimiter !== undefined && !(CSV_DELIMITERS as readonly string[]).includes(delimiter))
    throw new InvalidArgumentError(
      `delimiter must be one of ${CSV_DELIMITERS.map((d) => JSON.stringify(d)).join(", ")}, not ${describeValue(delimiter)}`,
    );
  if (encoding !== undefined && !["auto", "utf-8", "latin1"].includes(encoding))
    throw new InvalidArgumentError(`encoding must be "auto", "utf-8" or "latin1", not ${describeValue(encoding)}`);
  if (maxRecordSize !== undefined && !(Number.isSafeInteger(maxRecordSize) && maxRecordSize > 0))
    throw new InvalidArgumentError(`maxRecordSize must be a whole number above 0, not ${describeValue(maxRecordSize)}`);
  const { threads } = options;
  if (threads !== undefined && threads !== "auto" && !(Number.isSafeInteger(threads) && threads > 0 && threads <= 64))
    throw new InvalidArgumentError(
      `threads must be "auto" or a whole number from 1 to 64, not ${describeValue(threads)}`,
    );
  if (onProgress !== undefined && typeof onProgress !== "function")
    throw new InvalidArgumentError(`onProgress must be a function, not ${describeValue(onProgress)}`);
}

/**
 * Reads a CSV export of one record kind into the table (orders, deals, activities) or the records
 * (targets, sellers) the parse functions build from raw rows, with the same rules and the same row
 * errors, each carrying `line`: the file's line where its record starts (line 1 is the header,
 * blank lines and line breaks inside quoted fields counted).
 *
 * Formula: bytes -> text (UTF-8 or Latin-1, BOM dropped) -> records (RFC 4180: quoted fields may
 * hold the delimiter, doubled quotes and line breaks; CRLF, LF or CR line ends; blank lines
 * skipped) -> rows (the header mapped to field names by `columns`, then the preset, then the
 * column's own name) -> `parseOrderTable` (or its kin) with the other options.
 *
 * Interpretation: for orders, deals and activities, whether a `MissingFieldsError` is
 * thrown is decided from the header and `defaults` (no column mapped to a field of the kind, no
 * default, no preset that derives fields) once every row is rejected, not by looking at each row's
 * keys as the table parsers of row objects do; a header that maps nothing gives that error rather
 * than one row error per line.
 *
 * Interpretation: in `"fail-fast"` mode the file is read in order and the first bad row throws its
 * `RowValidationError` at once, so a `CsvFormatError` further down the file (a quote never closed,
 * bytes not in the encoding) is not reached; `"collect"` mode reads on and throws that error.
 *
 * @param kind - the record kind the file holds (see {@link CSV_RECORD_KINDS})
 * @param source - `{ path }` or a file URL, the CSV text, its bytes, or a stream of bytes or text
 * @param options - header mapping, preset, defaults, delimiter, encoding, record size bound,
 *   progress callback, and the parse options (`timeZone`, `decimalComma`, `thousandsSeparator`,
 *   `dateFormat`, `mode`, `unknownKeys`)
 * @returns the table or records, the row errors, and how the file was read
 * @throws `CsvFormatError` (code `CSV_FORMAT`, from the main entry) when the file is not CSV: a quote never closed, a record over
 *   `maxRecordSize`, bytes not in the encoding, no header line
 * @throws `MissingFieldsError` when no row has any of the kind's fields (map the columns)
 * @throws `RowValidationError` in `"fail-fast"` mode, at the first bad row (with its line)
 * @throws InvalidArgumentError when an option is malformed or the preset unknown
 * @example
 * ```ts
 * const csv = 'Order ID;Date;Total;Seller;Customer\r\nA-1;02/03/2026;"1 250,50";ana;acme\r\nA-2;30/02/2026;10;ben;acme\r\n';
 * const { data, errors } = await readCsv("orders", csv, {
 *   columns: { "Order ID": "id", Date: "date", Total: "amount", Seller: "sellerId", Customer: "customerId" },
 *   defaults: { currency: "EUR" },
 *   decimalComma: true,
 *   dateFormat: "dd/MM/yyyy",
 *   timeZone: "Europe/Paris",
 * });
 * data.size; // 1
 * errors[0]?.line; // 3
 * ```
 * @category CSV
 */
export async function readCsv<K extends CsvRecordKind>(
  kind: K,
  source: CsvSource,
  options: CsvReadOptions = {},
): Promise<CsvReadResult<K>> {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new InvalidArgumentError(`readCsv options must be an object, not ${describeValue(options)}`);
  checkOptions(kind, options);
  const { columns, preset, defaults, delimiter, encoding, maxRecordSize, onProgress, threads, ...parseOptions } =
    options;
  const rules = presetRules(kind, preset);
  if (isTableKind(kind)) {
    const parallel = await parallelRead(kind, source, options, parseOptions);
    if (parallel !== null)
      return {
        kind,
        data: parallel.data as unknown as CsvData[K],
        errors: parallel.errors,
        inputCount: parallel.inputCount,
        header: parallel.header,
        fields: describeFields(parallel.header, parallel.fields),
        delimiter: parallel.delimiter,
        encoding: parallel.encoding,
        bytes: parallel.bytes,
      };
  }
  const opened = await openSource(source);
  const text = new TextChunks(opened.chunks, encoding ?? "auto");
  const max = maxRecordSize ?? DEFAULT_MAX_RECORD_SIZE;
  // Set by the first record (the header).
  const head: {
    header: string[] | null;
    fields: (readonly string[])[];
    feeder: TableFeeder<TableRecordKind> | null;
    builder: RowBuilder | null;
  } = { header: null, fields: [], feeder: null, builder: null };
  const rows: CsvRow[] = [];
  const lines: number[] = [];
  let dataRows = 0;
  const onRecord = (record: string[], count: number, line: number): void => {
    if (head.header === null) {
      head.header = record.slice(0, count);
      head.fields = mapHeader(head.header, columns, rules);
      if (isTableKind(kind)) head.feeder = new TableFeeder(kind, head.fields, rules, defaults, parseOptions);
      else head.builder = new RowBuilder(head.fields, rules, defaults);
      return;
    }
    dataRows++;
    if (head.feeder !== null) head.feeder.add(record, count, line);
    else {
      rows.push((head.builder as RowBuilder).row(record.slice(0, count)));
      lines.push(line);
    }
  };
  let reported = 0;
  const report = (): void => {
    onProgress?.({ bytes: text.bytes, rows: dataRows, totalBytes: opened.totalBytes });
    reported = text.bytes;
  };
  const used = await scanText(text, delimiter, max, onRecord, () => {
    if (onProgress !== undefined && text.bytes - reported >= PROGRESS_STEP) report();
  });
  const { header, fields, feeder } = head;
  if (header === null) throw new CsvFormatError("the file has no header line (it is empty)");
  report();
  let data: CsvData[K];
  let errors: readonly RowError[];
  if (feeder !== null) {
    const fed = feeder.finish();
    data = mergeTables(fed.parts) as CsvData[K];
    errors = fed.errors;
  } else {
    const parsed = parseRecords(kind, rows, lines, parseOptions);
    data = parsed.data;
    errors = parsed.errors;
  }
  const headerFields: readonly string[] = header;
  return {
    kind,
    data,
    errors,
    inputCount: dataRows,
    header: headerFields,
    fields: describeFields(headerFields, fields),
    delimiter: used,
    encoding: text.encoding,
    bytes: text.bytes,
  };
}
