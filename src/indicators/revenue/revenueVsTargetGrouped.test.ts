import { describe, expect, it } from "vitest";
import { MixedCurrencyError } from "../../errors/index.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Order, RevenueTarget, Seller, TargetLevel } from "../../model/types.js";
import { toDecimal } from "../../money/decimal.js";
import type { Period } from "../../period/types.js";
import { revenueVsTarget } from "./revenueVsTarget.js";
import {
  revenueVsTargetGrouped,
  RevenueVsTargetGroupedResultSchema,
  type RevenueVsTargetGroupedOptions,
} from "./revenueVsTargetGrouped.js";

// Every expected value below is worked out by hand; the arithmetic is in the comments.

const d = (iso: string): Date => new Date(iso);

function order(id: string, seller: string, date: string, amount: string, currency = "EUR"): Order {
  return { id, date: d(date), amount: toDecimal(amount), currency, sellerId: seller, customerId: "c1" };
}

function target(id: string, level: TargetLevel, scopeId: string | undefined, amount: string): RevenueTarget {
  return {
    id,
    level,
    scopeId,
    start: d("2026-01-01T00:00:00Z"),
    end: d("2026-02-01T00:00:00Z"),
    amount: toDecimal(amount),
    currency: "EUR",
  };
}

const JAN: Period = { start: d("2026-01-01T00:00:00Z"), end: d("2026-02-01T00:00:00Z") };
const sellers: Seller[] = [
  { id: "s1", name: "Ana", teamId: "north" },
  { id: "s2", name: "Bo", teamId: "north" },
  { id: "s3", name: "Cy", teamId: "south" },
];
const orders = [
  order("o1", "s1", "2026-01-05T00:00:00Z", "600"),
  order("o2", "s2", "2026-01-06T00:00:00Z", "300"),
  order("o9", "s9", "2026-01-07T00:00:00Z", "100"), // s9 is not in the roster: still listed
  order("o5", "s5", "2025-12-20T00:00:00Z", "70"), // s5 sold only before the period: listed with 0
  order("o1-dec", "s1", "2025-12-20T00:00:00Z", "50"), // before the period
];
const targets = [
  target("ts1", "seller", "s1", "1000"),
  target("ts2", "seller", "s2", "1000"),
  target("ts7", "seller", "s7", "400"), // s7 has no order and is not in the roster
  target("tn", "team", "north", "2000"),
  target("tsouth", "team", "south", "500"),
  target("tc", "company", undefined, "5000"),
];
const s = (value: { toString(): string } | null): string | null => (value === null ? null : value.toString());

const run = (
  options: Partial<RevenueVsTargetGroupedOptions> & { readonly groupBy: "seller" | "team" },
  o = orders,
  t = targets,
) => revenueVsTargetGrouped(o, { targets: t, period: JAN, sellers, ...options });

describe("revenueVsTargetGrouped by seller", () => {
  const result = run({ groupBy: "seller", explain: true });

  it("lists roster sellers (with zero) then other owners, each with their own targets", () => {
    // s1: 600 / 1,000 = 0.6 -> alert; s2: 300 / 1,000 = 0.3 -> alert; s3: 0, no target;
    // s9: 100, no target; s5: 0 in January, no target.
    expect(
      result.groups.map((g) => [
        g.key,
        s(g.result.realized),
        s(g.result.target),
        s(g.result.attainment.value),
        g.result.status,
        g.result.statusReason,
      ]),
    ).toEqual([
      ["s1", "600", "1000", "0.6", "alert", null],
      ["s2", "300", "1000", "0.3", "alert", null],
      ["s3", "0", "0", null, null, "no-target"],
      ["s9", "100", "0", null, null, "no-target"],
      ["s5", "0", "0", null, null, "no-target"],
    ]);
    expect(result.groups[0]?.result.scope).toEqual({ level: "seller", sellerId: "s1" });
    expect(result.groups[0]?.result.explain).toEqual({ orders: ["o1"], targets: ["ts1"] });
    expect(result.groups[2]?.result.explain).toEqual({ orders: [], targets: [] });
  });

  it("has the envelope fields and one currency for every group", () => {
    expect(result.indicator).toBe("revenue-vs-target");
    expect(result.unit).toBe("money");
    expect(result.currency).toBe("EUR");
    expect(result.groupBy).toBe("seller");
    expect(result.scope).toEqual({ level: "company" });
    expect(result.period).toEqual({ ...JAN, timeZone: "UTC" });
    expect(result.asOf).toBeNull();
    expect(s(result.thresholds.good)).toBe("1");
    expect(result.groups.every((g) => g.result.currency === "EUR")).toBe(true);
  });

  it("sums per-seller realized to the company realized", () => {
    // 600 + 300 + 0 + 100 + 0 = 1,000 = the company's realized.
    const sum = result.groups.reduce((acc, g) => acc.plus(g.result.realized), toDecimal(0));
    expect(s(sum)).toBe("1000");
    expect(s(revenueVsTarget(orders, { targets, period: JAN }).realized)).toBe("1000");
  });

  it("gives each group what revenueVsTarget gives for that seller", () => {
    const asOf = d("2026-01-16T12:00:00Z");
    const grouped = run({ groupBy: "seller", asOf });
    for (const group of grouped.groups) {
      const { key, result: alone } = group;
      expect(alone).toEqual(
        revenueVsTarget(orders, {
          targets,
          period: JAN,
          asOf,
          sellers,
          scope: { level: "seller", sellerId: key },
          currency: "EUR",
        }),
      );
    }
    // s1 half way: pace = 600 / (1,000 x 0.5) = 1.2 -> good.
    expect(s(grouped.groups[0]?.result.pace.value ?? null)).toBe("1.2");
    expect(grouped.groups[0]?.result.status).toBe("good");
  });

  it("warns about a seller target that no group shows", () => {
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.code).toBe("targets-without-group");
    expect(result.warnings[0]?.message).toContain('"ts7"');
    expect(result.warnings[0]?.message).toContain('"s7"');
  });

  it("keeps to the sellers of an outer team scope", () => {
    const north = run({ groupBy: "seller", scope: { level: "team", teamId: "north" } });
    expect(north.groups.map((g) => g.key)).toEqual(["s1", "s2"]);
    expect(north.scope).toEqual({ level: "team", teamId: "north" });
    expect(north.warnings).toEqual([]);
  });

  it("works without a roster (owners found in the orders only)", () => {
    const bare = revenueVsTargetGrouped(orders, { targets, period: JAN, groupBy: "seller" });
    expect(bare.groups.map((g) => g.key)).toEqual(["s1", "s2", "s9", "s5"]);
  });

  it("works for seller ids such as __proto__ and constructor", () => {
    const odd = [
      order("p1", "__proto__", "2026-01-05T00:00:00Z", "250"),
      order("p2", "constructor", "2026-01-06T00:00:00Z", "90"),
    ];
    const grouped = revenueVsTargetGrouped(odd, {
      targets: [target("tp", "seller", "__proto__", "500")],
      period: JAN,
      groupBy: "seller",
      sellers: [{ id: "toString", name: "T" }],
    });
    // __proto__: 250 / 500 = 0.5; constructor: 90, no target; toString: roster seller with 0.
    expect(grouped.groups.map((g) => [g.key, s(g.result.realized), s(g.result.attainment.value)])).toEqual([
      ["toString", "0", null],
      ["__proto__", "250", "0.5"],
      ["constructor", "90", null],
    ]);
    expect(resultFromJSON(RevenueVsTargetGroupedResultSchema, JSON.stringify(grouped))).toEqual(grouped);
  });

  it("checks one currency across the groups", () => {
    const mixed = [
      order("o1", "s1", "2026-01-05T00:00:00Z", "1"),
      order("o2", "s2", "2026-01-05T00:00:00Z", "1", "USD"),
    ];
    expect(() => run({ groupBy: "seller" }, mixed, [])).toThrow(MixedCurrencyError);
  });

  it("round-trips through JSON", () => {
    expect(resultFromJSON(RevenueVsTargetGroupedResultSchema, JSON.stringify(result))).toEqual(result);
  });
});

describe("revenueVsTargetGrouped by team", () => {
  it("sums each team's members against the team's own target", () => {
    // north = s1 + s2 = 900 against 2,000 -> 0.45 -> alert; south = 0 against 500 -> 0 -> alert.
    // Seller and company targets are not used (settled detail 1); s9 and s5 have no team.
    const result = run({ groupBy: "team", explain: true });
    expect(
      result.groups.map((g) => [
        g.key,
        s(g.result.realized),
        s(g.result.target),
        s(g.result.attainment.value),
        g.result.status,
      ]),
    ).toEqual([
      ["north", "900", "2000", "0.45", "alert"],
      ["south", "0", "500", "0", "alert"],
    ]);
    expect(result.groups[0]?.result.scope).toEqual({ level: "team", teamId: "north" });
    expect(result.groups[0]?.result.explain).toEqual({ orders: ["o1", "o2"], targets: ["tn"] });
    expect(result.warnings).toEqual([]);
  });

  it("does not roll the members' targets up, and says so", () => {
    const result = run(
      { groupBy: "team" },
      orders,
      targets.filter((t) => t.id !== "tn"),
    );
    const north = result.groups[0];
    expect(north?.result.attainment.reason).toBe("no-target");
    expect(north?.result.warnings[0]?.message).toContain("2 target(s)");
  });

  it("keeps to one team inside a team scope", () => {
    const result = run({ groupBy: "team", scope: { level: "team", teamId: "south" } });
    expect(result.groups.map((g) => g.key)).toEqual(["south"]);
  });

  it("warns about a team target that no group shows", () => {
    const result = run({ groupBy: "team" }, orders, [...targets, target("tw", "team", "west", "10")]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.message).toContain('"west"');
  });

  it("refuses bad grouping options", () => {
    expect(() => revenueVsTargetGrouped(orders, { targets, period: JAN, groupBy: "team" })).toThrow(/roster/);
    expect(() => run({ groupBy: "team", scope: { level: "seller", sellerId: "s1" } })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
    expect(() => run({ groupBy: "product" as never })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });
});
