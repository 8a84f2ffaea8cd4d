/**
 * The built `crm-kpi` command (dist/cli.js), run as a user runs it, on CSV files written from the
 * sample dataset and on the CRM fixtures: output and exit codes. Needs `npm run build` first (the
 * test command does it).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CATALOGUE,
  formatMoney,
  parsePeriod,
  parseInstant,
  revenueVsTargetSeries,
  type RevenueVsTargetSeriesResult,
} from "../../src/index.js";
import { generateSampleDataset, toRawRows } from "../../src/sample.js";
import { toCsv } from "../csv/toCsv.js";
import { runCli, writeSampleExports, type CliRun } from "./_sampleExports.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const work = join(root, ".tmp", "cli-test");
const exportsDir = join(work, "exports");
const badDir = join(work, "bad");
const fixtures = join(root, "test", "fixtures", "csv");

const data = generateSampleDataset();
const raw = toRawRows(data);

type Run = CliRun;

function run(...args: string[]): Run {
  return runCli(work, args);
}

const REPORT = [
  "report",
  "--dir",
  exportsDir,
  "--as-of",
  "2026-06-15",
  "--zone",
  "Europe/Paris",
  "--period",
  "2026-Q2",
];

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` before the command-line tests");
  writeSampleExports(work, data);
  mkdirSync(badDir, { recursive: true });
  // Two bad rows among good ones: an impossible date (line 3) and a duplicate id (line 5).
  const orders = raw.orders.slice(0, 4).map((row) => ({ ...row }));
  orders[1] = { ...orders[1]!, date: "2026-02-30" };
  orders.push({ ...orders[0]! });
  writeFileSync(join(badDir, "orders.csv"), toCsv(orders, { lineEnd: "\n" }));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("crm-kpi report", () => {
  it("prints the five headline indicators, as the library computes them, and exits 0", () => {
    const result = run(...REPORT, "--stages", "stages.json");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    for (const heading of [
      "1. Revenue versus target (CA réalisé / objectifs), 2026-Q2 by month",
      "2. Revenue per seller (CA par vendeur), 2026-Q2",
      "3. Commercial pipeline (pipeline commercial) by month of expected close",
      "4. Activity rate (taux d'activité), 2026-Q2 to date, per seller",
      "5. Lost deals (volume des affaires perdues), the 12 months to date",
    ])
      expect(result.stdout).toContain(heading);
    expect(result.stdout).not.toContain("not computed");
    // The quarter's revenue to date, from the same rows through the library.
    const timeZone = "Europe/Paris";
    const series = revenueVsTargetSeries(data.orders, {
      targets: data.revenueTargets,
      range: parsePeriod("2026-Q2", { timeZone }),
      grain: "month",
      asOf: parseInstant("2026-06-15", { timeZone }),
      timeZone,
    });
    expect(result.stdout).toMatch(
      new RegExp(`to date +${formatMoney(series.total.realized, null).replace(/[.,]/g, "\\$&")} `),
    );
    for (const seller of data.sellers) expect(result.stdout).toContain(seller.name ?? seller.id);
  });

  it("--locale fr writes numbers and labels in French; --json writes the results by indicator id", () => {
    const result = run(...REPORT, "--stages", "stages.json", "--locale", "fr", "--json", "out.json");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("à surveiller");
    expect(result.stdout).toMatch(/\d\u202F\d{3},\d{2}/);
    const json = JSON.parse(readFileSync(join(work, "out.json"), "utf8")) as Record<string, { indicator?: string }>;
    expect(Object.keys(json).sort()).toEqual(
      ["activity-rate", "lost-deals", "pipeline", "revenue-per-seller", "revenue-vs-target"].sort(),
    );
    expect((json["revenue-vs-target"] as unknown as RevenueVsTargetSeriesResult).total.realized).toMatch(
      /^\d+(\.\d+)?$/,
    );
  });

  it("a section whose file is missing says so; an indicator's refusal is shown and exits 1", () => {
    const onlyOrders = run(
      "report",
      "--orders",
      join(exportsDir, "orders.csv"),
      "--as-of",
      "2026-06-15",
      "--period",
      "2026-Q2",
    );
    expect(onlyOrders.status).toBe(0);
    expect(onlyOrders.stdout).toContain("(not computed: needs deals)");
    expect(onlyOrders.stdout).toContain("(not computed: needs activities)");
    // Deals without probabilities and no --stages: the pipeline names the stages it lacks.
    const noStages = run(...REPORT);
    expect(noStages.status).toBe(1);
    expect(noStages.stdout).toMatch(/3\. Commercial pipeline[^]*not computed: .*stages have no probability/);
    expect(noStages.stderr).toContain("stages have no probability");
  });

  it("with bad rows: the report of the good ones, the bad ones listed on stderr, exit 1", () => {
    const result = run("report", "--dir", badDir, "--as-of", "2026-06-15", "--period", "2026-Q2");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("1. Revenue versus target");
    expect(result.stderr).toContain("2 bad rows left out of the report:");
    expect(result.stderr).toMatch(/bad\/orders\.csv:3: id "[^"]+", date: /);
  });

  it("--columns maps a CRM's headers: one mapping for every file, or one per kind", () => {
    const renamed = toCsv(raw.orders.slice(0, 20)).replace(
      /^[^\r\n]*/,
      '"Order ID","Order date","Net amount","Currency","Rep","Client"',
    );
    writeFileSync(join(work, "crm-orders.csv"), renamed);
    const mapping = {
      "Order ID": "id",
      "Order date": "date",
      "Net amount": "amount",
      Currency: "currency",
      Rep: "sellerId",
      Client: "customerId",
    };
    writeFileSync(join(work, "mapping.json"), JSON.stringify(mapping));
    writeFileSync(join(work, "by-kind.json"), JSON.stringify({ orders: mapping }));
    for (const file of ["mapping.json", "by-kind.json"]) {
      const result = run("validate", "--orders", "crm-orders.csv", "--columns", file);
      expect(result.status, file).toBe(0);
      expect(result.stderr).toContain("crm-orders.csv: 20 rows, 0 bad");
    }
    const unmapped = run("validate", "--orders", "crm-orders.csv");
    expect(unmapped.status).toBe(1);
    expect(unmapped.stderr).toContain("no row has any of the expected fields");
    writeFileSync(join(work, "wrong.json"), "[1]");
    expect(run("validate", "--orders", "crm-orders.csv", "--columns", "wrong.json").status).toBe(2);
  });

  it("reads a CRM export with its preset", () => {
    const result = run(
      "report",
      "--deals",
      join(fixtures, "pipedrive", "deals.csv"),
      "--preset",
      "pipedrive",
      "--as-of",
      "2026-06-15",
      "--period",
      "2026-Q2",
      "--stages",
      "stages.json",
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Read: 3 deals.");
  });
});

describe("crm-kpi validate", () => {
  it("good files: nothing on stdout, a summary on stderr, exit 0", () => {
    const result = run("validate", "--dir", exportsDir);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`orders.csv: ${raw.orders.length} rows, 0 bad`);
  });

  it("bad rows: one line per problem (file, line, id, field, problem), exit 1", () => {
    const result = run("validate", "--dir", badDir);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/orders\.csv:3: id "[^"]+", date: .*2026-02-30/);
    expect(lines[1]).toMatch(/orders\.csv:6: id "[^"]+", id: duplicate id/);
  });

  it("a file that is not CSV: its name and the line, exit 1", () => {
    writeFileSync(join(work, "broken.csv"), 'id,name\ns-1,"never closed\n');
    const result = run("validate", "--sellers", "broken.csv");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("broken.csv: [crm-kpi] line 2: a quoted field is never closed");
  });

  it("writes no progress bar when stderr is not a terminal", () => {
    expect(run("validate", "--dir", exportsDir).stderr).not.toContain("\x1b");
  });
});

describe("crm-kpi indicators", () => {
  it("lists the catalogue: ids, labels, records", () => {
    const result = run("indicators");
    expect(result.status).toBe(0);
    for (const entry of CATALOGUE) {
      expect(result.stdout).toContain(entry.id);
      expect(result.stdout).toContain(entry.label.en);
    }
    expect(run("indicators", "--locale", "fr").stdout).toContain("CA réalisé / objectifs");
    const json = JSON.parse(run("indicators", "--json").stdout) as { id: string }[];
    expect(json.map((entry) => entry.id)).toEqual(CATALOGUE.map((entry) => entry.id));
  });
});

describe("usage", () => {
  it("--help for the command and each subcommand, exit 0", () => {
    expect(run("--help").stdout).toContain("Commands:");
    expect(run().stdout).toContain("Commands:");
    for (const command of ["report", "validate", "indicators"]) {
      const result = run(command, "--help");
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`Usage: crm-kpi ${command}`);
    }
  });

  it.each([
    [["frobnicate"], /unknown command "frobnicate"/],
    [["report", "--dir", exportsDir, "--nope"], /Unknown option '--nope'/],
    [["report"], /no input: give --dir DIR/],
    [["report", "--dir", "nowhere"], /--dir nowhere: no such directory/],
    [["report", "--dir", exportsDir, "--zone", "Mars/Olympus"], /--zone Mars\/Olympus: not an IANA time zone/],
    [["report", "--dir", exportsDir, "--period", "2026-Q5"], /--period 2026-Q5/],
    [["report", "--dir", exportsDir, "--as-of", "2026-02-30"], /--as-of 2026-02-30/],
    [["validate", "--dir", exportsDir, "--max-errors", "many"], /--max-errors many/],
    [["validate", "--orders", "none.csv"], /--orders none.csv: no such file/],
  ])("%j: a usage error, exit 2", (args, message) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("Run crm-kpi --help");
  });
});
