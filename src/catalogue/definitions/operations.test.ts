/**
 * The operational indicators by catalogue id: the same results as the direct calls on the sample
 * dataset, errors that name the option, and their place in reports.
 */
import { describe, expect, it } from "vitest";
import { InvalidIndicatorOptionsError } from "../../errors/index.js";
import { discounts } from "../../indicators/operations/discounts.js";
import { hoursSold } from "../../indicators/operations/hoursSold.js";
import { marginToCommercialExpenses } from "../../indicators/operations/marginToCommercialExpenses.js";
import { representationExpenseRatio } from "../../indicators/operations/representationExpenseRatio.js";
import { serviceCancellations } from "../../indicators/operations/serviceCancellations.js";
import { visitDuration } from "../../indicators/operations/visitDuration.js";
import { visitedCustomers } from "../../indicators/operations/visitedCustomers.js";
import { revenuePerSeller } from "../../indicators/revenue/revenuePerSeller.js";
import { resultFromJSON } from "../../model/resultJson.js";
import { parsePeriod } from "../../period/parsePeriod.js";
import { generateSampleDataset } from "../../sample/generateSampleDataset.js";
import { activityTable } from "../../table/activityTable.js";
import { computeIndicator } from "../computeIndicator.js";
import { computeReport, IndicatorReportSchema } from "../computeReport.js";
import { CATALOGUE } from "../entries/index.js";
import { INDICATOR_DEFINITIONS } from "../registry.js";
import { OPERATIONS_DEFINITIONS } from "./operations.js";

const data = generateSampleDataset();
const { asOf, sellers } = data;
const range = parsePeriod("2026-Q2");
const text = { range: "2026-Q2", asOf: "2026-06-15" } as const;
const IDS = [
  "visited-customers",
  "visit-duration",
  "service-cancellations",
  "revenue-per-month-per-seller",
  "hours-sold",
  "representation-expense-ratio",
  "margin-to-commercial-expenses",
  "discounts",
];

describe("the operations definitions", () => {
  it("are registered, in catalogue order, after the headline ones", () => {
    expect(OPERATIONS_DEFINITIONS.map((definition) => definition.id)).toEqual(IDS);
    const entryIds = CATALOGUE.map((entry) => entry.id);
    const definitionIds = INDICATOR_DEFINITIONS.map((definition) => definition.id);
    for (const ids of [entryIds, definitionIds]) {
      const positions = IDS.map((id) => ids.indexOf(id));
      expect(positions.every((position) => position >= 5)).toBe(true);
      expect(positions[7]! - positions[0]!).toBe(7);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });
});

describe("computeIndicator equals the direct call on the sample dataset", () => {
  it("visited-customers, also from an activity table with a scope and explain", () => {
    const direct = visitedCustomers(data.activities, { sellers, range, asOf });
    expect(computeIndicator("visited-customers", data, text)).toEqual(direct);
    expect(computeIndicator("visited-customers", data, { range, asOf })).toEqual(direct);
    expect(direct.totals.visits).toBeGreaterThan(0);
    const options = { scope: { level: "team", teamId: "north" }, explain: true, grain: "month" } as const;
    expect(
      computeIndicator(
        "visited-customers",
        { ...data, activities: activityTable(data.activities) },
        {
          ...text,
          ...options,
        },
      ),
    ).toEqual(visitedCustomers(data.activities, { ...options, sellers, range, asOf }));
  });

  it("visit-duration", () => {
    const direct = visitDuration(data.activities, { sellers, range, asOf, durationUnit: "days" });
    expect(computeIndicator("visit-duration", data, { ...text, durationUnit: "days" })).toEqual(direct);
  });

  it("service-cancellations", () => {
    const direct = serviceCancellations(data.activities, { sellers, range, asOf, types: ["visit"] });
    expect(computeIndicator("service-cancellations", data, { ...text, types: ["visit"] })).toEqual(direct);
  });

  it("revenue-per-month-per-seller is revenue per seller at the month grain", () => {
    const direct = revenuePerSeller(data.orders, {
      sellers,
      targets: data.revenueTargets,
      activities: data.activities,
      range,
      asOf,
      grain: "month",
    });
    const viaCatalogue = computeIndicator("revenue-per-month-per-seller", data, text);
    expect(viaCatalogue).toEqual(direct);
    expect(viaCatalogue).toEqual(computeIndicator("revenue-per-seller", data, { ...text, grain: "month" }));
    expect(viaCatalogue.grain).toBe("month");
  });

  it("hours-sold", () => {
    expect(computeIndicator("hours-sold", data, text)).toEqual(hoursSold(data.orders, { sellers, range, asOf }));
  });

  it("representation-expense-ratio", () => {
    const direct = representationExpenseRatio(data.orders, data.expenses, { sellers, range, asOf, currency: "EUR" });
    expect(computeIndicator("representation-expense-ratio", data, { ...text, currency: "EUR" })).toEqual(direct);
  });

  it("margin-to-commercial-expenses, with categories", () => {
    const direct = marginToCommercialExpenses(data.orders, data.expenses, {
      sellers,
      range,
      asOf,
      categories: ["travel", "representation"],
    });
    expect(
      computeIndicator("margin-to-commercial-expenses", data, { ...text, categories: ["travel", "representation"] }),
    ).toEqual(direct);
  });

  it("discounts, in a zone", () => {
    const direct = discounts(data.orders, {
      sellers,
      timeZone: "Europe/Paris",
      range: parsePeriod("2026-Q2", { timeZone: "Europe/Paris" }),
      asOf: new Date("2026-06-14T22:00:00Z"),
    });
    expect(computeIndicator("discounts", data, { ...text, timeZone: "Europe/Paris" })).toEqual(direct);
  });
});

describe("computeIndicator refuses a bad operations option, naming it", () => {
  it("an option the indicator does not take", () => {
    expect(() => computeIndicator("hours-sold", data, { ...text, period: "2026-Q2" } as never)).toThrow(
      /hours-sold.*option period: is not a known option \(it takes range, grain, asOf, /,
    );
    expect(() => computeIndicator("revenue-per-month-per-seller", data, { ...text, grain: "week" } as never)).toThrow(
      /revenue-per-month-per-seller.*option grain: is not a known option/,
    );
    expect(() => computeIndicator("discounts", data, { ...text, expenses: [] } as never)).toThrow(
      InvalidIndicatorOptionsError,
    );
  });

  it("an expense category that does not exist", () => {
    expect(() =>
      computeIndicator("margin-to-commercial-expenses", data, { ...text, categories: ["lunch"] } as never),
    ).toThrow(/margin-to-commercial-expenses.*option categories/);
  });
});

describe("computeReport and the operations indicators", () => {
  it("includes them when their records are given, as computeIndicator computes them", () => {
    const report = computeReport(data, { period: "2026-Q2", asOf: "2026-06-15" });
    const byId = new Map<string, unknown>(report.results.map((entry) => [entry.id, entry.result]));
    for (const id of IDS) expect(byId.get(id)).toEqual(computeIndicator(id, data, text));
    expect(report.skipped.filter((entry) => IDS.includes(entry.id))).toEqual([]);
    expect(resultFromJSON(IndicatorReportSchema, JSON.stringify(report))).toEqual(report);
  });

  it("passes the report's zone and currency", () => {
    const paris = computeReport(data, {
      period: "2026-Q2",
      asOf: "2026-06-15",
      timeZone: "Europe/Paris",
      currency: "EUR",
      ids: ["discounts", "representation-expense-ratio"],
    });
    expect(paris.results.map((entry) => entry.id)).toEqual(["representation-expense-ratio", "discounts"]);
    const common = { ...text, timeZone: "Europe/Paris", currency: "EUR" } as const;
    expect(paris.results[0]?.result).toEqual(computeIndicator("representation-expense-ratio", data, common));
    expect(paris.results[1]?.result).toEqual(computeIndicator("discounts", data, common));
  });

  it("lists them under skipped, with the missing kinds, otherwise", () => {
    const ordersOnly = computeReport(
      { orders: data.orders, sellers },
      { period: "2026-Q2", asOf: "2026-06-15", ids: IDS as never },
    );
    expect(ordersOnly.results.map((entry) => entry.id)).toEqual([
      "revenue-per-month-per-seller",
      "hours-sold",
      "discounts",
    ]);
    expect(ordersOnly.skipped).toEqual([
      { id: "visited-customers", missing: ["activity"] },
      { id: "visit-duration", missing: ["activity"] },
      { id: "service-cancellations", missing: ["activity"] },
      { id: "representation-expense-ratio", missing: ["expense"] },
      { id: "margin-to-commercial-expenses", missing: ["expense"] },
    ]);
    const dealsOnly = computeReport(
      { deals: data.deals, stageProbabilities: data.stageProbabilities },
      { period: "2026-Q2", asOf: "2026-06-15" },
    );
    expect(dealsOnly.skipped.filter((entry) => IDS.includes(entry.id))).toEqual([
      { id: "visited-customers", missing: ["activity"] },
      { id: "visit-duration", missing: ["activity"] },
      { id: "service-cancellations", missing: ["activity"] },
      { id: "revenue-per-month-per-seller", missing: ["order"] },
      { id: "hours-sold", missing: ["order"] },
      { id: "representation-expense-ratio", missing: ["expense", "order"] },
      { id: "margin-to-commercial-expenses", missing: ["order", "expense"] },
      { id: "discounts", missing: ["order"] },
    ]);
  });
});
