import { describe, expect, it } from "vitest";
import { InvalidArgumentError, InvalidIndicatorOptionsError, UnknownIndicatorError } from "../errors/index.js";
import { activityRate } from "../indicators/activity/activityRate.js";
import { lostDeals } from "../indicators/lostDeals/lostDeals.js";
import { pipeline } from "../indicators/pipeline/pipeline.js";
import { revenuePerSeller } from "../indicators/revenue/revenuePerSeller.js";
import { revenueVsTarget } from "../indicators/revenue/revenueVsTarget.js";
import { parsePeriod } from "../period/parsePeriod.js";
import { generateSampleDataset } from "../sample/generateSampleDataset.js";
import { orderTable } from "../table/orderTable.js";
import { computeIndicator } from "./computeIndicator.js";
import { INDICATOR_DEFINITIONS } from "./registry.js";
import { SALES_FLOW_ENTRIES } from "./entries/salesFlow.js";

const data = generateSampleDataset();
const { asOf, sellers } = data;
const quarter = parsePeriod("2026-Q2");

/** An id as a command line gives it: a `string`, checked at run time only. */
function fromCommandLine(id: string): string {
  return id;
}

/** The thrown error, for its fields. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("computeIndicator equals the direct call on the sample dataset", () => {
  it("revenue-vs-target", () => {
    const direct = revenueVsTarget(data.orders, { targets: data.revenueTargets, sellers, period: quarter, asOf });
    expect(computeIndicator("revenue-vs-target", data, { period: quarter, asOf })).toEqual(direct);
    // The same options as JSON text: a label and an ISO date.
    expect(computeIndicator("revenue-vs-target", data, { period: "2026-Q2", asOf: "2026-06-15" })).toEqual(direct);
  });

  it("revenue-vs-target with a scope, thresholds, a zone and explain", () => {
    const options = {
      scope: { level: "team", teamId: "north" },
      thresholds: { good: "1.1", watch: "0.9" },
      timeZone: "Europe/Paris",
      explain: true,
    } as const;
    const paris = parsePeriod("2026-Q2", { timeZone: "Europe/Paris" });
    const direct = revenueVsTarget(data.orders, {
      ...options,
      targets: data.revenueTargets,
      sellers,
      period: paris,
      asOf: new Date("2026-06-14T22:00:00Z"),
    });
    const viaCatalogue = computeIndicator("revenue-vs-target", data, {
      ...options,
      period: "2026-Q2",
      asOf: "2026-06-15",
    });
    expect(viaCatalogue).toEqual(direct);
    expect(viaCatalogue.period.timeZone).toBe("Europe/Paris");
    expect(viaCatalogue.explain?.orders.length).toBe(viaCatalogue.orderCount);
  });

  it("revenue-per-seller", () => {
    // Bounds without a label: the result's range is the one given.
    const direct = revenuePerSeller(data.orders, {
      range: { start: quarter.start, end: quarter.end },
      asOf,
      sellers,
      targets: data.revenueTargets,
      activities: data.activities,
      trailingBuckets: 2,
    });
    const viaCatalogue = computeIndicator("revenue-per-seller", data, {
      range: { start: "2026-04-01", end: "2026-07-01" },
      asOf: "2026-06-15T00:00:00Z",
      trailingBuckets: 2,
    });
    expect(viaCatalogue).toEqual(direct);
  });

  it("pipeline, with a forecast from the data's orders and targets", () => {
    const direct = pipeline(data.deals, {
      asOf,
      sellers,
      grain: "quarter",
      stageProbabilities: data.stageProbabilities,
      forecast: { period: quarter, orders: data.orders, targets: data.revenueTargets },
    });
    const viaCatalogue = computeIndicator("pipeline", data, {
      asOf,
      grain: "quarter",
      forecast: { period: "2026-Q2" },
    });
    expect(viaCatalogue).toEqual(direct);
    expect(viaCatalogue.forecast?.period.label).toBe("2026-Q2");
  });

  it("activity-rate", () => {
    const direct = activityRate(data.activities, { targets: data.activityTargets, sellers, period: quarter, asOf });
    expect(computeIndicator("activity-rate", data, { period: "2026-Q2", asOf: "2026-06-15" })).toEqual(direct);
  });

  it("lost-deals", () => {
    const range = parsePeriod("2026");
    const direct = lostDeals(data.deals, {
      range,
      asOf,
      sellers,
      reasonCategories: data.lossReasonCategories,
      spike: { k: "1.5", trailingBuckets: 3 },
    });
    const viaCatalogue = computeIndicator("lost-deals", data, {
      range: "2026",
      asOf: "2026-06-15",
      spike: { k: "1.5", trailingBuckets: 3 },
    });
    expect(viaCatalogue).toEqual(direct);
    expect(viaCatalogue.buckets.some((bucket) => bucket.flags.includes("spike"))).toBe(true);
  });

  it("reads options parsed from JSON text", () => {
    const options: unknown = JSON.parse('{ "range": "2026-Q2", "asOf": "2026-06-15", "grain": "week" }');
    const viaCatalogue = computeIndicator(fromCommandLine("lost-deals"), data, options);
    expect(viaCatalogue).toEqual(
      lostDeals(data.deals, {
        range: quarter,
        asOf,
        grain: "week",
        sellers,
        reasonCategories: data.lossReasonCategories,
      }),
    );
  });

  it("takes tables as the data's records", () => {
    const withTable = { ...data, orders: orderTable(data.orders) };
    expect(computeIndicator("revenue-vs-target", withTable, { period: "2026-Q2" })).toEqual(
      computeIndicator("revenue-vs-target", data, { period: "2026-Q2" }),
    );
  });
});

describe("computeIndicator refuses, naming the id and the option", () => {
  it("an unknown id, naming it and the known ids", () => {
    const error = thrown(() => computeIndicator(fromCommandLine("pipline"), data, {}));
    expect(error).toBeInstanceOf(UnknownIndicatorError);
    expect(error).toMatchObject({
      code: "UNKNOWN_INDICATOR",
      id: "pipline",
      knownIds: INDICATOR_DEFINITIONS.map((definition) => definition.id),
    });
    // Every group's ids are among the known ones, in catalogue order.
    const { knownIds } = error as UnknownIndicatorError;
    expect(knownIds.slice(0, 5)).toEqual([
      "revenue-vs-target",
      "revenue-per-seller",
      "pipeline",
      "activity-rate",
      "lost-deals",
    ]);
    const customers = [
      "new-customer-revenue",
      "customer-renewal-rate",
      "new-vs-existing-revenue",
      "attainment-distribution",
    ];
    expect(knownIds.filter((id) => customers.includes(id))).toEqual(customers);
    expect(knownIds.filter((id) => SALES_FLOW_ENTRIES.some((entry) => entry.id === id))).toEqual(
      SALES_FLOW_ENTRIES.map((entry) => entry.id),
    );
    expect(SALES_FLOW_ENTRIES).toHaveLength(6);
    for (const known of ["win-rate", "forecast-accuracy"]) expect(knownIds).toContain(known);
    for (const known of ["customer-satisfaction", "delivery-lead-time"]) expect(knownIds).toContain(known);
    const operations = [
      "visited-customers",
      "visit-duration",
      "service-cancellations",
      "revenue-per-month-per-seller",
      "hours-sold",
      "representation-expense-ratio",
      "margin-to-commercial-expenses",
      "discounts",
    ];
    expect(knownIds.filter((id) => operations.includes(id))).toEqual(operations);
    expect(thrown(() => computeIndicator(42 as unknown as string, data, {}))).toMatchObject({ id: "(number)" });
    expect(thrown(() => computeIndicator(fromCommandLine("__proto__"), data, {}))).toBeInstanceOf(
      UnknownIndicatorError,
    );
  });

  it.each([
    [
      "an unknown option",
      "pipeline",
      { asOf: "2026-06-15", range: "2026-Q2" },
      "range",
      /is not a known option \(it takes asOf, grain, forecast, /,
    ],
    ["a missing option", "pipeline", {}, "asOf", /^is required$/],
    ["a wrong type", "pipeline", { asOf: 3 }, "asOf", /expected a Date or an ISO 8601 date.*not a number \(3\)/],
    ["a bad date", "pipeline", { asOf: "2026-02-30" }, "asOf", /2026-02-30 is not a calendar date/],
    ["a bad label", "activity-rate", { period: "2026-Q5" }, "period", /unknown period label "2026-Q5"/],
    ["a bad bound", "lost-deals", { range: { start: "2026-04-01", end: "soon" } }, "range.end", /soon/],
    [
      "a nested option",
      "revenue-vs-target",
      { period: "2026-Q2", thresholds: { good: {} } },
      "thresholds.good",
      /expected a decimal string/,
    ],
    [
      "a nested unknown key",
      "lost-deals",
      { range: "2026", spike: { history: 3 } },
      "spike.history",
      /is not a known option$/,
    ],
    ["a grain the pipeline does not take", "pipeline", { asOf: "2026-06-15", grain: "week" }, "grain", /week/],
    ["a by-customer form", "revenue-per-seller", { range: "2026", by: "customer" }, "by", /is not a known option/],
    [
      "a roster in the options (it is data)",
      "lost-deals",
      { range: "2026", sellers: [] },
      "sellers",
      /is not a known option/,
    ],
    ["a fiscal label with calendar years", "lost-deals", { range: "FY2026/27" }, "range", /names a fiscal year/],
  ])("%s", (_name, id, options, option, problem) => {
    const error = thrown(() => computeIndicator(fromCommandLine(id), data, options));
    expect(error).toBeInstanceOf(InvalidIndicatorOptionsError);
    const { indicator, option: named, problem: text, message } = error as InvalidIndicatorOptionsError;
    expect([indicator, named]).toEqual([id, option]);
    expect(text).toMatch(problem);
    expect(message).toContain(`indicator "${id}", option ${option}: `);
  });

  it("options that are not an object", () => {
    for (const options of [null, 3, "2026-Q2", []]) {
      expect(thrown(() => computeIndicator(fromCommandLine("lost-deals"), data, options))).toMatchObject({
        code: "INVALID_INDICATOR_OPTIONS",
        indicator: "lost-deals",
        option: "",
      });
    }
  });

  it("data that is not an object, or lacks a required kind", () => {
    expect(() => computeIndicator("lost-deals", null as never, { range: "2026" })).toThrow(InvalidArgumentError);
    expect(() => computeIndicator("revenue-vs-target", { orders: data.orders }, { period: "2026" })).toThrow(
      '[crm-kpi] indicator "revenue-vs-target" needs data.revenueTargets',
    );
    expect(() => computeIndicator("activity-rate", {}, { period: "2026" })).toThrow(
      "needs data.activities and data.activityTargets",
    );
  });

  it("leaves the indicator's own checks to it", () => {
    expect(() =>
      computeIndicator("revenue-vs-target", data, { period: "2026", thresholds: { good: "0.5", watch: "0.9" } }),
    ).toThrow(InvalidArgumentError);
  });
});
