import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { generateSampleDataset } from "./generateSampleDataset.js";
import { toRawRows } from "./toRawRows.js";

// Invariants of the sample generator for any seed and (small) sizes.

const options = fc.record({
  seed: fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
  start: fc
    .record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 0, max: 11 }) })
    .map(({ year, month }) => new Date(Date.UTC(year, month, 1))),
  years: fc.integer({ min: 1, max: 3 }),
  sellers: fc.integer({ min: 1, max: 12 }),
  orders: fc.integer({ min: 0, max: 300 }),
  deals: fc.integer({ min: 0, max: 120 }),
  activities: fc.integer({ min: 0, max: 300 }),
});

test.prop([options], { numRuns: 60 })(
  "gives exactly the requested counts, unique ids, records inside the range",
  (o) => {
    const data = generateSampleDataset(o);
    expect(data.sellers).toHaveLength(o.sellers);
    expect(data.orders).toHaveLength(o.orders);
    expect(data.deals).toHaveLength(o.deals);
    expect(data.activities).toHaveLength(o.activities);
    for (const list of [
      data.sellers,
      data.orders,
      data.revenueTargets,
      data.deals,
      data.activities,
      data.activityTargets,
    ]) {
      expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
    }
    const start = data.range.start.getTime();
    const end = data.range.end.getTime();
    expect(start).toBe(o.start.getTime());
    expect(end).toBe(Date.UTC(o.start.getUTCFullYear() + o.years, o.start.getUTCMonth(), 1));
    expect(data.asOf.getTime() > start && data.asOf.getTime() < end).toBe(true);
    const inside = (d: Date): boolean => d.getTime() >= start && d.getTime() < end;
    expect(data.orders.every((r) => inside(r.date) && r.amount.times(100).isInteger() && !r.amount.isZero())).toBe(
      true,
    );
    expect(data.activities.every((r) => inside(r.date))).toBe(true);
    expect(data.deals.every((r) => inside(r.createdAt) && r.amount.times(100).isInteger() && r.amount.gt(0))).toBe(
      true,
    );
    const sellerIds = new Set(data.sellers.map((s) => s.id));
    expect(data.orders.every((r) => sellerIds.has(r.sellerId))).toBe(true);
    expect(data.deals.every((r) => sellerIds.has(r.ownerId))).toBe(true);
    expect(data.activities.every((r) => sellerIds.has(r.ownerId))).toBe(true);
  },
);

test.prop([options], { numRuns: 60 })(
  "keeps deals consistent: won/lost closed at or after creation, open ones never closed",
  (o) => {
    const data = generateSampleDataset(o);
    for (const d of data.deals) {
      if (d.status === "open") expect(d.closedAt === undefined && d.lossReason === undefined).toBe(true);
      else expect(d.closedAt !== undefined && d.closedAt >= d.createdAt && d.closedAt < data.range.end).toBe(true);
      expect(d.lossReason !== undefined).toBe(d.status === "lost");
      expect(data.stageProbabilities.has(d.stage)).toBe(true);
      if (d.probability !== undefined) expect(d.probability.gte(0) && d.probability.lte(1)).toBe(true);
    }
  },
);

test.prop([options], { numRuns: 60 })("targets cover the whole range for every seller, team and the company", (o) => {
  const data = generateSampleDataset(o);
  const byScope = new Map<string, { start: number; end: number }[]>();
  for (const t of data.revenueTargets) {
    const key = `${t.level}:${t.scopeId ?? ""}`;
    byScope.set(key, [...(byScope.get(key) ?? []), { start: t.start.getTime(), end: t.end.getTime() }]);
  }
  const teams = new Set(data.sellers.map((s) => s.teamId));
  expect(byScope.size).toBe(o.sellers + teams.size + 1);
  for (const ranges of byScope.values()) {
    ranges.sort((a, b) => a.start - b.start);
    expect(ranges[0]?.start).toBe(data.range.start.getTime());
    expect(ranges.at(-1)?.end).toBe(data.range.end.getTime());
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.start).toBe(ranges[i - 1]?.end);
  }
  expect(data.activityTargets).toHaveLength(o.sellers * (2 * 12 * o.years + 4 * 4 * o.years));
});

test.prop([options], { numRuns: 30 })("is deterministic, and raw rows hold only strings and numbers", (o) => {
  const a = generateSampleDataset(o);
  const b = generateSampleDataset(o);
  expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  const rows = toRawRows(a);
  const offending: unknown[] = [];
  for (const list of Object.values(rows) as object[][]) {
    for (const row of list) {
      for (const value of Object.values(row))
        if (typeof value !== "string" && typeof value !== "number") offending.push(value);
    }
  }
  expect(offending).toEqual([]);
});
