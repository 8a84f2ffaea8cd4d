import { describe, expect, it } from "vitest";
import { textTable } from "../format/textReport.js";
import { generateSampleDataset } from "../sample/generateSampleDataset.js";
import { computeReport } from "./computeReport.js";
import { CATALOGUE } from "./entries/index.js";
import { headlineOf } from "./headlineOf.js";
import { reportTable } from "./reportTable.js";

const data = generateSampleDataset();
const report = computeReport(data, { period: "2026-Q2", asOf: "2026-06-15" });
const { deals, stageProbabilities } = data;
const dealsOnly = computeReport({ deals, stageProbabilities }, { period: "2026-Q2", asOf: "2026-06-15" });

describe("reportTable", () => {
  it("has one row per entry, in catalogue order, with both names and the headline figure", () => {
    const [headers, rows] = reportTable(report);
    expect(headers).toEqual(["id", "indicator", "French name", "figure", "status or reason"]);
    expect(rows.map((row) => row[0])).toEqual(CATALOGUE.map((entry) => entry.id));
    for (const [at, entry] of CATALOGUE.entries()) {
      const result = report.results[at]?.result ?? {};
      expect(rows[at]?.slice(1, 4)).toEqual([entry.label.en, entry.label.fr, headlineOf(entry.id, result).formatted]);
    }
  });

  it("keeps the groups asked for", () => {
    const [, operational] = reportTable(report, { groups: ["operational"] });
    expect(operational).toHaveLength(22);
    const [, both] = reportTable(report, { groups: ["headline", "crm"] });
    expect(both.map((row) => row[0])).toEqual(
      CATALOGUE.filter((entry) => entry.group !== "operational").map((entry) => entry.id),
    );
  });

  it("shows the status light, or the reason there is none (worked from the sample's results)", () => {
    const [, rows] = reportTable(report, { groups: ["headline"] });
    // revenue vs target is judged on its pace: watch; the company activity rate has no target.
    expect(rows[0]?.[4]).toBe("[..] watch");
    expect(rows[3]?.slice(3)).toEqual(["— (no target)", "— (no target)"]);
    expect(rows[2]?.[4]).toBe("");
  });

  it("names the records a skipped indicator would need, in the locale's language", () => {
    const [, rows] = reportTable(dealsOnly);
    expect(rows.find((row) => row[0] === "revenue-vs-target")?.slice(3)).toEqual(["—", "needs order, revenue-target"]);
    expect(rows.find((row) => row[0] === "penalty-amount")?.slice(3)).toEqual(["—", "needs penalty"]);
    const [headers, french] = reportTable(dealsOnly, { locale: "fr-FR" });
    expect(headers).toEqual(["id", "English name", "indicateur", "valeur", "statut ou raison"]);
    expect(french.find((row) => row[0] === "penalty-amount")?.slice(3)).toEqual(["—", "il manque penalty"]);
    expect(french.find((row) => row[0] === "win-rate")?.[3]).toBe("32,4\u00A0%");
  });

  it("prints as a table with the names left-aligned", () => {
    const [headers, rows] = reportTable(dealsOnly, { groups: ["crm"] });
    const lines = textTable(headers, rows, { textColumns: 3 });
    expect(lines[0]).toMatch(/^id {2,}indicator {2,}French name {2,}figure {2,}status or reason$/);
    expect(lines.find((line) => line.startsWith("win-rate "))).toMatch(
      /^win-rate +Win rate +Taux de réussite des affaires +32\.4%$/,
    );
  });
});
