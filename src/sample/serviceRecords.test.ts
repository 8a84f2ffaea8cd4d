/**
 * The sample's service records give every service indicator a non-trivial figure over the demo's
 * last full quarter before `asOf` (2026-Q1 with the defaults), and they parse back as valid records.
 */
import { describe, expect, it } from "vitest";
import {
  complaintsPerIntervention,
  customerSatisfaction,
  deliveryLateness,
  deliveryLeadTime,
  nonConformingDeliveries,
  parseComplaints,
  parseDeliveries,
  parsePenalties,
  parseSurveyResponses,
  penaltyAmount,
} from "../index.js";
import { generateSampleDataset } from "./generateSampleDataset.js";
import { generateServiceRecords } from "./serviceRecords.js";

const data = generateSampleDataset();
const service = generateServiceRecords(data.orders, { end: data.asOf });
const period = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };

describe("generateServiceRecords", () => {
  it("is seeded: the same orders and seed give the same records, another seed others", () => {
    expect(generateServiceRecords(data.orders, { end: data.asOf })).toEqual(service);
    expect(generateServiceRecords(data.orders, { end: data.asOf, seed: 7 }).deliveries).not.toEqual(service.deliveries);
  });

  it("writes records the parse functions accept as they are", () => {
    for (const [records, parse] of [
      [service.deliveries, parseDeliveries],
      [service.complaints, parseComplaints],
      [service.penalties, parsePenalties],
      [service.surveyResponses, parseSurveyResponses],
    ] as const) {
      const parsed = (parse as (rows: readonly unknown[]) => { records: unknown[]; errors: unknown[] })(records);
      expect(parsed.errors).toEqual([]);
      expect(parsed.records).toEqual(records);
    }
  });

  it("gives every service indicator a non-trivial figure over 2026-Q1", () => {
    const satisfaction = customerSatisfaction(service.surveyResponses, { period });
    expect(satisfaction.responses).toBeGreaterThan(20);
    expect(satisfaction.nps.promoters).toBeGreaterThan(0);
    expect(satisfaction.nps.detractors).toBeGreaterThan(0);
    expect(satisfaction.index.value?.toNumber()).toBeGreaterThan(40);
    expect(satisfaction.index.value?.toNumber()).toBeLessThan(95);

    const complaints = complaintsPerIntervention(service.complaints, data.activities, { period });
    expect(complaints.complaints).toBeGreaterThan(0);
    expect(complaints.rate.value?.isPositive()).toBe(true);

    const lateness = deliveryLateness(service.deliveries, { period });
    expect(lateness.lateShare.value?.toNumber()).toBeGreaterThan(0.05);
    expect(lateness.lateShare.value?.toNumber()).toBeLessThan(0.5);
    expect(lateness.lateness.mean?.isPositive()).toBe(true);

    const waiting = deliveryLateness(service.deliveries, { period: { start: period.start, end: data.asOf } });
    expect(waiting.overdue.count).toBeGreaterThan(0);

    const penalties = penaltyAmount(service.penalties, { period });
    expect(penalties.count).toBeGreaterThan(0);
    expect(penalties.currency).toBe("EUR");

    const conformity = nonConformingDeliveries(service.deliveries, { period });
    expect(conformity.nonConforming).toBeGreaterThan(0);
    expect(conformity.byReason.length).toBeGreaterThan(1);

    const leadTime = deliveryLeadTime(service.deliveries, data.orders, { period });
    expect(leadTime.leadTime.count).toBe(leadTime.delivered);
    expect(leadTime.orderMissing).toBe(0);
    expect(leadTime.leadTime.median?.toNumber()).toBeGreaterThan(3);
  });
});
