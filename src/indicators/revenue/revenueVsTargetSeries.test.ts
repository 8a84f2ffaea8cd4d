import type { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { Dec } from "../../money/dec.js";
import { MixedCurrencyError, ProrationForbiddenError } from "../../errors/index.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Order, RevenueTarget, TargetLevel } from "../../model/types.js";
import { toDecimal } from "../../money/decimal.js";
import type { Period } from "../../period/types.js";
import { revenueVsTarget } from "./revenueVsTarget.js";
import {
  revenueVsTargetSeries,
  RevenueVsTargetSeriesResultSchema,
  type RevenueVsTargetSeriesOptions,
} from "./revenueVsTargetSeries.js";

// Every expected value below is worked out by hand; the arithmetic is in the comments.

const d = (iso: string): Date => new Date(iso);

function order(id: string, date: string, amount: string, more: { seller?: string; currency?: string } = {}): Order {
  return {
    id,
    date: d(date),
    amount: toDecimal(amount),
    currency: more.currency ?? "EUR",
    sellerId: more.seller ?? "s1",
    customerId: "c1",
  };
}

function target(
  id: string,
  start: string,
  end: string,
  amount: string,
  level: TargetLevel = "company",
  scopeId?: string,
): RevenueTarget {
  return { id, level, scopeId, start: d(start), end: d(end), amount: toDecimal(amount), currency: "EUR" };
}

const Q1: Period = { start: d("2026-01-01T00:00:00Z"), end: d("2026-04-01T00:00:00Z") };
const annual = target("t-2026", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", "1200000");
const s = (value: { toString(): string } | null): string | null => (value === null ? null : value.toString());
/** Equal to 40 significant digits (quotients of quotients round at the 60th digit). */
const same = (a: Decimal | null, b: Decimal): boolean =>
  a !== null && a.toSignificantDigits(40).equals(b.toSignificantDigits(40));

const run = (
  orders: readonly Order[],
  targets: readonly RevenueTarget[],
  options: Partial<RevenueVsTargetSeriesOptions> = {},
) => revenueVsTargetSeries(orders, { targets, range: Q1, ...options });

describe("revenueVsTargetSeries: monthly Q1 with an annual target, asOf mid-February", () => {
  const orders = [
    order("o-jan", "2026-01-05T00:00:00Z", "50000"),
    order("o-feb", "2026-02-01T00:00:00Z", "20000"),
    order("o-feb-late", "2026-02-20T00:00:00Z", "99"), // after asOf
    order("o-mar", "2026-03-10T00:00:00Z", "7"), // after asOf
    order("o-dec", "2025-12-31T00:00:00Z", "1000"), // before the range
  ];
  const asOf = d("2026-02-15T00:00:00Z");
  const series = run(orders, [annual], { asOf, grain: "month", explain: true });
  const [jan, feb, mar] = series.buckets;

  it("labels the buckets and partitions the range", () => {
    expect(series.buckets.map((b) => b.label)).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(series.buckets.map((b) => [b.period.start.toISOString(), b.period.end.toISOString()])).toEqual([
      ["2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z"],
      ["2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z"],
      ["2026-03-01T00:00:00.000Z", "2026-04-01T00:00:00.000Z"],
    ]);
    expect(series.indicator).toBe("revenue-vs-target");
    expect(series.unit).toBe("money");
    expect(series.currency).toBe("EUR");
    expect(series.grain).toBe("month");
    expect(series.range).toEqual({ ...Q1, timeZone: "UTC" });
    expect(series.asOf).toEqual(asOf);
    expect(series.scope).toEqual({ level: "company" });
    expect(series.warnings).toEqual([]);
  });

  it("closes January and judges it on attainment", () => {
    // target = 1,200,000 x 31/365 = 37,200,000/365; attainment = 50,000 x 365 / 37,200,000 = 0.4906 -> alert.
    expect(jan?.closed).toBe(true);
    expect(jan?.statusBasis).toBe("attainment");
    expect(s(jan?.realized ?? null)).toBe("50000");
    expect(jan?.target.equals(new Dec(37_200_000).div(365))).toBe(true);
    expect(same(jan?.attainment.value ?? null, new Dec(50_000 * 365).div(37_200_000))).toBe(true);
    expect(jan?.status).toBe("alert");
    expect(jan?.explain).toEqual({ orders: ["o-jan"], targets: ["t-2026"] });
  });

  it("judges February, half elapsed, on pace", () => {
    // elapsed = 14 / 28 = 0.5; target = 33,600,000/365; expected = 16,800,000/365.
    // pace = 20,000 x 365 / 16,800,000 = 0.4345 -> alert; projected = 20,000 / 0.5 = 40,000.
    expect(feb?.closed).toBe(false);
    expect(s(feb?.elapsedFraction ?? null)).toBe("0.5");
    expect(s(feb?.realized ?? null)).toBe("20000");
    expect(feb?.target.equals(new Dec(33_600_000).div(365))).toBe(true);
    expect(same(feb?.expectedToDate ?? null, new Dec(16_800_000).div(365))).toBe(true);
    expect(same(feb?.pace.value ?? null, new Dec(20_000 * 365).div(16_800_000))).toBe(true);
    expect(s(feb?.projected.value ?? null)).toBe("40000");
    expect(feb?.statusBasis).toBe("pace");
    expect(feb?.status).toBe("alert");
    expect(feb?.explain?.orders).toEqual(["o-feb"]);
  });

  it("has March not started", () => {
    expect(s(mar?.realized ?? null)).toBe("0");
    expect(s(mar?.elapsedFraction ?? null)).toBe("0");
    expect(mar?.pace.reason).toBe("not-started");
    expect(mar?.projected.reason).toBe("not-started");
    expect(mar?.status).toBeNull();
    expect(mar?.statusReason).toBe("not-started");
    expect(mar?.currency).toBe("EUR"); // one currency for the whole series, even in an empty bucket
  });

  it("gives the whole-range total, equal to revenueVsTarget over the range", () => {
    // 90 days; elapsed = 45/90 = 0.5; realized = 50,000 + 20,000 = 70,000; target = 108,000,000/365.
    // pace = 70,000 x 365 / 54,000,000 = 0.4731 -> alert.
    const total = series.total;
    expect(s(total.realized)).toBe("70000");
    expect(s(total.elapsedFraction)).toBe("0.5");
    expect(total.target.equals(new Dec(108_000_000).div(365))).toBe(true);
    expect(same(total.pace.value, new Dec(70_000 * 365).div(54_000_000))).toBe(true);
    expect(total.status).toBe("alert");
    expect(total.explain?.orders).toEqual(["o-jan", "o-feb"]);
    expect(total).toEqual(revenueVsTarget(orders, { targets: [annual], period: Q1, asOf, explain: true }));
  });

  it("round-trips through JSON", () => {
    expect(resultFromJSON(RevenueVsTargetSeriesResultSchema, JSON.stringify(series))).toEqual(series);
  });
});

describe("revenueVsTargetSeries: grains", () => {
  it("defaults to months", () => {
    expect(run([], []).buckets.map((b) => b.label)).toEqual(["2026-01", "2026-02", "2026-03"]);
  });

  it("splits a fiscal year starting in April into semesters", () => {
    // FY2026/27 = [2026-04-01, 2027-04-01): 365 days. H1 (April-September) = 30+31+30+31+31+30 = 183 days,
    // H2 = 182 days. A 1,200,000 FY target gives 1,200,000 x 183/365 and 1,200,000 x 182/365.
    const fy = { start: d("2026-04-01T00:00:00Z"), end: d("2027-04-01T00:00:00Z") };
    const fyTarget = target("t-fy", "2026-04-01T00:00:00Z", "2027-04-01T00:00:00Z", "1200000");
    const series = run([order("o1", "2026-10-01T00:00:00Z", "600000")], [fyTarget], {
      range: fy,
      grain: "semester",
      fiscalYearStartMonth: 4,
    });
    expect(series.buckets.map((b) => b.label)).toEqual(["FY2026/27-H1", "FY2026/27-H2"]);
    expect(series.buckets[0]?.target.equals(new Dec(1_200_000 * 183).div(365))).toBe(true);
    expect(series.buckets[1]?.target.equals(new Dec(1_200_000 * 182).div(365))).toBe(true);
    expect(s(series.buckets[0]?.realized ?? null)).toBe("0");
    expect(s(series.buckets[1]?.realized ?? null)).toBe("600000");
    // total: 600,000 / 1,200,000 = 0.5 (a target inside the range is taken whole).
    expect(s(series.total.target)).toBe("1200000");
    expect(s(series.total.attainment.value)).toBe("0.5");
  });

  it("splits a range into years", () => {
    // 2025: 800,000 / 1,000,000 = 0.8 -> watch; 2026: 2,000,000 / 2,000,000 = 1 -> good;
    // total: 2,800,000 / 3,000,000 = 0.9333 -> watch.
    const series = run(
      [order("o25", "2025-06-01T00:00:00Z", "800000"), order("o26", "2026-06-01T00:00:00Z", "2000000")],
      [
        target("t25", "2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z", "1000000"),
        annual,
        { ...annual, id: "t26b", amount: toDecimal("800000") },
      ],
      { range: { start: d("2025-01-01T00:00:00Z"), end: d("2027-01-01T00:00:00Z") }, grain: "year" },
    );
    expect(series.buckets.map((b) => [b.label, s(b.attainment.value), b.status])).toEqual([
      ["2025", "0.8", "watch"],
      ["2026", "1", "good"],
    ]);
    expect(same(series.total.attainment.value, new Dec(28).div(30))).toBe(true);
    expect(series.total.status).toBe("watch");
  });

  it("clips a partial first bucket and prorates its target", () => {
    // [15 Jan, 1 Mar): January bucket has 17 days -> 31,000 x 17/31 = 17,000; February 28,000.
    const targets = [
      target("t-jan", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "31000"),
      target("t-feb", "2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z", "28000"),
    ];
    const series = run(
      [order("o1", "2026-01-10T00:00:00Z", "5"), order("o2", "2026-01-15T00:00:00Z", "8500")],
      targets,
      {
        range: { start: d("2026-01-15T00:00:00Z"), end: d("2026-03-01T00:00:00Z") },
      },
    );
    expect(series.buckets.map((b) => [b.label, b.period.start.toISOString(), s(b.target), s(b.realized)])).toEqual([
      ["2026-01", "2026-01-15T00:00:00.000Z", "17000", "8500"],
      ["2026-02", "2026-02-01T00:00:00.000Z", "28000", "0"],
    ]);
    expect(s(series.buckets[0]?.attainment.value ?? null)).toBe("0.5");
  });

  it("places orders in local months of the reporting zone", () => {
    // 2026-03-31T22:30Z is 00:30 on 1 April in Paris (UTC+2): it belongs to April.
    const range = { start: d("2026-02-28T23:00:00Z"), end: d("2026-04-30T22:00:00Z") };
    const series = run([order("o-mar", "2026-03-31T21:30:00Z", "1"), order("o-apr", "2026-03-31T22:30:00Z", "2")], [], {
      range,
      timeZone: "Europe/Paris",
    });
    expect(series.buckets.map((b) => [b.label, b.period.start.toISOString(), s(b.realized)])).toEqual([
      ["2026-03", "2026-02-28T23:00:00.000Z", "1"],
      ["2026-04", "2026-03-31T22:00:00.000Z", "2"],
    ]);
  });

  it("does not fail on a weekend day bucket with business days", () => {
    // Week of Monday 5 January 2026 by day, asOf Saturday 10 January 12:00Z, business days.
    // A weekly target of 5,000 gives 1,000 to each weekday and 0 to the weekend days.
    // Saturday holds asOf but has no business day: nothing of it has elapsed (not-started), target 0.
    const week = target("t-w", "2026-01-05T00:00:00Z", "2026-01-12T00:00:00Z", "5000");
    const series = run([], [week], {
      range: { start: d("2026-01-05T00:00:00Z"), end: d("2026-01-12T00:00:00Z") },
      grain: "day",
      dayCount: "business",
      asOf: d("2026-01-10T12:00:00Z"),
    });
    expect(series.buckets.map((b) => s(b.target))).toEqual(["1000", "1000", "1000", "1000", "1000", "0", "0"]);
    const saturday = series.buckets[5];
    expect(saturday?.label).toBe("2026-01-10");
    expect(s(saturday?.elapsedFraction ?? null)).toBe("0");
    expect(saturday?.pace.reason).toBe("not-started");
    expect(saturday?.closed).toBe(false);
    // The week as a whole: 5 of 5 business days elapsed -> 1.
    expect(s(series.total.elapsedFraction)).toBe("1");
  });

  it("rejects an unknown grain or an empty range", () => {
    expect(() => run([], [], { grain: "fortnight" as never })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
    expect(() => run([], [], { range: { start: Q1.end, end: Q1.start } })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
  });
});

describe("revenueVsTargetSeries: currencies, proration, scope", () => {
  it("checks one currency across all buckets", () => {
    const orders = [
      order("o1", "2026-01-05T00:00:00Z", "1"),
      order("o2", "2026-02-05T00:00:00Z", "1", { currency: "USD" }),
    ];
    expect(() => run(orders, [])).toThrow(MixedCurrencyError);
  });

  it("forbids a target spanning several buckets when proration is off", () => {
    expect(() => run([], [annual], { proration: false })).toThrow(ProrationForbiddenError);
    const monthly = [target("t-jan", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "31000")];
    expect(s(run([], monthly, { proration: false }).buckets[0]?.target ?? null)).toBe("31000");
  });

  it("computes a seller's series with the seller's own targets", () => {
    // s1 sells 300 in January against a seller target of 600: 0.5; the company target is not theirs.
    const series = run(
      [order("o1", "2026-01-05T00:00:00Z", "300"), order("o2", "2026-01-06T00:00:00Z", "900", { seller: "s2" })],
      [annual, target("ts1", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "600", "seller", "s1")],
      { scope: { level: "seller", sellerId: "s1" } },
    );
    expect(series.scope).toEqual({ level: "seller", sellerId: "s1" });
    expect(s(series.buckets[0]?.attainment.value ?? null)).toBe("0.5");
    expect(series.buckets[1]?.attainment.reason).toBe("no-target");
    expect(s(series.total.realized)).toBe("300");
  });

  it("warns once when only the sellers have targets", () => {
    const series = run([], [target("ts1", "2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z", "600", "seller", "s1")]);
    expect(series.warnings).toHaveLength(1);
    expect(series.buckets.every((b) => b.warnings.length === 1)).toBe(true);
  });
});
