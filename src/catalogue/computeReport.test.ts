import { describe, expect, it } from "vitest";
import { InvalidArgumentError, UnknownIndicatorError, UnknownStageError } from "../errors/index.js";
import { resultFromJSON } from "../model/resultJson.js";
import { generateSampleDataset } from "../sample/generateSampleDataset.js";
import { computeIndicator } from "./computeIndicator.js";
import { computeReport, IndicatorReportSchema } from "./computeReport.js";
import { INDICATOR_DEFINITIONS } from "./registry.js";

const data = generateSampleDataset();
/** Every registered id, in catalogue order (each group adds its own). */
const ALL = INDICATOR_DEFINITIONS.map((definition) => definition.id);
const HEADLINE = ["revenue-vs-target", "revenue-per-seller", "pipeline", "activity-rate", "lost-deals"];
const CUSTOMERS = [
  "new-customer-revenue",
  "customer-renewal-rate",
  "new-vs-existing-revenue",
  "attainment-distribution",
];
const OPERATIONS = [
  "visited-customers",
  "visit-duration",
  "service-cancellations",
  "revenue-per-month-per-seller",
  "hours-sold",
  "representation-expense-ratio",
  "margin-to-commercial-expenses",
  "discounts",
];

describe("computeReport", () => {
  const report = computeReport(data, { period: "2026-Q2", asOf: "2026-06-15" });

  it("computes every indicator the sample's records allow, each as computeIndicator does", () => {
    const computed = report.results.map((entry) => entry.id);
    expect(computed.slice(0, 5)).toEqual(HEADLINE);
    expect(computed.filter((id) => CUSTOMERS.includes(id))).toEqual(CUSTOMERS);
    expect(computed.filter((id) => OPERATIONS.includes(id))).toEqual(OPERATIONS);
    expect(computed).toEqual(ALL.filter((id) => computed.includes(id)));
    expect(report.skipped.filter((entry) => [...HEADLINE, ...CUSTOMERS].includes(entry.id))).toEqual([]);
    expect(report.period).toEqual({
      start: new Date("2026-04-01T00:00:00Z"),
      end: new Date("2026-07-01T00:00:00Z"),
      label: "2026-Q2",
      timeZone: "UTC",
    });
    expect(report.asOf).toEqual(data.asOf);
    const byId = new Map(report.results.map((entry) => [entry.id, entry.result]));
    expect(byId.get("revenue-vs-target")).toEqual(
      computeIndicator("revenue-vs-target", data, { period: "2026-Q2", asOf: "2026-06-15" }),
    );
    expect(byId.get("revenue-per-seller")).toEqual(
      computeIndicator("revenue-per-seller", data, { range: "2026-Q2", asOf: "2026-06-15" }),
    );
    expect(byId.get("pipeline")).toEqual(
      computeIndicator("pipeline", data, { asOf: "2026-06-15", forecast: { period: "2026-Q2" } }),
    );
    expect(byId.get("activity-rate")).toEqual(
      computeIndicator("activity-rate", data, { period: "2026-Q2", asOf: "2026-06-15" }),
    );
    expect(byId.get("lost-deals")).toEqual(
      computeIndicator("lost-deals", data, { range: "2026-Q2", asOf: "2026-06-15" }),
    );
  });

  it("reads back from its JSON text, every result by its own schema", () => {
    const text = JSON.stringify(report);
    const back = resultFromJSON(IndicatorReportSchema, text);
    expect(JSON.stringify(back)).toBe(text);
    expect(back).toEqual(report);
  });

  it("names, for each indicator it skips, the records it would need", () => {
    const dealsOnly = computeReport(
      { deals: data.deals, stageProbabilities: data.stageProbabilities },
      {
        period: "2026-Q2",
        asOf: "2026-06-15",
      },
    );
    expect(dealsOnly.results.map((entry) => entry.id).slice(0, 2)).toEqual(["pipeline", "lost-deals"]);
    expect(dealsOnly.results.map((entry) => entry.id).filter((id) => CUSTOMERS.includes(id))).toEqual([]);
    expect(dealsOnly.skipped.filter((entry) => [...HEADLINE, ...CUSTOMERS].includes(entry.id))).toEqual([
      { id: "revenue-vs-target", missing: ["order", "revenue-target"] },
      { id: "revenue-per-seller", missing: ["order"] },
      { id: "activity-rate", missing: ["activity", "activity-target"] },
      { id: "new-customer-revenue", missing: ["order"] },
      { id: "customer-renewal-rate", missing: ["order"] },
      { id: "new-vs-existing-revenue", missing: ["order"] },
      { id: "attainment-distribution", missing: ["order", "revenue-target"] },
    ]);
    // Without orders the pipeline has no forecast.
    const pipelineEntry = dealsOnly.results.find((entry) => entry.id === "pipeline");
    expect(pipelineEntry?.id === "pipeline" ? pipelineEntry.result.forecast : "absent").toBeNull();
    const nothing = computeReport({}, { period: "2026-Q2", asOf: "2026-06-15" });
    expect(nothing.results).toEqual([]);
    expect(nothing.skipped.map((entry) => entry.id)).toEqual(ALL);
    expect(resultFromJSON(IndicatorReportSchema, JSON.stringify(nothing))).toEqual(nothing);
  });

  it("counts an empty array as given: the indicator computes, with zeros", () => {
    const empty = computeReport(
      { orders: [], revenueTargets: [] },
      { period: "2026-Q2", asOf: "2026-06-15", ids: ["revenue-vs-target"] },
    );
    expect(empty.results).toHaveLength(1);
    const [first] = empty.results;
    expect(first?.id === "revenue-vs-target" ? first.result.realized.toString() : null).toBe("0");
  });

  it("computes only the ids asked for, once each, in catalogue order", () => {
    const some = computeReport(data, {
      period: "2026-Q2",
      asOf: "2026-06-15",
      ids: ["lost-deals", "revenue-vs-target", "lost-deals"],
    });
    expect(some.results.map((entry) => entry.id)).toEqual(["revenue-vs-target", "lost-deals"]);
    expect(() =>
      computeReport(data, { period: "2026-Q2", asOf: "2026-06-15", ids: ["lost-deal" as "lost-deals"] }),
    ).toThrow(UnknownIndicatorError);
  });

  it("passes the report's zone, currency and day count to the indicators", () => {
    const paris = computeReport(data, {
      period: "2026-Q2",
      asOf: "2026-06-15",
      timeZone: "Europe/Paris",
      currency: "EUR",
      dayCount: "business",
      ids: ["revenue-vs-target"],
    });
    expect(paris.period.timeZone).toBe("Europe/Paris");
    expect(paris.asOf.toISOString()).toBe("2026-06-14T22:00:00.000Z");
    expect(paris.results[0]?.result).toEqual(
      computeIndicator("revenue-vs-target", data, {
        period: "2026-Q2",
        asOf: "2026-06-15",
        timeZone: "Europe/Paris",
        currency: "EUR",
        dayCount: "business",
      }),
    );
  });

  it("refuses bad options with the option named", () => {
    expect(() => computeReport(data, { period: "2026-Q2" } as never)).toThrow(
      "[crm-kpi] computeReport option asOf: is required",
    );
    expect(() => computeReport(data, { period: "2026-13", asOf: "2026-06-15" })).toThrow(
      /computeReport option period: unknown period label "2026-13"/,
    );
    expect(() => computeReport(data, { period: "2026-Q2", asOf: "2026-06-15", grain: "week" } as never)).toThrow(
      /computeReport option grain: is not a known option \(it takes period, asOf, ids, /,
    );
    expect(() => computeReport(data, null as never)).toThrow(InvalidArgumentError);
    expect(() => computeReport(null as never, { period: "2026-Q2", asOf: "2026-06-15" })).toThrow(InvalidArgumentError);
  });

  it("throws the errors of the records rather than hiding them", () => {
    // Open deals at asOf without a probability need the stage map.
    expect(() => computeReport({ deals: data.deals }, { period: "2026-Q2", asOf: "2026-06-15" })).toThrow(
      UnknownStageError,
    );
  });
});
