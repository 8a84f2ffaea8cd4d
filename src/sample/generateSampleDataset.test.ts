import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isCrmKpiError } from "../errors/index.js";
import type { Deal, Order } from "../model/types.js";
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_DEFAULT_SEED,
  type SampleDataset,
} from "./generateSampleDataset.js";
import { toRawRows } from "./toRawRows.js";

const DAY = 86_400_000;
const data = generateSampleDataset();

function idsUnique(records: readonly { readonly id: string }[]): boolean {
  return new Set(records.map((r) => r.id)).size === records.length;
}

function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

function isTwoDecimals(value: { times(n: number): { isInteger(): boolean } } | undefined): boolean {
  return value === undefined || value.times(100).isInteger();
}

function sumBy<T>(records: readonly T[], key: (r: T) => string, amount: (r: T) => number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const r of records) sums.set(key(r), (sums.get(key(r)) ?? 0) + amount(r));
  return sums;
}

// Amounts are summed as cents in binary floats here only to compare magnitudes in tests: every
// amount is a whole number of cents, far below 2^53, so these sums are exact integers.
const cents = (o: Order): number => o.amount.times(100).toNumber();

describe("generateSampleDataset: determinism", () => {
  it("gives deep-equal data for the same seed, and the default seed is 42", () => {
    const again = generateSampleDataset({ seed: SAMPLE_DEFAULT_SEED });
    expect(SAMPLE_DEFAULT_SEED).toBe(42);
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
    expect([...again.stageProbabilities].map(([k, v]) => `${k}=${v.toFixed()}`)).toEqual(
      [...data.stageProbabilities].map(([k, v]) => `${k}=${v.toFixed()}`),
    );
  });

  it("gives the pinned default dataset on every machine (a change here must be deliberate)", () => {
    const rows = toRawRows(data);
    expect(rows.orders[0]).toEqual({
      id: "o-000001",
      date: "2025-01-02T08:27:00.000Z",
      amount: "2810.00",
      currency: "EUR",
      sellerId: "s-05",
      customerId: "c-0037",
      grossAmount: "2963.34",
      discount: "153.34",
      hoursSold: "29.5",
    });
    expect(rows.deals[0]).toMatchObject({
      id: "d-000001",
      ownerId: "s-06",
      amount: "8000.00",
      status: "won",
      closedAt: "2025-03-03T15:20:00.000Z",
    });
    const digest = createHash("sha256").update(JSON.stringify(rows)).digest("hex");
    expect(digest).toBe("2cdd1b20dc2f2ea3c09efbf7edd520e9a8c8b21938a3c4b53c75c9b000040a0d");
  });

  it("gives different data for different seeds", () => {
    const a = generateSampleDataset({ seed: 1, orders: 200, deals: 50, activities: 200 });
    const b = generateSampleDataset({ seed: 2, orders: 200, deals: 50, activities: 200 });
    expect(JSON.stringify(a.orders)).not.toBe(JSON.stringify(b.orders));
    expect(JSON.stringify(a.deals)).not.toBe(JSON.stringify(b.deals));
    expect(JSON.stringify(a.activities)).not.toBe(JSON.stringify(b.activities));
  });

  it("uses all 53 bits of the seed (seed and seed + 2^32 differ) and accepts negative seeds", () => {
    const a = generateSampleDataset({ seed: 5, orders: 50, deals: 0, activities: 0 });
    const b = generateSampleDataset({ seed: 5 + 2 ** 32, orders: 50, deals: 0, activities: 0 });
    const c = generateSampleDataset({ seed: -5, orders: 50, deals: 0, activities: 0 });
    expect(JSON.stringify(a.orders)).not.toBe(JSON.stringify(b.orders));
    expect(JSON.stringify(a.orders)).not.toBe(JSON.stringify(c.orders));
  });

  it("does not depend on the process time zone", () => {
    const previous = process.env.TZ;
    try {
      process.env.TZ = "Pacific/Kiritimati";
      const east = JSON.stringify(generateSampleDataset({ seed: 9, orders: 300, deals: 80, activities: 300 }));
      process.env.TZ = "America/Los_Angeles";
      const west = JSON.stringify(generateSampleDataset({ seed: 9, orders: 300, deals: 80, activities: 300 }));
      expect(east).toBe(west);
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });

  it("keeps each part on its own random stream: changing the deal count leaves the orders alone", () => {
    const a = generateSampleDataset({ seed: 3, orders: 100, deals: 10, activities: 0 });
    const b = generateSampleDataset({ seed: 3, orders: 100, deals: 90, activities: 0 });
    expect(JSON.stringify(a.orders)).toBe(JSON.stringify(b.orders));
    expect(JSON.stringify(a.revenueTargets)).toBe(JSON.stringify(b.revenueTargets));
  });
});

describe("generateSampleDataset: shape and sizes", () => {
  it("has the default sizes, EUR, the range and the demo asOf", () => {
    expect(data.sellers).toHaveLength(8);
    expect(data.orders).toHaveLength(4000);
    expect(data.deals).toHaveLength(600);
    expect(data.activities).toHaveLength(6000);
    expect(data.currency).toBe("EUR");
    expect(data.range.start.toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(data.range.end.toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(data.asOf.toISOString()).toBe("2026-06-15T00:00:00.000Z");
    expect(SAMPLE_AS_OF.toISOString()).toBe("2026-06-15T00:00:00.000Z");
  });

  it("has 8 named sellers in 3 teams", () => {
    expect(data.sellers.map((s) => s.id)).toEqual(["s-01", "s-02", "s-03", "s-04", "s-05", "s-06", "s-07", "s-08"]);
    expect(data.sellers.map((s) => s.teamId)).toEqual([
      "north",
      "north",
      "north",
      "south",
      "south",
      "south",
      "key-accounts",
      "key-accounts",
    ]);
    expect(new Set(data.sellers.map((s) => s.name)).size).toBe(8);
  });

  it("gives unique ids in every collection", () => {
    for (const records of [
      data.sellers,
      data.orders,
      data.revenueTargets,
      data.deals,
      data.activities,
      data.activityTargets,
    ]) {
      expect(idsUnique(records)).toBe(true);
    }
  });

  it("writes every money amount with at most 2 decimals, all in EUR", () => {
    for (const o of data.orders) {
      expect(
        isTwoDecimals(o.amount) && isTwoDecimals(o.grossAmount) && isTwoDecimals(o.discount) && isTwoDecimals(o.margin),
      ).toBe(true);
      expect(o.currency).toBe("EUR");
    }
    for (const d of data.deals) expect(isTwoDecimals(d.amount) && d.currency === "EUR").toBe(true);
    for (const t of data.revenueTargets)
      expect(isTwoDecimals(t.amount) && t.currency === "EUR" && t.amount.gt(0)).toBe(true);
  });

  it("dates every record inside the range, on weekdays, between 07:00 and 17:00 UTC, in order", () => {
    const { start, end } = data.range;
    const check = (date: Date): void => {
      expect(date >= start && date < end).toBe(true);
      expect([0, 6]).not.toContain(date.getUTCDay());
      expect(date.getUTCHours()).toBeGreaterThanOrEqual(7);
      expect(date.getUTCHours()).toBeLessThan(17);
      expect(date.getUTCSeconds()).toBe(0);
    };
    data.orders.forEach((o, i) => {
      check(o.date);
      if (i > 0) expect(o.date >= (data.orders[i - 1] as Order).date).toBe(true);
    });
    data.deals.forEach((d, i) => {
      check(d.createdAt);
      if (i > 0) expect(d.createdAt >= (data.deals[i - 1] as Deal).createdAt).toBe(true);
    });
    for (const a of data.activities) check(a.date);
  });

  it("skips fixed public holidays (nothing on 1 January or 25 December)", () => {
    const all = [
      ...data.orders.map((o) => o.date),
      ...data.activities.map((a) => a.date),
      ...data.deals.map((d) => d.createdAt),
    ];
    const days = new Set(all.map((d) => d.toISOString().slice(5, 10)));
    expect(days.has("01-01")).toBe(false);
    expect(days.has("12-25")).toBe(false);
  });
});

describe("generateSampleDataset: orders", () => {
  it("has about 3 % credit notes, each the negative of part of an earlier order of the same customer and seller", () => {
    const credits = data.orders.filter((o) => o.amount.isNegative());
    expect(credits.length / data.orders.length).toBeGreaterThan(0.015);
    expect(credits.length / data.orders.length).toBeLessThan(0.045);
    for (const credit of credits) {
      const earlier = data.orders.filter(
        (o) =>
          o.date <= credit.date &&
          o.id < credit.id &&
          o.customerId === credit.customerId &&
          o.sellerId === credit.sellerId &&
          o.amount.gte(credit.amount.negated()),
      );
      expect(earlier.length).toBeGreaterThan(0);
      expect(credit.margin).toBeUndefined();
    }
  });

  it("reuses customers, each customer belonging to one seller", () => {
    const customers = new Set(data.orders.map((o) => o.customerId));
    expect(customers.size).toBeLessThan(data.orders.length / 5);
    const owners = new Map<string, Set<string>>();
    for (const o of data.orders) owners.set(o.customerId, (owners.get(o.customerId) ?? new Set()).add(o.sellerId));
    for (const set of owners.values()) expect(set.size).toBe(1);
  });

  it("is seasonal: August below and December above the monthly mean, in both years", () => {
    const byMonth = sumBy(data.orders, (o) => monthKey(o.date), cents);
    const mean = [...byMonth.values()].reduce((a, b) => a + b, 0) / byMonth.size;
    for (const year of ["2025", "2026"]) {
      expect(byMonth.get(`${year}-08`)).toBeLessThan(mean * 0.75);
      expect(byMonth.get(`${year}-12`)).toBeGreaterThan(mean * 1.1);
    }
  });

  it("keeps the optional order fields consistent: gross = amount + discount, margin below amount", () => {
    let withDiscount = 0;
    let withMargin = 0;
    let withHours = 0;
    for (const o of data.orders) {
      expect(o.grossAmount === undefined).toBe(o.discount === undefined);
      if (o.discount !== undefined) {
        withDiscount++;
        expect(o.grossAmount?.equals(o.amount.plus(o.discount))).toBe(true);
        expect(o.discount.gt(0)).toBe(true);
      }
      if (o.margin !== undefined) {
        withMargin++;
        expect(o.margin.gte(0) && o.margin.lt(o.amount)).toBe(true);
      }
      if (o.hoursSold !== undefined) {
        withHours++;
        expect(o.hoursSold.times(2).isInteger() && o.hoursSold.gt(0)).toBe(true);
      }
    }
    expect(withDiscount).toBeGreaterThan(0);
    expect(withMargin).toBeGreaterThan(0);
    expect(withHours).toBeGreaterThan(0);
  });

  it("plants the underperformer: s-03 sells much less from March 2026 than in the same months of 2025", () => {
    expect(data.highlights.underperformer.sellerId).toBe("s-03");
    expect(data.highlights.underperformer.from.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    const own = data.orders.filter((o) => o.sellerId === "s-03");
    const between = (from: string, to: string): number =>
      own.filter((o) => o.date >= new Date(from) && o.date < new Date(to)).reduce((sum, o) => sum + cents(o), 0);
    const before = between("2025-03-01T00:00:00Z", "2025-12-01T00:00:00Z");
    const after = between("2026-03-01T00:00:00Z", "2026-12-01T00:00:00Z");
    expect(after).toBeLessThan(before * 0.7);
  });
});

describe("generateSampleDataset: revenue targets", () => {
  it("has an annual target per seller and year, quarterly team targets and an annual company target", () => {
    const seller = data.revenueTargets.filter((t) => t.level === "seller");
    const team = data.revenueTargets.filter((t) => t.level === "team");
    const company = data.revenueTargets.filter((t) => t.level === "company");
    expect(seller).toHaveLength(16);
    expect(team).toHaveLength(3 * 8);
    expect(company).toHaveLength(2);
    expect(company.every((t) => t.scopeId === undefined)).toBe(true);
    expect(data.revenueTargets[0]).toMatchObject({ id: "rt-s-01-2025", level: "seller", scopeId: "s-01" });
    expect(team[0]?.id).toBe("rt-north-2025-q1");
    expect(company[1]?.id).toBe("rt-company-2026");
  });

  it("covers both years for every scope, without gap or overlap", () => {
    const scopes = new Map<string, { start: number; end: number }[]>();
    for (const t of data.revenueTargets) {
      const key = `${t.level}:${t.scopeId ?? ""}`;
      scopes.set(key, [...(scopes.get(key) ?? []), { start: t.start.getTime(), end: t.end.getTime() }]);
    }
    expect(scopes.size).toBe(8 + 3 + 1);
    for (const ranges of scopes.values()) {
      ranges.sort((a, b) => a.start - b.start);
      expect(ranges[0]?.start).toBe(data.range.start.getTime());
      expect(ranges.at(-1)?.end).toBe(data.range.end.getTime());
      for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.start).toBe(ranges[i - 1]?.end);
    }
  });

  it("sets the underperformer's second-year target above what she then sells", () => {
    const target = data.revenueTargets.find((t) => t.id === "rt-s-03-2026");
    const sold = data.orders
      .filter((o) => o.sellerId === "s-03" && o.date >= new Date("2026-01-01T00:00:00Z"))
      .reduce((sum, o) => sum + cents(o), 0);
    expect(target).toBeDefined();
    expect(sold).toBeLessThan((target?.amount.times(100).toNumber() ?? 0) * 0.8);
  });

  it("rounds seller and team targets to 1,000 EUR and the company's to 10,000 EUR", () => {
    for (const t of data.revenueTargets) {
      const step = t.level === "company" ? 10_000 : 1_000;
      expect(t.amount.div(step).isInteger()).toBe(true);
    }
  });
});

describe("generateSampleDataset: deals", () => {
  const stages = [...data.stageProbabilities.keys()];

  it("has the stage map in pipeline order and every stage and status present", () => {
    expect([...data.stageProbabilities].map(([stage, p]) => `${stage}=${p.toFixed()}`)).toEqual([
      "prospecting=0.1",
      "qualification=0.2",
      "proposal=0.5",
      "negotiation=0.7",
      "commitment=0.9",
    ]);
    expect(new Set(data.deals.map((d) => d.stage))).toEqual(new Set(stages));
    expect(new Set(data.deals.filter((d) => d.status === "open").map((d) => d.stage))).toEqual(new Set(stages));
    expect(new Set(data.deals.map((d) => d.status))).toEqual(new Set(["open", "won", "lost"]));
  });

  it("keeps status and dates consistent: won/lost closed at or after creation, open deals never closed", () => {
    for (const d of data.deals) {
      if (d.status === "open") {
        expect(d.closedAt).toBeUndefined();
        expect(d.lossReason).toBeUndefined();
      } else {
        expect(d.closedAt).toBeInstanceOf(Date);
        expect((d.closedAt as Date) >= d.createdAt).toBe(true);
        expect((d.closedAt as Date) < data.range.end).toBe(true);
      }
      if (d.status === "lost") expect(typeof d.lossReason).toBe("string");
      else expect(d.competitor).toBeUndefined();
    }
  });

  it("has open deals at asOf, some with explicit probabilities (0 included) and some without expected close", () => {
    const openAtAsOf = data.deals.filter(
      (d) => d.createdAt <= data.asOf && (d.closedAt === undefined || d.closedAt > data.asOf),
    );
    expect(openAtAsOf.length).toBeGreaterThan(30);
    const explicit = data.deals.filter((d) => d.probability !== undefined);
    expect(explicit.length).toBeGreaterThan(data.deals.length * 0.1);
    expect(explicit.every((d) => d.probability?.gte(0) && d.probability.lte(1))).toBe(true);
    expect(explicit.some((d) => d.probability?.isZero())).toBe(true);
    expect(data.deals.some((d) => d.expectedCloseDate === undefined)).toBe(true);
    expect(data.deals.some((d) => d.customerId === undefined)).toBe(true);
    for (const d of data.deals)
      if (d.expectedCloseDate !== undefined) expect(d.expectedCloseDate.getTime() % DAY).toBe(0);
  });

  it("gives lost deals reasons of every category, competitors, and one reason left unmapped", () => {
    const lost = data.deals.filter((d) => d.status === "lost");
    const categories = new Set(lost.map((d) => data.lossReasonCategories.get(d.lossReason ?? "") ?? "unmapped"));
    expect(categories).toEqual(new Set(["market", "offer", "internal", "other", "unmapped"]));
    expect(data.lossReasonCategories.has("project-cancelled")).toBe(false);
    expect(lost.some((d) => d.lossReason === "project-cancelled")).toBe(true);
    expect(lost.filter((d) => d.competitor !== undefined).length).toBeGreaterThan(lost.length * 0.3);
  });

  it("plants the lost-deal spike: s-06 loses far more deals in April 2026 than in any other month", () => {
    const spike = data.highlights.lostDealSpike;
    expect(spike).toMatchObject({ sellerId: "s-06", competitor: "Kelvio", count: 12 });
    expect(spike.period.start.toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(spike.period.end.toISOString()).toBe("2026-05-01T00:00:00.000Z");
    const lostByMonth = new Map<string, number>();
    for (const d of data.deals) {
      if (d.ownerId === "s-06" && d.status === "lost" && d.closedAt !== undefined) {
        lostByMonth.set(monthKey(d.closedAt), (lostByMonth.get(monthKey(d.closedAt)) ?? 0) + 1);
      }
    }
    const april = lostByMonth.get("2026-04") ?? 0;
    expect(april).toBeGreaterThanOrEqual(12);
    for (const [month, count] of lostByMonth) if (month !== "2026-04") expect(count * 2).toBeLessThan(april);
  });

  it("lowers the underperformer's win rate after the drop", () => {
    const rate = (from: string, to: string): number => {
      const closed = data.deals.filter(
        (d) =>
          d.ownerId === "s-03" &&
          d.closedAt !== undefined &&
          d.createdAt >= new Date(from) &&
          d.createdAt < new Date(to),
      );
      return closed.filter((d) => d.status === "won").length / closed.length;
    };
    expect(rate("2026-03-01T00:00:00Z", "2027-01-01T00:00:00Z")).toBeLessThan(
      rate("2025-01-01T00:00:00Z", "2026-03-01T00:00:00Z"),
    );
  });
});

describe("generateSampleDataset: activities", () => {
  it("has every type with every status it can have (emails are never cancelled)", () => {
    const seen = new Set(data.activities.map((a) => `${a.type}:${a.status}`));
    for (const type of ["call", "email", "meeting", "demo", "quote", "qualified-lead", "visit"]) {
      for (const status of ["done", "planned", "cancelled"]) {
        expect(seen.has(`${type}:${status}`)).toBe(!(type === "email" && status === "cancelled"));
      }
    }
  });

  it("gives causes exactly to cancelled activities, durations only to calls, meetings, demos and visits", () => {
    const causes = new Set<string>();
    for (const a of data.activities) {
      expect(a.cancellationCause !== undefined).toBe(a.status === "cancelled");
      if (a.cancellationCause !== undefined) causes.add(a.cancellationCause);
      if (a.durationMinutes !== undefined) {
        expect(["call", "meeting", "demo", "visit"]).toContain(a.type);
        expect(Number.isInteger(a.durationMinutes) && a.durationMinutes > 0).toBe(true);
      }
    }
    expect(causes).toEqual(new Set(["customer", "service", "weather", "other"]));
    const doneVisits = data.activities.filter((a) => a.type === "visit" && a.status === "done");
    expect(doneVisits.some((a) => a.durationMinutes === undefined)).toBe(true);
    expect(doneVisits.filter((a) => a.durationMinutes !== undefined).length).toBeGreaterThan(doneVisits.length / 2);
  });

  it("links some activities to a deal of the same owner, open at the activity's date", () => {
    const deals = new Map(data.deals.map((d) => [d.id, d]));
    const linked = data.activities.filter((a) => a.dealId !== undefined);
    expect(linked.length).toBeGreaterThan(data.activities.length * 0.1);
    for (const a of linked) {
      const deal = deals.get(a.dealId as string) as Deal;
      expect(deal.ownerId).toBe(a.ownerId);
      expect(deal.createdAt <= a.date).toBe(true);
      expect(deal.closedAt === undefined || deal.closedAt > a.date).toBe(true);
      if (deal.customerId !== undefined) expect(a.customerId).toBe(deal.customerId);
    }
  });

  it("names customers on visits and prospects on qualified leads", () => {
    for (const a of data.activities) {
      if (a.type === "visit" || a.type === "meeting") expect(a.customerId).toBeDefined();
      if (a.type === "qualified-lead" && a.dealId === undefined) expect(a.customerId).toMatch(/^p-/);
    }
  });

  it("has activity targets per seller: monthly calls and visits, quarterly meetings, demos, quotes and leads, no email", () => {
    const perSeller = data.activityTargets.filter((t) => t.scopeId === "s-01");
    const count = (type: string): number => perSeller.filter((t) => t.type === type).length;
    expect(count("call")).toBe(24);
    expect(count("visit")).toBe(24);
    for (const type of ["meeting", "demo", "quote", "qualified-lead"]) expect(count(type)).toBe(8);
    expect(count("email")).toBe(0);
    expect(data.activityTargets).toHaveLength(8 * (24 * 2 + 8 * 4));
    expect(perSeller[0]).toMatchObject({ id: "at-s-01-call-2025-01", level: "seller", type: "call" });
    expect(perSeller.find((t) => t.type === "demo")?.id).toBe("at-s-01-demo-2025-q1");
    for (const t of data.activityTargets) {
      expect(t.count.isInteger() && t.count.gte(1)).toBe(true);
      expect(t.start >= data.range.start && t.end <= data.range.end && t.start < t.end).toBe(true);
    }
  });
});

describe("generateSampleDataset: options", () => {
  it("honours start, years, sellers and counts", () => {
    const small = generateSampleDataset({
      start: new Date("2024-04-01T00:00:00Z"),
      years: 1,
      sellers: 13,
      orders: 321,
      deals: 45,
      activities: 67,
    });
    expect(small.sellers).toHaveLength(13);
    expect(small.sellers.at(-1)?.id).toBe("s-13");
    expect(new Set(small.sellers.map((s) => s.teamId))).toEqual(new Set(["north", "south", "key-accounts"]));
    expect(small.orders).toHaveLength(321);
    expect(small.deals).toHaveLength(45);
    expect(small.activities).toHaveLength(67);
    expect(small.range.end.toISOString()).toBe("2025-04-01T00:00:00.000Z");
    expect(small.asOf.toISOString()).toBe("2025-01-15T00:00:00.000Z");
    expect(small.revenueTargets[0]?.id).toBe("rt-s-01-fy2024");
    expect(small.highlights.lostDealSpike.period.start.toISOString()).toBe("2024-12-01T00:00:00.000Z");
    expect(small.highlights.underperformer.from < small.asOf).toBe(true);
  });

  it("works with one seller and with empty record sets", () => {
    const one = generateSampleDataset({ sellers: 1, orders: 50, deals: 30, activities: 40 });
    expect(one.sellers).toEqual([{ id: "s-01", name: "Camille Martin", teamId: "north" }]);
    expect(new Set(one.orders.map((o) => o.sellerId))).toEqual(new Set(["s-01"]));
    const empty = generateSampleDataset({ orders: 0, deals: 0, activities: 0 });
    expect(empty.orders).toEqual([]);
    expect(empty.deals).toEqual([]);
    expect(empty.activities).toEqual([]);
    expect(empty.highlights.lostDealSpike.count).toBe(0);
    expect(empty.revenueTargets.every((t) => t.amount.gt(0))).toBe(true);
  });

  it("rejects bad options with an InvalidArgumentError naming the option", () => {
    const bad: unknown[] = [
      { seed: 1.5 },
      { seed: Number.MAX_SAFE_INTEGER + 1 },
      { start: new Date("2025-01-15T00:00:00Z") },
      { start: new Date("2025-01-01T01:00:00Z") },
      { start: new Date(Number.NaN) },
      { start: "2025-01-01" },
      { years: 0 },
      { years: 11 },
      { sellers: 0 },
      { sellers: 2.5 },
      { orders: -1 },
      { deals: Number.POSITIVE_INFINITY },
      { activities: "10" },
      { order: 10 },
      null,
      "seed",
    ];
    for (const options of bad) {
      let error: unknown;
      try {
        generateSampleDataset(options as never);
      } catch (caught) {
        error = caught;
      }
      expect(isCrmKpiError(error) && error.code === "INVALID_ARGUMENT").toBe(true);
    }
    expect(() => generateSampleDataset({ order: 10 } as never)).toThrow(/unknown sample option "order"/);
    expect(() => generateSampleDataset({ years: 0 })).toThrow(/years must be an integer from 1 to 10/);
  });

  it("generates 100,000 orders (no timing asserted)", () => {
    const big: SampleDataset = generateSampleDataset({ seed: 11, orders: 100_000, deals: 1000, activities: 1000 });
    expect(big.orders).toHaveLength(100_000);
    expect(big.orders.at(-1)?.id).toBe("o-100000");
    expect(idsUnique(big.orders)).toBe(true);
    const credits = big.orders.filter((o) => o.amount.isNegative()).length;
    expect(credits / big.orders.length).toBeGreaterThan(0.025);
    expect(credits / big.orders.length).toBeLessThan(0.035);
  });
});
