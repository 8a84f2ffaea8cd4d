/**
 * `crm-kpi report --all`, the built command (dist/cli.js) run on CSV files written from the
 * sample dataset: every indicator of the catalogue the files allow, each line's figure as the
 * library computes it from the same records, the records the others would need, the JSON
 * document, the French text and the exit codes. Needs `npm run build` first.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE, computeReport, headlineOf, IndicatorReportSchema, resultFromJSON } from "../../src/index.js";
import { generateSampleDataset } from "../../src/sample.js";
import { runCli, writeSampleExports, type CliRun } from "./_sampleExports.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const work = join(root, ".tmp", "cli-all-test");
const exportsDir = join(work, "exports");

const data = generateSampleDataset();

function run(...args: string[]): CliRun {
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

/** The records the files hold, as the library takes them: what `--all` computes from. */
const fileData = {
  orders: data.orders,
  deals: data.deals,
  activities: data.activities,
  revenueTargets: data.revenueTargets,
  activityTargets: data.activityTargets,
  sellers: data.sellers,
  stageProbabilities: data.stageProbabilities,
};

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` before the command-line tests");
  writeSampleExports(work, data);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** The line of an indicator in the `--all` table. */
function lineOf(stdout: string, id: string): string {
  const line = stdout.split("\n").find((candidate) => candidate.startsWith(`${id} `));
  if (line === undefined) throw new Error(`no line for ${id}`);
  return line;
}

describe("crm-kpi report --all", () => {
  it("prints every indicator the files allow, each figure as the library computes it, and exits 0", () => {
    const result = run(...REPORT, "--stages", "stages.json", "--all");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const expected = computeReport(fileData, { period: "2026-Q2", asOf: "2026-06-15", timeZone: "Europe/Paris" });
    expect(result.stdout).toContain(
      `All indicators: ${expected.results.length} computed, ${expected.skipped.length} need other records`,
    );
    // The headline report comes first, unchanged.
    expect(result.stdout.indexOf("1. Revenue versus target")).toBeLessThan(result.stdout.indexOf("All indicators"));
    for (const { id, result: computed } of expected.results) {
      const line = lineOf(result.stdout.slice(result.stdout.indexOf("All indicators")), id);
      expect(line, id).toContain(headlineOf(id, computed).formatted);
    }
    for (const { id, missing } of expected.skipped)
      expect(lineOf(result.stdout, id), id).toMatch(new RegExp(`—  +needs ${missing.join(", ")}$`));
    // The records the CSV files cannot hold leave those indicators out, named.
    expect(lineOf(result.stdout, "penalty-amount")).toMatch(/needs penalty$/);
    expect(lineOf(result.stdout, "stage-conversion")).toMatch(/needs stage-change$/);
    expect(expected.results.length + expected.skipped.length).toBe(CATALOGUE.length);
  });

  it("--locale fr writes the table in French; --json writes the catalogue report, which reads back", () => {
    const result = run(...REPORT, "--stages", "stages.json", "--all", "--locale", "fr", "--json", "all.json");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Tous les indicateurs : \d+ calculés, \d+ sans les données nécessaires/);
    expect(lineOf(result.stdout, "win-rate")).toMatch(/Taux de réussite des affaires +\d+,\d\u00A0%$/);
    expect(lineOf(result.stdout, "penalty-amount")).toMatch(/il manque penalty$/);
    const report = resultFromJSON(IndicatorReportSchema, readFileSync(join(work, "all.json"), "utf8"));
    expect(report.asOf.toISOString()).toBe("2026-06-14T22:00:00.000Z");
    expect(report.results.map((entry) => entry.id)).toContain("win-rate");
    expect(report.skipped.find((entry) => entry.id === "penalty-amount")?.missing).toEqual(["penalty"]);
  });

  it("--html with --all writes the catalogue's tables after the headline sections, in the report's language", () => {
    const result = run(...REPORT, "--stages", "stages.json", "--all", "--locale", "fr", "--html", "all.html");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const html = readFileSync(join(work, "all.html"), "utf8");
    const expected = computeReport(fileData, { period: "2026-Q2", asOf: "2026-06-15", timeZone: "Europe/Paris" });
    expect(html.indexOf('id="lost-deals"')).toBeLessThan(html.indexOf('id="catalogue-operational"'));
    expect(html).toContain("Ce qu&#39;ajoutent les grands CRM");
    const catalogue = html.slice(html.indexOf('id="catalogue-operational"'));
    for (const { id, result: computed } of expected.results) {
      if (CATALOGUE.find((entry) => entry.id === id)?.group === "headline") continue;
      expect(catalogue, id).toContain(`<tr><td>${id}</td>`);
      expect(catalogue, id).toContain(headlineOf(id, computed, { locale: "fr" }).formatted);
    }
    expect(catalogue).toMatch(/<tr class="skipped"><td>penalty-amount<\/td>.*il manque : pénalités/);
    // Without --all, the headline sections only.
    const headline = run(...REPORT, "--stages", "stages.json", "--html", "headline.html");
    expect(headline.status).toBe(0);
    expect(readFileSync(join(work, "headline.html"), "utf8")).not.toContain("catalogue-");
  });

  it("deals the catalogue cannot read (no stage map) are reported on stderr, exit 1, the headline report still printed", () => {
    const result = run(...REPORT, "--all");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("1. Revenue versus target");
    expect(result.stderr).toMatch(/crm-kpi: --all: .*stage/);
  });

  it("--all with a database is a usage mistake (exit 2); --help says what --all does", () => {
    const result = run("report", "--duckdb", "crm.duckdb", "--all");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--all reads CSV files");
    const help = run("report", "--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--all +then every indicator of the catalogue/);
  });
});
