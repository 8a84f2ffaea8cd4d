import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { referenceRunner } from "../../../test/kernel/referenceExecutor.js";
import { Dec } from "../../money/dec.js";
import type { Order, RevenueTarget, Seller } from "../../model/types.js";
import type { Grain } from "../../period/types.js";
import { periodContaining } from "../../period/periodContaining.js";
import { tableRunner, type PlanRunner } from "../../table/kernel/executePlan.js";
import { orderColumnsOf } from "../../table/_columns.js";
import type { Scope } from "../types.js";
import { customerOrdersArb } from "./_testOrders.js";
import { attainmentDistributionOf } from "./_attainmentDistributionFigures.js";
import { customerRevenueGroupedOf, customerRevenueOf } from "./_customerRevenueFigures.js";
import { renewalRateGroupedOf, renewalRateOf } from "./_renewalRateFigures.js";

// Every customer indicator gives the same result on the fast executor (tableRunner) and on the
// record-by-record reference executor: same figures, same warnings, same errors.

const FROM = Date.parse("2025-06-01T00:00:00Z");
const TO = Date.parse("2026-12-31T00:00:00Z");
const OWNERS = ["ann", "bob", "__proto__", "constructor", "zed"];
const CUSTOMERS = ["acme", "bolt", "__proto__", "constructor", "hasOwnProperty", undefined];
const ROSTER: Seller[] = [
  { id: "ann", teamId: "north" },
  { id: "bob", teamId: "south" },
  { id: "__proto__", teamId: "north" },
  { id: "cid", teamId: "south" },
];
const ZONES = ["UTC", "Europe/Paris", "America/New_York", "Pacific/Chatham"];

const ordersArb = customerOrdersArb(FROM, TO, OWNERS, CUSTOMERS);

const scopeArb = fc.constantFrom<Scope>(
  { level: "company" },
  { level: "seller", sellerId: "__proto__" },
  { level: "team", teamId: "north" },
);

const periodArb = fc.oneof(
  fc
    .record({
      t: fc.integer({ min: FROM, max: TO }),
      grain: fc.constantFrom<Grain>("day", "week", "month", "quarter", "semester", "year"),
      zone: fc.constantFrom(...ZONES),
      fiscal: fc.integer({ min: 1, max: 12 }),
    })
    .map(({ t, grain, zone, fiscal }) => ({
      period: periodContaining(new Date(t), grain, { timeZone: zone, fiscalYearStartMonth: fiscal }),
      zone,
      fiscal,
    })),
  fc
    .record({
      t: fc.integer({ min: FROM, max: TO }),
      length: fc.integer({ min: 1, max: 200 * 86_400_000 }),
      zone: fc.constantFrom(...ZONES),
    })
    .map(({ t, length, zone }) => ({ period: { start: new Date(t), end: new Date(t + length) }, zone, fiscal: 1 })),
);

const optionsArb = fc.record({
  at: periodArb,
  asOf: fc.option(fc.integer({ min: FROM, max: TO }), { nil: undefined }),
  scope: scopeArb,
  explain: fc.boolean(),
});

type Options = typeof optionsArb extends fc.Arbitrary<infer T> ? T : never;

function common(o: Options): {
  period: { start: Date; end: Date };
  timeZone: string;
  fiscalYearStartMonth: number;
  sellers: Seller[];
  explain: boolean;
  asOf?: Date;
} {
  return {
    period: { start: o.at.period.start, end: o.at.period.end },
    timeZone: o.at.zone,
    fiscalYearStartMonth: o.at.fiscal,
    sellers: ROSTER,
    explain: o.explain,
    ...(o.asOf === undefined ? {} : { asOf: new Date(o.asOf) }),
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

const runners = (orders: readonly Order[]) =>
  [() => tableRunner({ orders: orderColumnsOf(orders, "orders") }), () => referenceRunner({ orders })] as const;

describe("customer indicators: the fast executor equals the reference executor", () => {
  test.prop([ordersArb, optionsArb])("new customer revenue and new versus existing", (orders, o) => {
    const options = { ...common(o), scope: o.scope };
    for (const id of ["new-customer-revenue", "new-vs-existing-revenue"] as const) {
      const [fast, slow] = runners(orders).map((make) => outcome(() => customerRevenueOf(make(), options, id)));
      expect(fast).toBe(slow);
      expect(String(fast).startsWith("{")).toBe(true); // a result, not an error both sides share
      const grouped = runners(orders).map((make) =>
        outcome(() => customerRevenueGroupedOf(make(), { ...common(o), groupBy: o.explain ? "team" : "seller" }, id)),
      );
      expect(grouped[0]).toBe(grouped[1]);
    }
  });

  test.prop([ordersArb, optionsArb])("renewal rate", (orders, o) => {
    const [fast, slow] = runners(orders).map((make) =>
      outcome(() => renewalRateOf(make(), { ...common(o), scope: o.scope })),
    );
    expect(fast).toBe(slow);
    expect(String(fast).startsWith("{")).toBe(true);
    const grouped = runners(orders).map((make) =>
      outcome(() => renewalRateGroupedOf(make(), { ...common(o), groupBy: o.explain ? "seller" : "team" })),
    );
    expect(grouped[0]).toBe(grouped[1]);
  });

  test.prop([
    ordersArb,
    optionsArb,
    fc.array(fc.record({ who: fc.constantFrom(...OWNERS, "cid"), cents: fc.integer({ min: 0, max: 5_000_000 }) }), {
      maxLength: 6,
    }),
  ])("attainment distribution", (orders, o, drafts) => {
    const targets: RevenueTarget[] = drafts.map((d, i) => ({
      id: `t${i}`,
      level: "seller",
      scopeId: d.who,
      start: new Date(FROM),
      end: new Date(TO),
      amount: new Dec(d.cents).div(100),
      currency: "EUR",
    }));
    const { explain: _explain, ...rest } = common(o);
    const [fast, slow] = runners(orders).map((make) =>
      outcome(() => attainmentDistributionOf(make(), { ...rest, targets, scope: o.scope })),
    );
    expect(fast).toBe(slow);
    expect(String(fast).startsWith("{")).toBe(true);
  });
});

// Without `explain` the figures come from whole-segment totals (no reading per customer); with it,
// from every customer's cell. Both readings must give the same figures.
describe("customer indicators: the figures are the same with and without explain", () => {
  const withoutExplain = (json: string): string => {
    if (!json.startsWith("{")) return json;
    const { explain: _explain, ...rest } = JSON.parse(json) as Record<string, unknown>;
    return JSON.stringify(rest);
  };
  const both = (orders: readonly Order[], call: (run: PlanRunner, explain: boolean) => unknown): string[] =>
    [false, true].map((explain) =>
      withoutExplain(outcome(() => call(tableRunner({ orders: orderColumnsOf(orders, "orders") }), explain))),
    );

  test.prop([ordersArb, optionsArb])("new customer revenue, new versus existing, renewal rate", (orders, o) => {
    for (const id of ["new-customer-revenue", "new-vs-existing-revenue"] as const) {
      const [plain, explained] = both(orders, (run, explain) =>
        customerRevenueOf(run, { ...common(o), scope: o.scope, explain }, id),
      );
      expect(plain).toBe(explained);
    }
    const [plain, explained] = both(orders, (run, explain) =>
      renewalRateOf(run, { ...common(o), scope: o.scope, explain }),
    );
    expect(plain).toBe(explained);
    expect(String(plain).startsWith("{")).toBe(true);
  });
});
