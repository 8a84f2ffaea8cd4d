import { describe, expect, it } from "vitest";
import { InvalidIndicatorOptionsError } from "../../errors/index.js";
import { firstResponseTime } from "../../indicators/salesFlow/firstResponseTime.js";
import { negotiations } from "../../indicators/salesFlow/negotiations.js";
import { offerSuccess } from "../../indicators/salesFlow/offerSuccess.js";
import { ordersPerOffer } from "../../indicators/salesFlow/ordersPerOffer.js";
import { requestsOnTime } from "../../indicators/salesFlow/requestsOnTime.js";
import { tenderResponseTime } from "../../indicators/salesFlow/tenderResponseTime.js";
import { resultFromJSON } from "../../model/resultJson.js";
import { parsePeriod } from "../../period/parsePeriod.js";
import { generateSampleDataset } from "../../sample/generateSampleDataset.js";
import { generateSalesFlowSample } from "../../sample/salesFlow.js";
import { requestTable } from "../../table/requestTable.js";
import { computeIndicator } from "../computeIndicator.js";
import { computeReport, IndicatorReportSchema } from "../computeReport.js";
import { SALES_FLOW_ENTRIES } from "../entries/salesFlow.js";
import { SALES_FLOW_DEFINITIONS } from "./salesFlow.js";

const base = generateSampleDataset();
const flow = generateSalesFlowSample(base);
const data = { ...base, ...flow };
const { asOf, sellers, orders, deals } = data;
const { offers, prospects, requests } = flow;
const quarter = parsePeriod("2026-Q2");
const IDS = SALES_FLOW_ENTRIES.map((entry) => entry.id);

/** The thrown error, for its fields. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("the sales-flow definitions", () => {
  it("are those of the entries, in their order, each computing with the function its entry names", () => {
    expect(SALES_FLOW_DEFINITIONS.map((definition) => definition.id)).toEqual(IDS);
    expect(SALES_FLOW_DEFINITIONS.map((definition) => definition.fn)).toEqual([
      negotiations,
      offerSuccess,
      ordersPerOffer,
      tenderResponseTime,
      firstResponseTime,
      requestsOnTime,
    ]);
  });
});

describe("computeIndicator equals the direct call on the sample's sales flow", () => {
  const window = { period: quarter, asOf, sellers };
  const text = { period: "2026-Q2", asOf: "2026-06-15" } as const;

  it("negotiations", () => {
    const direct = negotiations({ offers, deals, requests }, window);
    expect(computeIndicator("negotiations", data, text)).toEqual(direct);
    expect(direct.offersIssued).toBeGreaterThan(0);
    const kinds = negotiations({ offers, deals, requests }, { ...window, kinds: ["tender"], explain: true });
    expect(computeIndicator("negotiations", data, { ...text, kinds: ["tender"], explain: true })).toEqual(kinds);
  });

  it("offer-success, with the prospects when the data has them", () => {
    const direct = offerSuccess({ offers, prospects }, window);
    expect(computeIndicator("offer-success", data, text)).toEqual(direct);
    expect(direct.prospects).not.toBeNull();
    const { prospects: _absent, ...withoutProspects } = data;
    expect(computeIndicator("offer-success", withoutProspects, text)).toEqual(offerSuccess({ offers }, window));
  });

  it("orders-per-offer, with a scope and a currency", () => {
    const scope = { level: "team", teamId: "north" } as const;
    const direct = ordersPerOffer({ orders, offers }, { ...window, scope, currency: "EUR" });
    expect(computeIndicator("orders-per-offer", data, { ...text, scope, currency: "EUR" })).toEqual(direct);
    expect(direct.offers).toBeGreaterThan(0);
  });

  it("tender-response-time, in hours and business days", () => {
    const direct = tenderResponseTime(requests, { ...window, unit: "hours", dayCount: "business" });
    expect(computeIndicator("tender-response-time", data, { ...text, unit: "hours", dayCount: "business" })).toEqual(
      direct,
    );
    expect(direct.received).toBeGreaterThan(0);
  });

  it("first-response-time, in a zone, from a table", () => {
    const paris = parsePeriod("2026-Q2", { timeZone: "Europe/Paris" });
    const direct = firstResponseTime(requests, {
      period: paris,
      asOf: new Date("2026-06-14T22:00:00Z"),
      sellers,
      timeZone: "Europe/Paris",
    });
    const viaCatalogue = computeIndicator(
      "first-response-time",
      { ...data, requests: requestTable(requests) },
      { ...text, timeZone: "Europe/Paris" },
    );
    expect(viaCatalogue).toEqual(direct);
    expect(direct.responded.count).toBeGreaterThan(0);
  });

  it("requests-on-time, without asOf", () => {
    const direct = requestsOnTime(requests, { period: quarter, sellers });
    expect(computeIndicator("requests-on-time", data, { period: "2026-Q2" })).toEqual(direct);
    expect(direct.received).toBeGreaterThan(0);
  });
});

describe("computeIndicator refuses a wrong sales-flow option, naming the indicator and the option", () => {
  it.each([
    ["an option of another indicator", "requests-on-time", { period: "2026-Q2", unit: "hours" }, "unit"],
    ["an unknown request kind", "first-response-time", { period: "2026-Q2", kinds: ["call"] }, "kinds.0"],
    ["an empty list of kinds", "negotiations", { period: "2026-Q2", kinds: [] }, "kinds"],
    ["a bad period label", "offer-success", { period: "2026-Q5" }, "period"],
    ["a missing period", "orders-per-offer", { asOf: "2026-06-15" }, "period"],
  ])("%s", (_what, id, options, option) => {
    const error = thrown(() => computeIndicator(id, data, options));
    expect(error).toBeInstanceOf(InvalidIndicatorOptionsError);
    expect(error).toMatchObject({ indicator: id, option });
  });

  it("an option of the function that is data in the catalogue (the roster)", () => {
    expect(
      thrown(() => computeIndicator<string>("offer-success", data, { period: "2026-Q2", sellers: [] })),
    ).toMatchObject({
      indicator: "offer-success",
      option: "sellers",
    });
  });
});

describe("computeReport and the sales flow", () => {
  it("includes the sales-flow indicators when their records are given, in catalogue order", () => {
    const report = computeReport(data, { period: "2026-Q2", asOf: "2026-06-15" });
    const ids = report.results.map((entry) => entry.id);
    expect(ids.filter((id) => IDS.includes(id))).toEqual(IDS);
    expect(report.skipped.filter((entry) => IDS.includes(entry.id))).toEqual([]);
    const byId = new Map<string, unknown>(report.results.map((entry) => [entry.id, entry.result]));
    for (const id of IDS)
      expect(byId.get(id)).toEqual(computeIndicator<string>(id, data, { period: "2026-Q2", asOf: "2026-06-15" }));
    expect(resultFromJSON(IndicatorReportSchema, JSON.stringify(report))).toEqual(report);
  });

  it("passes the report's zone and day count to them", () => {
    const report = computeReport(data, {
      period: "2026-Q2",
      asOf: "2026-06-15",
      timeZone: "Europe/Paris",
      dayCount: "business",
      ids: ["tender-response-time", "requests-on-time"],
    });
    expect(report.results.map((entry) => entry.result)).toEqual([
      computeIndicator("tender-response-time", data, {
        period: "2026-Q2",
        asOf: "2026-06-15",
        timeZone: "Europe/Paris",
        dayCount: "business",
      }),
      computeIndicator("requests-on-time", data, { period: "2026-Q2", asOf: "2026-06-15", timeZone: "Europe/Paris" }),
    ]);
  });

  it("lists them under skipped with the record kinds they miss", () => {
    const withoutRequests = computeReport(
      { orders, deals, offers, sellers },
      { period: "2026-Q2", asOf: "2026-06-15", ids: IDS as never },
    );
    expect(withoutRequests.results.map((entry) => entry.id)).toEqual(["offer-success", "orders-per-offer"]);
    expect(withoutRequests.skipped).toEqual([
      { id: "negotiations", missing: ["request"] },
      { id: "tender-response-time", missing: ["request"] },
      { id: "first-response-time", missing: ["request"] },
      { id: "requests-on-time", missing: ["request"] },
    ]);
    const requestsOnly = computeReport({ requests: [] }, { period: "2026-Q2", asOf: "2026-06-15", ids: IDS as never });
    expect(requestsOnly.results.map((entry) => entry.id)).toEqual([
      "tender-response-time",
      "first-response-time",
      "requests-on-time",
    ]);
    expect(requestsOnly.skipped).toEqual([
      { id: "negotiations", missing: ["offer", "deal"] },
      { id: "offer-success", missing: ["offer"] },
      { id: "orders-per-offer", missing: ["order", "offer"] },
    ]);
  });
});
