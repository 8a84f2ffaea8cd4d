/**
 * The real engines of the SQL parity suite: an embedded DuckDB, and a throwaway PostgreSQL 15
 * cluster started in a temporary directory as the `postgres` user, listening on a unix socket in
 * that directory only. Nothing is mocked; a server that cannot start fails the suite.
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import pg from "pg";
import { SQL_TABLES } from "../../src/sql/dialect.js";
import { createTablesSql } from "../../src/sql/sqlTables.js";
import type { SqlEngine } from "../../src/sql/computeWithSql.js";

/** An engine of the suite: the library's view of it, a statement runner, and how to close it. */
export interface TestEngine extends SqlEngine {
  /** Runs a statement (DDL, insert) with parameters. */
  run(text: string, params?: readonly (string | null)[]): Promise<void>;
  /** Empties every record table. */
  truncate(): Promise<void>;
  close(): Promise<void>;
  /** How a client outside the suite reaches the database: a DuckDB file path, a PostgreSQL URL. */
  readonly location: string;
}

/** A DuckDB with the record tables, in memory unless given a file. */
export async function openDuckDb(path = ":memory:"): Promise<TestEngine> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  for (const statement of createTablesSql("duckdb")) await connection.run(statement);
  return {
    dialect: "duckdb",
    location: path,
    async query(text, params) {
      const reader = await connection.runAndReadAll(text, [...params]);
      return reader.getRowObjectsJS();
    },
    async run(text, params = []) {
      await connection.run(text, [...params]);
    },
    async truncate() {
      for (const table of SQL_TABLES) await connection.run(`DELETE FROM "${table}"`);
    },
    close() {
      connection.closeSync();
      instance.closeSync();
      return Promise.resolve();
    },
  };
}

const PG_BIN = "/usr/lib/postgresql/15/bin";

/** Runs a PostgreSQL server binary as the `postgres` user (the suite runs as root). */
function asPostgres(binary: string, args: readonly string[]): void {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? "runuser" : join(PG_BIN, binary);
  const argv = asRoot ? ["-u", "postgres", "--", join(PG_BIN, binary), ...args] : [...args];
  execFileSync(command, argv, { stdio: "pipe" });
}

/**
 * Starts a throwaway PostgreSQL cluster, creates the record tables, and connects to it.
 *
 * @param settings - server settings beyond the suite's own (`shared_buffers`, `work_mem`... for
 *   the scale benchmark), as `-c name=value`
 */
export async function openPostgres(settings: Readonly<Record<string, string>> = {}): Promise<TestEngine> {
  if (!existsSync(join(PG_BIN, "initdb")))
    throw new Error(`PostgreSQL 15's server binaries are missing from ${PG_BIN} (apt-get install postgresql)`);
  const dir = mkdtempSync(join(tmpdir(), "crm-kpi-pg-"));
  const data = join(dir, "data");
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  asPostgres("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"]);
  asPostgres("pg_ctl", [
    "-D",
    data,
    "-w",
    "-l",
    join(dir, "server.log"),
    "-o",
    [
      `-k ${dir} -c listen_addresses='' -c fsync=off -c timezone=UTC`,
      ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`),
    ].join(" "),
    "start",
  ]);
  const stop = (): void => {
    try {
      asPostgres("pg_ctl", ["-D", data, "-w", "-m", "immediate", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  let client: pg.Client;
  try {
    client = new pg.Client({ host: dir, user: "postgres", database: "postgres" });
    await client.connect();
    for (const statement of createTablesSql("postgres")) await client.query(statement);
  } catch (error) {
    stop();
    throw error;
  }
  return {
    dialect: "postgres",
    location: `postgres://postgres@/postgres?host=${encodeURIComponent(dir)}`,
    async query(text, params) {
      return (await client.query({ text, values: [...params] })).rows as Record<string, unknown>[];
    },
    async run(text, params = []) {
      await client.query({ text, values: [...params] });
    },
    async truncate() {
      await client.query(`TRUNCATE ${SQL_TABLES.map((t) => `"${t}"`).join(", ")}`);
    },
    async close() {
      try {
        await client.end();
      } finally {
        stop();
      }
    },
  };
}

/** `engine` with every query text recorded in `queries` (to check that none ran). */
export function recordingQueries(engine: TestEngine): { readonly engine: TestEngine; readonly queries: string[] } {
  const queries: string[] = [];
  return {
    engine: {
      ...engine,
      query: (text, params) => {
        queries.push(text);
        return engine.query(text, params);
      },
    },
    queries,
  };
}
