import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import { activityRate } from "../indicators/activity/activityRate.js";
import { lostDeals } from "../indicators/lostDeals/lostDeals.js";
import { pipeline } from "../indicators/pipeline/pipeline.js";
import { revenueVsTarget } from "../indicators/revenue/revenueVsTarget.js";
import { parseOrders } from "../model/parseOrders.js";
import { periodContaining } from "../period/periodContaining.js";
import { computeIndicator } from "../catalogue/computeIndicator.js";
import { computeReport } from "../catalogue/computeReport.js";
import { InvalidDateError, InvalidIndicatorOptionsError } from "../errors/index.js";
import { generateSampleDataset } from "../sample/generateSampleDataset.js";
import { createKpiContext } from "./createKpiContext.js";

const PARIS = "Europe/Paris";
const orderRows = [
  { id: "o1", date: "2026-10-01", amount: "100", currency: "EUR", sellerId: "s1", customerId: "c1" },
  { id: "o2", date: "2026-09-30", amount: "40", currency: "EUR", sellerId: "s2", customerId: "c1" },
];
// 36,500 over 2026 is 100 a day: Q4 (92 days) is 9,200.
const targetRows = [
  { id: "t1", level: "company", scopeId: "", start: "2026-01-01", end: "2027-01-01", amount: "36500", currency: "EUR" },
];
const sellerRows = [
  { id: "s1", name: "Ann", teamId: "north" },
  { id: "s2", name: "Bo", teamId: "south" },
];
const asOf = new Date("2026-12-31T12:00:00Z");

describe("createKpiContext: the issue's scenario (the zone said once)", () => {
  const kpi = createKpiContext({ timeZone: PARIS, currency: "EUR" });
  const orders = kpi.parseOrders(orderRows).records;
  const targets = kpi.parseRevenueTargets(targetRows).records;

  it("parses in the bound zone: 1 October is Paris midnight", () => {
    expect(orders[0]?.date.toISOString()).toBe("2026-09-30T22:00:00.000Z");
    expect(orders[0]?.date).toEqual(parseOrders(orderRows, { timeZone: PARIS }).records[0]?.date);
  });

  it("the Q4 figure includes the order of 1 October, and the target is 9,200", () => {
    for (const period of [kpi.period("2026-Q4"), kpi.periodContaining(asOf, "quarter")]) {
      const result = kpi.revenueVsTarget(orders, { targets, period });
      expect(result.realized.toString()).toBe("100");
      expect(result.target.toString()).toBe("9200");
      expect(result.period).toEqual({
        start: new Date("2026-09-30T22:00:00Z"),
        end: new Date("2026-12-31T23:00:00Z"),
        label: "2026-Q4",
        timeZone: PARIS,
      });
    }
  });

  it("a period built in another zone than the indicator's throws, naming both zones", () => {
    const utcQuarter = periodContaining(asOf, "quarter");
    expect(() => kpi.revenueVsTarget(orders, { targets, period: utcQuarter })).toThrow(InvalidArgumentError);
    expect(() => kpi.revenueVsTarget(orders, { targets, period: utcQuarter })).toThrow(/"UTC".*"Europe\/Paris"/);
    expect(() => revenueVsTarget(orders, { targets: targets, timeZone: PARIS, period: utcQuarter })).toThrow(
      /"UTC".*"Europe\/Paris"/,
    );
  });

  it("gives what the plain function gives with the same options", () => {
    const period = kpi.period("2026-Q4");
    expect(kpi.revenueVsTarget(orders, { targets, period, asOf })).toEqual(
      revenueVsTarget(orders, { targets: targets, timeZone: PARIS, currency: "EUR", period, asOf }),
    );
  });
});

describe("createKpiContext: methods", () => {
  const kpi = createKpiContext({
    timeZone: PARIS,
    fiscalYearStartMonth: 4,
    currency: "EUR",
    dayCount: "calendar",
    stageProbabilities: { proposal: "0.5" },
    sellers: parseOrdersSellers(),
  });

  function parseOrdersSellers() {
    return createKpiContext({}).parseSellers(sellerRows).records;
  }

  it("reads periods in the bound zone and fiscal year", () => {
    const half = kpi.period("FY2026/27-H1");
    expect(half).toEqual({
      label: "FY2026/27-H1",
      start: new Date("2026-03-31T22:00:00Z"),
      end: new Date("2026-09-30T22:00:00Z"),
      timeZone: PARIS,
    });
    expect(kpi.periodContaining(new Date("2026-05-10T00:00:00Z"), "semester")).toEqual(half);
    expect(kpi.splitRange(half, "quarter").map((bucket) => bucket.label)).toEqual(["FY2026/27-Q1", "FY2026/27-Q2"]);
    expect(() => kpi.period("2026-Q1")).toThrow(/fiscalYearStartMonth is 4/);
  });

  it("every parse function reads dates in the bound zone; a call may give another", () => {
    expect(
      kpi
        .parseDeals([
          {
            id: "d1",
            ownerId: "s1",
            amount: "10",
            currency: "EUR",
            stage: "proposal",
            createdAt: "2026-10-01",
            status: "open",
          },
        ])
        .records[0]?.createdAt.toISOString(),
    ).toBe("2026-09-30T22:00:00.000Z");
    expect(
      kpi
        .parseActivities([{ id: "a1", ownerId: "s1", type: "call", date: "2026-10-01", status: "done" }])
        .records[0]?.date.toISOString(),
    ).toBe("2026-09-30T22:00:00.000Z");
    expect(
      kpi
        .parseActivityTargets([
          {
            id: "t1",
            level: "seller",
            scopeId: "s1",
            type: "call",
            start: "2026-10-01",
            end: "2026-11-01",
            count: "10",
          },
        ])
        .records[0]?.start.toISOString(),
    ).toBe("2026-09-30T22:00:00.000Z");
    expect(kpi.parseOrders(orderRows, { timeZone: "UTC" }).records[0]?.date.toISOString()).toBe(
      "2026-10-01T00:00:00.000Z",
    );
    expect(kpi.parseOrderTable(orderRows).table.size).toBe(2);
    expect(kpi.parseDealTable([]).table.size).toBe(0);
    expect(kpi.parseActivityTable([]).table.size).toBe(0);
    expect(kpi.parseSellers(sellerRows).records.length).toBe(2);
  });

  it("binds the roster, stage map and currency; a call overrides a bound option", () => {
    const orders = kpi.parseOrders(orderRows).records;
    const period = kpi.period("FY2026/27-Q3");
    const grouped = kpi.revenueVsTargetGrouped(orders, { targets: [], period, groupBy: "team" });
    expect(grouped.groups.map((group) => group.result.scope)).toEqual([
      { level: "team", teamId: "north" },
      { level: "team", teamId: "south" },
    ]);
    const deals = kpi.parseDeals([
      {
        id: "d1",
        ownerId: "s1",
        amount: "10",
        currency: "EUR",
        stage: "proposal",
        createdAt: "2026-10-01",
        status: "open",
      },
    ]).records;
    const asOfPipeline = new Date("2026-10-10T00:00:00Z");
    expect(kpi.pipeline(deals, { asOf: asOfPipeline }).totals.weighted.toString()).toBe("5");
    expect(
      kpi.pipeline(deals, { asOf: asOfPipeline, stageProbabilities: { proposal: "0.1" } }).totals.weighted.toString(),
    ).toBe("1");
    expect(kpi.pipeline(deals, { asOf: asOfPipeline })).toEqual(
      pipeline(deals, {
        asOf: asOfPipeline,
        stageProbabilities: { proposal: "0.5" },
        timeZone: PARIS,
        currency: "EUR",
        sellers: kpi.options.sellers ?? [],
      }),
    );
    const utcPeriod = periodContaining(new Date("2026-10-10T00:00:00Z"), "month");
    expect(kpi.revenueVsTarget(orders, { targets: [], period: utcPeriod, timeZone: "UTC" }).period.timeZone).toBe(
      "UTC",
    );
  });

  it("runs every indicator form with the bound options", () => {
    const orders = kpi.parseOrders(orderRows).records;
    const deals = kpi.parseDeals([
      {
        id: "d1",
        ownerId: "s1",
        amount: "10",
        currency: "EUR",
        stage: "closed-lost",
        createdAt: "2026-09-01",
        status: "lost",
        closedAt: "2026-10-02",
      },
    ]).records;
    const activities = kpi.parseActivities([
      { id: "a1", ownerId: "s1", type: "call", date: "2026-10-01", status: "done" },
    ]).records;
    const period = kpi.period("FY2026/27-Q3");
    expect(
      kpi.revenueVsTargetSeries(orders, { targets: [], range: period }).buckets.map((bucket) => bucket.period.label),
    ).toEqual(["2026-10", "2026-11", "2026-12"]);
    expect(kpi.revenuePerSeller(orders, { range: period }).sellers.map((seller) => seller.sellerId)).toEqual([
      "s1",
      "s2",
    ]);
    expect(
      kpi.pipelineGrouped(deals, { asOf: new Date("2026-10-10T00:00:00Z"), groupBy: "seller" }).groups.length,
    ).toBe(2);
    const rate = kpi.activityRate(activities, { targets: [], period });
    expect(rate).toEqual(
      activityRate(activities, {
        targets: [],
        period,
        timeZone: PARIS,
        fiscalYearStartMonth: 4,
        currency: "EUR",
        dayCount: "calendar",
        sellers: kpi.options.sellers ?? [],
      }),
    );
    expect(rate.totalDone).toBe(1);
    expect(
      kpi
        .activityRateSeries(activities, { targets: [], range: period, grain: "month" })
        .buckets.map((bucket) => bucket.label),
    ).toEqual(["2026-10", "2026-11", "2026-12"]);
    expect(kpi.activityRateGrouped(activities, { targets: [], period, groupBy: "seller" }).groups.length).toBe(2);
    const lost = kpi.lostDeals(deals, { range: period });
    expect(lost).toEqual(
      lostDeals(deals, {
        range: period,
        timeZone: PARIS,
        fiscalYearStartMonth: 4,
        currency: "EUR",
        sellers: kpi.options.sellers ?? [],
      }),
    );
    expect(lost.totals.lostCount).toBe(1);
    expect(kpi.lostDealsGrouped(deals, { range: period, groupBy: "seller" }).groups.length).toBeGreaterThan(0);
  });

  it("is frozen, and so are its bound options", () => {
    expect(Object.isFrozen(kpi)).toBe(true);
    expect(Object.isFrozen(kpi.options)).toBe(true);
    const input = { timeZone: PARIS };
    const bound = createKpiContext(input);
    input.timeZone = "UTC";
    expect(bound.period("2026").timeZone).toBe(PARIS);
  });

  it("checks its options when created", () => {
    expect(() => createKpiContext({ timeZone: "Mars/Olympus" })).toThrow(InvalidArgumentError);
    expect(() => createKpiContext({ fiscalYearStartMonth: 0 })).toThrow(/fiscalYearStartMonth/);
    expect(() => createKpiContext(null as never)).toThrow("[crm-kpi] options must be an object, not null");
    expect(() => createKpiContext({ asOf: "not a date" })).toThrow(InvalidDateError);
    expect(() => createKpiContext({ locale: "?" })).toThrow(InvalidArgumentError);
    expect(() => createKpiContext({ period: 1 } as never)).toThrow(
      '[crm-kpi] createKpiContext does not bind "period": it binds timeZone, fiscalYearStartMonth, currency, exchangeRates, sellers, dayCount, stageProbabilities, asOf, locale',
    );
  });

  it("without a bound zone, an indicator takes the zone of the period it is given", () => {
    const plain = createKpiContext({});
    const orders = parseOrders(orderRows, { timeZone: PARIS }).records;
    const result = plain.revenueVsTarget(orders, {
      targets: [],
      period: createKpiContext({ timeZone: PARIS }).period("2026-Q4"),
    });
    expect(result.realized.toString()).toBe("100");
    expect(result.period.timeZone).toBe(PARIS);
  });
});

describe("createKpiContext: the catalogue forms", () => {
  const data = generateSampleDataset({ sellers: 4, orders: 400, deals: 200, activities: 400 });
  const { sellers, stageProbabilities, ...records } = data;
  const kpi = createKpiContext({ timeZone: PARIS, currency: "EUR", asOf: "2026-06-15", sellers, stageProbabilities });
  const parisAsOf = new Date("2026-06-14T22:00:00Z");

  it("reads the bound asOf in the bound zone", () => {
    expect(kpi.options.asOf).toEqual(parisAsOf);
  });

  it("computes an indicator with the bound zone, asOf, roster and stage map", () => {
    const bound = kpi.computeIndicator("pipeline", records, {});
    const plain = computeIndicator("pipeline", data, { asOf: parisAsOf, timeZone: PARIS, currency: "EUR" });
    expect(bound).toEqual(plain);
    expect(bound.asOf).toEqual(parisAsOf);
  });

  it("passes each indicator only the bound options its schema takes", () => {
    // customer-satisfaction takes no currency: the bound one is not passed to it.
    const bound = kpi.computeIndicator("customer-satisfaction", records, { period: "2026-Q2" });
    expect(bound).toEqual(
      computeIndicator("customer-satisfaction", data, { period: "2026-Q2", asOf: parisAsOf, timeZone: PARIS }),
    );
  });

  it("lets a call override a bound option, and the data's own roster win", () => {
    const utc = kpi.computeIndicator("win-rate", records, { period: "2026-Q2", asOf: "2026-05-01", timeZone: "UTC" });
    expect(utc).toEqual(
      computeIndicator("win-rate", data, { period: "2026-Q2", asOf: "2026-05-01", timeZone: "UTC", currency: "EUR" }),
    );
    const alone = sellers.slice(0, 1);
    const own = kpi.computeIndicator("revenue-per-seller", { ...records, sellers: alone }, { range: "2026-Q2" });
    expect(own.sellers.map((seller) => seller.sellerId)).toEqual(
      computeIndicator(
        "revenue-per-seller",
        { ...data, sellers: alone },
        { range: "2026-Q2", asOf: parisAsOf, timeZone: PARIS, currency: "EUR" },
      ).sellers.map((seller) => seller.sellerId),
    );
  });

  it("computes a report with the bound defaults", () => {
    const bound = kpi.computeReport(records, { period: "2026-Q2", ids: ["pipeline", "win-rate", "visited-customers"] });
    const plain = computeReport(data, {
      period: "2026-Q2",
      asOf: parisAsOf,
      timeZone: PARIS,
      currency: "EUR",
      ids: ["pipeline", "win-rate", "visited-customers"],
    });
    expect(bound).toEqual(plain);
    expect(bound.period.timeZone).toBe(PARIS);
    expect(bound.asOf).toEqual(parisAsOf);
  });

  it("keeps the catalogue's errors", () => {
    expect(() => kpi.computeIndicator("win-rate", records, { period: "2026-Q2", horizon: 3 } as never)).toThrow(
      InvalidIndicatorOptionsError,
    );
    expect(() => kpi.computeIndicator("win-rate", records, null as never)).toThrow(InvalidIndicatorOptionsError);
    expect(() => createKpiContext({}).computeReport(records, { period: "2026-Q2" } as never)).toThrow(/asOf/);
  });

  it("lists the catalogue in the bound locale", () => {
    const french = createKpiContext({ locale: "fr-FR" }).listIndicators();
    expect(french[0]?.label).toBe("CA réalisé / objectifs");
    expect(kpi.listIndicators()[0]?.label).toEqual({ en: "Revenue versus target", fr: "CA réalisé / objectifs" });
  });
});
