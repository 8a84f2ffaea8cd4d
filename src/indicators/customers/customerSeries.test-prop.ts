/**
 * Properties of the customer series (new customer revenue, new versus existing revenue, renewal
 * rate): on random order histories, ranges, grains, zones, scopes and `asOf` cuts, each series is
 * the same on the tables and record by record (errors included), each bucket is the single form
 * over that bucket as its period, `total` the single form over the range, and the figures are the
 * same with and without `explain`.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { referenceRunner } from "../../../test/kernel/referenceExecutor.js";
import type { Order, Seller } from "../../model/types.js";
import type { Grain } from "../../period/types.js";
import { periodContaining } from "../../period/periodContaining.js";
import { tableRunner, type PlanRunner } from "../../table/kernel/executePlan.js";
import { orderColumnsOf } from "../../table/_columns.js";
import type { Scope } from "../types.js";
import { customerOrdersArb } from "./_testOrders.js";
import { customerRevenueOf } from "./_customerRevenueFigures.js";
import { customerRevenueSeriesOf } from "./_customerRevenueSeries.js";
import { renewalRateOf } from "./_renewalRateFigures.js";
import { renewalRateSeriesOf } from "./_renewalRateSeries.js";

const FROM = Date.parse("2025-09-01T00:00:00Z");
const TO = Date.parse("2026-09-01T00:00:00Z");
const OWNERS = ["ann", "bob", "__proto__"];
const CUSTOMERS = ["acme", "bolt", "cora", "__proto__", "constructor", undefined];
const ROSTER: Seller[] = [
  { id: "ann", teamId: "north" },
  { id: "bob", teamId: "south" },
  { id: "__proto__", teamId: "north" },
];
const ZONES = ["UTC", "Europe/Paris", "America/New_York"];

const ordersArb = customerOrdersArb(FROM, TO, OWNERS, CUSTOMERS);

// Ranges of whole calendar units (the usual case) and arbitrary instants (clipped first and last buckets).
const seriesArb = fc.record({
  range: fc.oneof(
    fc
      .record({
        t: fc.integer({ min: FROM, max: TO }),
        unit: fc.constantFrom<Grain>("quarter", "semester"),
        zone: fc.constantFrom(...ZONES),
      })
      .map(({ t, unit, zone }) => {
        const period = periodContaining(new Date(t), unit, { timeZone: zone });
        return { start: period.start, end: period.end, zone };
      }),
    fc
      .record({
        t: fc.integer({ min: FROM, max: TO }),
        length: fc.integer({ min: 1, max: 120 * 86_400_000 }),
        zone: fc.constantFrom(...ZONES),
      })
      .map(({ t, length, zone }) => ({ start: new Date(t), end: new Date(t + length), zone })),
  ),
  grain: fc.constantFrom<Grain>("week", "month", "quarter"),
  asOf: fc.option(fc.integer({ min: FROM, max: TO }), { nil: undefined }),
  scope: fc.constantFrom<Scope>(
    { level: "company" },
    { level: "seller", sellerId: "__proto__" },
    { level: "team", teamId: "north" },
  ),
  explain: fc.boolean(),
});

type Series = typeof seriesArb extends fc.Arbitrary<infer T> ? T : never;

function shared(s: Series): { timeZone: string; sellers: Seller[]; scope: Scope; explain: boolean; asOf?: Date } {
  return {
    timeZone: s.range.zone,
    sellers: ROSTER,
    scope: s.scope,
    explain: s.explain,
    ...(s.asOf === undefined ? {} : { asOf: new Date(s.asOf) }),
  };
}

/** The outcome of a call: its result as JSON, or the error's name and message. */
function outcome(call: () => unknown): string {
  try {
    return JSON.stringify(call());
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

const tables = (orders: readonly Order[]): PlanRunner => tableRunner({ orders: orderColumnsOf(orders, "orders") });

/** The result without its `label`, as JSON: the single form's shape. */
function unlabelled(value: object): string {
  const { label: _label, ...rest } = value as { readonly label?: string };
  return JSON.stringify(rest);
}

describe("customer series", () => {
  test.prop([ordersArb, seriesArb])(
    "revenue series: tables = reference, each bucket = the single form over it",
    (orders, s) => {
      const options = { ...shared(s), range: { start: s.range.start, end: s.range.end }, grain: s.grain };
      for (const id of ["new-customer-revenue", "new-vs-existing-revenue"] as const) {
        const fast = outcome(() => customerRevenueSeriesOf(tables(orders), options, id));
        expect(fast).toBe(outcome(() => customerRevenueSeriesOf(referenceRunner({ orders }), options, id)));
        const series = customerRevenueSeriesOf(tables(orders), options, id);
        series.buckets.forEach((bucket) => {
          const single = customerRevenueOf(tables(orders), { ...shared(s), period: bucket.period }, id);
          // Each bucket carries the series' one currency; the single form alone would have its own.
          expect(bucket.currency).toBe(series.currency);
          expect(unlabelled({ ...bucket, currency: single.currency })).toBe(JSON.stringify(single));
        });
        const total = customerRevenueOf(tables(orders), { ...shared(s), period: options.range }, id);
        expect(JSON.stringify({ ...series.total, currency: total.currency })).toBe(JSON.stringify(total));
        if (id === "new-customer-revenue") {
          // A customer is new in one bucket at most, that of its first order ever. Company-wide, that
          // order is in scope, so the buckets' new customers are the range's; in a narrower scope a
          // customer whose first order is another team's, in an earlier bucket, is new in the range
          // but in none of its buckets.
          const fresh = series.buckets.reduce((n, b) => n + b.newCustomers.customerCount, 0);
          if (s.scope.level === "company") expect(fresh).toBe(series.total.newCustomers.customerCount);
          else expect(fresh).toBeLessThanOrEqual(series.total.newCustomers.customerCount);
        }
      }
    },
  );

  test.prop([ordersArb, seriesArb])(
    "renewal series: tables = reference, each bucket = the single form over it",
    (orders, s) => {
      const options = { ...shared(s), range: { start: s.range.start, end: s.range.end }, grain: s.grain };
      const fast = outcome(() => renewalRateSeriesOf(tables(orders), options));
      expect(fast).toBe(outcome(() => renewalRateSeriesOf(referenceRunner({ orders }), options)));
      const series = renewalRateSeriesOf(tables(orders), options);
      series.buckets.forEach((bucket) => {
        expect(unlabelled(bucket)).toBe(
          JSON.stringify(renewalRateOf(tables(orders), { ...shared(s), period: bucket.period })),
        );
      });
      expect(JSON.stringify(series.total)).toBe(
        JSON.stringify(renewalRateOf(tables(orders), { ...shared(s), period: options.range })),
      );
    },
  );

  test.prop([ordersArb, seriesArb])("the figures are the same with and without explain", (orders, s) => {
    const strip = (json: string): unknown => {
      const { buckets, total, ...rest } = JSON.parse(json) as {
        buckets: Record<string, unknown>[];
        total: Record<string, unknown>;
      };
      const without = ({ explain: _explain, ...figures }: Record<string, unknown>): unknown => figures;
      return { ...rest, buckets: buckets.map(without), total: without(total) };
    };
    const both = (call: (explain: boolean) => unknown): unknown[] =>
      [false, true].map((explain) => strip(JSON.stringify(call(explain))));
    const range = { start: s.range.start, end: s.range.end };
    for (const id of ["new-customer-revenue", "new-vs-existing-revenue"] as const) {
      const [plain, explained] = both((explain) =>
        customerRevenueSeriesOf(tables(orders), { ...shared(s), explain, range, grain: s.grain }, id),
      );
      expect(plain).toEqual(explained);
    }
    const [plain, explained] = both((explain) =>
      renewalRateSeriesOf(tables(orders), { ...shared(s), explain, range, grain: s.grain }),
    );
    expect(plain).toEqual(explained);
  });
});
