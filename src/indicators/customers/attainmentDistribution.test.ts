import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../errors/index.js";
import { toDecimal } from "../../money/decimal.js";
import type { Order, RevenueTarget } from "../../model/types.js";
import { revenueVsTargetGrouped } from "../revenue/revenueVsTargetGrouped.js";
import { attainmentDistribution } from "./attainmentDistribution.js";

const Q1 = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };

const order = (id: string, sellerId: string, amount: string, date = "2026-02-10T00:00:00Z"): Order => ({
  id,
  date: new Date(date),
  amount: toDecimal(amount),
  currency: "EUR",
  sellerId,
  customerId: "acme",
});
const target = (sellerId: string, amount = "1000"): RevenueTarget => ({
  id: `t-${sellerId}`,
  level: "seller",
  scopeId: sellerId,
  start: Q1.start,
  end: Q1.end,
  amount: toDecimal(amount),
  currency: "EUR",
});

describe("attainmentDistribution", () => {
  it("puts every edge where the published band table does (worked by hand)", () => {
    // Bands below 50 %, 50 to 79 %, 80 to 99 %, 100 to 120 %, above 120 % (orm-tech.com/glossary/
    // attainment-distribution; the same five in salescompdesign.cortadogroup.ai/glossary/
    // quota-attainment-distribution): each holds its lower edge, 120 % is in 100-120 %.
    const amounts: readonly (readonly [string, string])[] = [
      ["a", "499.99"],
      ["b", "500"],
      ["c", "799.99"],
      ["d", "800"],
      ["e", "999.99"],
      ["f", "1000"],
      ["g", "1200"],
      ["h", "1200.01"],
      ["i", "0"],
      ["j", "-10"],
    ];
    const orders = amounts.map(([seller, amount]) => order(`o-${seller}`, seller, amount));
    const r = attainmentDistribution(orders, { period: Q1, targets: amounts.map(([seller]) => target(seller)) });
    expect(r.bands.map((b) => [b.band, b.sellerIds])).toEqual([
      ["below-0.5", ["a", "i", "j"]],
      ["0.5-0.8", ["b", "c"]],
      ["0.8-1", ["d", "e"]],
      ["1-1.2", ["f", "g"]],
      ["above-1.2", ["h"]],
    ]);
    expect(
      r.bands.map((b) => [b.lower?.toString() ?? null, b.lowerIncluded, b.upper?.toString() ?? null, b.upperIncluded]),
    ).toEqual([
      [null, false, "0.5", false],
      ["0.5", true, "0.8", false],
      ["0.8", true, "1", false],
      ["1", true, "1.2", true],
      ["1.2", false, null, false],
    ]);
    expect(r.atOrAboveTarget.value?.toString()).toBe("0.3"); // f, g, h of 10
    expect(r.sellerCount).toBe(10);
    expect(r.sellersWithTarget).toBe(10);
  });

  it("gives the share at or above quota of the Pavilion example: 8 of 12 reps is 67 %", () => {
    // "A team where 8 of 12 reps cleared quota has a 67% attainment rate"
    // (lotoftools.org/saas-tools/quota-attainment-distribution-calculator).
    const sellers = Array.from({ length: 12 }, (_, i) => `rep${i + 1}`);
    const orders = sellers.map((seller, i) => order(`o${i}`, seller, i < 8 ? "1100" : "700"));
    const r = attainmentDistribution(orders, { period: Q1, targets: sellers.map((s) => target(s)) });
    expect([r.atOrAboveTarget.numerator.toString(), r.atOrAboveTarget.denominator.toString()]).toEqual(["8", "12"]);
    expect(r.atOrAboveTarget.value?.toDecimalPlaces(2).toString()).toBe("0.67");
  });

  it("reuses revenue versus target's per-seller attainment", () => {
    const orders = [order("o1", "ann", "640"), order("o2", "bob", "1500"), order("o3", "bob", "-20")];
    const targets = [target("ann", "800"), target("bob", "1000")];
    const sellers = [{ id: "ann" }, { id: "bob" }, { id: "cid" }];
    const r = attainmentDistribution(orders, { period: Q1, targets, sellers });
    const grouped = revenueVsTargetGrouped(orders, { period: Q1, targets, sellers, groupBy: "seller" });
    expect(r.sellers.map((s) => [s.sellerId, s.attainment?.toString() ?? null])).toEqual(
      grouped.groups.map((g) => [g.key, g.result.attainment.value?.toString() ?? null]),
    );
    expect(r.sellers).toEqual([
      { sellerId: "ann", attainment: toDecimal("0.8"), band: "0.8-1" },
      {
        sellerId: "bob",
        attainment: toDecimal("1.48"),
        band: "above-1.2",
      },
      { sellerId: "cid", attainment: null, band: null },
    ]);
  });

  it("counts sellers without a target apart, with a reason, never in a band", () => {
    const r = attainmentDistribution([order("o1", "ann", "900"), order("o2", "bob", "300")], {
      period: Q1,
      targets: [target("ann")],
    });
    expect(r.withoutTarget).toEqual([{ sellerId: "bob", reason: "no-target" }]);
    expect(r.bands.reduce((n, b) => n + b.count, 0)).toBe(1);
    expect(r.atOrAboveTarget.denominator.toString()).toBe("1");
    const none = attainmentDistribution([order("o1", "ann", "900")], { period: Q1, targets: [] });
    expect(none.atOrAboveTarget).toMatchObject({ value: null, reason: "no-sellers-with-target" });
  });

  it("prorates targets as 2.1 does and warns mid-period", () => {
    const year = {
      ...target("ann", "12000"),
      start: new Date("2026-01-01T00:00:00Z"),
      end: new Date("2027-01-01T00:00:00Z"),
    };
    // Q1 is 90 of 365 days: 12000 x 90 / 365 = 2958.90...; 2959 reaches it.
    const r = attainmentDistribution([order("o1", "ann", "2959")], { period: Q1, targets: [year] });
    expect(r.sellers[0]?.band).toBe("1-1.2");
    const mid = attainmentDistribution([order("o1", "ann", "2959")], {
      period: Q1,
      targets: [year],
      asOf: new Date("2026-02-01T00:00:00Z"),
    });
    expect(mid.sellers[0]?.band).toBe("below-0.5"); // the order of 10 February is after asOf
    expect(mid.warnings.map((w) => w.code)).toEqual(["partial-period"]);
  });

  it("reads a team's sellers with a team scope, and passes on targets no seller shows", () => {
    const sellers = [
      { id: "ann", teamId: "north" },
      { id: "bob", teamId: "south" },
    ];
    const r = attainmentDistribution([order("o1", "ann", "900"), order("o2", "bob", "300")], {
      period: Q1,
      targets: [target("ann"), target("bob"), target("zed")],
      sellers,
      scope: { level: "team", teamId: "north" },
    });
    expect(r.sellers.map((s) => s.sellerId)).toEqual(["ann"]);
    const all = attainmentDistribution([order("o1", "ann", "900")], {
      period: Q1,
      targets: [target("ann"), target("zed")],
    });
    expect(all.warnings.map((w) => w.code)).toEqual(["targets-without-group"]);
  });

  it("refuses thresholds: its bands are fixed", () => {
    expect(() =>
      attainmentDistribution([], { period: Q1, targets: [], thresholds: { good: "1" } } as unknown as Parameters<
        typeof attainmentDistribution
      >[1]),
    ).toThrow(InvalidArgumentError);
  });
});
