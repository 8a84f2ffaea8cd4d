/**
 * The scale benchmark's dataset on disk: generated once, in chunks, straight to the CSV files every
 * way reads (crm-kpi's `readCsv`, DuckDB's `read_csv`, PostgreSQL's `COPY`), so that no process
 * ever holds the whole dataset as record objects. Not part of the test suite; see `scale.ts`.
 *
 * Choices:
 * - a dataset of `scale` million orders is `ceil(scale / chunk)` chunks (`chunk`: 1 million orders
 *   by default), each the package's seeded sample (`generateSampleDataset`) at `scale / chunks` of
 *   the issue's sizes, chunk `i` on seed `BENCH_SEED + i`: the workload's proportions (3
 *   activities and 0.3 deals per order), at most `chunk` million orders in memory at a time. At
 *   `scale <= chunk` it is exactly the one-chunk dataset the in-memory benchmark generates;
 * - the records are numbered in the whole dataset (`o-`, `d-`, `a-` and the record's number, the
 *   deal ids activities point to likewise): ids are unique and increase in file order, as in one
 *   generated dataset;
 * - every chunk has the same sellers, range and target ids; a target of the whole dataset is the
 *   sum of that target over the chunks (revenue targets follow each chunk's revenue, activity
 *   targets its sellers' activity), so 2.1 and 2.4 compare against targets of the right size;
 * - one file per record kind, a header of the raw row's fields (`CSV_COLUMNS`), values as
 *   `toRawRows` writes them (ISO instants with `Z`, calendar days, plain decimals), an empty cell
 *   for an absent field (which `COPY ... CSV` reads as `NULL`).
 *
 * @module
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { Decimal } from "decimal.js";
import { generateSampleDataset, toRawRows, type SampleRawRows } from "../../src/sample.js";
import { CSV_COLUMNS, csvCell, type CsvFiles, type CsvTable } from "./duckdb.js";
import { BENCH_SEED, sizesAt, workloadOf, type Sizes, type Workload } from "./workload.js";

/** The files of a generated dataset, its workload and what it holds. */
export interface ScaleFiles {
  readonly files: CsvFiles;
  readonly workload: Workload;
  /** Records written per kind (orders, deals, activities). */
  readonly sizes: Sizes;
  readonly chunks: number;
}

/** Rows turned into text and written at once (bounds the strings alive at a time). */
const SLICE = 100_000;

type BigKind = "orders" | "deals" | "activities";
const BIG_KINDS: readonly BigKind[] = ["orders", "deals", "activities"];

const EMPTY = { sellers: [], orders: [], revenueTargets: [], deals: [], activities: [], activityTargets: [] };

function line(columns: readonly string[], row: object): string {
  const record = row as Readonly<Record<string, unknown>>;
  return columns.map((column) => csvCell(record[column])).join(",");
}

/** Where a chunk's records go in the whole dataset: how many of each kind came before it. */
interface Offsets {
  readonly orders: number;
  readonly deals: number;
  readonly activities: number;
}

/** Ids of the whole dataset: `o-`, `d-`, `a-` and the record's number, padded to a fixed width. */
type Widths = Readonly<Record<BigKind, number>>;

function globalId(id: string, offset: number, width: number): string {
  const dash = id.indexOf("-");
  const n = offset + Number(id.slice(dash + 1));
  return id.slice(0, dash + 1) + String(n).padStart(width, "0");
}

/**
 * The row with its ids numbered in the whole dataset (its own number plus the records of its kind
 * in earlier chunks; a deal id it points to likewise), so that ids are unique and increase in
 * file order, as in one generated dataset.
 */
function renumbered<T extends object>(row: T, offsets: Offsets, widths: Widths, kind: BigKind): T {
  const copy: Record<string, unknown> = { ...(row as Readonly<Record<string, unknown>>) };
  copy["id"] = globalId(copy["id"] as string, offsets[kind], widths[kind]);
  const dealId = copy["dealId"];
  if (typeof dealId === "string") copy["dealId"] = globalId(dealId, offsets.deals, widths.deals);
  if (copy["offerId"] !== undefined) throw new Error("the benchmark's records have no offers");
  return copy as T;
}

/** Sums a chunk's targets into `into` (id -> row), checking the chunks agree on everything else. */
function addTargets(
  into: Map<string, Record<string, unknown>>,
  rows: readonly object[],
  sumField: "amount" | "count",
  first: boolean,
): void {
  if (!first && rows.length !== into.size) throw new Error("the chunks do not have the same targets");
  for (const row of rows) {
    const record = row as Readonly<Record<string, unknown>>;
    const id = record["id"] as string;
    const seen = into.get(id);
    if (seen === undefined) {
      if (!first) throw new Error(`target ${id} is in one chunk only`);
      into.set(id, { ...record });
      continue;
    }
    for (const [key, value] of Object.entries(record))
      if (key !== sumField && seen[key] !== value) throw new Error(`target ${id} differs between chunks (${key})`);
    // Revenue targets keep their 2 decimals, counts are whole: plain notation either way.
    seen[sumField] = new Decimal(seen[sumField] as string).plus(record[sumField] as string).toFixed();
  }
}

function writeAll(path: string, columns: readonly string[], rows: Iterable<object>): void {
  const fd = openSync(path, "w", 0o644);
  try {
    const lines = [columns.join(",")];
    for (const row of rows) lines.push(line(columns, row));
    writeSync(fd, lines.join("\n") + "\n");
  } finally {
    closeSync(fd);
  }
}

/**
 * Generates the dataset at `scale` (x the 1M orders, 300k deals, 3M activities) into CSV
 * files in `directory`, one chunk of records in memory at a time.
 *
 * @param scale - millions of orders (fractions allowed)
 * @param directory - an existing directory (the files are created there)
 * @param chunk - millions of orders generated at a time, at most
 * @param onChunk - told after each chunk is written
 * @returns the paths, the workload, the record counts
 */
export function generateFiles(
  scale: number,
  directory: string,
  chunk: number,
  onChunk?: (chunk: number) => void,
): ScaleFiles {
  const chunks = Math.max(1, Math.ceil(scale / chunk));
  const chunkSizes = sizesAt(scale / chunks);
  const files = {} as Record<CsvTable, string>;
  for (const kind of Object.keys(CSV_COLUMNS) as CsvTable[]) files[kind] = join(directory, `${kind}.csv`);
  const fds = new Map<BigKind, number>();
  const revenueTargets = new Map<string, Record<string, unknown>>();
  const activityTargets = new Map<string, Record<string, unknown>>();
  const written = { orders: 0, deals: 0, activities: 0 };
  let workload: Workload | null = null;
  // At least the generator's own width (so that one chunk is exactly its dataset), wide enough for the total.
  const widthOf = (kind: BigKind, minimum: number): number =>
    Math.max(minimum, String(chunkSizes[kind] * chunks).length);
  const widths: Widths = {
    orders: widthOf("orders", 6),
    deals: widthOf("deals", 6),
    activities: widthOf("activities", 7),
  };
  try {
    for (const kind of BIG_KINDS) {
      const fd = openSync(files[kind], "w", 0o644);
      fds.set(kind, fd);
      writeSync(fd, CSV_COLUMNS[kind].join(",") + "\n");
    }
    for (let i = 0; i < chunks; i++) {
      const data = generateSampleDataset({ seed: BENCH_SEED + i, ...chunkSizes, extended: false });
      workload ??= workloadOf(data);
      const offsets: Offsets = {
        orders: chunkSizes.orders * i,
        deals: chunkSizes.deals * i,
        activities: chunkSizes.activities * i,
      };
      for (const kind of BIG_KINDS) {
        const records = data[kind];
        const fd = fds.get(kind) as number;
        for (let from = 0; from < records.length; from += SLICE) {
          // toRawRows over a slice: the chunk's raw rows never all exist at once.
          const rows = toRawRows({ ...EMPTY, [kind]: records.slice(from, from + SLICE) })[kind] as readonly object[];
          writeSync(
            fd,
            rows.map((row) => line(CSV_COLUMNS[kind], renumbered(row, offsets, widths, kind))).join("\n") + "\n",
          );
        }
        written[kind] += records.length;
      }
      const targets: Pick<SampleRawRows, "revenueTargets" | "activityTargets"> = toRawRows({
        ...EMPTY,
        revenueTargets: data.revenueTargets,
        activityTargets: data.activityTargets,
      });
      addTargets(revenueTargets, targets.revenueTargets, "amount", i === 0);
      addTargets(activityTargets, targets.activityTargets, "count", i === 0);
      onChunk?.(i);
    }
  } finally {
    for (const fd of fds.values()) closeSync(fd);
  }
  writeAll(files.revenueTargets, CSV_COLUMNS.revenueTargets, revenueTargets.values());
  writeAll(files.activityTargets, CSV_COLUMNS.activityTargets, activityTargets.values());
  return { files, workload: workload as Workload, sizes: written, chunks };
}
