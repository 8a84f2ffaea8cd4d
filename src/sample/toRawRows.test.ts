import { describe, expect, it } from "vitest";
import { Dec } from "../money/dec.js";
import type { Activity, ActivityTarget, Deal, Order, RevenueTarget, Seller } from "../model/types.js";
import { generateSampleDataset } from "./generateSampleDataset.js";
import { toRawRows } from "./toRawRows.js";

const data = generateSampleDataset();
const rows = toRawRows(data);

const MONEY = /^-?\d+\.\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

describe("toRawRows on the sample", () => {
  it("has one row per record, in the records' order, with the same ids", () => {
    for (const key of ["sellers", "orders", "revenueTargets", "deals", "activities", "activityTargets"] as const) {
      expect(rows[key].map((r) => r.id)).toEqual(data[key].map((r) => r.id));
    }
  });

  it("holds only strings, numbers and booleans, never undefined or null", () => {
    const offending: unknown[] = [];
    for (const list of Object.values(rows) as object[][]) {
      for (const row of list) {
        for (const value of Object.values(row)) {
          const type = typeof value;
          if (type !== "string" && type !== "number" && type !== "boolean") offending.push(value);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it("uses the record types' field names, and omits absent optional fields", () => {
    const pairs: [readonly object[], readonly object[]][] = [
      [data.sellers, rows.sellers],
      [data.orders, rows.orders],
      [data.revenueTargets, rows.revenueTargets],
      [data.deals, rows.deals],
      [data.activities, rows.activities],
      [data.activityTargets, rows.activityTargets],
    ];
    for (const [records, rawRows] of pairs) {
      records.forEach((record, i) => {
        const present = Object.entries(record)
          .filter(([, v]) => v !== undefined)
          .map(([k]) => k);
        expect(Object.keys(rawRows[i] as object)).toEqual(present);
      });
    }
  });

  it("writes money with 2 decimals, instants with Z, target ranges and expected close dates as days", () => {
    for (const o of rows.orders) {
      expect(o.amount).toMatch(MONEY);
      expect(o.date).toMatch(INSTANT);
      for (const v of [o.grossAmount, o.discount, o.margin]) if (v !== undefined) expect(v).toMatch(MONEY);
      if (o.hoursSold !== undefined) expect(o.hoursSold).toMatch(PLAIN_DECIMAL);
    }
    for (const t of rows.revenueTargets) {
      expect(t.amount).toMatch(MONEY);
      expect(t.start).toMatch(DAY);
      expect(t.end).toMatch(DAY);
    }
    for (const d of rows.deals) {
      expect(d.amount).toMatch(MONEY);
      expect(d.createdAt).toMatch(INSTANT);
      if (d.closedAt !== undefined) expect(d.closedAt).toMatch(INSTANT);
      if (d.expectedCloseDate !== undefined) expect(d.expectedCloseDate).toMatch(DAY);
      if (d.probability !== undefined) expect(d.probability).toMatch(PLAIN_DECIMAL);
    }
    for (const a of rows.activities) expect(a.date).toMatch(INSTANT);
    for (const t of rows.activityTargets) {
      expect(t.count).toMatch(/^\d+$/);
      expect(t.start).toMatch(DAY);
    }
    expect(rows.orders.some((o) => o.amount.startsWith("-"))).toBe(true);
  });

  it("gives back the same values: amounts, dates and counts read back equal the records'", () => {
    data.orders.forEach((o, i) => {
      const row = rows.orders[i];
      expect(new Dec(row?.amount ?? "x").equals(o.amount)).toBe(true);
      expect(new Date(row?.date ?? "").getTime()).toBe(o.date.getTime());
    });
    data.deals.forEach((d, i) => {
      const row = rows.deals[i];
      expect(
        row?.expectedCloseDate === undefined ? undefined : new Date(`${row.expectedCloseDate}T00:00:00Z`).getTime(),
      ).toBe(d.expectedCloseDate?.getTime());
      expect(row?.probability === undefined ? undefined : new Dec(row.probability).toFixed()).toBe(
        d.probability?.toFixed(),
      );
    });
    data.activityTargets.forEach((t, i) => {
      expect(rows.activityTargets[i]?.count).toBe(t.count.toFixed());
    });
  });

  it("survives JSON as it is", () => {
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });
});

describe("toRawRows on hand-made records", () => {
  // worked by hand: each value below is the record's value written by the rules of toRawRows.
  const seller: Seller = { id: "s-1", name: "Ana" };
  const order: Order = {
    id: "o-1",
    date: new Date("2026-03-04T09:15:00Z"),
    amount: new Dec("1234.5"),
    currency: "EUR",
    sellerId: "s-1",
    customerId: "c-1",
    discount: new Dec("0.5"),
    hoursSold: new Dec("2.5"),
    dealId: "d-1",
  };
  const credit: Order = {
    id: "o-2",
    date: new Date("2026-03-05T00:00:00Z"),
    amount: new Dec("-12.3"),
    currency: "EUR",
    sellerId: "s-1",
    customerId: "c-1",
  };
  const precise: Order = { ...credit, id: "o-3", amount: new Dec("0.125") };
  const target: RevenueTarget = {
    id: "rt-1",
    level: "company",
    start: new Date("2026-01-01T00:00:00Z"),
    end: new Date("2026-04-01T00:00:00Z"),
    amount: new Dec(300000),
    currency: "EUR",
  };
  const offMidnight: RevenueTarget = {
    ...target,
    id: "rt-2",
    level: "team",
    scopeId: "north",
    start: new Date("2026-01-01T05:00:00Z"),
  };
  const deal: Deal = {
    id: "d-1",
    ownerId: "s-1",
    amount: new Dec("15000"),
    currency: "EUR",
    stage: "negotiation",
    probability: new Dec("0"),
    createdAt: new Date("2026-01-10T10:00:00Z"),
    expectedCloseDate: new Date("2026-03-31T00:00:00Z"),
    status: "lost",
    closedAt: new Date("2026-02-01T08:30:00Z"),
    lossReason: "price",
    competitor: "Corvex",
  };
  const activity: Activity = {
    id: "a-1",
    ownerId: "s-1",
    type: "visit",
    date: new Date("2026-02-02T10:00:00Z"),
    status: "done",
    customerId: "c-1",
    durationMinutes: 90,
    cancellationCause: undefined,
  };
  const activityTarget: ActivityTarget = {
    id: "at-1",
    level: "seller",
    scopeId: "s-1",
    type: "visit",
    start: new Date("2026-02-01T00:00:00Z"),
    end: new Date("2026-03-01T00:00:00Z"),
    count: new Dec("0.0000001").times(1e8),
  };

  const raw = toRawRows({
    sellers: [seller],
    orders: [order, credit, precise],
    revenueTargets: [target, offMidnight],
    deals: [deal],
    activities: [activity],
    activityTargets: [activityTarget],
  });

  it("writes each field as the rules say", () => {
    expect(raw.sellers).toEqual([{ id: "s-1", name: "Ana" }]);
    expect(raw.orders[0]).toEqual({
      id: "o-1",
      date: "2026-03-04T09:15:00.000Z",
      amount: "1234.50",
      currency: "EUR",
      sellerId: "s-1",
      customerId: "c-1",
      discount: "0.50",
      hoursSold: "2.5",
      dealId: "d-1",
    });
    expect(raw.orders[1]?.amount).toBe("-12.30");
    // 0.125 has 3 decimals: written in full rather than rounded to 2.
    expect(raw.orders[2]?.amount).toBe("0.125");
    expect(raw.revenueTargets[0]).toEqual({
      id: "rt-1",
      level: "company",
      start: "2026-01-01",
      end: "2026-04-01",
      amount: "300000.00",
      currency: "EUR",
    });
    // not a UTC midnight: the full instant is kept
    expect(raw.revenueTargets[1]).toMatchObject({
      scopeId: "north",
      start: "2026-01-01T05:00:00.000Z",
      end: "2026-04-01",
    });
    expect(raw.deals[0]).toEqual({
      id: "d-1",
      ownerId: "s-1",
      amount: "15000.00",
      currency: "EUR",
      stage: "negotiation",
      probability: "0",
      createdAt: "2026-01-10T10:00:00.000Z",
      expectedCloseDate: "2026-03-31",
      status: "lost",
      closedAt: "2026-02-01T08:30:00.000Z",
      lossReason: "price",
      competitor: "Corvex",
    });
    expect(raw.activities[0]).toEqual({
      id: "a-1",
      ownerId: "s-1",
      type: "visit",
      date: "2026-02-02T10:00:00.000Z",
      status: "done",
      customerId: "c-1",
      durationMinutes: 90,
    });
    // worked by hand: 0.0000001 x 10^8 = 10, written without exponent
    expect(raw.activityTargets[0]).toEqual({
      id: "at-1",
      level: "seller",
      scopeId: "s-1",
      type: "visit",
      start: "2026-02-01",
      end: "2026-03-01",
      count: "10",
    });
  });

  it("never writes an exponent, even for tiny or huge decimals", () => {
    const tiny = toRawRows({ ...emptyRecords(), deals: [{ ...deal, probability: new Dec("0.00000001") }] });
    expect(tiny.deals[0]?.probability).toBe("0.00000001");
    const huge = toRawRows({ ...emptyRecords(), orders: [{ ...order, amount: new Dec("1e25") }] });
    expect(huge.orders[0]?.amount).toBe(`1${"0".repeat(25)}.00`);
  });
});

function emptyRecords(): Parameters<typeof toRawRows>[0] {
  return { sellers: [], orders: [], revenueTargets: [], deals: [], activities: [], activityTargets: [] };
}
