/**
 * A worker of the scale benchmark's two-worker way: it reads its half of the CSV files (orders,
 * deals, activities) into tables with `readCsv` of `crm-kpi/node`, then answers each list of plans
 * with their partial states over its half (`computePartials`). It imports neither DuckDB nor the
 * dataset generator, so a worker holds its tables and little else. Not part of the test suite;
 * see `scale.ts`.
 *
 * @module
 */
import { closeSync, createReadStream, openSync, readSync, statSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import type * as CrmKpiNode from "../../src/node.js";
import type { CsvReadResult, CsvSource } from "../../src/node.js";
import type { PartialPlan, PieceRecords } from "../../src/index.js";
import { crmKpi, LIBRARY_BUILD } from "./library.js";

/** `crm-kpi/node` from the build timed (see `library.ts`). */
const crmKpiNode: typeof CrmKpiNode = (await import(
  LIBRARY_BUILD === "src" ? "../../src/node.js" : "../../dist/node.js"
)) as typeof CrmKpiNode;

/** What the main thread gives a worker. */
export interface ScaleWorkerData {
  /** The CSV files of orders, deals and activities. */
  readonly files: { readonly orders: string; readonly deals: string; readonly activities: string };
  readonly part: 0 | 1;
}

/**
 * Reads one CSV file (or stream) of the benchmark into its table or records; a rejected row is a
 * broken benchmark, so it throws.
 *
 * @param kind - the record kind
 * @param source - the file or stream
 * @returns what `readCsv` read
 * @throws Error when a row is rejected
 */
export async function readChecked<K extends "orders" | "deals" | "activities" | "revenueTargets" | "activityTargets">(
  kind: K,
  source: CsvSource,
): Promise<CsvReadResult<K>["data"]> {
  const result = await crmKpiNode.readCsv(kind, source, { threads: "auto" });
  if (result.errors.length > 0) {
    const first = result.errors[0];
    throw new Error(
      `crm-kpi rejected ${result.errors.length} ${kind} row(s); first: line ${first?.line}: ${first?.message}`,
    );
  }
  return result.data;
}

function readAt(path: string, at: number, length: number): Buffer {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, at));
  } finally {
    closeSync(fd);
  }
}

/**
 * One half of a CSV file as a stream `readCsv` reads: part 0 from the header to the first line
 * that starts at or after the middle of the rows' bytes, part 1 the header then the rest. The cut
 * is at a line break, which is a record's end here: the benchmark's files have no line break
 * inside a quoted field.
 *
 * @param path - a file written by `generateFiles` (`scaleFiles.ts`)
 * @param part - 0 or 1
 * @returns the bytes of that half
 * @throws Error when there is no line break where one must be
 */
export async function* halfOf(path: string, part: 0 | 1): AsyncGenerator<Uint8Array> {
  const size = statSync(path).size;
  const headerBreak = readAt(path, 0, 1 << 16).indexOf(10);
  if (headerBreak < 0) throw new Error(`${path}: no header line in its first 64 KiB`);
  const header = headerBreak + 1;
  let cut = size;
  if (size > header) {
    // The line break ending the line that holds the middle byte (or the byte before it).
    const middle = header + Math.floor((size - header) / 2);
    const found = readAt(path, middle - 1, 1 << 16).indexOf(10);
    if (found < 0) throw new Error(`${path}: no line break near byte ${middle}`);
    cut = middle + found;
  }
  if (part === 0) {
    if (cut > 0) yield* createReadStream(path, { start: 0, end: cut - 1 }) as AsyncIterable<Buffer>;
    return;
  }
  yield* createReadStream(path, { start: 0, end: header - 1 }) as AsyncIterable<Buffer>;
  if (cut < size) yield* createReadStream(path, { start: cut, end: size - 1 }) as AsyncIterable<Buffer>;
}

/** The worker: reads its half, says how many rows it holds, then answers plans. */
async function serve({ files, part }: ScaleWorkerData): Promise<void> {
  const orders = await readChecked("orders", halfOf(files.orders, part));
  const deals = await readChecked("deals", halfOf(files.deals, part));
  const activities = await readChecked("activities", halfOf(files.activities, part));
  const piece: PieceRecords = { orders, deals, activities };
  parentPort?.on("message", (plans: readonly PartialPlan[]) => {
    parentPort?.postMessage(crmKpi.computePartials(plans, piece, { part }));
  });
  parentPort?.postMessage({ orders: orders.size, deals: deals.size, activities: activities.size });
}

if (parentPort !== null) await serve(workerData as ScaleWorkerData);
