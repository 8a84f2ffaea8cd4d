/**
 * The command line's input files: where each record kind's file is (`--dir` and the standard
 * names, or one flag per file), the read options from the flags, and the reads themselves with a
 * progress bar on a terminal.
 *
 * @internal
 * @module
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { CsvReadOptions, CsvReadResult } from "../csv/csvTypes.js";
import { CSV_RECORD_KINDS, type CsvRecordKind } from "../csv/recordKinds.js";
import { readCsv } from "../csv/readCsv.js";
import { ProgressBar } from "./progress.js";

/** A mistake in the command line (exit code 2). */
export class UsageError extends Error {
  /** @param message - what is wrong, said for the user */
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Each kind's flag and the file names looked for in `--dir`. */
export const FILES: { readonly [K in CsvRecordKind]: { readonly flag: string; readonly names: readonly string[] } } = {
  orders: { flag: "orders", names: ["orders.csv"] },
  deals: { flag: "deals", names: ["deals.csv"] },
  activities: { flag: "activities", names: ["activities.csv"] },
  revenueTargets: {
    flag: "revenue-targets",
    names: ["revenue-targets.csv", "revenueTargets.csv", "revenue_targets.csv"],
  },
  activityTargets: {
    flag: "activity-targets",
    names: ["activity-targets.csv", "activityTargets.csv", "activity_targets.csv"],
  },
  sellers: { flag: "sellers", names: ["sellers.csv"] },
};

/** The flags that locate and read files. */
export interface InputFlags {
  readonly dir?: string | undefined;
  readonly columns?: string | undefined;
  readonly preset?: string | undefined;
  readonly delimiter?: string | undefined;
  readonly encoding?: string | undefined;
  readonly "decimal-comma"?: boolean | undefined;
  readonly "thousands-separator"?: string | undefined;
  readonly "date-format"?: string | undefined;
  readonly currency?: string | undefined;
  readonly zone?: string | undefined;
  readonly [flag: string]: string | boolean | undefined;
}

/** The file of each kind the flags name or `--dir` holds (a kind without a file is absent). */
export function locateFiles(flags: InputFlags): Map<CsvRecordKind, string> {
  const files = new Map<CsvRecordKind, string>();
  const dir = flags.dir;
  if (dir !== undefined && !(existsSync(dir) && statSync(dir).isDirectory()))
    throw new UsageError(`--dir ${dir}: no such directory`);
  for (const kind of CSV_RECORD_KINDS) {
    const given = flags[FILES[kind].flag];
    if (typeof given === "string") {
      if (!existsSync(given)) throw new UsageError(`--${FILES[kind].flag} ${given}: no such file`);
      files.set(kind, given);
      continue;
    }
    if (dir === undefined) continue;
    const found = FILES[kind].names.map((name) => join(dir, name)).find((path) => existsSync(path));
    if (found !== undefined) files.set(kind, found);
  }
  if (files.size === 0)
    throw new UsageError(
      dir === undefined
        ? "no input: give --dir DIR or a file flag (--orders FILE...)"
        : `--dir ${dir} holds none of ${CSV_RECORD_KINDS.map((kind) => FILES[kind].names[0]).join(", ")}`,
    );
  return files;
}

/** `--columns FILE`: one mapping for every file, or one per kind (`{ "orders": { ... } }`). */
function columnMappings(path: string | undefined): (kind: CsvRecordKind) => Record<string, string> | undefined {
  if (path === undefined) return () => undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`--columns ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new UsageError(`--columns ${path}: expected a JSON object { "Column name": "field" }`);
  const entries = Object.entries(parsed);
  const perKind = entries.length > 0 && entries.every(([key]) => (CSV_RECORD_KINDS as readonly string[]).includes(key));
  const check = (value: unknown, where: string): Record<string, string> => {
    if (
      typeof value !== "object" ||
      value === null ||
      Array.isArray(value) ||
      !Object.values(value).every((field) => typeof field === "string")
    )
      throw new UsageError(`--columns ${path}${where}: expected { "Column name": "field" } with text values`);
    return value as Record<string, string>;
  };
  if (!perKind) {
    const mapping = check(parsed, "");
    return () => mapping;
  }
  const byKind = new Map(entries.map(([kind, value]) => [kind, check(value, ` (${kind})`)]));
  return (kind) => byKind.get(kind);
}

/** The read options the flags give, for each kind. */
export function readOptions(flags: InputFlags): (kind: CsvRecordKind) => CsvReadOptions {
  const columns = columnMappings(flags.columns);
  const base = {
    ...(flags.preset === undefined ? {} : { preset: flags.preset }),
    ...(flags.delimiter === undefined ? {} : { delimiter: flags.delimiter === "tab" ? "\t" : flags.delimiter }),
    ...(flags.encoding === undefined ? {} : { encoding: flags.encoding }),
    ...(flags["decimal-comma"] === true ? { decimalComma: true } : {}),
    ...(flags["thousands-separator"] === undefined ? {} : { thousandsSeparator: flags["thousands-separator"] }),
    ...(flags["date-format"] === undefined ? {} : { dateFormat: flags["date-format"] }),
    ...(flags.zone === undefined ? {} : { timeZone: flags.zone }),
    ...(flags.currency === undefined ? {} : { defaults: { currency: flags.currency } }),
  } as CsvReadOptions;
  return (kind) => {
    const mapping = columns(kind);
    return mapping === undefined ? base : { ...base, columns: mapping };
  };
}

/** A file read: its path and what {@link readCsv} returned. */
export interface FileRead<K extends CsvRecordKind> {
  readonly path: string;
  readonly result: CsvReadResult<K>;
}

/** The reads of every located file. */
export type Reads = { -readonly [K in CsvRecordKind]?: FileRead<K> };

/**
 * Reads every located file, showing a progress bar on `stderr` when it is a terminal.
 *
 * @throws the first file's read error (a {@link CsvFormatError}, a missing-fields error...), its file named
 */
export async function readFiles(
  files: ReadonlyMap<CsvRecordKind, string>,
  options: (kind: CsvRecordKind) => CsvReadOptions,
  stderr: NodeJS.WritableStream & { readonly isTTY?: boolean },
): Promise<Reads> {
  const reads: Reads = {};
  for (const [kind, path] of files) {
    const bar = stderr.isTTY === true ? new ProgressBar(stderr, basename(path)) : null;
    try {
      const result = await readCsv(
        kind,
        { path },
        {
          ...options(kind),
          ...(bar === null
            ? {}
            : {
                onProgress: (progress) => {
                  bar.update(progress);
                },
              }),
        },
      );
      (reads as Record<CsvRecordKind, FileRead<CsvRecordKind>>)[kind] = { path, result };
    } catch (error) {
      if (error instanceof Error) error.message = `${path}: ${error.message}`;
      throw error;
    } finally {
      bar?.done();
    }
  }
  return reads;
}
