/**
 * Hand-worked examples of the service indicators (13, 14, 17, 19, 20, 22). Every expected value is
 * worked by hand in the comment beside it. The NPS example is the one vendors publish to explain
 * the score (e.g. Qualtrics, "What is NPS": 10 answers, 6 promoters, 2 passives, 2 detractors,
 * NPS = 60 % - 20 % = 40).
 */
import { describe, expect, it } from "vitest";
import { toDecimal } from "../../money/decimal.js";
import { Dec } from "../../money/dec.js";
import { createExchangeRates } from "../../money/exchangeRates.js";
import { InvalidArgumentError, MixedCurrencyError } from "../../errors/index.js";
import type { Activity, Order } from "../../model/types.js";
import type { Complaint, Delivery, Penalty, SurveyResponse } from "../../model/serviceTypes.js";
import { deliveryTable, penaltyTable, surveyResponseTable } from "../../table/serviceTables.js";
import { customerSatisfaction } from "./customerSatisfaction.js";
import { complaintsPerIntervention } from "./complaintsPerIntervention.js";
import { deliveryLateness } from "./deliveryLateness.js";
import { deliveryLeadTime } from "./deliveryLeadTime.js";
import { nonConformingDeliveries } from "./nonConformingDeliveries.js";
import { penaltyAmount } from "./penaltyAmount.js";

const at = (iso: string): Date => new Date(iso);
const MARCH = { start: at("2026-03-01T00:00:00Z"), end: at("2026-04-01T00:00:00Z") };

const survey = (
  id: string,
  score: string,
  date = "2026-03-10T00:00:00Z",
  scale: [string, string] = ["0", "10"],
): SurveyResponse => ({
  id,
  customerId: "c1",
  date: at(date),
  score: toDecimal(score),
  scaleMin: toDecimal(scale[0]),
  scaleMax: toDecimal(scale[1]),
});

const delivery = (id: string, fields: Partial<Delivery> = {}): Delivery => ({
  id,
  orderId: `o-${id}`,
  customerId: "c1",
  promisedAt: at("2026-03-10T00:00:00Z"),
  ...fields,
});

describe("customerSatisfaction (13)", () => {
  it("gives the vendors' NPS example exactly: 6 promoters, 2 passives, 2 detractors of 10 is 40", () => {
    const scores = ["10", "10", "9", "9", "9", "10", "8", "7", "6", "0"];
    const r = customerSatisfaction(
      scores.map((s, i) => survey(`q${i}`, s)),
      { period: MARCH },
    );
    expect(r.nps).toEqual({
      value: toDecimal("40"),
      reason: null,
      responses: 10,
      promoters: 6,
      passives: 2,
      detractors: 2,
      otherScales: 0,
    });
    // index: (10+10+9+9+9+10+8+7+6+0) x 10 / 10 = 78
    expect(r.index.value?.toString()).toBe("78");
    expect(r.warnings).toEqual([]);
  });

  it("does not round the NPS: 1 promoter, 1 passive, 1 detractor is 100 x 0 / 3 = 0; 2 promoters and 1 detractor is 33.33...", () => {
    const r = customerSatisfaction([survey("a", "9"), survey("b", "9"), survey("c", "6")], { period: MARCH });
    expect(r.nps.value?.toString()).toBe("33.3333333333333333333333333333333333333333333333333333333333");
  });

  it("rescales each response on its own scale, exactly (thirds on a 1-4 scale do not round per response)", () => {
    // 2 on 1-4: 1/3 x 100; 3 on 1-4: 2/3 x 100; sum 100, mean 50 exactly.
    const r = customerSatisfaction([survey("a", "2", undefined, ["1", "4"]), survey("b", "3", undefined, ["1", "4"])], {
      period: MARCH,
    });
    expect(r.index.value?.toString()).toBe("50");
    expect(r.nps).toMatchObject({ value: null, reason: "no-0-10-responses", otherScales: 2 });
    expect(r.warnings).toEqual([]);
  });

  it("reads a scale of negative numbers and a score between two points (8.5 is a passive)", () => {
    // -5 to 5: 0 is 50; 8.5 on 0-10 is 85 and a passive. Mean 67.5, NPS 0 with one passive.
    const r = customerSatisfaction([survey("a", "0", undefined, ["-5", "5"]), survey("b", "8.5")], { period: MARCH });
    expect(r.index.value?.toString()).toBe("67.5");
    expect(r.nps).toMatchObject({ value: toDecimal(0), passives: 1, otherScales: 1 });
    expect(r.warnings.map((w) => w.code)).toEqual(["mixed-scales"]);
  });

  it("counts only the responses before asOf (half-open), and says why an empty period has no index", () => {
    const responses = [survey("a", "10", "2026-03-05T00:00:00Z"), survey("b", "0", "2026-03-20T00:00:00Z")];
    const r = customerSatisfaction(responses, { period: MARCH, asOf: at("2026-03-20T00:00:00Z"), explain: true });
    expect([r.responses, r.index.value?.toString(), r.explain]).toEqual([1, "100", { responseIds: ["a"] }]);
    const empty = customerSatisfaction(responses, {
      period: { start: at("2026-05-01T00:00:00Z"), end: at("2026-06-01T00:00:00Z") },
    });
    expect(empty.index).toEqual({ value: null, reason: "no-responses" });
    expect(empty.nps.reason).toBe("no-0-10-responses");
  });

  it("reads the same figures from a table, and refuses a bad period", () => {
    const responses = [survey("a", "7"), survey("b", "3")];
    expect(customerSatisfaction(surveyResponseTable(responses), { period: MARCH })).toEqual(
      customerSatisfaction(responses, { period: MARCH }),
    );
    expect(() => customerSatisfaction(responses, { period: { start: MARCH.end, end: MARCH.start } })).toThrow(
      InvalidArgumentError,
    );
  });
});

describe("complaintsPerIntervention (14)", () => {
  const complaint = (id: string, category: Complaint["category"], ownerId?: string, day = "05"): Complaint => ({
    id,
    customerId: "c1",
    receivedAt: at(`2026-03-${day}T10:00:00Z`),
    category,
    ...(ownerId === undefined ? {} : { ownerId }),
  });
  const activity = (id: string, ownerId: string, type: string, status: Activity["status"] = "done"): Activity => ({
    id,
    ownerId,
    type,
    date: at("2026-03-06T10:00:00Z"),
    status,
  });
  const complaints = [
    complaint("r1", "commercial", "ann"),
    complaint("r2", "commercial", "bob"),
    complaint("r3", "commercial"),
    complaint("r4", "billing", "ann"),
  ];
  const activities = [
    activity("a1", "ann", "call"),
    activity("a2", "ann", "visit"),
    activity("a3", "ann", "meeting", "planned"),
    activity("a4", "bob", "email"),
    activity("a5", "bob", "qualified-lead"),
    activity("a6", "bob", "call", "cancelled"),
  ];

  it("divides commercial complaints by done interventions: 3 / 3 = 1 for the company", () => {
    const r = complaintsPerIntervention(complaints, activities, { period: MARCH, explain: true });
    expect([r.complaints, r.interventions, r.rate.value?.toString()]).toEqual([3, 3, "1"]);
    expect(r.explain).toEqual({ complaintIds: ["r1", "r2", "r3"], interventionIds: ["a1", "a2", "a4"] });
    expect(r.warnings).toEqual([]);
  });

  it("narrows to a seller: ann has 1 complaint for 2 interventions, and the owner-less complaint is warned about", () => {
    const r = complaintsPerIntervention(complaints, activities, {
      period: MARCH,
      scope: { level: "seller", sellerId: "ann" },
    });
    expect([r.complaints, r.interventions, r.rate.value?.toString()]).toEqual([1, 2, "0.5"]);
    expect(r.warnings.map((w) => w.code)).toEqual(["complaints-without-owner"]);
  });

  it("counts the categories and types asked for; no intervention gives no-interventions", () => {
    const r = complaintsPerIntervention(complaints, activities, {
      period: MARCH,
      complaintCategories: ["commercial", "billing"],
      interventionTypes: ["qualified-lead"],
    });
    expect([r.complaints, r.interventions, r.rate.value?.toString()]).toEqual([4, 1, "4"]);
    const none = complaintsPerIntervention(complaints, [], { period: MARCH });
    expect(none.rate).toMatchObject({ value: null, reason: "no-interventions" });
    expect(() =>
      complaintsPerIntervention(complaints, activities, { period: MARCH, complaintCategories: ["pricing" as "other"] }),
    ).toThrow(InvalidArgumentError);
  });
});

describe("deliveryLateness (17)", () => {
  const deliveries = [
    delivery("l1", { promisedAt: at("2026-03-10T00:00:00Z"), deliveredAt: at("2026-03-09T00:00:00Z") }), // early: 0
    delivery("l2", { promisedAt: at("2026-03-10T00:00:00Z"), deliveredAt: at("2026-03-11T12:00:00Z") }), // 1.5 days
    delivery("l3", { promisedAt: at("2026-03-13T00:00:00Z"), deliveredAt: at("2026-03-16T00:00:00Z") }), // Fri -> Mon: 3 days, 1 business day
    delivery("l4", { promisedAt: at("2026-02-20T00:00:00Z") }), // waiting since before the period
    delivery("l5", { promisedAt: at("2026-03-25T00:00:00Z"), deliveredAt: at("2026-04-02T00:00:00Z") }), // delivered after the period
    delivery("l6", { promisedAt: at("2026-04-10T00:00:00Z") }), // promised after the period: not overdue
  ];

  it("measures lateness in calendar days: mean (0 + 1.5 + 3) / 3 = 1.5, median 1.5, 2 of 3 late", () => {
    const r = deliveryLateness(deliveries, { period: MARCH, explain: true });
    expect(r.lateness).toEqual({ count: 3, mean: toDecimal("1.5"), median: toDecimal("1.5"), reason: null });
    expect(r.lateShare).toMatchObject({ numerator: toDecimal(2), denominator: toDecimal(3) });
    // Overdue at the period's end (1 April): l4 promised 20 February (40 days: 8 of February + 31 of March).
    // l5 was promised 25 March and not delivered by 1 April: overdue 7 days. Mean 23.5, median 23.5.
    expect(r.overdue).toEqual({
      count: 2,
      age: { count: 2, mean: toDecimal("23.5"), median: toDecimal("23.5"), reason: null },
    });
    expect(r.explain).toEqual({ lateIds: ["l2", "l3"], overdueIds: ["l4", "l5"] });
    expect(r.warnings.map((w) => w.code)).toEqual(["overdue-deliveries"]);
  });

  it("counts business days on request: Friday to Monday is 1 business day, and hours are 24 per business day", () => {
    // l2: Tue 10 to Wed 11 noon = 1.5 business days; l3: Fri 13 00:00 to Mon 16 00:00 = 1 (Friday).
    const days = deliveryLateness(deliveries, {
      period: MARCH,
      dayCount: "business",
      asOf: at("2026-03-20T00:00:00Z"),
    });
    expect(days.lateness).toEqual({
      count: 3,
      mean: new Dec(5).div(6) /* (1.5 + 1 + 0) / 3 */,
      median: toDecimal(1),
      reason: null,
    });
    const hours = deliveryLateness(deliveries, { period: MARCH, unit: "hours", asOf: at("2026-03-20T00:00:00Z") });
    // Real hours: 0, 36, 72; mean 36.
    expect([hours.lateness.mean?.toString(), hours.lateness.median?.toString()]).toEqual(["36", "36"]);
    // At asOf 20 March, l4 is overdue since 20 February: 28 days = 672 hours.
    expect(hours.overdue.age.mean?.toString()).toBe("672");
  });

  it("counts a 23-hour DST day as one calendar day in the zone, and 23 real hours", () => {
    const paris = [delivery("l1", { promisedAt: at("2026-03-28T23:00:00Z"), deliveredAt: at("2026-03-29T22:00:00Z") })];
    // Promised 29 March 00:00 Paris (CET), delivered 30 March 00:00 Paris (CEST): one calendar day, 23 hours.
    const days = deliveryLateness(paris, { period: MARCH, timeZone: "Europe/Paris" });
    expect(days.lateness.mean?.toString()).toBe("1");
    expect(
      deliveryLateness(paris, { period: MARCH, timeZone: "Europe/Paris", unit: "hours" }).lateness.mean?.toString(),
    ).toBe("23");
  });

  it("has no figures without deliveries, and refuses an unknown unit", () => {
    const r = deliveryLateness([], { period: MARCH });
    expect(r.lateness).toEqual({ count: 0, mean: null, median: null, reason: "empty" });
    expect(r.lateShare).toMatchObject({ value: null, reason: "no-deliveries" });
    expect(() => deliveryLateness([], { period: MARCH, unit: "weeks" as "days" })).toThrow(InvalidArgumentError);
    expect(deliveryLateness(deliveryTable(deliveries), { period: MARCH })).toEqual(
      deliveryLateness(deliveries, { period: MARCH }),
    );
  });
});

describe("penaltyAmount (19)", () => {
  const penalty = (id: string, date: string, amount: string, currency = "EUR"): Penalty => ({
    id,
    customerId: "c1",
    date: at(date),
    amount: toDecimal(amount),
    currency,
  });

  it("sums exactly, negatives included: 0.1 + 0.2 - 0.05 = 0.25", () => {
    const penalties = [
      penalty("p1", "2026-03-02T00:00:00Z", "0.1"),
      penalty("p2", "2026-03-03T00:00:00Z", "0.2"),
      penalty("p3", "2026-03-04T00:00:00Z", "-0.05"),
      penalty("p4", "2026-04-01T00:00:00Z", "999"),
    ];
    const r = penaltyAmount(penalties, { period: MARCH });
    expect([r.amount.toString(), r.count, r.currency]).toEqual(["0.25", 3, "EUR"]);
    expect(penaltyAmount(penaltyTable(penalties), { period: MARCH })).toEqual(r);
  });

  it("refuses two currencies without rates, and converts at each penalty's date with them", () => {
    const penalties = [
      penalty("p1", "2026-03-02T00:00:00Z", "100"),
      penalty("p2", "2026-03-20T00:00:00Z", "100", "USD"),
    ];
    expect(() => penaltyAmount(penalties, { period: MARCH })).toThrow(MixedCurrencyError);
    const exchangeRates = createExchangeRates({
      reportingCurrency: "EUR",
      rates: [{ currency: "USD", rate: "0.9", validFrom: at("2026-01-01T00:00:00Z") }],
    });
    // 100 + 100 x 0.9 = 190
    expect(penaltyAmount(penalties, { period: MARCH, exchangeRates }).amount.toString()).toBe("190");
  });
});

describe("nonConformingDeliveries (20)", () => {
  const delivered = (id: string, fields: Partial<Delivery> = {}): Delivery =>
    delivery(id, { deliveredAt: at("2026-03-12T00:00:00Z"), ...fields });

  it("shares the non-conforming over every delivery of the period, with the reasons", () => {
    const r = nonConformingDeliveries(
      [
        delivered("l1", { conforming: true }),
        delivered("l2", { conforming: false, nonConformityReason: "wrong-item" }),
        delivered("l3", { conforming: false, nonConformityReason: "damaged" }),
        delivered("l4", { conforming: false, nonConformityReason: "wrong-item" }),
        delivered("l5"),
        delivery("l6"),
        delivered("l7", { conforming: false, deliveredAt: at("2026-04-02T00:00:00Z") }),
      ],
      { period: MARCH, explain: true },
    );
    // 5 delivered in March: 3 non-conforming, 1 conforming, 1 not assessed; share 3/5.
    expect([r.delivered, r.nonConforming, r.conforming, r.notAssessed, r.share.value?.toString()]).toEqual([
      5,
      3,
      1,
      1,
      "0.6",
    ]);
    expect(r.byReason).toEqual([
      { reason: "wrong-item", count: 2 },
      { reason: "damaged", count: 1 },
    ]);
    expect(r.explain).toEqual({ nonConformingIds: ["l2", "l3", "l4"], notAssessedIds: ["l5"] });
  });

  it("has no share without deliveries", () => {
    expect(nonConformingDeliveries([delivery("l1")], { period: MARCH }).share).toMatchObject({
      value: null,
      reason: "no-deliveries",
    });
  });
});

describe("deliveryLeadTime (22)", () => {
  const order = (id: string, date: string): Order => ({
    id,
    date: at(date),
    amount: toDecimal("100"),
    currency: "EUR",
    sellerId: "ann",
    customerId: "c1",
  });
  const orders = [
    order("o1", "2026-03-02T00:00:00Z"),
    order("o2", "2026-02-20T00:00:00Z"),
    order("o3", "2026-03-20T00:00:00Z"),
    order("o4", "2026-03-15T00:00:00Z"),
  ];

  it("joins each delivery to its order: lead times 3, 16 and 5 days, mean 8, median 5", () => {
    const deliveries = [
      delivery("l1", { orderId: "o1", deliveredAt: at("2026-03-05T00:00:00Z") }), // 3 days
      delivery("l2", { orderId: "o2", deliveredAt: at("2026-03-08T00:00:00Z") }), // 20 Feb -> 8 Mar: 16 days
      delivery("l3", { orderId: "o1", deliveredAt: at("2026-03-07T00:00:00Z") }), // partial delivery of o1: 5 days
      delivery("l4", { orderId: "o3" }), // open since 20 March
      delivery("l5", { orderId: "o9", deliveredAt: at("2026-03-09T00:00:00Z") }), // order not given
      delivery("l6", { orderId: "o4", deliveredAt: at("2026-03-10T00:00:00Z") }), // before its order (15 March)
    ];
    const r = deliveryLeadTime(deliveries, orders, { period: MARCH, asOf: at("2026-03-25T00:00:00Z"), explain: true });
    expect(r.leadTime).toEqual({ count: 3, mean: toDecimal(8), median: toDecimal(5), reason: null });
    expect(r.open).toEqual({ count: 1, age: { count: 1, mean: toDecimal(5), median: toDecimal(5), reason: null } });
    expect([r.delivered, r.orderMissing, r.deliveredBeforeOrder]).toEqual([5, 1, 1]);
    expect(r.warnings.map((w) => w.code)).toEqual(["order-missing", "delivered-before-order", "open-deliveries"]);
    expect(r.warnings[0]?.message).toMatch(/^1 deliveries name an order not among the orders given/);
    expect(r.explain).toEqual({
      deliveryIds: ["l1", "l3", "l2"],
      openIds: ["l4"],
      orderMissingIds: ["l5"],
      deliveredBeforeOrderIds: ["l6"],
    });
  });

  it("does not age a delivery whose order comes after the cut, and counts a missing order of an open delivery", () => {
    const r = deliveryLeadTime([delivery("l1", { orderId: "o3" }), delivery("l2", { orderId: "o9" })], orders, {
      period: MARCH,
      asOf: at("2026-03-10T00:00:00Z"),
    });
    expect([r.open.count, r.orderMissing]).toEqual([0, 1]);
    expect(r.leadTime.reason).toBe("empty");
  });
});
