/**
 * Properties of the service indicators: each computed on the tables (`tableRunner`) and record by
 * record (`referenceRunner`) gives the same result, on random records across zones, units, day
 * counts, `asOf` cuts and ids named like `Object.prototype` members; and the figures keep every
 * record they are about (counts add up, nothing dropped silently).
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { Dec } from "../../money/dec.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import {
  COMPLAINT_CATEGORIES,
  type Complaint,
  type Delivery,
  type Penalty,
  type SurveyResponse,
} from "../../model/serviceTypes.js";
import type { Activity, Order } from "../../model/types.js";
import { activityColumnsOf, orderColumnsOf } from "../../table/_columns.js";
import { recordColumns } from "../../table/recordTable.js";
import { tableRunner, type PlanRunner } from "../../table/kernel/executePlan.js";
import { referenceRunner } from "../../../test/kernel/referenceExecutor.js";
import { checkDurationOptions, checkSeriesOptions, checkServiceOptions } from "./_serviceSettings.js";
import { customerSatisfactionOf } from "./_customerSatisfaction.js";
import {
  checkComplaintsOptions,
  complaintsPerInterventionOf,
  complaintsPerInterventionSeriesOf,
} from "./_complaintsPerIntervention.js";
import type { Grain } from "../../period/types.js";
import { deliveryLatenessOf } from "./_deliveryLateness.js";
import { deliveryLeadTimeOf } from "./_deliveryLeadTime.js";
import { nonConformingDeliveriesOf } from "./_nonConformingDeliveries.js";
import { penaltyAmountOf } from "./_penaltyAmount.js";
import type { DurationUnit } from "./serviceTypes.js";
import type { DayCount } from "../../period/types.js";

const FROM = Date.parse("2026-01-01T00:00:00Z");
const TO = Date.parse("2026-07-01T00:00:00Z");
const DAY = 86_400_000;
const PERIOD = { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") };
const IDS = ["x1", "x2", "x3", "__proto__", "constructor", "toString"];
const CUSTOMERS = ["c1", "c2", "__proto__"];
const OWNERS = ["ann", "bob", "__proto__"];

const time = fc.integer({ min: FROM, max: TO });
const unique = <T extends { readonly id: string }>(records: T[]): T[] =>
  records.map((r, i) => ({ ...r, id: `${r.id}-${i}` }));

const optionsArb = fc.record({
  timeZone: fc.constantFrom("UTC", "Europe/Paris", "America/New_York", "Australia/Lord_Howe"),
  asOf: fc.option(
    time.map((t) => new Date(t)),
    { nil: undefined },
  ),
  unit: fc.constantFrom<DurationUnit>("hours", "days"),
  dayCount: fc.constantFrom<DayCount>("calendar", "business"),
  explain: fc.boolean(),
});
type Options = typeof optionsArb extends fc.Arbitrary<infer O> ? O : never;

function serviceOptions(o: Options): { period: typeof PERIOD; timeZone: string; explain: boolean; asOf?: Date } {
  return {
    period: PERIOD,
    timeZone: o.timeZone,
    explain: o.explain,
    ...(o.asOf === undefined ? {} : { asOf: o.asOf }),
  };
}

const orderArb: fc.Arbitrary<Order> = fc.record({
  id: fc.constantFrom(...IDS),
  date: time.map((t) => new Date(t)),
  amount: fc.constant(new Dec(100)),
  currency: fc.constant("EUR"),
  sellerId: fc.constantFrom(...OWNERS),
  customerId: fc.constantFrom(...CUSTOMERS),
});

const deliveryArb: fc.Arbitrary<Delivery> = fc
  .record({
    id: fc.constant("l"),
    orderId: fc.constantFrom(...IDS, "missing"),
    customerId: fc.constantFrom(...CUSTOMERS),
    promised: time,
    delivered: fc.option(fc.integer({ min: -20 * DAY, max: 40 * DAY }), { nil: undefined }),
    verdict: fc.constantFrom<boolean | undefined>(true, false, undefined),
    reason: fc.constantFrom(undefined, "damaged", "__proto__"),
  })
  .map(({ promised, delivered, verdict, reason, ...rest }) => ({
    ...rest,
    promisedAt: new Date(promised),
    ...(delivered === undefined ? {} : { deliveredAt: new Date(promised + delivered) }),
    ...(delivered === undefined || verdict === undefined ? {} : { conforming: verdict }),
    ...(delivered !== undefined && verdict === false && reason !== undefined ? { nonConformityReason: reason } : {}),
  }));

const surveyArb: fc.Arbitrary<SurveyResponse> = fc
  .record({
    id: fc.constant("q"),
    customerId: fc.constantFrom(...CUSTOMERS),
    date: time.map((t) => new Date(t)),
    scale: fc.constantFrom([0, 10], [1, 5], [1, 4], [-5, 5]),
    position: fc.integer({ min: 0, max: 20 }),
  })
  .map(({ scale, position, ...rest }) => {
    const [min, max] = scale as [number, number];
    return {
      ...rest,
      score: new Dec(min).plus(new Dec(max - min).times(position).div(20)),
      scaleMin: new Dec(min),
      scaleMax: new Dec(max),
    };
  });

const complaintArb: fc.Arbitrary<Complaint> = fc
  .record({
    id: fc.constant("r"),
    customerId: fc.constantFrom(...CUSTOMERS),
    receivedAt: time.map((t) => new Date(t)),
    category: fc.constantFrom(...COMPLAINT_CATEGORIES),
    ownerId: fc.option(fc.constantFrom(...OWNERS), { nil: undefined }),
  })
  .map((c) =>
    c.ownerId === undefined
      ? { id: c.id, customerId: c.customerId, receivedAt: c.receivedAt, category: c.category }
      : c,
  );

const activityArb: fc.Arbitrary<Activity> = fc.record({
  id: fc.constant("a"),
  ownerId: fc.constantFrom(...OWNERS),
  type: fc.constantFrom("call", "visit", "qualified-lead", "__proto__"),
  date: time.map((t) => new Date(t)),
  status: fc.constantFrom("done" as const, "planned" as const, "cancelled" as const),
});

const penaltyArb: fc.Arbitrary<Penalty> = fc.record({
  id: fc.constant("p"),
  customerId: fc.constantFrom(...CUSTOMERS),
  date: time.map((t) => new Date(t)),
  amount: fc.integer({ min: -10_000, max: 1_000_000 }).map((cents) => new Dec(cents).div(100)),
  currency: fc.constant("EUR"),
});

/** Both runners over the same records. */
function runners(records: {
  deliveries?: Delivery[];
  surveys?: SurveyResponse[];
  complaints?: Complaint[];
  penalties?: Penalty[];
  orders?: Order[];
  activities?: Activity[];
}): [PlanRunner, PlanRunner] {
  const tables = {
    ...(records.deliveries ? { deliveries: recordColumns("deliveries", records.deliveries) } : {}),
    ...(records.surveys ? { surveys: recordColumns("surveys", records.surveys) } : {}),
    ...(records.complaints ? { complaints: recordColumns("complaints", records.complaints) } : {}),
    ...(records.penalties ? { penalties: recordColumns("penalties", records.penalties) } : {}),
    ...(records.orders ? { orders: orderColumnsOf(records.orders, "orders") } : {}),
    ...(records.activities ? { activities: activityColumnsOf(records.activities, "activities") } : {}),
  };
  return [tableRunner(tables), referenceRunner(records)];
}

describe("service indicators: tables and the reference executor agree", () => {
  test.prop([fc.array(surveyArb, { maxLength: 30 }), optionsArb])("customerSatisfaction", (raw, o) => {
    const surveys = unique(raw);
    const settings = checkServiceOptions(serviceOptions(o));
    const [table, reference] = runners({ surveys });
    const result = customerSatisfactionOf(table, settings);
    expect(result).toEqual(customerSatisfactionOf(reference, settings));
    const { nps } = result;
    expect(nps.promoters + nps.passives + nps.detractors + nps.otherScales).toBe(result.responses);
    if (result.index.value !== null) {
      expect(result.index.value.greaterThanOrEqualTo(0) && result.index.value.lessThanOrEqualTo(100)).toBe(true);
    }
  });

  test.prop([
    fc.array(complaintArb, { maxLength: 25 }),
    fc.array(activityArb, { maxLength: 25 }),
    optionsArb,
    fc.constantFrom(...OWNERS, null),
  ])("complaintsPerIntervention", (rawComplaints, rawActivities, o, seller) => {
    const complaints = unique(rawComplaints);
    const activities = unique(rawActivities);
    const settings = checkComplaintsOptions({
      ...serviceOptions(o),
      ...(seller === null ? {} : { scope: { level: "seller" as const, sellerId: seller } }),
    });
    const [table, reference] = runners({ complaints, activities });
    expect(complaintsPerInterventionOf(table, settings)).toEqual(complaintsPerInterventionOf(reference, settings));
  });

  test.prop(
    [
      fc.array(complaintArb, { maxLength: 25 }),
      fc.array(activityArb, { maxLength: 25 }),
      optionsArb,
      fc.constantFrom(...OWNERS, null),
      fc.constantFrom<Grain>("week", "month"),
    ],
    { numRuns: 40 },
  )(
    "complaintsPerInterventionSeries: tables = reference, each bucket = the single form over it, counts add up",
    (rawComplaints, rawActivities, o, seller, grain) => {
      const complaints = unique(rawComplaints);
      const activities = unique(rawActivities);
      const { period, ...rest } = {
        ...serviceOptions(o),
        ...(seller === null ? {} : { scope: { level: "seller" as const, sellerId: seller } }),
      };
      const { settings, series } = checkSeriesOptions(
        { ...rest, range: period, grain },
        "month",
        checkComplaintsOptions,
      );
      const [table, reference] = runners({ complaints, activities });
      const result = complaintsPerInterventionSeriesOf(table, settings, series.buckets);
      expect(result).toEqual(complaintsPerInterventionSeriesOf(reference, settings, series.buckets));
      expect(result.total).toEqual(complaintsPerInterventionOf(table, settings));
      series.buckets.forEach((bucket, index) => {
        const { label, ...figures } = result.buckets[index] ?? { label: "" };
        expect(label).toBe(bucket.label);
        expect(figures).toEqual(
          complaintsPerInterventionOf(table, checkComplaintsOptions({ ...rest, period: bucket })),
        );
      });
      const sum = (pick: (b: { complaints: number; interventions: number }) => number): number =>
        result.buckets.reduce((total, b) => total + pick(b), 0);
      expect([sum((b) => b.complaints), sum((b) => b.interventions)]).toEqual([
        result.total.complaints,
        result.total.interventions,
      ]);
    },
  );

  test.prop([fc.array(deliveryArb, { maxLength: 30 }), optionsArb])(
    "deliveryLateness and nonConformingDeliveries",
    (raw, o) => {
      const deliveries = unique(raw);
      const settings = checkDurationOptions({ ...serviceOptions(o), unit: o.unit, dayCount: o.dayCount });
      const [table, reference] = runners({ deliveries });
      const lateness = deliveryLatenessOf(table, settings);
      expect(lateness).toEqual(deliveryLatenessOf(reference, settings));
      const conformity = nonConformingDeliveriesOf(table, settings);
      expect(conformity).toEqual(nonConformingDeliveriesOf(reference, settings));
      // Every delivery delivered before the cut in the period is in both; none is lost.
      const inWindow = deliveries.filter(
        (d) =>
          d.deliveredAt !== undefined &&
          d.deliveredAt.getTime() >= settings.start &&
          d.deliveredAt.getTime() < settings.cut,
      );
      expect(lateness.delivered).toBe(inWindow.length);
      expect(conformity.delivered).toBe(inWindow.length);
      expect(conformity.nonConforming + conformity.conforming + conformity.notAssessed).toBe(inWindow.length);
      const waiting = deliveries.filter(
        (d) =>
          d.promisedAt.getTime() < settings.cut &&
          (d.deliveredAt === undefined || d.deliveredAt.getTime() >= settings.cut),
      );
      expect(lateness.overdue.count).toBe(waiting.length);
    },
  );

  test.prop([
    fc.array(deliveryArb, { maxLength: 25 }),
    fc.uniqueArray(orderArb, { maxLength: 6, selector: (order) => order.id }),
    optionsArb,
  ])("deliveryLeadTime", (raw, orders, o) => {
    const deliveries = unique(raw);
    const settings = checkDurationOptions({ ...serviceOptions(o), unit: o.unit, dayCount: o.dayCount });
    const [table, reference] = runners({ deliveries, orders });
    const result = deliveryLeadTimeOf(table, settings);
    expect(result).toEqual(deliveryLeadTimeOf(reference, settings));
    // The deliveries of the period are in the lead time, or counted as missing their order or delivered before it.
    const known = new Set(orders.map((order) => order.id));
    const inWindow = deliveries.filter(
      (d) =>
        d.deliveredAt !== undefined &&
        d.deliveredAt.getTime() >= settings.start &&
        d.deliveredAt.getTime() < settings.cut,
    );
    expect(result.delivered).toBe(inWindow.length);
    const missingInWindow = inWindow.filter((d) => !known.has(d.orderId)).length;
    expect(result.leadTime.count + result.deliveredBeforeOrder + missingInWindow).toBe(inWindow.length);
  });

  test.prop([fc.array(penaltyArb, { maxLength: 30 }), optionsArb])("penaltyAmount", (raw, o) => {
    const penalties = unique(raw);
    const settings = checkServiceOptions(serviceOptions(o));
    const [table, reference] = runners({ penalties });
    const result = penaltyAmountOf(table, settings, new CurrencyGuard({}));
    expect(result).toEqual(penaltyAmountOf(reference, settings, new CurrencyGuard({})));
    const counted = penalties.filter((p) => p.date.getTime() >= settings.start && p.date.getTime() < settings.cut);
    expect(result.count).toBe(counted.length);
    expect(result.amount.equals(counted.reduce((sum, p) => sum.plus(p.amount), new Dec(0)))).toBe(true);
  });
});
