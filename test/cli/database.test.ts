/**
 * `crm-kpi report --duckdb FILE` and `--db postgres://...`, run as a user runs the built bin
 * (dist/cli.js): the CLI's CSV exports loaded into a DuckDB file and into a throwaway PostgreSQL
 * server (`test/sql/engines.ts`), and the report printed from the database equal to the one
 * printed from the files. Needs `npm run build` first.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  parseActivities,
  parseActivityTargets,
  parseDeals,
  parseOrders,
  parseRevenueTargets,
} from "../../src/index.js";
import type { Order } from "../../src/model/types.js";
import { generateSampleDataset, toRawRows } from "../../src/sample.js";
import { insertRecordsSql } from "../../src/sql/sqlTables.js";
import type { SqlTableName } from "../../src/sql/dialect.js";
import { runCli, writeSampleExports, type CliRun } from "./_sampleExports.js";
import { openDuckDb, openPostgres, type TestEngine } from "../sql/engines.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dist = join(root, "dist");
const cli = join(dist, "cli.js");
/** The command's ES module files: itself and the chunks it shares with the entries (and the CSV worker). */
const esmFiles = (): string[] => readdirSync(dist).filter((name) => name.endsWith(".js"));
const work = join(root, ".tmp", "cli-database-test");
const exportsDir = join(work, "exports");
const zone = "Europe/Paris";

const data = generateSampleDataset();
const raw = toRawRows(data);

type Run = CliRun;

function run(args: readonly string[], bin = cli): Run {
  return runCli(work, args, bin);
}

const REPORT = ["report", "--as-of", "2026-06-15", "--zone", zone, "--period", "2026-Q2", "--stages", "stages.json"];

/** The records of the CSV exports, parsed as the command reads them (in --zone), by table. */
function records(): readonly (readonly [SqlTableName, readonly unknown[]])[] {
  const parsed = [
    ["orders", parseOrders(raw.orders, { timeZone: zone })],
    ["deals", parseDeals(raw.deals, { timeZone: zone })],
    ["activities", parseActivities(raw.activities, { timeZone: zone })],
    ["revenueTargets", parseRevenueTargets(raw.revenueTargets, { timeZone: zone })],
    ["activityTargets", parseActivityTargets(raw.activityTargets, { timeZone: zone })],
  ] as const;
  for (const [table, result] of parsed) expect(result.errors, table).toEqual([]);
  return parsed.map(([table, result]) => [table, result.records] as const);
}

/** Loads the exports into an engine's tables, in file order; `skip` leaves some tables out (dropped). */
async function load(engine: TestEngine, skip: readonly SqlTableName[] = []): Promise<void> {
  for (const [table, rows] of records()) {
    if (skip.includes(table)) {
      await engine.run(`DROP TABLE "${table}"`);
      continue;
    }
    for (const query of insertRecordsSql(engine.dialect, table as "orders", rows as readonly Order[]))
      await engine.run(query.text, query.params);
  }
}

/** A report's text cut before each section's heading ("1. ", "2. "...): the header, then the five sections. */
function sectionsOf(text: string): string[] {
  return text.split(/^(?=\d\. )/m).map((part) => part.trimEnd());
}

let fromFiles: Run;
let fromFilesJson: string;

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` before the command-line tests");
  writeSampleExports(work, data);
  fromFiles = run([...REPORT, "--dir", exportsDir, "--json", "files.json"]);
  expect(fromFiles.stderr).toBe("");
  expect(fromFiles.status).toBe(0);
  expect(fromFiles.stdout).not.toContain("not computed");
  fromFilesJson = readFileSync(join(work, "files.json"), "utf8");
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("crm-kpi report --duckdb", () => {
  const file = (): string => join(work, "crm.duckdb");

  beforeAll(async () => {
    const engine = await openDuckDb(file());
    try {
      await load(engine);
    } finally {
      await engine.close();
    }
  });

  it("prints the report of the CSV files, figure for figure, and the same JSON results", () => {
    const result = run([
      ...REPORT,
      "--duckdb",
      file(),
      "--sellers",
      join(exportsDir, "sellers.csv"),
      "--json",
      "db.json",
    ]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(fromFiles.stdout);
    expect(readFileSync(join(work, "db.json"), "utf8")).toBe(fromFilesJson);
  });

  it("without seller names, shows the ids; the figures stay those of the files", () => {
    const result = run([...REPORT, "--duckdb", file()]);
    expect(result.status).toBe(0);
    const seller = data.sellers.find((entry) => entry.name !== undefined && entry.name !== entry.id);
    expect(seller).toBeDefined();
    expect(result.stdout).toContain(seller?.id);
    expect(result.stdout).toContain("Read: ");
  });

  it("refuses a target file when the database has that table, and --orders with a database (exit 2)", () => {
    const twice = run([...REPORT, "--duckdb", file(), "--revenue-targets", join(exportsDir, "revenue-targets.csv")]);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('the database has a "revenueTargets" table');
    const orders = run([...REPORT, "--duckdb", file(), "--orders", join(exportsDir, "orders.csv")]);
    expect(orders.status).toBe(2);
    expect(orders.stderr).toContain("--orders: with --duckdb or --db");
    const both = run([...REPORT, "--duckdb", file(), "--db", "postgres://x@localhost/db"]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("give one database, not both");
  });

  it("a missing file is refused, not created empty (exit 1, the driver's message)", () => {
    const missing = join(work, "missing.duckdb");
    const result = run([...REPORT, "--duckdb", missing]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`crm-kpi: --duckdb ${missing}: `);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(missing)).toBe(false);
  });

  it("targets from files when the database has no target tables; a section without its table says so", async () => {
    const path = join(work, "partial.duckdb");
    const engine = await openDuckDb(path);
    try {
      await load(engine, ["revenueTargets", "activityTargets", "activities"]);
    } finally {
      await engine.close();
    }
    const result = run([...REPORT, "--duckdb", path, "--dir", exportsDir, "--json", "partial.json"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    // Every section but the activity rate's as from the files, that one saying what it needs.
    const expected = sectionsOf(fromFiles.stdout);
    const actual = sectionsOf(result.stdout);
    expect(actual[0]).toBe(expected[0]?.replace(/, [\d,]+ activities/, ""));
    expect(actual.length).toBe(6);
    for (const index of [1, 2, 3, 5]) expect(actual[index]).toBe(expected[index]);
    expect(actual[4]).toMatch(/^4\. Activity rate.*\n=+\n\(not computed: needs activities\)$/);
    const files = JSON.parse(fromFilesJson) as Record<string, unknown>;
    const partial = JSON.parse(readFileSync(join(work, "partial.json"), "utf8")) as Record<string, unknown>;
    expect(partial["revenue-vs-target"]).toEqual(files["revenue-vs-target"]);
    expect(partial["pipeline"]).toEqual(files["pipeline"]);
    expect(partial["activity-rate"]).toBeUndefined();
  });
});

describe("crm-kpi report --db (a real PostgreSQL server)", () => {
  let engine: TestEngine;

  beforeAll(async () => {
    engine = await openPostgres();
    await load(engine);
  });

  afterAll(async () => {
    await engine.close();
  });

  it("prints the report of the CSV files, figure for figure, and the same JSON results", () => {
    const result = run([
      ...REPORT,
      "--db",
      engine.location,
      "--sellers",
      join(exportsDir, "sellers.csv"),
      "--json",
      "pg.json",
    ]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(fromFiles.stdout);
    expect(readFileSync(join(work, "pg.json"), "utf8")).toBe(fromFilesJson);
  });

  it("a server that refuses: its message, exit 1, no stack trace", () => {
    const result = run([...REPORT, "--db", engine.location.replace("/postgres?", "/nosuchdb?")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("crm-kpi: --db:");
    expect(result.stderr).toContain("nosuchdb");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("--db that is not a PostgreSQL URL is a usage mistake (exit 2)", () => {
    const result = run([...REPORT, "--db", "mysql://x@localhost/db"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("expected a PostgreSQL URL");
  });
});

describe("without the drivers (optional peer dependencies)", () => {
  /**
   * The bin installed where only the package's own dependencies are: a directory outside the
   * project with the built file and links to each dependency, so neither driver resolves.
   */
  let bare: string;

  beforeAll(() => {
    bare = mkdtempSync(join(tmpdir(), "crm-kpi-nodrivers-"));
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
    };
    const needed = [
      ...Object.keys(manifest.dependencies),
      ...Object.keys(manifest.peerDependencies).filter(
        (name) => manifest.peerDependenciesMeta[name]?.optional !== true,
      ),
    ];
    for (const name of needed) {
      mkdirSync(join(bare, "node_modules", name, ".."), { recursive: true });
      symlinkSync(join(root, "node_modules", name), join(bare, "node_modules", name));
    }
    for (const name of esmFiles()) writeFileSync(join(bare, name), readFileSync(join(dist, name)));
    writeFileSync(join(bare, "package.json"), JSON.stringify({ type: "module" }));
  });

  afterAll(() => {
    rmSync(bare, { recursive: true, force: true });
  });

  it("the bundle holds no driver: both are loaded at run time, and only when asked for", () => {
    for (const name of esmFiles()) {
      const bundle = readFileSync(join(dist, name), "utf8");
      expect(bundle, name).not.toMatch(/from\s+["'](@duckdb\/node-api|pg)["']/);
      expect(bundle, name).not.toContain("pg-protocol");
      expect(bundle, name).not.toContain("@duckdb/node-bindings");
    }
    const files = run([...REPORT, "--dir", exportsDir], join(bare, "cli.js"));
    expect(files.stderr).toBe("");
    expect(files.status).toBe(0);
    expect(files.stdout).toBe(fromFiles.stdout);
  });

  it("--duckdb and --db say which package to install, exit 2", () => {
    const duck = run([...REPORT, "--duckdb", join(work, "crm.duckdb")], join(bare, "cli.js"));
    expect(duck.status).toBe(2);
    expect(duck.stderr).toContain("--duckdb needs the package @duckdb/node-api, which is not installed");
    const pg = run([...REPORT, "--db", "postgres://x@localhost/db"], join(bare, "cli.js"));
    expect(pg.status).toBe(2);
    expect(pg.stderr).toContain("--db needs the package pg, which is not installed");
  });
});
