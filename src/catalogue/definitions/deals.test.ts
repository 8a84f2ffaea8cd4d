/**
 * The deal indicators by catalogue id: each computes as its function does on the sample (with its
 * deal history), refuses a wrong option by name, and takes its place in reports.
 */
import { describe, expect, it } from "vitest";
import { InvalidIndicatorOptionsError } from "../../errors/index.js";
import { averageDealSize } from "../../indicators/deals/averageDealSize.js";
import { forecastAccuracy } from "../../indicators/deals/forecastAccuracy.js";
import { pipelineAgeing } from "../../indicators/deals/pipelineAgeing.js";
import { pipelineCoverage } from "../../indicators/deals/pipelineCoverage.js";
import { salesCycleLength } from "../../indicators/deals/salesCycleLength.js";
import { salesVelocity } from "../../indicators/deals/salesVelocity.js";
import { slippedDeals } from "../../indicators/deals/slippedDeals.js";
import { stageConversion } from "../../indicators/deals/stageConversion.js";
import { winRate } from "../../indicators/deals/winRate.js";
import { parseInstant } from "../../period/parseInstant.js";
import { parsePeriod } from "../../period/parsePeriod.js";
import { generateDealHistory } from "../../sample/dealHistory.js";
import { generateSampleDataset } from "../../sample/generateSampleDataset.js";
import { computeIndicator } from "../computeIndicator.js";
import { computeReport } from "../computeReport.js";
import { CATALOGUE } from "../entries/index.js";
import { INDICATOR_DEFINITIONS, type IndicatorId } from "../registry.js";
import { DEAL_DEFINITIONS } from "./deals.js";

const sample = generateSampleDataset({ deals: 200, orders: 400, activities: 600 });
const history = generateDealHistory(sample.deals);
const data = { ...sample, ...history };
const { deals, sellers, activities, orders, revenueTargets, stageProbabilities } = data;
const quarter = parsePeriod("2026-Q2");
const asOf = parseInstant("2026-06-15");
const STAGES = ["prospecting", "qualification", "proposal", "negotiation", "commitment"];
/** An id as a caller without types has it. */
const fromCommandLine = (id: string): string => id;
const DEAL_IDS: readonly IndicatorId[] = [
  "win-rate",
  "average-deal-size",
  "sales-cycle-length",
  "sales-velocity",
  "pipeline-coverage",
  "stage-conversion",
  "slipped-deals",
  "pipeline-ageing",
  "forecast-accuracy",
];

describe("the deal definitions", () => {
  it("are in the catalogue and the registry, in the entries' order", () => {
    expect(DEAL_DEFINITIONS.map((definition) => definition.id)).toEqual(DEAL_IDS);
    const inOrder = (ids: readonly string[]): string[] =>
      ids.filter((id) => (DEAL_IDS as readonly string[]).includes(id));
    expect(inOrder(CATALOGUE.map((entry) => entry.id))).toEqual(DEAL_IDS);
    expect(inOrder(INDICATOR_DEFINITIONS.map((definition) => definition.id))).toEqual(DEAL_IDS);
  });
});

describe("computeIndicator computes each deal indicator as its function", () => {
  it("win-rate", () => {
    const direct = winRate(deals, { period: quarter, asOf, sellers, activities, staleAsLostAfterDays: 60 });
    expect(
      computeIndicator("win-rate", data, { period: "2026-Q2", asOf: "2026-06-15", staleAsLostAfterDays: 60 }),
    ).toEqual(direct);
    expect(direct.byCount.value).not.toBeNull();
  });

  it("average-deal-size", () => {
    expect(computeIndicator("average-deal-size", data, { period: "2026-Q2", asOf: "2026-06-15" })).toEqual(
      averageDealSize(deals, { period: quarter, asOf, sellers }),
    );
  });

  it("sales-cycle-length", () => {
    const viaCatalogue = computeIndicator("sales-cycle-length", data, {
      period: { start: "2026-01-01", end: "2026-07-01" },
      dayCount: "business",
      minSample: 2,
      explain: true,
    });
    const direct = salesCycleLength(deals, {
      period: parsePeriod("2026-H1"),
      dayCount: "business",
      minSample: 2,
      explain: true,
      sellers,
    });
    expect(viaCatalogue).toEqual(direct);
  });

  it("sales-velocity", () => {
    expect(
      computeIndicator("sales-velocity", data, {
        period: "2026-Q2",
        asOf: "2026-06-15",
        scope: { level: "team", teamId: "north" },
      }),
    ).toEqual(salesVelocity(deals, { period: quarter, asOf, sellers, scope: { level: "team", teamId: "north" } }));
  });

  it("pipeline-coverage", () => {
    expect(
      computeIndicator("pipeline-coverage", data, { asOf: "2026-06-15", forecast: { period: "2026-Q2" } }),
    ).toEqual(
      pipelineCoverage(deals, {
        asOf,
        sellers,
        stageProbabilities,
        forecast: { period: quarter, orders, targets: revenueTargets },
      }),
    );
  });

  it("stage-conversion", () => {
    const direct = stageConversion(deals, {
      stages: STAGES,
      stageChanges: history.stageChanges,
      period: parsePeriod("2026"),
      asOf,
      sellers,
    });
    expect(computeIndicator("stage-conversion", data, { stages: STAGES, period: "2026", asOf: "2026-06-15" })).toEqual(
      direct,
    );
    expect(direct.steps).toHaveLength(STAGES.length - 1);
  });

  it("slipped-deals, with the close-date history and without it (the overdue reading)", () => {
    const direct = slippedDeals(deals, { period: quarter, asOf, sellers, closeDateChanges: history.closeDateChanges });
    expect(computeIndicator("slipped-deals", data, { period: "2026-Q2", asOf: "2026-06-15" })).toEqual(direct);
    expect(direct.reading).toBe("close-date-history");
    // The sample carries a close-date history: without it, the overdue reading.
    const { closeDateChanges: _history, ...withoutHistory } = sample;
    expect(computeIndicator("slipped-deals", withoutHistory, { period: "2026-Q2", asOf: "2026-06-15" }).reading).toBe(
      "overdue",
    );
  });

  it("pipeline-ageing", () => {
    expect(
      computeIndicator("pipeline-ageing", data, { asOf: "2026-06-15", bandLimits: [14, 60], staleAfterDays: 20 }),
    ).toEqual(pipelineAgeing(deals, { asOf, sellers, activities, bandLimits: [14, 60], staleAfterDays: 20 }));
  });

  it("forecast-accuracy", () => {
    expect(
      computeIndicator("forecast-accuracy", data, {
        period: "2026-Q2",
        forecastAsOf: "2026-04-01",
        asOf: "2026-06-15",
      }),
    ).toEqual(
      forecastAccuracy(deals, {
        period: quarter,
        forecastAsOf: parseInstant("2026-04-01"),
        asOf,
        sellers,
        stageProbabilities,
        orders,
        targets: revenueTargets,
      }),
    );
  });
});

describe("computeIndicator refuses a wrong deal option, naming it", () => {
  it("an option the function does not take", () => {
    let error: unknown;
    try {
      computeIndicator(fromCommandLine("win-rate"), data, { period: "2026-Q2", grain: "month" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidIndicatorOptionsError);
    expect(error).toMatchObject({ indicator: "win-rate", option: "grain" });
    expect((error as Error).message).toMatch(/is not a known option \(it takes period, asOf, staleAsLostAfterDays, /);
  });

  it("a bad instant", () => {
    expect(() =>
      computeIndicator(fromCommandLine("forecast-accuracy"), data, { period: "2026-Q2", forecastAsOf: "2026-02-30" }),
    ).toThrow(/forecastAsOf/);
  });
});

describe("computeReport and the deal indicators", () => {
  it("includes them when their records are given, each as computeIndicator does", () => {
    const report = computeReport(data, { period: "2026-Q2", asOf: "2026-06-15", ids: DEAL_IDS });
    expect(report.results.map((entry) => entry.id)).toEqual(DEAL_IDS);
    expect(report.skipped).toEqual([]);
    const byId = new Map(report.results.map((entry) => [entry.id, entry.result]));
    expect(byId.get("win-rate")).toEqual(computeIndicator("win-rate", data, { period: "2026-Q2", asOf: "2026-06-15" }));
    expect(byId.get("pipeline-coverage")).toEqual(
      computeIndicator("pipeline-coverage", data, { asOf: "2026-06-15", forecast: { period: "2026-Q2" } }),
    );
    expect(byId.get("stage-conversion")).toEqual(
      computeIndicator("stage-conversion", data, { stages: STAGES, period: "2026-Q2", asOf: "2026-06-15" }),
    );
    expect(byId.get("forecast-accuracy")).toEqual(
      computeIndicator("forecast-accuracy", data, {
        period: "2026-Q2",
        forecastAsOf: "2026-04-01",
        asOf: "2026-06-15",
      }),
    );
    expect(byId.get("pipeline-ageing")).toEqual(computeIndicator("pipeline-ageing", data, { asOf: "2026-06-15" }));
  });

  it("lists them under skipped, with the missing kinds, otherwise", () => {
    const dealsOnly = computeReport(
      { deals, stageProbabilities },
      { period: "2026-Q2", asOf: "2026-06-15", ids: DEAL_IDS },
    );
    expect(dealsOnly.results.map((entry) => entry.id)).toEqual([
      "win-rate",
      "average-deal-size",
      "sales-cycle-length",
      "sales-velocity",
      "slipped-deals",
      "pipeline-ageing",
    ]);
    expect(dealsOnly.skipped).toEqual([
      { id: "pipeline-coverage", missing: ["order", "revenue-target"] },
      { id: "stage-conversion", missing: ["stage-change"] },
      { id: "forecast-accuracy", missing: ["order"] },
    ]);
    const nothing = computeReport({}, { period: "2026-Q2", asOf: "2026-06-15", ids: DEAL_IDS });
    expect(nothing.results).toEqual([]);
    expect(nothing.skipped.map((entry) => [entry.id, entry.missing])).toEqual([
      ["win-rate", ["deal"]],
      ["average-deal-size", ["deal"]],
      ["sales-cycle-length", ["deal"]],
      ["sales-velocity", ["deal"]],
      ["pipeline-coverage", ["deal", "order", "revenue-target"]],
      ["stage-conversion", ["deal", "stage-change"]],
      ["slipped-deals", ["deal"]],
      ["pipeline-ageing", ["deal"]],
      ["forecast-accuracy", ["deal", "order"]],
    ]);
  });
});
