/**
 * The customer and attainment indicators by catalogue id: the same results as the direct calls on
 * the sample dataset, errors that name the option, and their place in reports.
 */
import { describe, expect, it } from "vitest";
import { InvalidIndicatorOptionsError } from "../../errors/index.js";
import { attainmentDistribution } from "../../indicators/customers/attainmentDistribution.js";
import { newCustomerRevenue } from "../../indicators/customers/newCustomerRevenue.js";
import { newVsExistingRevenue } from "../../indicators/customers/newVsExistingRevenue.js";
import { renewalRate } from "../../indicators/customers/renewalRate.js";
import { resultFromJSON } from "../../model/resultJson.js";
import { parsePeriod } from "../../period/parsePeriod.js";
import { generateSampleDataset } from "../../sample/generateSampleDataset.js";
import { orderTable } from "../../table/orderTable.js";
import { computeIndicator } from "../computeIndicator.js";
import { computeReport, IndicatorReportSchema } from "../computeReport.js";
import { CATALOGUE } from "../entries/index.js";
import { INDICATOR_DEFINITIONS } from "../registry.js";
import { CUSTOMER_DEFINITIONS } from "./customers.js";

const data = generateSampleDataset();
const { asOf, sellers } = data;
const quarter = parsePeriod("2026-Q2");
const IDS = ["new-customer-revenue", "customer-renewal-rate", "new-vs-existing-revenue", "attainment-distribution"];

describe("the customer definitions", () => {
  it("are registered, in catalogue order, after the headline ones", () => {
    expect(CUSTOMER_DEFINITIONS.map((definition) => definition.id)).toEqual(IDS);
    const entryIds = CATALOGUE.map((entry) => entry.id);
    const definitionIds = INDICATOR_DEFINITIONS.map((definition) => definition.id);
    for (const ids of [entryIds, definitionIds]) {
      const positions = IDS.map((id) => ids.indexOf(id));
      expect(positions.every((position) => position >= 5)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(positions[3]! - positions[0]!).toBe(3);
    }
  });
});

describe("computeIndicator equals the direct call on the sample dataset", () => {
  it("new-customer-revenue", () => {
    const direct = newCustomerRevenue(data.orders, { sellers, period: quarter, asOf });
    expect(computeIndicator("new-customer-revenue", data, { period: quarter, asOf })).toEqual(direct);
    expect(computeIndicator("new-customer-revenue", data, { period: "2026-Q2", asOf: "2026-06-15" })).toEqual(direct);
    expect(direct.newCustomers.customerCount).toBeGreaterThan(0);
  });

  it("new-customer-revenue with a scope, a zone and explain, from an order table", () => {
    const options = { scope: { level: "team", teamId: "north" }, timeZone: "Europe/Paris", explain: true } as const;
    const direct = newCustomerRevenue(data.orders, {
      ...options,
      sellers,
      period: parsePeriod("2026-Q2", { timeZone: "Europe/Paris" }),
      asOf: new Date("2026-06-14T22:00:00Z"),
    });
    const viaCatalogue = computeIndicator(
      "new-customer-revenue",
      { ...data, orders: orderTable(data.orders) },
      { ...options, period: "2026-Q2", asOf: "2026-06-15" },
    );
    expect(viaCatalogue).toEqual(direct);
    expect(viaCatalogue.explain?.newCustomers.length).toBe(viaCatalogue.newCustomers.customerCount);
  });

  it("customer-renewal-rate, with the default and a given previous period", () => {
    const direct = renewalRate(data.orders, { sellers, period: quarter, asOf });
    expect(computeIndicator("customer-renewal-rate", data, { period: "2026-Q2", asOf: "2026-06-15" })).toEqual(direct);
    const half = { start: new Date("2025-07-01T00:00:00Z"), end: new Date("2026-01-01T00:00:00Z") };
    const given = renewalRate(data.orders, { sellers, period: quarter, previousPeriod: half, asOf });
    const viaCatalogue = computeIndicator("customer-renewal-rate", data, {
      period: "2026-Q2",
      previousPeriod: { start: "2025-07-01", end: "2026-01-01" },
      asOf: "2026-06-15",
    });
    expect(viaCatalogue).toEqual(given);
    expect(viaCatalogue.previousBasis).toBe("given");
  });

  it("new-vs-existing-revenue", () => {
    const direct = newVsExistingRevenue(data.orders, { sellers, period: quarter, asOf, currency: "EUR" });
    expect(
      computeIndicator("new-vs-existing-revenue", data, { period: "2026-Q2", asOf: "2026-06-15", currency: "EUR" }),
    ).toEqual(direct);
  });

  it("attainment-distribution", () => {
    const direct = attainmentDistribution(data.orders, {
      targets: data.revenueTargets,
      sellers,
      period: quarter,
      asOf,
      dayCount: "business",
    });
    const viaCatalogue = computeIndicator("attainment-distribution", data, {
      period: "2026-Q2",
      asOf: "2026-06-15",
      dayCount: "business",
    });
    expect(viaCatalogue).toEqual(direct);
    expect(viaCatalogue.sellersWithTarget).toBeGreaterThan(0);
  });
});

describe("computeIndicator refuses a bad customer option, naming it", () => {
  it("an option the indicator does not take", () => {
    expect(() =>
      computeIndicator("customer-renewal-rate", data, { period: "2026-Q2", range: "2026-Q2" } as never),
    ).toThrow(/customer-renewal-rate.*option range: is not a known option \(it takes period, previousPeriod, asOf, /);
    expect(() =>
      computeIndicator("attainment-distribution", data, { period: "2026-Q2", targets: [] } as never),
    ).toThrow(InvalidIndicatorOptionsError);
  });

  it("a previous period that does not read", () => {
    expect(() =>
      computeIndicator("customer-renewal-rate", data, { period: "2026-Q2", previousPeriod: "2026-Q5" }),
    ).toThrow(/customer-renewal-rate.*option previousPeriod: unknown period label "2026-Q5"/);
  });
});

describe("computeReport and the customer indicators", () => {
  it("includes them when the orders (and revenue targets) are given, as computeIndicator computes them", () => {
    const report = computeReport(data, { period: "2026-Q2", asOf: "2026-06-15" });
    const byId = new Map(report.results.map((entry) => [entry.id, entry.result]));
    const options = { period: "2026-Q2", asOf: "2026-06-15" } as const;
    expect(byId.get("new-customer-revenue")).toEqual(computeIndicator("new-customer-revenue", data, options));
    expect(byId.get("customer-renewal-rate")).toEqual(computeIndicator("customer-renewal-rate", data, options));
    expect(byId.get("new-vs-existing-revenue")).toEqual(computeIndicator("new-vs-existing-revenue", data, options));
    expect(byId.get("attainment-distribution")).toEqual(computeIndicator("attainment-distribution", data, options));
    expect(report.skipped.filter((entry) => IDS.includes(entry.id))).toEqual([]);
    expect(resultFromJSON(IndicatorReportSchema, JSON.stringify(report))).toEqual(report);
  });

  it("passes the report's zone, currency and day count", () => {
    const paris = computeReport(data, {
      period: "2026-Q2",
      asOf: "2026-06-15",
      timeZone: "Europe/Paris",
      currency: "EUR",
      dayCount: "business",
      ids: ["customer-renewal-rate", "attainment-distribution"],
    });
    expect(paris.results.map((entry) => entry.id)).toEqual(["customer-renewal-rate", "attainment-distribution"]);
    const common = { period: "2026-Q2", asOf: "2026-06-15", timeZone: "Europe/Paris", currency: "EUR" } as const;
    expect(paris.results[0]?.result).toEqual(computeIndicator("customer-renewal-rate", data, common));
    expect(paris.results[1]?.result).toEqual(
      computeIndicator("attainment-distribution", data, { ...common, dayCount: "business" }),
    );
  });

  it("lists them under skipped, with the missing kinds, otherwise", () => {
    const ordersOnly = computeReport(
      { orders: data.orders, sellers },
      { period: "2026-Q2", asOf: "2026-06-15", ids: IDS as never },
    );
    expect(ordersOnly.results.map((entry) => entry.id)).toEqual(IDS.slice(0, 3));
    expect(ordersOnly.skipped).toEqual([{ id: "attainment-distribution", missing: ["revenue-target"] }]);
    const dealsOnly = computeReport(
      { deals: data.deals, stageProbabilities: data.stageProbabilities },
      { period: "2026-Q2", asOf: "2026-06-15" },
    );
    expect(dealsOnly.skipped.filter((entry) => IDS.includes(entry.id))).toEqual([
      { id: "new-customer-revenue", missing: ["order"] },
      { id: "customer-renewal-rate", missing: ["order"] },
      { id: "new-vs-existing-revenue", missing: ["order"] },
      { id: "attainment-distribution", missing: ["order", "revenue-target"] },
    ]);
  });
});
