/**
 * Properties of the series and grouped forms of the delivery indicators (17, 20, 22): on random
 * deliveries and orders, across zones, grains, units, day counts and `asOf` cuts, each form gives
 * the same result on the tables and record by record; each bucket is the single form over that
 * bucket; each group is the single form over the deliveries of that group's orders; and no
 * delivery is lost (buckets add up to the total, groups and `ungrouped` add up to the total).
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { Dec } from "../../money/dec.js";
import type { Delivery } from "../../model/serviceTypes.js";
import type { Order, Seller } from "../../model/types.js";
import type { DayCount, Grain } from "../../period/types.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { recordColumns } from "../../table/recordTable.js";
import { tableRunner, type PlanRunner } from "../../table/kernel/executePlan.js";
import { referenceRunner } from "../../../test/kernel/referenceExecutor.js";
import { checkDurationOptions, checkSeriesOptions, checkServiceOptions } from "./_serviceSettings.js";
import { deliveryLatenessGroupedOf, deliveryLatenessOf, deliveryLatenessSeriesOf } from "./_deliveryLateness.js";
import { deliveryLeadTimeGroupedOf, deliveryLeadTimeOf, deliveryLeadTimeSeriesOf } from "./_deliveryLeadTime.js";
import {
  nonConformingDeliveriesGroupedOf,
  nonConformingDeliveriesOf,
  nonConformingDeliveriesSeriesOf,
} from "./_nonConformingDeliveries.js";
import { groupLayoutOf } from "./_deliveryForms.js";
import type { DurationUnit } from "../durations.js";

const FROM = Date.parse("2026-01-01T00:00:00Z");
const TO = Date.parse("2026-07-01T00:00:00Z");
const DAY = 86_400_000;
const RANGE = { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") };
const ORDER_IDS = ["o1", "o2", "o3", "__proto__", "constructor"];
const SELLERS = ["ann", "bob", "__proto__", "cy"];
const ROSTER: readonly Seller[] = [
  { id: "ann", teamId: "north" },
  { id: "__proto__", teamId: "toString" },
  { id: "dee", teamId: "north" },
];

const time = fc.integer({ min: FROM, max: TO });

const optionsArb = fc.record({
  timeZone: fc.constantFrom("UTC", "Europe/Paris", "America/New_York"),
  asOf: fc.option(
    time.map((t) => new Date(t)),
    { nil: undefined },
  ),
  unit: fc.constantFrom<DurationUnit>("hours", "days"),
  dayCount: fc.constantFrom<DayCount>("calendar", "business"),
  explain: fc.boolean(),
  grain: fc.constantFrom<Grain>("week", "month", "quarter"),
  groupBy: fc.constantFrom("seller" as const, "team" as const),
});
type Options = typeof optionsArb extends fc.Arbitrary<infer O> ? O : never;

const orderArb: fc.Arbitrary<Order> = fc.record({
  id: fc.constantFrom(...ORDER_IDS),
  date: time.map((t) => new Date(t)),
  amount: fc.constant(new Dec(100)),
  currency: fc.constant("EUR"),
  sellerId: fc.constantFrom(...SELLERS),
  customerId: fc.constant("c1"),
});

const deliveryArb: fc.Arbitrary<Delivery> = fc
  .record({
    id: fc.constant("l"),
    orderId: fc.constantFrom(...ORDER_IDS, "missing"),
    customerId: fc.constant("c1"),
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

const recordsArb = fc.record({
  deliveries: fc
    .array(deliveryArb, { maxLength: 25 })
    .map((list) => list.map((delivery, i) => ({ ...delivery, id: `${delivery.id}-${i}` }))),
  orders: fc.uniqueArray(orderArb, { maxLength: 5, selector: (order) => order.id }),
});

function runners(deliveries: Delivery[], orders: Order[]): [PlanRunner, PlanRunner] {
  return [
    tableRunner({ deliveries: recordColumns("deliveries", deliveries), orders: orderColumnsOf(orders, "orders") }),
    referenceRunner({ deliveries, orders }),
  ];
}

function durationOptions(o: Options, explain = o.explain) {
  return {
    timeZone: o.timeZone,
    explain,
    unit: o.unit,
    dayCount: o.dayCount,
    ...(o.asOf === undefined ? {} : { asOf: o.asOf }),
  };
}

/** The group of each order: its seller, or the seller's team by team (none: no group). */
function groupOf(o: Options, orders: readonly Order[]): Map<string, string> {
  const teams = new Map(ROSTER.map((seller) => [seller.id, seller.teamId as string]));
  const groups = new Map<string, string>();
  for (const order of orders) {
    const group = o.groupBy === "seller" ? order.sellerId : teams.get(order.sellerId);
    if (group !== undefined) groups.set(order.id, group);
  }
  return groups;
}

describe("delivery series: tables = reference, each bucket = the single form over it, nothing lost", () => {
  test.prop([recordsArb, optionsArb], { numRuns: 50 })(
    "lateness, non-conformity and lead time series",
    ({ deliveries, orders }, o) => {
      const [table, reference] = runners(deliveries, orders);
      const { settings, series } = checkSeriesOptions(
        { ...durationOptions(o), range: RANGE, grain: o.grain },
        "month",
        checkDurationOptions,
      );
      const lateness = deliveryLatenessSeriesOf(table, settings, series.buckets);
      expect(lateness).toEqual(deliveryLatenessSeriesOf(reference, settings, series.buckets));
      expect(lateness.total).toEqual(deliveryLatenessOf(table, settings));
      const conformity = nonConformingDeliveriesSeriesOf(table, settings, series.buckets);
      expect(conformity).toEqual(nonConformingDeliveriesSeriesOf(reference, settings, series.buckets));
      const leadTime = deliveryLeadTimeSeriesOf(table, settings, series.buckets);
      expect(leadTime).toEqual(deliveryLeadTimeSeriesOf(reference, settings, series.buckets));
      expect(leadTime.total).toEqual(deliveryLeadTimeOf(table, settings));

      series.buckets.forEach((bucket, index) => {
        const alone = checkDurationOptions({ ...durationOptions(o), period: bucket });
        const single = deliveryLatenessOf(table, alone);
        const got = lateness.buckets[index];
        expect([got?.delivered, got?.lateness, got?.lateShare]).toEqual([
          single.delivered,
          single.lateness,
          single.lateShare,
        ]);
        const { label, ...verdicts } = conformity.buckets[index] ?? { label: "" };
        expect(label).toBe(bucket.label);
        expect(verdicts).toEqual(
          nonConformingDeliveriesOf(table, checkServiceOptions({ ...durationOptions(o), period: bucket })),
        );
        const lead = deliveryLeadTimeOf(table, alone);
        expect(leadTime.buckets[index]?.leadTime).toEqual(lead.leadTime);
      });
      const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
      expect(sum(lateness.buckets.map((b) => b.delivered))).toBe(lateness.total.delivered);
      expect(sum(conformity.buckets.map((b) => b.nonConforming))).toBe(conformity.total.nonConforming);
      expect(sum(leadTime.buckets.map((b) => b.leadTime.count))).toBe(leadTime.total.leadTime.count);
    },
  );
});

describe("delivery grouped forms: tables = reference, each group = its deliveries alone, nothing lost", () => {
  test.prop([recordsArb, optionsArb])("lateness, non-conformity and lead time by seller or team", (records, o) => {
    const { deliveries, orders } = records;
    const [table, reference] = runners(deliveries, orders);
    const settings = checkDurationOptions({ ...durationOptions(o), period: RANGE });
    const grouping = { groupBy: o.groupBy, sellers: ROSTER };
    const lateness = deliveryLatenessGroupedOf(table, settings, groupLayoutOf(table, grouping));
    expect(lateness).toEqual(deliveryLatenessGroupedOf(reference, settings, groupLayoutOf(reference, grouping)));
    const conformity = nonConformingDeliveriesGroupedOf(table, settings, groupLayoutOf(table, grouping));
    expect(conformity).toEqual(
      nonConformingDeliveriesGroupedOf(reference, settings, groupLayoutOf(reference, grouping)),
    );
    const leadTime = deliveryLeadTimeGroupedOf(table, settings, groupLayoutOf(table, grouping));
    expect(leadTime).toEqual(deliveryLeadTimeGroupedOf(reference, settings, groupLayoutOf(reference, grouping)));

    // Each group is the single form over the deliveries of its orders (ids lists aside: they follow the groups).
    const plain = checkDurationOptions({ ...durationOptions(o, false), period: RANGE });
    const groups = groupOf(o, orders);
    const keys = o.groupBy === "seller" ? ROSTER.map((s) => s.id) : ["north", "toString"];
    expect(lateness.groups.slice(0, keys.length).map((g) => g.key)).toEqual(keys);
    const plainLateness = deliveryLatenessGroupedOf(table, plain, groupLayoutOf(table, grouping));
    const plainLead = deliveryLeadTimeGroupedOf(table, plain, groupLayoutOf(table, grouping));
    // Groups past the listed ones come in order of first appearance in each indicator's own plans,
    // so the two lists may differ in order and in membership: each is checked on its own.
    const aloneOf = (key: string): PlanRunner =>
      runners(
        deliveries.filter((d) => groups.get(d.orderId) === key),
        orders,
      )[0];
    for (const group of plainLateness.groups) {
      expect(group.result).toEqual(deliveryLatenessOf(aloneOf(group.key), plain));
    }
    for (const group of plainLead.groups) {
      expect(group.result).toEqual(deliveryLeadTimeOf(aloneOf(group.key), plain));
    }

    const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
    expect(sum(lateness.groups.map((g) => g.result.delivered + g.result.overdue.count)) + lateness.ungrouped).toBe(
      lateness.total.delivered + lateness.total.overdue.count,
    );
    expect(sum(conformity.groups.map((g) => g.result.delivered)) + conformity.ungrouped).toBe(
      conformity.total.delivered,
    );
    // Worked from the records: a delivery in no group counts when delivered in the window, or when
    // still open at the cut with its order placed before the cut (or not given).
    const orderDate = new Map(orders.map((order) => [order.id, order.date.getTime()]));
    const inNoGroup = deliveries.filter((d) => {
      if (groups.has(d.orderId)) return false;
      const delivered = d.deliveredAt?.getTime();
      if (delivered !== undefined && delivered >= settings.start && delivered < settings.cut) return true;
      const ordered = orderDate.get(d.orderId);
      return (
        (delivered === undefined || delivered >= settings.cut) && (ordered === undefined || ordered < settings.cut)
      );
    });
    expect(leadTime.ungrouped).toBe(inNoGroup.length);
  });
});
