/**
 * A parallel `readCsv` of an orders, deals or activities file: the calling thread reads the header,
 * cuts the rest into parts at line breaks, reads the first part itself while worker threads read
 * the others (each worker merges its own tables); the tables are merged into the one table a
 * single thread builds, their errors moved to the file's rows and lines. The result is exactly a single thread's, or the read gives up (returns `null`, and the
 * caller reads on one thread) when it cannot be sure: a cut inside a quoted field (the part before
 * it then ends in an open quote), an id claimed in two parts, a part that fails, or every row
 * rejected.
 *
 * @internal
 * @module
 */
import { closeSync, openSync, readSync } from "node:fs";
import { TextDecoder } from "node:util";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { RowError } from "../errors/index.js";
import { MAX_ERROR_ID_LENGTH } from "../model/rowParsing.js";
import { mergeTables } from "../table/_mergeTables.js";
import type { KindTables, TableRecordKind } from "./_columnar.js";
import { looksLikeUtf8 } from "./_decode.js";
import { readPart, revivedTable, type PartRequest, type PartResult } from "./_part.js";
import { mapHeader, presetRules } from "./_rowBuilder.js";
import { CsvScanner, sniffDelimiter } from "./_scan.js";
import { DEFAULT_MAX_RECORD_SIZE, type CsvDelimiter, type CsvProgress, type CsvReadOptions } from "./csvTypes.js";

/** Where the file is: a path, or bytes in memory. */
export type ParallelSource = { readonly path: string; readonly size: number } | Uint8Array;

/** Bytes read to find the header (and to choose the encoding). */
const HEAD_BYTES = 1 << 20;

/** Bytes read around a cut to find its line break. */
const CUT_WINDOW = 1 << 16;

function readBytes(source: ParallelSource, start: number, length: number): Uint8Array {
  if (source instanceof Uint8Array) return source.subarray(start, start + length);
  const fd = openSync(source.path, "r");
  try {
    const buffer = Buffer.allocUnsafe(Math.max(0, Math.min(length, source.size - start)));
    const read = readSync(fd, buffer, 0, buffer.length, start);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function sizeOf(source: ParallelSource): number {
  return source instanceof Uint8Array ? source.length : source.size;
}

/** The first byte after the first line break at or after `at`, or -1 when none is near. */
function cutAfter(source: ParallelSource, at: number): number {
  const window = readBytes(source, at, CUT_WINDOW + 1);
  for (let i = 0; i < window.length - 1; i++) {
    const byte = window[i];
    if (byte === 10) return at + i + 1;
    if (byte === 13) return at + i + (window[i + 1] === 10 ? 2 : 1);
  }
  return -1;
}

/**
 * A worker on the built sibling entry (`csvWorker.js` beside `node.js`, `csvWorker.cjs` beside
 * `node.cjs`), or, when this module runs from the sources (tests), on the TypeScript one loaded
 * through tsx's loader, registered inside the worker (a loader given to a worker's `execArgv` does
 * not apply to its entry).
 */
function startWorker(workerData: PartRequest): Worker {
  const here = typeof __filename === "string" ? pathToFileURL(__filename).href : import.meta.url;
  if (here.endsWith(".ts")) {
    const entry = JSON.stringify(new URL("./csvWorker.ts", here).href);
    const code = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${entry}); });`;
    return new Worker(code, { eval: true, workerData });
  }
  return new Worker(new URL(here.endsWith(".cjs") ? "./csvWorker.cjs" : "./csvWorker.js", here), { workerData });
}

type Message<K extends TableRecordKind> =
  | { readonly type: "progress"; readonly bytes: number; readonly rows: number }
  | { readonly type: "done"; readonly result: PartResult<K> }
  | { readonly type: "failed"; readonly message: string };

function runWorker<K extends TableRecordKind>(
  request: PartRequest,
  onProgress: (bytes: number, rows: number) => void,
): Promise<PartResult<K> | null> {
  return new Promise((resolve) => {
    const worker = startWorker(request);
    let settled = false;
    const settle = (value: PartResult<K> | null): void => {
      if (settled) return;
      settled = true;
      resolve(value);
      void worker.terminate();
    };
    worker.on("message", (message: Message<K>) => {
      if (message.type === "progress") onProgress(message.bytes, message.rows);
      else settle(message.type === "done" ? message.result : null);
    });
    worker.on("error", () => {
      settle(null);
    });
    worker.on("exit", () => {
      settle(null);
    });
  });
}

const DUPLICATE = /^(duplicate id .*: row )(\d+)( has the same id \(the later row is rejected\))$/s;

/** A part's error moved to the file's rows and lines (a duplicate's first row too). */
function moved(error: RowError, rows: number, lines: number): RowError {
  const shift = (message: string): string =>
    message.replace(
      DUPLICATE,
      (_, before: string, row: string, after: string) => `${before}${Number(row) + rows}${after}`,
    );
  return {
    ...error,
    index: error.index + rows,
    message: shift(error.message),
    issues: error.issues.map((issue) => ({ ...issue, message: shift(issue.message) })),
    ...(error.line === undefined ? {} : { line: error.line + lines }),
  };
}

/**
 * Whether no id is claimed in two parts.
 *
 * @param results - The parts' results, in file order.
 * @returns `true` when every id (of a row or of a row error) belongs to one part only.
 * @category CSV
 */
export function idsDisjoint<K extends TableRecordKind>(results: readonly PartResult<K>[]): boolean {
  const spans = results.map((result) => result.span);
  let ordered = true;
  for (let k = 1; k < spans.length && ordered; k++) {
    const before = spans[k - 1];
    const span = spans[k];
    if (before === null || before === undefined || span === null || span === undefined) ordered = false;
    else ordered = span.first > before.last;
  }
  if (ordered) return true;
  // An error's id is cut at MAX_ERROR_ID_LENGTH: such an id cannot be compared.
  if (results.some((result) => result.errors.some((error) => (error.id?.length ?? 0) >= MAX_ERROR_ID_LENGTH)))
    return false;
  const seen = new Set<string>();
  for (const result of results) {
    // Read in place, never spread: a part holds millions of ids, past the arguments a call takes.
    const own: (readonly string[])[] = result.parts.map((part) => (part as unknown as { ids: string[] }).ids);
    own.push(result.errors.flatMap((error) => (error.id === null ? [] : [error.id])));
    if (own.some((ids) => ids.some((id) => seen.has(id)))) return false;
    for (const ids of own) for (const id of ids) seen.add(id);
  }
  return true;
}

/** What a parallel read gives. */
export interface ParallelRead<K extends TableRecordKind> {
  readonly data: KindTables[K];
  readonly errors: RowError[];
  readonly inputCount: number;
  readonly header: string[];
  readonly fields: (readonly string[])[];
  readonly delimiter: CsvDelimiter;
  readonly encoding: "utf-8" | "latin1";
  readonly bytes: number;
}

/**
 * Reads `source` on `threads` worker threads, or returns `null` when the read must be done on one
 * thread (see the module's comment).
 *
 * @throws InvalidArgumentError when the header's mapping is malformed
 */
export async function readParallel<K extends TableRecordKind>(
  kind: K,
  source: ParallelSource,
  threads: number,
  options: CsvReadOptions,
  parseOptions: PartRequest["options"],
): Promise<ParallelRead<K> | null> {
  const size = sizeOf(source);
  const head = readBytes(source, 0, HEAD_BYTES);
  const requested = options.encoding ?? "auto";
  const encoding = requested === "latin1" || (requested === "auto" && !looksLikeUtf8(head)) ? "latin1" : "utf-8";
  const bom = encoding === "utf-8" && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: encoding === "utf-8", ignoreBOM: true }).decode(head.subarray(bom), {
      stream: true,
    });
  } catch {
    return null;
  }
  const maxRecordSize = options.maxRecordSize ?? DEFAULT_MAX_RECORD_SIZE;
  const delimiter = options.delimiter ?? sniffDelimiter(text, maxRecordSize);
  // The header record, and where it ends.
  const found: { header: string[] | null; end: number; lines: number } = { header: null, end: -1, lines: 0 };
  const scanner = new CsvScanner(delimiter.charCodeAt(0), maxRecordSize);
  const stop = new Error("the header is read");
  try {
    scanner.scan(text, false, (record, count) => {
      found.header = record.slice(0, count);
      found.end = scanner.recordEnd;
      found.lines = scanner.line - 1;
      throw stop;
    });
  } catch (error) {
    if (error !== stop) return null;
  }
  const { header, end: headerEnd, lines: headerLines } = found;
  if (header === null) return null;
  const dataStart = bom + Buffer.byteLength(text.slice(0, headerEnd), encoding === "latin1" ? "latin1" : "utf8");
  const cuts = [dataStart];
  for (let k = 1; k < threads; k++) {
    const cut = cutAfter(source, dataStart + Math.floor(((size - dataStart) * k) / threads));
    if (cut > (cuts[cuts.length - 1] as number) && cut < size) cuts.push(cut);
  }
  cuts.push(size);
  if (cuts.length < 3) return null;
  const headerFields = mapHeader(header, options.columns, presetRules(kind, options.preset));
  const progress = new Array<{ bytes: number; rows: number }>(cuts.length - 1).fill({ bytes: 0, rows: 0 });
  const report = (): void => {
    options.onProgress?.({
      bytes: dataStart + progress.reduce((sum, p) => sum + p.bytes, 0),
      rows: progress.reduce((sum, p) => sum + p.rows, 0),
      totalBytes: source instanceof Uint8Array ? null : size,
    } satisfies CsvProgress);
  };
  const requests = cuts.slice(0, -1).map((from, k): PartRequest => {
    const to = cuts[k + 1] as number;
    return {
      kind,
      // A worker's bytes are its own copy; the first part is read here, in place.
      source:
        source instanceof Uint8Array
          ? k === 0
            ? source.subarray(from, to)
            : source.slice(from, to)
          : { path: source.path, start: from, end: to },
      encoding,
      delimiter,
      maxRecordSize,
      fields: headerFields,
      preset: typeof options.preset === "string" ? options.preset : null,
      defaults: options.defaults,
      options: parseOptions,
    };
  });
  const progressOf =
    (k: number) =>
    (bytes: number, rows: number): void => {
      progress[k] = { bytes, rows };
      report();
    };
  // Workers read every part but the first, which this thread reads meanwhile rather than wait: one
  // part fewer crosses threads (its strings are made once, not again by the message's copy).
  const pending = requests.slice(1).map((request, k) => runWorker<K>(request, progressOf(k + 1)));
  let own: PartResult<K> | null;
  try {
    own = readPart<K>(requests[0] as PartRequest, progressOf(0), false);
  } catch {
    own = null;
  }
  const results = [own, ...(await Promise.all(pending))];
  const done = results.filter((result): result is PartResult<K> => result !== null);
  if (done.length !== results.length || !idsDisjoint(done)) return null;
  const inputCount = done.reduce((sum, result) => sum + result.inputCount, 0);
  const errors: RowError[] = [];
  let rows = 0;
  let lines = headerLines;
  for (const result of done) {
    for (const error of result.errors) errors.push(moved(error, rows, lines));
    rows += result.inputCount;
    lines += result.lines;
  }
  if (inputCount > 0 && errors.length === inputCount) return null;
  const parts = done.flatMap((result, k) => (k === 0 ? result.parts : result.parts.map((part) => revivedTable(part))));
  const data = mergeTables(parts);
  return {
    data,
    errors,
    inputCount,
    header,
    fields: headerFields,
    delimiter,
    encoding,
    bytes: size,
  };
}
