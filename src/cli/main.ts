/**
 * The `crm-kpi` command: `report`, `validate` and `indicators`, their flags (read with
 * `node:util`'s `parseArgs`), their help, and the exit codes: 0 done, 1 bad rows (listed) or data
 * the indicators refuse, 2 a usage mistake.
 *
 * @internal
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { listIndicators } from "../catalogue/listIndicators.js";
import { isCrmKpiError } from "../errors/index.js";
import type { StageProbabilities } from "../indicators/pipeline/stageProbabilities.js";
import { parseInstant } from "../period/parseInstant.js";
import { parsePeriod } from "../period/parsePeriod.js";
import { periodContaining } from "../period/periodContaining.js";
import { assertTimeZone } from "../period/zone.js";
import { allIndicators, dataOfReads } from "./allIndicators.js";
import { badRows } from "./badRows.js";
import { locateFiles, readFiles, readOptions, UsageError } from "./inputs.js";
import { renderHtmlReport } from "../html/renderHtmlReport.js";
import { databaseFlag, openDatabaseReport } from "./database.js";
import { readsReport } from "./memorySource.js";
import { buildReport } from "./report.js";

/** Where the command writes. */
export interface Io {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
}

const INPUT_OPTIONS = {
  dir: { type: "string" },
  orders: { type: "string" },
  deals: { type: "string" },
  activities: { type: "string" },
  "revenue-targets": { type: "string" },
  "activity-targets": { type: "string" },
  sellers: { type: "string" },
  columns: { type: "string" },
  preset: { type: "string" },
  delimiter: { type: "string" },
  encoding: { type: "string" },
  "decimal-comma": { type: "boolean" },
  "thousands-separator": { type: "string" },
  "date-format": { type: "string" },
  currency: { type: "string" },
  zone: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

const REPORT_OPTIONS = {
  ...INPUT_OPTIONS,
  "as-of": { type: "string" },
  period: { type: "string" },
  locale: { type: "string" },
  json: { type: "string" },
  html: { type: "string" },
  stages: { type: "string" },
  duckdb: { type: "string" },
  db: { type: "string" },
  all: { type: "boolean" },
} as const satisfies ParseArgsConfig["options"];

const VALIDATE_OPTIONS = {
  ...INPUT_OPTIONS,
  "max-errors": { type: "string" },
} as const satisfies ParseArgsConfig["options"];

const INDICATORS_OPTIONS = {
  locale: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

const INPUT_HELP = `Input files (CSV; a header line, then one record per line):
  --dir DIR                  read DIR/orders.csv, deals.csv, activities.csv, revenue-targets.csv,
                             activity-targets.csv, sellers.csv (those present)
  --orders FILE, --deals FILE, --activities FILE, --revenue-targets FILE,
  --activity-targets FILE, --sellers FILE
                             one file per record kind (over --dir's)
  --columns FILE             JSON header mapping { "Order ID": "id", ... }, or one per kind
                             { "orders": { ... }, "deals": { ... } }
  --preset NAME              a CRM export's column names: odoo, hubspot, salesforce, pipedrive
  --delimiter C              , ; tab or | (default: sniffed from the header line)
  --encoding E               utf-8, latin1 or auto (default auto: UTF-8 unless the file is not)
  --decimal-comma            amounts written 1 234,50
  --thousands-separator C    the thousands separator: a space, ".", "," or "'"
  --date-format P            dates in a date-fns pattern, e.g. dd/MM/yyyy
  --currency CODE            the currency of rows without one (e.g. EUR)
  --zone ZONE                IANA time zone of the dates and the report (default UTC)`;

const HELP: Readonly<Record<string, string>> = {
  main: `crm-kpi: B2B sales KPIs from CSV exports.

Usage:
  crm-kpi report --dir exports/ --as-of 2026-06-15 --zone Europe/Paris --period 2026-Q2
  crm-kpi report --duckdb crm.duckdb --as-of 2026-06-15   (or --db postgres://user@host/db)
  crm-kpi validate --dir exports/
  crm-kpi indicators

Commands:
  report       prints the five headline indicators of the files (or of a database's tables);
               with --all, every indicator of the catalogue the files allow
  validate     reads the files only and lists the bad rows (file, line, field, problem)
  indicators   lists the catalogue of indicators (ids, labels, records needed)

Run crm-kpi COMMAND --help for a command's flags.
Exit codes: 0 done, 1 bad rows (listed) or data an indicator refuses, 2 usage mistake.`,
  report: `Usage: crm-kpi report [input flags] [--as-of DATE] [--period LABEL] [--locale TAG] [--all] [--json FILE] [--html FILE]

Prints the five headline indicators: revenue versus target, revenue per seller, the pipeline,
the activity rate and the lost deals, each one the files allow.

  --as-of DATE     the instant of the report (default: now); a date alone is its first instant
                   (00:00 in --zone), so 2026-06-15 counts up to the end of June 14
  --period LABEL   the period reported, e.g. 2026-Q2, 2026-06, 2026 (default: the quarter of --as-of)
  --locale TAG     numbers and labels, e.g. fr or en-US (default en-US)
  --all            then every indicator of the catalogue (the article's operational ones, the
                   big CRMs'): one line each with its English and French names, its figure and
                   status; those the files cannot give, with the records they would need
  --json FILE      also write the indicators' results as JSON (resultToJSON), by indicator id;
                   with --all, the whole catalogue report (computeReport's document, read back
                   with resultFromJSON(IndicatorReportSchema, text))
  --html FILE      also write the report as one self-contained HTML page (charts and tables; no
                   network needed to view it), in --locale's language; with --all, then
                   the operational indicators and the big CRMs' as tables, and the records
                   the others would need
  --stages FILE    JSON stage map for the pipeline { "Proposal": 0.5, ... } (deals without a
                   probability of their own need it)

A database instead of files (the indicators run in it, figures equal to the files'):
  --duckdb FILE    a DuckDB file (opened read-only); needs the package @duckdb/node-api
  --db URL         a PostgreSQL server, postgres://user:password@host:port/database
                   (?host=/socket/dir for a unix socket); needs the package pg
                   The tables are those of createTablesSql (docs/sql.md): "orders", "deals",
                   "activities", "revenueTargets", "activityTargets", columns named after the
                   record fields ("sellerId"...), "_row" their order; a section whose table is
                   absent is not computed. Targets come from the target tables when present,
                   else from --revenue-targets / --activity-targets / --dir files (both: a usage
                   mistake); seller names from --sellers or --dir's sellers.csv.

${INPUT_HELP}

Exit codes: 0 done, 1 bad rows (the report is printed, the rows listed on stderr) or data an
indicator refuses, 2 usage mistake.`,
  validate: `Usage: crm-kpi validate [input flags] [--max-errors N]

Reads the files with the same rules as report and lists each bad row on stdout:
FILE:LINE: id "ID", FIELD: PROBLEM (one line per problem).

  --max-errors N   most bad rows listed per file (default 100)

${INPUT_HELP}

Exit codes: 0 no bad row, 1 bad rows (listed) or a file that is not CSV, 2 usage mistake.`,
  indicators: `Usage: crm-kpi indicators [--locale TAG] [--json]

Lists the catalogue of indicators: id, label, the records each needs.

  --locale TAG   labels in French with fr (default English)
  --json         the list as JSON

Exit codes: 0 done, 2 usage mistake.`,
};

function parse<O extends NonNullable<ParseArgsConfig["options"]>>(
  args: readonly string[],
  options: O,
): ReturnType<typeof parseArgs<{ options: O; args: string[]; strict: true; allowPositionals: false }>>["values"] {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function localeOf(tag: string | undefined): string {
  if (tag === undefined) return "en-US";
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? "en-US";
  } catch {
    throw new UsageError(`--locale ${tag}: not a language tag (e.g. fr, fr-FR, en-US)`);
  }
}

function checkedZone(zone: string | undefined): string {
  if (zone === undefined) return "UTC";
  try {
    assertTimeZone(zone);
  } catch {
    throw new UsageError(`--zone ${zone}: not an IANA time zone (e.g. Europe/Paris)`);
  }
  return zone;
}

function readJson(path: string, flag: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`--${flag} ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function report(args: readonly string[], io: Io): Promise<number> {
  const flags = parse(args, REPORT_OPTIONS);
  if (flags.help === true) return help(io, "report");
  const timeZone = checkedZone(flags.zone);
  const locale = localeOf(flags.locale);
  let asOf: Date;
  try {
    asOf = flags["as-of"] === undefined ? new Date() : parseInstant(flags["as-of"], { timeZone });
  } catch (error) {
    throw new UsageError(`--as-of ${flags["as-of"]}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let period;
  try {
    period =
      flags.period === undefined
        ? periodContaining(asOf, "quarter", { timeZone })
        : parsePeriod(flags.period, { timeZone });
  } catch (error) {
    throw new UsageError(`--period ${flags.period}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const stages = flags.stages === undefined ? undefined : readJson(flags.stages, "stages");
  if (stages !== undefined && (typeof stages !== "object" || stages === null || Array.isArray(stages)))
    throw new UsageError(`--stages ${flags.stages}: expected a JSON object { "stage": probability }`);
  const database = databaseFlag(flags);
  if (flags.all === true && database !== null)
    throw new UsageError("--all reads CSV files: the catalogue's indicators are not computed in a database");
  const opened =
    database === null
      ? await readsReport({ ...flags, zone: timeZone }, stages as StageProbabilities | undefined, io.stderr)
      : await openDatabaseReport(database, { ...flags, zone: timeZone }, io.stderr);
  const { reads } = opened;
  let built;
  try {
    built = await buildReport(opened.source, {
      period,
      asOf,
      timeZone,
      locale,
      stageProbabilities: stages as StageProbabilities | undefined,
    });
  } finally {
    await opened.close();
  }
  const failures = [...built.failures];
  let all: ReturnType<typeof allIndicators> | null = null;
  if (flags.all === true) {
    try {
      all = allIndicators(dataOfReads(reads, stages as StageProbabilities | undefined), {
        period,
        asOf,
        timeZone,
        locale,
        stageProbabilities: stages as StageProbabilities | undefined,
      });
    } catch (error) {
      if (!isCrmKpiError(error)) throw error;
      failures.push(`crm-kpi: --all: ${error.message}`);
    }
  }
  io.stdout.write(`${[...built.lines, ...(all?.lines ?? [])].join("\n")}\n`);
  if (flags.json !== undefined && all !== null) {
    writeFileSync(flags.json, `${JSON.stringify(all.report)}\n`);
  } else if (flags.json !== undefined) {
    const entries = [...built.results].map(([id, json]) => `${JSON.stringify(id)}:${json}`);
    writeFileSync(flags.json, `{${entries.join(",")}}\n`);
  }
  if (flags.html !== undefined) {
    const page = await renderHtmlReport(built.sections, {
      locale,
      names: built.names,
      notes: [built.lines[0] ?? "", built.lines[1] ?? ""],
      notComputed: built.notComputed,
      ...(all === null ? {} : { catalogue: all.report }),
    });
    writeFileSync(flags.html, page);
  }
  const files = badRows(reads, 20);
  const bad = { count: files.count + opened.bad.count, lines: [...files.lines, ...opened.bad.lines] };
  if (bad.count > 0) io.stderr.write(`\n${bad.count} bad rows left out of the report:\n${bad.lines.join("\n")}\n`);
  for (const failure of failures) io.stderr.write(`${failure}\n`);
  return bad.count > 0 || failures.length > 0 ? 1 : 0;
}

async function validate(args: readonly string[], io: Io): Promise<number> {
  const flags = parse(args, VALIDATE_OPTIONS);
  if (flags.help === true) return help(io, "validate");
  const max = flags["max-errors"] === undefined ? 100 : Number(flags["max-errors"]);
  if (!Number.isSafeInteger(max) || max < 0)
    throw new UsageError(`--max-errors ${flags["max-errors"]}: expected a whole number`);
  const timeZone = checkedZone(flags.zone);
  const files = locateFiles({ ...flags, zone: timeZone });
  const reads = await readFiles(files, readOptions({ ...flags, zone: timeZone }), io.stderr);
  const bad = badRows(reads, max);
  if (bad.lines.length > 0) io.stdout.write(`${bad.lines.join("\n")}\n`);
  const summary = Object.values(reads).map(
    (read) => `${read.path}: ${read.result.inputCount} rows, ${read.result.errors.length} bad`,
  );
  io.stderr.write(`${summary.join("\n")}\n`);
  return bad.count > 0 ? 1 : 0;
}

function indicators(args: readonly string[], io: Io): number {
  const flags = parse(args, INDICATORS_OPTIONS);
  if (flags.help === true) return help(io, "indicators");
  const french = localeOf(flags.locale).startsWith("fr");
  const entries = listIndicators();
  if (flags.json === true) {
    io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
    return 0;
  }
  const rows = [
    ["id", "label", "records"],
    ...entries.map((entry) => [entry.id, french ? entry.label.fr : entry.label.en, entry.records.join(", ")]),
  ];
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  const lines = rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd(),
  );
  io.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

function help(io: Io, command: string): number {
  io.stdout.write(`${HELP[command] ?? HELP["main"] ?? ""}\n`);
  return 0;
}

/**
 * Runs the command line `args` (without `node` and the script).
 *
 * @returns the exit code
 */
export async function main(args: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case "report":
        return await report(rest, io);
      case "validate":
        return await validate(rest, io);
      case "indicators":
        return indicators(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        return help(io, rest[0] ?? "main");
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}: use report, validate or indicators`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`crm-kpi: ${error.message}\nRun crm-kpi --help for the usage.\n`);
      return 2;
    }
    if (isCrmKpiError(error) || (error instanceof Error && "code" in error && typeof error.code === "string")) {
      io.stderr.write(`crm-kpi: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
