import { describe, expect, it } from "vitest";
import { InvalidArgumentError, MixedCurrencyError, UnknownStageError } from "../../errors/index.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Deal, Order, RevenueTarget, Seller } from "../../model/types.js";
import { toDecimal } from "../../money/decimal.js";
import { pipeline } from "./pipeline.js";
import { pipelineGrouped, PipelineGroupedResultSchema } from "./pipelineGrouped.js";

// Every expected value below is worked out by hand; the arithmetic is in the comments.

function deal(id: string, ownerId: string, amount: string, close?: string, currency = "EUR"): Deal {
  return {
    id,
    ownerId,
    amount: toDecimal(amount),
    currency,
    stage: "proposal",
    createdAt: new Date("2026-01-01T00:00:00Z"),
    ...(close === undefined ? {} : { expectedCloseDate: new Date(close) }),
    status: "open",
  };
}

function order(id: string, sellerId: string, date: string, amount: string): Order {
  return { id, sellerId, date: new Date(date), amount: toDecimal(amount), currency: "EUR", customerId: "c" };
}

function target(id: string, level: RevenueTarget["level"], scopeId: string | undefined, amount: string): RevenueTarget {
  return {
    id,
    level,
    ...(scopeId === undefined ? {} : { scopeId }),
    start: new Date("2026-04-01T00:00:00Z"),
    end: new Date("2026-07-01T00:00:00Z"),
    amount: toDecimal(amount),
    currency: "EUR",
  };
}

const asOf = new Date("2026-05-10T12:00:00Z");
const stageProbabilities = { proposal: "0.5" };
const sellers: Seller[] = [
  { id: "s1", name: "Ana", teamId: "north" },
  { id: "s2", name: "Bo", teamId: "north" },
  { id: "s3", name: "Cy", teamId: "south" },
  { id: "s4", name: "Di" },
];
const deals = [
  deal("a", "s1", "1000", "2026-05-20"), // 500 weighted, May
  deal("b", "s2", "2000", "2026-06-15"), // 1000, June
  deal("c", "s1", "400"), // undated, 200
  deal("d", "__proto__", "600", "2026-05-01"), // overdue, 300
];

describe("pipelineGrouped by seller", () => {
  const result = pipelineGrouped(deals, { asOf, stageProbabilities, groupBy: "seller", sellers, explain: true });

  it("lists roster sellers (with zeros) then other owners", () => {
    expect(result.indicator).toBe("pipeline");
    expect(result.unit).toBe("money");
    expect(result.groupBy).toBe("seller");
    expect(result.grain).toBe("month");
    expect(result.asOf).toEqual(asOf);
    expect(result.currency).toBe("EUR");
    expect(
      result.groups.map((g) => [
        g.key,
        g.result.totals.dealCount,
        g.result.totals.unweighted.toString(),
        g.result.totals.weighted.toString(),
      ]),
    ).toEqual([
      ["s1", 2, "1400", "700"], // a + c: 1000 + 400, 500 + 200
      ["s2", 1, "2000", "1000"],
      ["s3", 0, "0", "0"],
      ["s4", 0, "0", "0"],
      ["__proto__", 1, "600", "300"],
    ]);
    expect(result.groups.map((g) => g.result.scope)).toEqual([
      { level: "seller", sellerId: "s1" },
      { level: "seller", sellerId: "s2" },
      { level: "seller", sellerId: "s3" },
      { level: "seller", sellerId: "s4" },
      { level: "seller", sellerId: "__proto__" },
    ]);
  });

  it("gives every group the common currency, empty ones included", () => {
    expect(result.groups.every((g) => g.result.currency === "EUR")).toBe(true);
  });

  it("adds up to the company pipeline", () => {
    const company = pipeline(deals, { asOf, stageProbabilities });
    // 1400 + 2000 + 600 = 4000 = 1000 + 2000 + 400 + 600; 700 + 1000 + 300 = 2000
    const sum = result.groups.reduce((acc, g) => acc.plus(g.result.totals.weighted), toDecimal(0));
    expect(sum.toString()).toBe(company.totals.weighted.toString());
    expect(company.totals.weighted.toString()).toBe("2000");
  });

  it("keeps buckets per seller from asOf's month to the seller's last deal", () => {
    const s1 = result.groups[0]?.result;
    expect(s1?.buckets.map((b) => [b.label, b.explain?.dealIds])).toEqual([["2026-05", ["a"]]]);
    const s2 = result.groups[1]?.result;
    expect(s2?.buckets.map((b) => [b.label, b.dealCount])).toEqual([
      ["2026-05", 0],
      ["2026-06", 1],
    ]);
    expect(result.groups[2]?.result.buckets).toEqual([]);
  });

  it("reads back from JSON", () => {
    expect(resultFromJSON(PipelineGroupedResultSchema, JSON.stringify(result))).toEqual(result);
  });
});

describe("pipelineGrouped with a forecast", () => {
  const period = { start: new Date("2026-04-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") };
  const orders = [
    order("o1", "s1", "2026-04-10", "300"),
    order("o2", "s5", "2026-04-11", "50"),
    order("o3", "s3", "2026-04-12", "70"),
  ];
  const targets = [
    target("ts1", "seller", "s1", "5000"),
    target("tn", "team", "north", "8000"),
    target("tc", "company", undefined, "20000"),
  ];

  it("splits orders by seller and uses each seller's own targets", () => {
    const r = pipelineGrouped(deals, {
      asOf,
      stageProbabilities,
      groupBy: "seller",
      sellers,
      forecast: { period, orders, targets },
    });
    const s1 = r.groups.find((g) => g.key === "s1")?.result.forecast;
    // s1: realized 300; window: a (2026-05-20) 1000 / 500 weighted; forecast 800; target 5000
    expect(s1?.realized.toString()).toBe("300");
    expect(s1?.weightedInWindow.toString()).toBe("500");
    expect(s1?.forecast.toString()).toBe("800");
    expect(s1?.target.toString()).toBe("5000");
    // s1 coverage: 1000 / (5000 - 300) = 1000 / 4700
    expect(s1?.coverage.value?.equals(toDecimal(1000).div(4700))).toBe(true);
    // s5 owns only an order: it still gets a group, with no target
    const s5 = r.groups.find((g) => g.key === "s5")?.result.forecast;
    expect(s5?.realized.toString()).toBe("50");
    expect(s5?.forecastAttainment.reason).toBe("no-target");
    expect(r.groups.map((g) => g.key)).toEqual(["s1", "s2", "s3", "s4", "__proto__", "s5"]);
  });

  it("groups by team with the team's own targets", () => {
    const r = pipelineGrouped(deals, {
      asOf,
      stageProbabilities,
      groupBy: "team",
      sellers,
      forecast: { period, orders, targets },
    });
    expect(r.groups.map((g) => g.key)).toEqual(["north", "south"]);
    const north = r.groups[0]?.result;
    expect(north?.scope).toEqual({ level: "team", teamId: "north" });
    // north = s1 + s2: a, b, c: 1000 + 2000 + 400 = 3400 unweighted, 1700 weighted
    expect(north?.totals.unweighted.toString()).toBe("3400");
    expect(north?.totals.weighted.toString()).toBe("1700");
    // realized o1 = 300; window a + b = 500 + 1000 = 1500; forecast 1800; target tn = 8000 (not s1's 5000)
    expect(north?.forecast?.forecast.toString()).toBe("1800");
    expect(north?.forecast?.target.toString()).toBe("8000");
    const south = r.groups[1]?.result;
    expect(south?.totals.dealCount).toBe(0);
    expect(south?.forecast?.realized.toString()).toBe("70");
  });
});

describe("pipelineGrouped checks", () => {
  it("needs a roster to group by team", () => {
    expect(() => pipelineGrouped(deals, { asOf, stageProbabilities, groupBy: "team" })).toThrow(InvalidArgumentError);
  });

  it("rejects an unknown groupBy and bad options even with no group", () => {
    expect(() => pipelineGrouped(deals, { asOf, stageProbabilities, groupBy: "account" as "seller" })).toThrow(
      InvalidArgumentError,
    );
    expect(() => pipelineGrouped([], { asOf: new Date("x"), stageProbabilities, groupBy: "seller" })).toThrow(
      InvalidArgumentError,
    );
    expect(() => pipelineGrouped([], { asOf, stageProbabilities: { p: "2" }, groupBy: "seller" })).toThrow(
      InvalidArgumentError,
    );
    expect(() => pipelineGrouped([], { asOf, stageProbabilities, grain: "day" as "month", groupBy: "seller" })).toThrow(
      InvalidArgumentError,
    );
  });

  it("refuses groups in different currencies", () => {
    expect(() =>
      pipelineGrouped([deal("a", "s1", "1"), deal("b", "s2", "1", undefined, "USD")], {
        asOf,
        stageProbabilities,
        groupBy: "seller",
      }),
    ).toThrow(MixedCurrencyError);
  });

  it("raises the unknown stage of an open deal", () => {
    expect(() =>
      pipelineGrouped([{ ...deal("a", "s1", "1"), stage: "demo" }], { asOf, stageProbabilities, groupBy: "seller" }),
    ).toThrow(UnknownStageError);
  });

  it("gives an empty grouping a null currency", () => {
    const r = pipelineGrouped([], { asOf, stageProbabilities, groupBy: "seller" });
    expect(r.groups).toEqual([]);
    expect(r.currency).toBeNull();
  });
});

describe("pipelineGrouped by customer", () => {
  const at = (id: string, customerId: string | undefined, amount: string, close?: string): Deal => {
    const base = deal(id, "s1", amount, close);
    return customerId === undefined ? base : { ...base, customerId };
  };
  const byCustomer = [
    at("a", "acme", "1000", "2026-05-20"), // 500 weighted
    at("b", "__proto__", "3000", "2026-06-15"), // 1500
    at("c", "acme", "400"), // undated, 200: acme 1400 / 700
    at("d", "initech", "200", "2026-05-01"), // overdue, 100
    at("e", "umbrella", "200", "2026-05-30"), // 100 (ties with initech)
    at("f", undefined, "600", "2026-05-25"), // no customer: 300
    { ...at("g", "hooli", "9000", "2026-05-20"), closedAt: new Date("2026-04-01T00:00:00Z"), status: "won" as const }, // closed: no group
  ];

  it("ranks customers by weighted pipeline, ties by id, and reports the deals without a customer", () => {
    const r = pipelineGrouped(byCustomer, { asOf, stageProbabilities, groupBy: "customer", explain: true });
    expect(r.groupBy).toBe("customer");
    expect(
      r.groups.map((g) => [
        g.key,
        g.result.totals.dealCount,
        g.result.totals.unweighted.toString(),
        g.result.totals.weighted.toString(),
      ]),
    ).toEqual([
      ["__proto__", 1, "3000", "1500"],
      ["acme", 2, "1400", "700"],
      ["initech", 1, "200", "100"], // initech < umbrella
      ["umbrella", 1, "200", "100"],
    ]);
    expect(r.groups.map((g) => g.result.scope)).toEqual([
      { level: "company" },
      { level: "company" },
      { level: "company" },
      { level: "company" },
    ]);
    expect(r.groups[1]?.result.totals.explain?.dealIds).toEqual(["a", "c"]);
    expect(r.rest).toBeNull();
    // f: 600, 300 weighted
    expect(r.withoutCustomer).toEqual({
      dealCount: 1,
      unweighted: toDecimal(600),
      weighted: toDecimal(300),
      explain: { dealIds: ["f"] },
    });
    expect(resultFromJSON(PipelineGroupedResultSchema, JSON.stringify(r))).toEqual(r);
  });

  it("keeps the top customers and folds the others into rest", () => {
    const r = pipelineGrouped(byCustomer, { asOf, stageProbabilities, groupBy: "customer", top: 2, explain: true });
    expect(r.groups.map((g) => g.key)).toEqual(["__proto__", "acme"]);
    // initech + umbrella: 2 deals, 400, 200 weighted; d is overdue, e in May
    const rest = r.rest;
    expect(rest?.groupCount).toBe(2);
    expect([
      rest?.result.totals.dealCount,
      rest?.result.totals.unweighted.toString(),
      rest?.result.totals.weighted.toString(),
    ]).toEqual([2, "400", "200"]);
    expect(rest?.result.totals.explain?.dealIds).toEqual(["d", "e"]);
    expect(rest?.result.overdue.explain?.dealIds).toEqual(["d"]);
    expect(rest?.result.buckets.map((b) => [b.label, b.dealCount])).toEqual([["2026-05", 1]]);
    // groups + rest + without a customer = the company: 3000 + 1400 + 400 + 600 = 5400
    expect(pipeline(byCustomer, { asOf, stageProbabilities }).totals.unweighted.toString()).toBe("5400");
    // nothing folded when top covers every customer
    expect(pipelineGrouped(byCustomer, { asOf, stageProbabilities, groupBy: "customer", top: 4 }).rest).toBeNull();
    expect(resultFromJSON(PipelineGroupedResultSchema, JSON.stringify(r))).toEqual(r);
  });

  it("splits the forecast's orders by customer, with no target", () => {
    const period = { start: new Date("2026-04-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") };
    const orders = [
      { ...order("o1", "s1", "2026-04-10", "300"), customerId: "acme" },
      { ...order("o2", "s2", "2026-04-11", "50"), customerId: "globex" }, // a customer with an order only
      { ...order("o3", "s2", "2026-06-11", "70"), customerId: "acme" }, // after asOf: not realized
    ];
    const targets = [target("tc", "company", undefined, "20000")];
    const r = pipelineGrouped(byCustomer, {
      asOf,
      stageProbabilities,
      groupBy: "customer",
      forecast: { period, orders, targets },
    });
    const acme = r.groups.find((g) => g.key === "acme")?.result.forecast;
    // acme: realized o1 = 300; window a (05-20): 500 weighted; forecast 800; no customer target
    expect(acme?.realized.toString()).toBe("300");
    expect(acme?.orderCount).toBe(1);
    expect(acme?.forecast.toString()).toBe("800");
    expect(acme?.target.toString()).toBe("0");
    expect(acme?.forecastAttainment.reason).toBe("no-target");
    // globex has no open deal: last, with its realized 50
    expect(r.groups.map((g) => g.key)).toEqual(["__proto__", "acme", "initech", "umbrella", "globex"]);
    expect(r.groups[4]?.result.forecast?.realized.toString()).toBe("50");
  });

  it("checks top and the stages", () => {
    expect(() => pipelineGrouped(byCustomer, { asOf, stageProbabilities, groupBy: "customer", top: 0 })).toThrow(
      /top must be a positive integer/,
    );
    expect(() => pipelineGrouped(byCustomer, { asOf, stageProbabilities, groupBy: "customer", top: 1.5 })).toThrow(
      InvalidArgumentError,
    );
    expect(() => pipelineGrouped(byCustomer, { asOf, stageProbabilities, groupBy: "seller", top: 2 })).toThrow(
      /customer groups only/,
    );
    expect(() =>
      pipelineGrouped([{ ...at("x", "acme", "1"), stage: "demo" }, at("y", undefined, "1")], {
        asOf,
        stageProbabilities: {},
        groupBy: "customer",
      }),
    ).toThrow(/2 stages have no probability: "demo" \(1 deal\), "proposal" \(1 deal\)/);
  });

  it("gives no group but the deals without a customer when no deal has one", () => {
    const r = pipelineGrouped([at("f", undefined, "600")], { asOf, stageProbabilities, groupBy: "customer", top: 3 });
    expect(r.groups).toEqual([]);
    expect(r.rest).toBeNull();
    expect(r.withoutCustomer?.dealCount).toBe(1);
    expect(r.currency).toBe("EUR");
  });
});

describe("pipelineGrouped by seller and team: the customer fields", () => {
  it("are null", () => {
    const r = pipelineGrouped(deals, { asOf, stageProbabilities, groupBy: "team", sellers });
    expect(r.rest).toBeNull();
    expect(r.withoutCustomer).toBeNull();
  });

  it("lists every unknown stage of the groups' deals", () => {
    const mixed = [
      { ...deal("a", "s1", "1"), stage: "z" },
      { ...deal("b", "s3", "1"), stage: "__proto__" },
      { ...deal("c", "s4", "1"), stage: "z" },
    ];
    // by team: s4 is in no team, so its deal needs no stage
    try {
      pipelineGrouped(mixed, { asOf, stageProbabilities, groupBy: "team", sellers });
      expect.unreachable();
    } catch (error) {
      expect((error as UnknownStageError).stages).toEqual([
        { stage: "__proto__", dealCount: 1 },
        { stage: "z", dealCount: 1 },
      ]);
    }
  });
});
