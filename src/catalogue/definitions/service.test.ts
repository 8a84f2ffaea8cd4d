import { describe, expect, it } from "vitest";
import { InvalidArgumentError, InvalidIndicatorOptionsError } from "../../errors/index.js";
import { complaintsPerIntervention } from "../../indicators/service/complaintsPerIntervention.js";
import { customerSatisfaction } from "../../indicators/service/customerSatisfaction.js";
import { deliveryLateness } from "../../indicators/service/deliveryLateness.js";
import { deliveryLeadTime } from "../../indicators/service/deliveryLeadTime.js";
import { nonConformingDeliveries } from "../../indicators/service/nonConformingDeliveries.js";
import { penaltyAmount } from "../../indicators/service/penaltyAmount.js";
import { parsePeriod } from "../../period/parsePeriod.js";
import { generateSampleDataset } from "../../sample/generateSampleDataset.js";
import { generateServiceRecords } from "../../sample/serviceRecords.js";
import { computeIndicator } from "../computeIndicator.js";
import { computeReport } from "../computeReport.js";
import { CATALOGUE } from "../entries/index.js";
import { SERVICE_CATALOGUE_ENTRIES } from "../entries/service.js";
import { INDICATOR_DEFINITIONS } from "../registry.js";
import { SERVICE_DEFINITIONS } from "./service.js";

const sample = generateSampleDataset();
const service = generateServiceRecords(sample.orders, { end: sample.asOf });
const data = { ...sample, ...service };
const { asOf, sellers } = sample;
const period = parsePeriod("2026-Q2");
const text = { period: "2026-Q2", asOf: "2026-06-15" } as const;
const SERVICE_IDS = SERVICE_CATALOGUE_ENTRIES.map((entry) => entry.id);

/** The thrown error, for its fields. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("the service definitions", () => {
  it("are one per service entry, in the entries' order, each with the function its entry names", () => {
    expect(SERVICE_DEFINITIONS.map((definition) => definition.id)).toEqual(SERVICE_IDS);
    for (const [index, definition] of SERVICE_DEFINITIONS.entries()) {
      expect(definition.fn.name).toBe(SERVICE_CATALOGUE_ENTRIES[index]?.compute);
      expect(Object.isFrozen(definition)).toBe(true);
    }
  });

  it("are registered and listed in catalogue order", () => {
    const definitionIds = INDICATOR_DEFINITIONS.map((definition) => definition.id);
    const entryIds = CATALOGUE.map((entry) => entry.id);
    expect(definitionIds.filter((id) => SERVICE_IDS.includes(id))).toEqual(SERVICE_IDS);
    expect(entryIds.filter((id) => SERVICE_IDS.includes(id))).toEqual(SERVICE_IDS);
  });

  it("use a sample with records of every service kind in the period", () => {
    expect(service.deliveries.length).toBeGreaterThan(10);
    const result = computeIndicator("customer-satisfaction", data, text);
    expect(result.responses).toBeGreaterThan(0);
  });
});

describe("computeIndicator equals the direct call on the sample's service records", () => {
  it("customer-satisfaction", () => {
    const direct = customerSatisfaction(service.surveyResponses, { period, asOf });
    expect(computeIndicator("customer-satisfaction", data, text)).toEqual(direct);
    expect(computeIndicator("customer-satisfaction", data, { period, asOf })).toEqual(direct);
    expect(computeIndicator("customer-satisfaction", data, { ...text, explain: true })).toEqual(
      customerSatisfaction(service.surveyResponses, { period, asOf, explain: true }),
    );
  });

  it("complaints-per-intervention, with the data's activities and roster", () => {
    const direct = complaintsPerIntervention(service.complaints, sample.activities, { period, asOf, sellers });
    expect(computeIndicator("complaints-per-intervention", data, text)).toEqual(direct);
    const options = {
      scope: { level: "team", teamId: "north" },
      complaintCategories: ["commercial", "delivery"],
      interventionTypes: ["call", "visit"],
    } as const;
    expect(computeIndicator("complaints-per-intervention", data, { ...text, ...options })).toEqual(
      complaintsPerIntervention(service.complaints, sample.activities, { ...options, period, asOf, sellers }),
    );
  });

  it("delivery-lateness, with a unit, a day count and a zone", () => {
    expect(computeIndicator("delivery-lateness", data, text)).toEqual(
      deliveryLateness(service.deliveries, { period, asOf }),
    );
    const paris = parsePeriod("2026-Q2", { timeZone: "Europe/Paris" });
    expect(
      computeIndicator("delivery-lateness", data, {
        ...text,
        unit: "hours",
        dayCount: "business",
        timeZone: "Europe/Paris",
      }),
    ).toEqual(
      deliveryLateness(service.deliveries, {
        period: paris,
        asOf: new Date("2026-06-14T22:00:00Z"),
        unit: "hours",
        dayCount: "business",
        timeZone: "Europe/Paris",
      }),
    );
  });

  it("penalty-amount, with a currency", () => {
    const direct = penaltyAmount(service.penalties, { period, asOf, currency: "EUR" });
    expect(computeIndicator("penalty-amount", data, { ...text, currency: "EUR" })).toEqual(direct);
    expect(computeIndicator("penalty-amount", data, text)).toEqual(penaltyAmount(service.penalties, { period, asOf }));
  });

  it("non-conforming-deliveries", () => {
    expect(computeIndicator("non-conforming-deliveries", data, { ...text, explain: true })).toEqual(
      nonConformingDeliveries(service.deliveries, { period, asOf, explain: true }),
    );
  });

  it("delivery-lead-time, joined to the data's orders", () => {
    const direct = deliveryLeadTime(service.deliveries, sample.orders, { period, asOf, unit: "hours" });
    expect(computeIndicator("delivery-lead-time", data, { ...text, unit: "hours" })).toEqual(direct);
    // Bounds as ISO strings, and no asOf: a closed period.
    expect(
      computeIndicator("delivery-lead-time", data, { period: { start: "2026-04-01", end: "2026-07-01" } }),
    ).toEqual(
      deliveryLeadTime(service.deliveries, sample.orders, { period: { start: period.start, end: period.end } }),
    );
  });
});

describe("computeIndicator refuses a service option, naming the id and the option", () => {
  it.each([
    ["an unknown option", "delivery-lateness", { ...text, grain: "month" }, "grain", /is not a known option/],
    ["a unit it does not take", "delivery-lead-time", { ...text, unit: "weeks" }, "unit", /weeks/],
    [
      "a roster in the options (it is data)",
      "complaints-per-intervention",
      { ...text, sellers: [] },
      "sellers",
      /not a known/,
    ],
    [
      "an unknown complaint category",
      "complaints-per-intervention",
      { ...text, complaintCategories: ["legal"] },
      "complaintCategories.0",
      /legal/,
    ],
    [
      "a currency where none is taken",
      "non-conforming-deliveries",
      { ...text, currency: "EUR" },
      "currency",
      /not a known/,
    ],
    ["a missing period", "penalty-amount", { asOf: "2026-06-15" }, "period", /^is required$/],
    ["a bad label", "customer-satisfaction", { period: "2026-Q5" }, "period", /unknown period label "2026-Q5"/],
  ])("%s", (_name, id, options, option, problem) => {
    const error = thrown(() => computeIndicator(id, data, options));
    expect(error).toBeInstanceOf(InvalidIndicatorOptionsError);
    const { indicator, option: named, problem: message } = error as InvalidIndicatorOptionsError;
    expect([indicator, named]).toEqual([id, option]);
    expect(message).toMatch(problem);
  });

  it("a required record kind the data lacks", () => {
    expect(() => computeIndicator("delivery-lead-time", { deliveries: service.deliveries }, text)).toThrow(
      '[crm-kpi] indicator "delivery-lead-time" needs data.orders',
    );
    expect(() => computeIndicator("complaints-per-intervention", {}, text)).toThrow(InvalidArgumentError);
  });
});

describe("computeReport and the service indicators", () => {
  it("includes them when their records are given, each as computeIndicator computes it", () => {
    const report = computeReport(data, { ...text, currency: "EUR", dayCount: "business" });
    const computed = report.results.map((entry) => entry.id);
    expect(computed.filter((id) => SERVICE_IDS.includes(id))).toEqual(SERVICE_IDS);
    expect(report.skipped.map((entry) => entry.id).filter((id) => SERVICE_IDS.includes(id))).toEqual([]);
    const byId = new Map(report.results.map((entry) => [entry.id as string, entry.result]));
    expect(byId.get("customer-satisfaction")).toEqual(computeIndicator("customer-satisfaction", data, text));
    expect(byId.get("complaints-per-intervention")).toEqual(
      computeIndicator("complaints-per-intervention", data, text),
    );
    expect(byId.get("delivery-lateness")).toEqual(
      computeIndicator("delivery-lateness", data, { ...text, dayCount: "business" }),
    );
    expect(byId.get("penalty-amount")).toEqual(computeIndicator("penalty-amount", data, { ...text, currency: "EUR" }));
    expect(byId.get("non-conforming-deliveries")).toEqual(computeIndicator("non-conforming-deliveries", data, text));
    expect(byId.get("delivery-lead-time")).toEqual(
      computeIndicator("delivery-lead-time", data, { ...text, dayCount: "business" }),
    );
  });

  it("computes only the service ids asked for, in catalogue order", () => {
    const some = computeReport(data, { ...text, ids: ["delivery-lead-time", "customer-satisfaction"] });
    expect(some.results.map((entry) => entry.id)).toEqual(["customer-satisfaction", "delivery-lead-time"]);
  });

  it("lists them under skipped with the missing kinds otherwise", () => {
    // The sample carries the service records: without them, the service indicators are skipped.
    const {
      deliveries: _deliveries,
      complaints: _complaints,
      penalties: _penalties,
      surveyResponses: _surveys,
      ...withoutService
    } = sample;
    const report = computeReport(withoutService, text);
    expect(report.skipped.filter((entry) => SERVICE_IDS.includes(entry.id))).toEqual([
      { id: "customer-satisfaction", missing: ["survey-response"] },
      { id: "complaints-per-intervention", missing: ["complaint"] },
      { id: "delivery-lateness", missing: ["delivery"] },
      { id: "penalty-amount", missing: ["penalty"] },
      { id: "non-conforming-deliveries", missing: ["delivery"] },
      { id: "delivery-lead-time", missing: ["delivery"] },
    ]);
    const deliveriesOnly = computeReport({ deliveries: service.deliveries }, text);
    expect(deliveriesOnly.results.map((entry) => entry.id).filter((id) => SERVICE_IDS.includes(id))).toEqual([
      "delivery-lateness",
      "non-conforming-deliveries",
    ]);
    expect(deliveriesOnly.skipped.find((entry) => entry.id === "delivery-lead-time")).toEqual({
      id: "delivery-lead-time",
      missing: ["order"],
    });
    expect(deliveriesOnly.skipped.find((entry) => entry.id === "complaints-per-intervention")).toEqual({
      id: "complaints-per-intervention",
      missing: ["complaint", "activity"],
    });
  });
});
