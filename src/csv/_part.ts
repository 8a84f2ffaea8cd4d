/**
 * One part of a CSV file read into table parts: what each worker thread of a parallel read does
 * (`csvWorker.ts`), and what the calling thread merges (`_parallel.ts`). A part starts on a record
 * boundary after the header; its lines and row indexes count from its own start, and the caller
 * moves them by the lines and rows of the parts before.
 *
 * @internal
 * @module
 */
import { closeSync, openSync, readSync } from "node:fs";
import type { Decimal } from "decimal.js";
import { CsvFormatError, type RowError } from "../errors/index.js";
import { Dec } from "../money/dec.js";
import { branded, type TableKind } from "../table/_columns.js";
import { mergeTables } from "../table/_mergeTables.js";
import type { ParseOptions } from "../model/rowParsing.js";
import { TableFeeder, type KindTables, type TableRecordKind } from "./_columnar.js";
import { ChunkDecoder } from "./_decode.js";
import { presetRules } from "./_rowBuilder.js";
import { CsvScanner } from "./_scan.js";
import type { CsvDelimiter } from "./csvTypes.js";
import type { CsvPresetName } from "./presets.js";

/** What a worker is asked to read. */
export interface PartRequest {
  readonly kind: TableRecordKind;
  /** The file, or the part's own bytes. */
  readonly source: { readonly path: string; readonly start: number; readonly end: number } | Uint8Array;
  readonly encoding: "utf-8" | "latin1";
  readonly delimiter: CsvDelimiter;
  readonly maxRecordSize: number;
  /** The field(s) each header column fills. */
  readonly fields: readonly (readonly string[])[];
  readonly preset: CsvPresetName | null;
  readonly defaults: Readonly<Record<string, string>> | undefined;
  readonly options: ParseOptions;
}

/** What a worker sends back. */
export interface PartResult<K extends TableRecordKind> {
  /** The part's tables, their exact values as text (a `Decimal` does not cross threads). */
  readonly parts: KindTables[K][];
  /** Row errors, index and line from the part's start (line 1 is its first line). */
  readonly errors: RowError[];
  /** Records read. */
  readonly inputCount: number;
  /** Line breaks read (the lines the part spans). */
  readonly lines: number;
  /** Bytes read. */
  readonly bytes: number;
  /** The first and last id claimed when all came in increasing order, else `null`. */
  readonly span: { readonly first: string; readonly last: string } | null;
}

/** Bytes read and decoded at a time. */
const PIECE_BYTES = 8 * 2 ** 20;

function* pieces(source: PartRequest["source"]): Generator<Uint8Array> {
  if (source instanceof Uint8Array) {
    for (let at = 0; at < source.length; at += PIECE_BYTES) yield source.subarray(at, at + PIECE_BYTES);
    return;
  }
  const fd = openSync(source.path, "r");
  try {
    const buffer = Buffer.allocUnsafe(PIECE_BYTES);
    for (let at = source.start; at < source.end;) {
      const read = readSync(fd, buffer, 0, Math.min(PIECE_BYTES, source.end - at), at);
      if (read === 0) break;
      at += read;
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

/** Each exact-value map of `table` (`Map<number, Decimal>`), converted by `convert`. */
function mapExactValues(table: object, convert: (value: unknown) => unknown): object {
  const out: Record<string, unknown> = { ...table };
  for (const [key, value] of Object.entries(out)) {
    if (value instanceof Map)
      out[key] = new Map([...(value as Map<number, unknown>)].map(([row, v]) => [row, convert(v)]));
    else if (typeof value === "object" && value !== null && "exact" in value && "scaled" in value)
      out[key] = mapExactValues(value, convert);
  }
  return out;
}

/** A table part made ready to cross threads (its `Decimal`s as text). */
export function portableTable<T extends object>(table: T): T {
  return mapExactValues(table, (value) => (value as Decimal).toString()) as T;
}

/** A table part received from a thread (its `Decimal`s rebuilt, branded again). */
export function revivedTable<T extends { readonly kind: TableKind }>(table: T): T {
  return branded(mapExactValues(table, (value) => new Dec(value as string)) as T);
}

/**
 * Reads one part.
 *
 * @param request - the part and how to read it
 * @param onProgress - called after each piece with the bytes and records read so far
 * @param portable - whether the tables are made ready to cross threads ({@link portableTable})
 * @returns the part's tables, errors, counts and id span
 * @throws CsvFormatError when the part is not CSV (or does not end on a record boundary)
 */
export function readPart<K extends TableRecordKind>(
  request: PartRequest,
  onProgress: (bytes: number, rows: number) => void,
  portable = true,
): PartResult<K> {
  const { kind, encoding, delimiter, maxRecordSize, fields, preset, defaults, options } = request;
  const feeder = new TableFeeder(kind, fields, presetRules(kind, preset ?? undefined), defaults, options);
  const scanner = new CsvScanner(delimiter.charCodeAt(0), maxRecordSize);
  const decoder = new ChunkDecoder(encoding, false);
  let rows = 0;
  let bytes = 0;
  let carry = "";
  const onRecord = (record: string[], count: number, line: number): void => {
    rows++;
    feeder.add(record, count, line);
  };
  const decode = (chunk: Uint8Array | undefined, stream: boolean): string => {
    try {
      return decoder.decode(chunk, stream);
    } catch {
      throw new CsvFormatError(`the file is not valid UTF-8 (near byte ${bytes})`);
    }
  };
  for (const chunk of pieces(request.source)) {
    bytes += chunk.length;
    const text = carry + decode(chunk, true);
    carry = text.slice(scanner.scan(text, false, onRecord));
    onProgress(bytes, rows);
  }
  scanner.scan(carry + decode(undefined, false), true, onRecord);
  const { parts, errors, inputCount, ids } = feeder.finish();
  return {
    // Merged here, on the worker's own thread, so the calling thread merges one table per worker.
    parts: [portable ? portableTable(mergeTables(parts)) : mergeTables(parts)] as KindTables[K][],
    errors,
    inputCount,
    lines: scanner.line - 1,
    bytes,
    span: ids.orderedSpan(),
  };
}
