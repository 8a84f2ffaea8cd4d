import { describe, expect, it } from "vitest";
import type { Activity, ActivityStatus, Order, RevenueTarget, Seller } from "../../model/types.js";
import { resultFromJSON } from "../../model/resultJson.js";
import { toDecimal } from "../../money/decimal.js";
import { createExchangeRates } from "../../money/exchangeRates.js";
import {
  revenuePerSeller,
  RevenuePerSellerResultSchema,
  type RevenuePerSellerOptions,
  type RevenuePerSellerResult,
} from "./revenuePerSeller.js";

// Every expected value below is worked out by hand; the arithmetic is in the comments.

const EUR = "EUR";

function order(id: string, sellerId: string, date: string, amount: string, currency = EUR): Order {
  return { id, sellerId, date: new Date(date), amount: toDecimal(amount), currency, customerId: "c-1" };
}

function sellerTarget(
  id: string,
  sellerId: string,
  start: string,
  end: string,
  amount: string,
  currency = EUR,
): RevenueTarget {
  return {
    id,
    level: "seller",
    scopeId: sellerId,
    start: new Date(start),
    end: new Date(end),
    amount: toDecimal(amount),
    currency,
  };
}

function activity(id: string, ownerId: string, date: string, status: ActivityStatus = "done"): Activity {
  return { id, ownerId, type: "call", date: new Date(date), status };
}

function seller(id: string, teamId?: string): Seller {
  return teamId === undefined ? { id, name: id } : { id, name: id, teamId };
}

/** `[start, end)` from date strings. */
function range(start: string, end: string): { start: Date; end: Date } {
  return { start: new Date(start), end: new Date(end) };
}

/** January to May 2026 in UTC: five month buckets. */
const JAN_MAY = range("2026-01-01T00:00:00Z", "2026-06-01T00:00:00Z");
const JAN_APR = range("2026-01-01T00:00:00Z", "2026-05-01T00:00:00Z");

/** The JSON form of a value (decimals as strings, dates as ISO strings): easy to compare whole objects. */
function json(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function seriesOf(result: RevenuePerSellerResult, sellerId: string): RevenuePerSellerResult["sellers"][number] {
  const found = result.sellers.find((s) => s.sellerId === sellerId);
  if (found === undefined) throw new Error(`no series for ${sellerId}`);
  return found;
}

function flagsOf(result: RevenuePerSellerResult, sellerId: string): string[][] {
  return seriesOf(result, sellerId).points.map((p) => [...p.flags]);
}

function realizedOf(result: RevenuePerSellerResult, sellerId: string): string[] {
  return seriesOf(result, sellerId).points.map((p) => p.realized.toString());
}

function lineOf(result: RevenuePerSellerResult, sellerId: string): RevenuePerSellerResult["effortVsResult"][number] {
  const found = result.effortVsResult.find((l) => l.sellerId === sellerId);
  if (found === undefined) throw new Error(`no line for ${sellerId}`);
  return found;
}

/** One order per month (Jan, Feb, ...) for a seller, on the 10th; "0" means no order that month. */
function monthly(sellerId: string, amounts: readonly string[]): Order[] {
  return amounts.flatMap((amount, i) =>
    amount === "0"
      ? []
      : [order(`${sellerId}-${i + 1}`, sellerId, `2026-${String(i + 1).padStart(2, "0")}-10T00:00:00Z`, amount)],
  );
}

describe("revenuePerSeller: series fields, worked by hand", () => {
  // ana: Jan 100, Feb 150 + 50 = 200, Mar nothing (0), Apr 100, May 69; n = 3 (default).
  const orders = [
    order("a1", "ana", "2026-01-10T00:00:00Z", "100"),
    order("a2", "ana", "2026-02-03T00:00:00Z", "150"),
    order("a3", "ana", "2026-02-27T12:00:00Z", "50"),
    order("a4", "ana", "2026-04-01T00:00:00Z", "100"), // exactly at April's start: April
    order("a5", "ana", "2026-05-31T23:59:59.999Z", "69"), // last instant of the range: May
    order("a6", "ana", "2026-06-01T00:00:00Z", "1000"), // range end is excluded
    order("a7", "ana", "2025-12-31T23:59:59.999Z", "1000"), // before the range
  ];
  const result = revenuePerSeller(orders, { range: JAN_MAY });
  const points = seriesOf(result, "ana").points;

  it("describes the result", () => {
    expect(result.indicator).toBe("revenue-per-seller");
    expect(result.unit).toBe("money");
    expect(result.currency).toBe("EUR");
    expect(result.grain).toBe("month");
    expect(result.scope).toEqual({ level: "company" });
    expect(result.asOf).toBeNull();
    expect(json(result.range)).toEqual({
      start: "2026-01-01T00:00:00.000Z",
      end: "2026-06-01T00:00:00.000Z",
      timeZone: "UTC",
    });
    expect(result.buckets.map((b) => b.label)).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]);
    expect(json(result.buckets[1])).toEqual({
      label: "2026-02",
      start: "2026-02-01T00:00:00.000Z",
      end: "2026-03-01T00:00:00.000Z",
      timeZone: "UTC",
    });
    expect(json(result.thresholds)).toEqual({ trailingBuckets: 3, drop: "0.3", exceptional: "0.5" });
    expect(result.warnings).toEqual([]);
    expect(result.sellers.map((s) => s.sellerId)).toEqual(["ana"]);
  });

  it("sums each bucket and the total (100 + 200 + 0 + 100 + 69 = 469)", () => {
    expect(realizedOf(result, "ana")).toEqual(["100", "200", "0", "100", "69"]);
    expect(seriesOf(result, "ana").total.toString()).toBe("469");
  });

  it("counts the orders of each bucket and of the series (two in February, none in March)", () => {
    expect(seriesOf(result, "ana").points.map((p) => p.orderCount)).toEqual([1, 2, 0, 1, 1]);
    expect(seriesOf(result, "ana").orderCount).toBe(5);
  });

  it("January: no previous bucket, no history", () => {
    expect(json(points[0])).toEqual({
      label: "2026-01",
      realized: "100",
      orderCount: 1,
      target: "0",
      attainment: { value: null, reason: "no-target", numerator: "100", denominator: "0" },
      changeFromPrevious: { value: null, reason: "no-previous" },
      relativeChangeFromPrevious: { value: null, reason: "no-previous", numerator: "0", denominator: "0" },
      trailingMean: { value: null, reason: "insufficient-history" },
      changeFromTrailingMean: { value: null, reason: "insufficient-history" },
      relativeChangeFromTrailingMean: { value: null, reason: "insufficient-history", numerator: "0", denominator: "0" },
      flags: ["insufficient-history"],
    });
  });

  it("February and March: changes from the previous bucket, still too little history", () => {
    // Feb: 200 - 100 = 100, 100 / 100 = 1. Mar: 0 - 200 = -200, -200 / 200 = -1.
    expect(json(points[1])).toMatchObject({
      changeFromPrevious: { value: "100", reason: null },
      relativeChangeFromPrevious: { value: "1", reason: null, numerator: "100", denominator: "100" },
      flags: ["insufficient-history"],
    });
    expect(json(points[2])).toMatchObject({
      realized: "0",
      changeFromPrevious: { value: "-200", reason: null },
      relativeChangeFromPrevious: { value: "-1", reason: null, numerator: "-200", denominator: "200" },
      trailingMean: { value: null, reason: "insufficient-history" },
      flags: ["insufficient-history"],
    });
  });

  it("April: change over a zero previous bucket, first trailing mean", () => {
    // change 100 - 0 = 100, relative over 0: null (zero-previous).
    // trailing mean (100 + 200 + 0) / 3 = 100; change 100 - 100 = 0, relative 0 / 100 = 0.
    // 100 is neither < 70 nor > 150: no flag.
    expect(json(points[3])).toEqual({
      label: "2026-04",
      realized: "100",
      orderCount: 1,
      target: "0",
      attainment: { value: null, reason: "no-target", numerator: "100", denominator: "0" },
      changeFromPrevious: { value: "100", reason: null },
      relativeChangeFromPrevious: { value: null, reason: "zero-previous", numerator: "100", denominator: "0" },
      trailingMean: { value: "100", reason: null },
      changeFromTrailingMean: { value: "0", reason: null },
      relativeChangeFromTrailingMean: { value: "0", reason: null, numerator: "0", denominator: "100" },
      flags: [],
    });
  });

  it("May: a drop against the trailing mean", () => {
    // change 69 - 100 = -31, -31 / 100 = -0.31.
    // trailing mean (200 + 0 + 100) / 3 = 100; change 69 - 100 = -31, relative -0.31.
    // 69 < 100 x (1 - 0.3) = 70: drop.
    expect(json(points[4])).toEqual({
      label: "2026-05",
      realized: "69",
      orderCount: 1,
      target: "0",
      attainment: { value: null, reason: "no-target", numerator: "69", denominator: "0" },
      changeFromPrevious: { value: "-31", reason: null },
      relativeChangeFromPrevious: { value: "-0.31", reason: null, numerator: "-31", denominator: "100" },
      trailingMean: { value: "100", reason: null },
      changeFromTrailingMean: { value: "-31", reason: null },
      relativeChangeFromTrailingMean: { value: "-0.31", reason: null, numerator: "-31", denominator: "100" },
      flags: ["drop"],
    });
  });

  it("has no explain key without explain: true", () => {
    expect("explain" in (points[0] as object)).toBe(false);
    expect("explain" in (result.effortVsResult[0] as object)).toBe(false);
  });

  it("matches the documented example", () => {
    const example = revenuePerSeller(
      [
        order("o1", "ana", "2026-01-10T00:00:00Z", "100"),
        order("o2", "ana", "2026-02-10T00:00:00Z", "100"),
        order("o3", "ana", "2026-03-10T00:00:00Z", "100"),
        order("o4", "ana", "2026-04-10T00:00:00Z", "60"),
      ],
      { range: JAN_APR },
    );
    expect(example.sellers[0]?.points[3]?.trailingMean.value?.toString()).toBe("100");
    expect(example.sellers[0]?.points[3]?.flags).toEqual(["drop"]);
    expect(example.sellers[0]?.points[0]?.flags).toEqual(["insufficient-history"]);
  });
});

describe("revenuePerSeller: drop and exceptional are strict (settled detail 11)", () => {
  // History 100, 100, 100: trailing mean 100 in April; drop below 70, exceptional above 150.
  const orders = [
    ...monthly("at-drop", ["100", "100", "100", "70"]), // 70 < 70 is false
    ...monthly("under-drop", ["100", "100", "100", "69.99"]), // 69.99 < 70: drop
    ...monthly("at-exceptional", ["100", "100", "100", "150"]), // 150 > 150 is false
    ...monthly("over-exceptional", ["100", "100", "100", "150.01"]), // 150.01 > 150: exceptional
    ...monthly("steady", ["100", "100", "100", "100"]),
  ];

  it("judges with the default thresholds 0.3 and 0.5", () => {
    const result = revenuePerSeller(orders, { range: JAN_APR });
    const april = (id: string): string[] => flagsOf(result, id)[3] ?? [];
    expect(april("at-drop")).toEqual([]);
    expect(april("under-drop")).toEqual(["drop"]);
    expect(april("at-exceptional")).toEqual([]);
    expect(april("over-exceptional")).toEqual(["exceptional"]);
    expect(april("steady")).toEqual([]);
    // 150.01 - 100 = 50.01 over 100 = 0.5001
    expect(seriesOf(result, "over-exceptional").points[3]?.relativeChangeFromTrailingMean.value?.toString()).toBe(
      "0.5001",
    );
  });

  it("is exact when the trailing mean is not a finite decimal", () => {
    // History 100, 100, 101: mean 301 / 3 = 100.333...; drop bound 301 x 0.7 / 3 = 70.2333...
    // 70.2333 (4 places) is below the bound; 70.24 is above. Exceptional bound 301 x 1.5 / 3 = 150.5.
    const result = revenuePerSeller(
      [
        ...monthly("a", ["100", "100", "101", "70.2333"]),
        ...monthly("b", ["100", "100", "101", "70.24"]),
        ...monthly("c", ["100", "100", "101", "150.5"]),
        ...monthly("d", ["100", "100", "101", "150.5000001"]),
      ],
      { range: JAN_APR },
    );
    expect(flagsOf(result, "a")[3]).toEqual(["drop"]);
    expect(flagsOf(result, "b")[3]).toEqual([]);
    expect(flagsOf(result, "c")[3]).toEqual([]);
    expect(flagsOf(result, "d")[3]).toEqual(["exceptional"]);
  });

  it("uses the caller's thresholds and history length", () => {
    // n = 2: April's mean is (100 + 100) / 2 = 100. drop 0.5: below 50; exceptional 1: above 200.
    const custom = [
      ...monthly("d-at", ["100", "100", "100", "50"]),
      ...monthly("d-under", ["100", "100", "100", "49.99"]),
      ...monthly("e-at", ["100", "100", "100", "200"]),
      ...monthly("e-over", ["100", "100", "100", "200.01"]),
    ];
    const options: RevenuePerSellerOptions = {
      range: JAN_APR,
      trailingBuckets: 2,
      thresholds: { drop: "0.5", exceptional: 1 },
    };
    const result = revenuePerSeller(custom, options);
    expect(json(result.thresholds)).toEqual({ trailingBuckets: 2, drop: "0.5", exceptional: "1" });
    expect(flagsOf(result, "d-at")).toEqual([["insufficient-history"], ["insufficient-history"], [], []]);
    expect(flagsOf(result, "d-under")[3]).toEqual(["drop"]);
    expect(flagsOf(result, "e-at")[3]).toEqual([]);
    expect(flagsOf(result, "e-over")[3]).toEqual(["exceptional"]);
  });

  it("counts empty buckets as 0 in the trailing mean (settled detail 10)", () => {
    // Jan 300, Feb -, Mar -: mean 300 / 3 = 100 in April. April 160 > 150: exceptional.
    const result = revenuePerSeller(monthly("x", ["300", "0", "0", "160"]), { range: JAN_APR });
    expect(seriesOf(result, "x").points[3]?.trailingMean.value?.toString()).toBe("100");
    expect(flagsOf(result, "x")[3]).toEqual(["exceptional"]);
  });

  it("takes history from the requested range only (settled detail 10)", () => {
    // Orders in 2025 do not make history for January 2026: a range starting in January has none.
    const orders2 = [order("old", "x", "2025-12-10T00:00:00Z", "100"), ...monthly("x", ["100"])];
    const result = revenuePerSeller(orders2, { range: JAN_APR, trailingBuckets: 1 });
    expect(flagsOf(result, "x")[0]).toEqual(["insufficient-history"]);
    // Start the range earlier and January is judged: 100 against a mean of 100, no flag.
    const earlier = revenuePerSeller(orders2, {
      range: range("2025-12-01T00:00:00Z", "2026-05-01T00:00:00Z"),
      trailingBuckets: 1,
    });
    expect(flagsOf(earlier, "x")[1]).toEqual([]);
  });
});

describe("revenuePerSeller: no-baseline and credit notes (settled detail 11)", () => {
  it("does not judge against a zero trailing mean", () => {
    // zed: nothing Jan to Mar, 100 in April: mean 0, not judged.
    const result = revenuePerSeller(monthly("zed", ["0", "0", "0", "100"]), { range: JAN_APR });
    expect(json(seriesOf(result, "zed").points[3])).toMatchObject({
      trailingMean: { value: "0", reason: null },
      changeFromTrailingMean: { value: "100", reason: null },
      relativeChangeFromTrailingMean: { value: null, reason: "no-baseline", numerator: "100", denominator: "0" },
      flags: ["no-baseline"],
    });
  });

  it("does not judge against a negative trailing mean from credit notes", () => {
    // Jan 100, Feb credit note -400, Mar nothing: mean (100 - 400 + 0) / 3 = -100.
    // April 10: change from mean 10 - (-100) = 110; relative change not given (no-baseline).
    const orders = [...monthly("cn", ["100", "-400", "0", "10"])];
    const result = revenuePerSeller(orders, { range: JAN_APR });
    const points = seriesOf(result, "cn").points;
    expect(json(points[3])).toMatchObject({
      realized: "10",
      trailingMean: { value: "-100", reason: null },
      changeFromTrailingMean: { value: "110", reason: null },
      relativeChangeFromTrailingMean: { value: null, reason: "no-baseline", numerator: "110", denominator: "-100" },
      flags: ["no-baseline"],
    });
    // Feb: -400 - 100 = -500 over 100 = -5. Mar: 0 - (-400) = 400, over a negative base: null.
    expect(json(points[1]?.relativeChangeFromPrevious)).toEqual({
      value: "-5",
      reason: null,
      numerator: "-500",
      denominator: "100",
    });
    expect(json(points[2]?.relativeChangeFromPrevious)).toEqual({
      value: null,
      reason: "negative-previous",
      numerator: "400",
      denominator: "-400",
    });
    expect(seriesOf(result, "cn").total.toString()).toBe("-290"); // 100 - 400 + 10
  });

  it("nets a credit note inside its bucket", () => {
    // April: 300 and a credit note of -300: 0 against a mean of 100: drop.
    const orders = [
      ...monthly("n", ["100", "100", "100"]),
      order("n-4a", "n", "2026-04-02T00:00:00Z", "300"),
      order("n-4b", "n", "2026-04-20T00:00:00Z", "-300"),
    ];
    const result = revenuePerSeller(orders, { range: JAN_APR });
    expect(realizedOf(result, "n")[3]).toBe("0");
    expect(flagsOf(result, "n")[3]).toEqual(["drop"]);
  });
});

describe("revenuePerSeller: targets and attainment per bucket", () => {
  // A 2026 target of 365,000 gives 1,000 a day: Jan 31,000, Feb 28,000, Mar 31,000, Apr 30,000.
  const targets = [sellerTarget("t-ana", "ana", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", "365000")];
  const orders = [
    order("a1", "ana", "2026-01-05T00:00:00Z", "15500"), // 15,500 / 31,000 = 0.5
    order("a2", "ana", "2026-02-05T00:00:00Z", "28000"), // 28,000 / 28,000 = 1
    order("a3", "ana", "2026-04-05T00:00:00Z", "36000"), // 36,000 / 30,000 = 1.2
  ];

  it("prorates the seller target to each bucket", () => {
    const result = revenuePerSeller(orders, { range: JAN_APR, targets, explain: true });
    const points = seriesOf(result, "ana").points;
    expect(points.map((p) => p.target.toString())).toEqual(["31000", "28000", "31000", "30000"]);
    expect(points.map((p) => p.attainment.value?.toString())).toEqual(["0.5", "1", "0", "1.2"]);
    expect(json(points[0]?.attainment)).toEqual({
      value: "0.5",
      reason: null,
      numerator: "15500",
      denominator: "31000",
    });
    expect(points[0]?.explain).toEqual({ orderIds: ["a1"], targetIds: ["t-ana"] });
    // Whole range: 120 days, target 120,000; realized 79,500; attainment 0.6625, under target.
    const line = lineOf(result, "ana");
    expect(line.target.toString()).toBe("120000");
    expect(line.realized.toString()).toBe("79500");
    expect(line.attainment.value?.toString()).toBe("0.6625");
    expect(line.underTarget).toBe(true);
    expect(result.medians.resultBasis).toBe("attainment");
  });

  it("ignores team and company targets and other sellers' targets (settled detail 1)", () => {
    const others: RevenueTarget[] = [
      {
        id: "t-team",
        level: "team",
        scopeId: "north",
        start: JAN_APR.start,
        end: JAN_APR.end,
        amount: toDecimal("1"),
        currency: EUR,
      },
      { id: "t-co", level: "company", start: JAN_APR.start, end: JAN_APR.end, amount: toDecimal("1"), currency: EUR },
    ];
    const result = revenuePerSeller(orders, {
      range: JAN_APR,
      targets: [...targets, ...others],
      scope: { level: "seller", sellerId: "ana" },
    });
    expect(seriesOf(result, "ana").points[0]?.target.toString()).toBe("31000");
  });

  it("adds overlapping seller targets (settled detail 2)", () => {
    const extra = sellerTarget("t-jan", "ana", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "1000");
    const result = revenuePerSeller(orders, { range: JAN_APR, targets: [...targets, extra] });
    expect(seriesOf(result, "ana").points[0]?.target.toString()).toBe("32000"); // 31,000 + 1,000
  });

  it("refuses a partly overlapping target when proration is off", () => {
    expect(() => revenuePerSeller(orders, { range: JAN_APR, targets, proration: false })).toThrow(
      expect.objectContaining({ code: "PRORATION_FORBIDDEN" }),
    );
  });

  it("accepts month targets lining up with month buckets when proration is off", () => {
    const monthTargets = [
      sellerTarget("t1", "ana", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "10000"),
      sellerTarget("t2", "ana", "2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z", "20000"),
    ];
    const result = revenuePerSeller(orders, {
      range: range("2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z"),
      targets: monthTargets,
      proration: false,
    });
    expect(seriesOf(result, "ana").points.map((p) => p.attainment.value?.toString())).toEqual(["1.55", "1.4"]);
  });
});

describe("revenuePerSeller: effort versus result", () => {
  // Targets of 1,000 each covering exactly January and February 2026 (the range).
  const RANGE = range("2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z");
  const ids = ["a", "b", "c", "d", "e", "f"];
  const targets = ids.map((id) => sellerTarget(`t-${id}`, id, "2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z", "1000"));
  const realized: Record<string, string> = { a: "1200", b: "500", c: "800", d: "1000", e: "800", f: "0" };
  const effort: Record<string, number> = { a: 10, b: 12, c: 3, d: 5, e: 5, f: 0 };
  const orders = ids.flatMap((id) =>
    realized[id] === "0" ? [] : [order(`o-${id}`, id, "2026-01-15T00:00:00Z", realized[id] as string)],
  );
  const activities = [
    ...ids.flatMap((id) =>
      Array.from({ length: effort[id] as number }, (_, k) =>
        activity(`act-${id}-${k}`, id, `2026-02-${String(k + 1).padStart(2, "0")}T09:00:00Z`),
      ),
    ),
    activity("f-planned", "f", "2026-02-10T00:00:00Z", "planned"), // not done: not counted
    activity("f-cancelled", "f", "2026-02-11T00:00:00Z", "cancelled"), // not done
    activity("f-march", "f", "2026-03-01T00:00:00Z"), // outside the range
  ];
  const roster = ids.map((id) => seller(id));

  it("splits at the medians, ties going high", () => {
    // Attainments 1.2, 0.5, 0.8, 1, 0.8, 0 -> sorted 0, 0.5, 0.8, 0.8, 1, 1.2 -> median (0.8 + 0.8) / 2 = 0.8.
    // Efforts 10, 12, 3, 5, 5, 0 -> sorted 0, 3, 5, 5, 10, 12 -> median (5 + 5) / 2 = 5.
    const result = revenuePerSeller(orders, { range: RANGE, targets, activities, sellers: roster });
    expect(result.medians.resultBasis).toBe("attainment");
    expect(result.medians.result?.toString()).toBe("0.8");
    expect(result.medians.effort?.toString()).toBe("5");
    const summary = result.effortVsResult.map((l) => [
      l.sellerId,
      l.attainment.value?.toString(),
      l.underTarget,
      l.activityCount,
      l.quadrant,
    ]);
    expect(summary).toEqual([
      ["a", "1.2", false, 10, "high-effort-high-result"], // 10 >= 5, 1.2 >= 0.8
      ["b", "0.5", true, 12, "high-effort-low-result"], // the method to review
      ["c", "0.8", true, 3, "low-effort-high-result"], // 0.8 = median: high (tie)
      ["d", "1", false, 5, "high-effort-high-result"], // 5 = median: high (tie); attainment 1 is not under target
      ["e", "0.8", true, 5, "high-effort-high-result"], // both ties
      ["f", "0", true, 0, "low-effort-low-result"],
    ]);
    expect(result.effortVsResult.every((l) => l.quadrantReason === null)).toBe(true);
    expect(json(lineOf(result, "b"))).toEqual({
      sellerId: "b",
      realized: "500",
      target: "1000",
      attainment: { value: "0.5", reason: null, numerator: "500", denominator: "1000" },
      underTarget: true,
      activityCount: 12,
      quadrant: "high-effort-low-result",
      quadrantReason: null,
    });
  });

  it("lists the counted activities with explain", () => {
    const result = revenuePerSeller(orders, { range: RANGE, targets, activities, sellers: roster, explain: true });
    expect(lineOf(result, "c").explain).toEqual({
      orderIds: ["o-c"],
      targetIds: ["t-c"],
      activityIds: ["act-c-0", "act-c-1", "act-c-2"],
    });
    expect(lineOf(result, "f").explain?.activityIds).toEqual([]);
  });

  it("splits on realized revenue when a seller has no target", () => {
    // x: 100 / 1,000 = 0.1; y: 500, no target; z: 2,000 / 1,000 = 2.
    // Basis realized: median of 100, 500, 2,000 = 500. Efforts 1, 2, 3: median 2.
    const result = revenuePerSeller(
      [
        order("x1", "x", "2026-01-02T00:00:00Z", "100"),
        order("y1", "y", "2026-01-02T00:00:00Z", "500"),
        order("z1", "z", "2026-01-02T00:00:00Z", "2000"),
      ],
      {
        range: RANGE,
        targets: [
          sellerTarget("tx", "x", "2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z", "1000"),
          sellerTarget("tz", "z", "2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z", "1000"),
        ],
        activities: [
          activity("x-1", "x", "2026-01-05T00:00:00Z"),
          activity("y-1", "y", "2026-01-05T00:00:00Z"),
          activity("y-2", "y", "2026-01-06T00:00:00Z"),
          activity("z-1", "z", "2026-01-05T00:00:00Z"),
          activity("z-2", "z", "2026-01-06T00:00:00Z"),
          activity("z-3", "z", "2026-01-07T00:00:00Z"),
        ],
      },
    );
    expect(result.medians.resultBasis).toBe("realized");
    expect(result.medians.result?.toString()).toBe("500");
    expect(result.medians.effort?.toString()).toBe("2");
    expect(result.effortVsResult.map((l) => [l.sellerId, l.underTarget, l.quadrant])).toEqual([
      ["x", true, "low-effort-low-result"], // 1 < 2, 100 < 500
      ["y", null, "high-effort-high-result"], // 2 = 2 and 500 = 500: ties go high
      ["z", false, "high-effort-high-result"],
    ]);
    expect(json(lineOf(result, "y").attainment)).toEqual({
      value: null,
      reason: "no-target",
      numerator: "500",
      denominator: "0",
    });
    expect(
      result.warnings.some(
        (w) =>
          w.code === "quadrants-on-realized" && w.message.includes('"y"') && w.message.includes("realized revenue"),
      ),
    ).toBe(true);
  });

  it("gives no quadrant without activities", () => {
    const result = revenuePerSeller(orders, { range: RANGE, targets, sellers: roster });
    expect(result.medians.effort).toBeNull();
    expect(result.medians.result?.toString()).toBe("0.8");
    for (const line of result.effortVsResult) {
      expect(line.activityCount).toBeNull();
      expect(line.quadrant).toBeNull();
      expect(line.quadrantReason).toBe("no-activities");
    }
    expect(lineOf(result, "b").underTarget).toBe(true);
  });

  it("lists a seller who only has activities, with zero revenue (effort without result)", () => {
    // p sold 300 with 1 call, q sold nothing with 4 calls. Realized median (0 + 300) / 2 = 150, effort median 2.5.
    const result = revenuePerSeller([order("p1", "p", "2026-01-02T00:00:00Z", "300")], {
      range: RANGE,
      activities: [
        activity("p-1", "p", "2026-01-03T00:00:00Z"),
        ...[1, 2, 3, 4].map((k) => activity(`q-${k}`, "q", `2026-01-0${k}T00:00:00Z`)),
      ],
    });
    expect(result.sellers.map((s) => s.sellerId)).toEqual(["p", "q"]);
    expect(realizedOf(result, "q")).toEqual(["0", "0"]);
    expect(result.medians.result?.toString()).toBe("150");
    expect(result.medians.effort?.toString()).toBe("2.5");
    expect(lineOf(result, "p").quadrant).toBe("low-effort-high-result");
    expect(lineOf(result, "q").quadrant).toBe("high-effort-low-result");
  });

  it("lists a seller who only has a target, with zero revenue", () => {
    const result = revenuePerSeller([order("p1", "p", "2026-01-02T00:00:00Z", "300")], {
      range: RANGE,
      targets: [sellerTarget("tq", "q", "2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z", "1000")],
    });
    expect(result.sellers.map((s) => s.sellerId)).toEqual(["p", "q"]);
    expect(lineOf(result, "q").attainment.value?.toString()).toBe("0");
    expect(lineOf(result, "q").underTarget).toBe(true);
  });

  it("has empty lines and null medians without sellers", () => {
    const result = revenuePerSeller([], { range: RANGE, activities: [] });
    expect(result.sellers).toEqual([]);
    expect(result.effortVsResult).toEqual([]);
    expect(result.medians).toEqual({ effort: null, result: null, resultBasis: "realized" });
    expect(result.currency).toBeNull();
  });
});

describe("revenuePerSeller: which sellers (roster, scope, settled detail 15)", () => {
  const orders = [
    order("o1", "bob", "2026-01-10T00:00:00Z", "100"),
    order("o2", "ana", "2026-01-11T00:00:00Z", "200"),
    order("o3", "cid", "2026-02-10T00:00:00Z", "300"),
    order("o4", "eve", "2026-02-11T00:00:00Z", "400"),
    order("o5", "bob", "2026-02-12T00:00:00Z", "50"),
  ];
  const roster = [seller("zoe", "north"), seller("ana", "north"), seller("cid", "south"), seller("dan")];
  const RANGE = range("2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z");

  it("lists the roster first, with zeros, then owners in order of first appearance", () => {
    const result = revenuePerSeller(orders, { range: RANGE, sellers: roster });
    expect(result.sellers.map((s) => s.sellerId)).toEqual(["zoe", "ana", "cid", "dan", "bob", "eve"]);
    expect(realizedOf(result, "zoe")).toEqual(["0", "0"]);
    expect(realizedOf(result, "bob")).toEqual(["100", "50"]);
    expect(json(seriesOf(result, "dan").points[1])).toMatchObject({
      realized: "0",
      changeFromPrevious: { value: "0", reason: null },
      relativeChangeFromPrevious: { value: null, reason: "zero-previous", numerator: "0", denominator: "0" },
    });
    expect(seriesOf(result, "zoe").total.toString()).toBe("0");
  });

  it("lists owners in order of first appearance without a roster", () => {
    const result = revenuePerSeller(orders, { range: RANGE });
    expect(result.sellers.map((s) => s.sellerId)).toEqual(["bob", "ana", "cid", "eve"]);
  });

  it("does not list owners whose records all fall outside the range", () => {
    const result = revenuePerSeller([...orders, order("late", "max", "2026-03-01T00:00:00Z", "1")], { range: RANGE });
    expect(result.sellers.map((s) => s.sellerId)).not.toContain("max");
  });

  it("limits a team scope to the roster's members of the team, zeros included", () => {
    // north: zoe (no order) and ana (200 in Jan). cid (south), bob and eve (not in the roster), dan (no team) are out.
    const result = revenuePerSeller(orders, {
      range: RANGE,
      sellers: roster,
      scope: { level: "team", teamId: "north" },
    });
    expect(result.scope).toEqual({ level: "team", teamId: "north" });
    expect(result.sellers.map((s) => s.sellerId)).toEqual(["zoe", "ana"]);
    expect(realizedOf(result, "ana")).toEqual(["200", "0"]);
    expect(realizedOf(result, "zoe")).toEqual(["0", "0"]);
  });

  it("needs the roster for a team scope", () => {
    expect(() => revenuePerSeller(orders, { range: RANGE, scope: { level: "team", teamId: "north" } })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
  });

  it("limits a seller scope to that seller, listed even without records", () => {
    const result = revenuePerSeller(orders, {
      range: RANGE,
      sellers: roster,
      scope: { level: "seller", sellerId: "bob" },
    });
    expect(result.sellers.map((s) => s.sellerId)).toEqual(["bob"]);
    const nobody = revenuePerSeller(orders, { range: RANGE, scope: { level: "seller", sellerId: "nobody" } });
    expect(nobody.sellers.map((s) => s.sellerId)).toEqual(["nobody"]);
    expect(realizedOf(nobody, "nobody")).toEqual(["0", "0"]);
  });

  it("handles __proto__ and constructor as seller ids", () => {
    const tricky = [
      order("p1", "__proto__", "2026-01-10T00:00:00Z", "10"),
      order("c1", "constructor", "2026-01-10T00:00:00Z", "20"),
      order("p2", "__proto__", "2026-02-10T00:00:00Z", "5"),
    ];
    const result = revenuePerSeller(tricky, {
      range: RANGE,
      sellers: [seller("toString"), seller("__proto__")],
      targets: [sellerTarget("t-proto", "__proto__", "2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z", "30")],
      activities: [activity("a-c", "constructor", "2026-01-12T00:00:00Z")],
    });
    expect(result.sellers.map((s) => s.sellerId)).toEqual(["toString", "__proto__", "constructor"]);
    expect(realizedOf(result, "__proto__")).toEqual(["10", "5"]);
    expect(realizedOf(result, "constructor")).toEqual(["20", "0"]);
    expect(lineOf(result, "__proto__").attainment.value?.toString()).toBe("0.5"); // 15 / 30
    expect(lineOf(result, "constructor").activityCount).toBe(1);
    expect(lineOf(result, "toString").activityCount).toBe(0);
    const back = resultFromJSON(RevenuePerSellerResultSchema, JSON.stringify(result));
    expect(back.sellers.map((s) => s.sellerId)).toEqual(["toString", "__proto__", "constructor"]);
  });
});

describe("revenuePerSeller: asOf (settled details 3 and 5)", () => {
  // Jan 100, Feb 100, Mar 40 before asOf (and 500 at asOf exactly, excluded), Apr nothing counted.
  const orders = [
    ...monthly("ana", ["100", "100"]),
    order("m1", "ana", "2026-03-14T23:59:59.999Z", "40"),
    order("m2", "ana", "2026-03-15T00:00:00Z", "500"), // at asOf: excluded (half-open)
    order("m3", "ana", "2026-04-02T00:00:00Z", "700"), // after asOf: excluded
  ];
  const asOf = new Date("2026-03-15T00:00:00Z");
  const activities = [activity("before", "ana", "2026-03-14T00:00:00Z"), activity("at", "ana", "2026-03-15T00:00:00Z")];
  const targets = [sellerTarget("t", "ana", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", "365000")];

  it("cuts the records, flags the partial bucket and does not judge later ones", () => {
    // n = 1: March's mean is February's 100; 40 < 70: drop, and partial. April: not started.
    const result = revenuePerSeller(orders, { range: JAN_APR, asOf, trailingBuckets: 1, activities, targets });
    expect(json(result.asOf)).toBe("2026-03-15T00:00:00.000Z");
    expect(realizedOf(result, "ana")).toEqual(["100", "100", "40", "0"]);
    expect(flagsOf(result, "ana")).toEqual([["insufficient-history"], [], ["drop", "partial"], ["not-started"]]);
    // April still carries its figures: change 0 - 40 = -40; mean 40.
    expect(seriesOf(result, "ana").points[3]?.changeFromPrevious.value?.toString()).toBe("-40");
    // Attainment is over the whole bucket's target (settled detail 5): March 40 / 31,000.
    expect(seriesOf(result, "ana").points[2]?.target.toString()).toBe("31000");
    // Effort: the activity at asOf is excluded. Result: 240 over the whole range's 120,000 = 0.002.
    const line = lineOf(result, "ana");
    expect(line.activityCount).toBe(1);
    expect(line.realized.toString()).toBe("240");
    expect(line.attainment.value?.toString()).toBe("0.002");
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.code).toBe("partial-range");
    expect(result.warnings[0]?.message).toContain("partial");
  });

  it("judges nothing when asOf is at or before the range start", () => {
    const result = revenuePerSeller(orders, {
      range: JAN_APR,
      asOf: new Date("2026-01-01T00:00:00Z"),
      sellers: [seller("ana")],
    });
    expect(realizedOf(result, "ana")).toEqual(["0", "0", "0", "0"]);
    expect(flagsOf(result, "ana")).toEqual([["not-started"], ["not-started"], ["not-started"], ["not-started"]]);
  });

  it("changes nothing when asOf is at or after the range end", () => {
    const withAsOf = revenuePerSeller(orders, {
      range: range("2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z"),
      asOf: new Date("2026-03-01T00:00:00Z"),
    });
    const without = revenuePerSeller(orders, { range: range("2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z") });
    expect(json(withAsOf.sellers)).toEqual(json(without.sellers));
    expect(withAsOf.warnings).toEqual([]);
  });
});

describe("revenuePerSeller: calendar", () => {
  it("reads buckets in the reporting time zone", () => {
    // 2026-01-31T23:30Z is 00:30 on February 1 in Paris (UTC+1): February.
    const result = revenuePerSeller([order("o", "ana", "2026-01-31T23:30:00Z", "10")], {
      range: range("2025-12-31T23:00:00Z", "2026-02-28T23:00:00Z"),
      timeZone: "Europe/Paris",
    });
    expect(result.buckets.map((b) => b.label)).toEqual(["2026-01", "2026-02"]);
    expect(realizedOf(result, "ana")).toEqual(["0", "10"]);
  });

  it("splits into the grain asked for", () => {
    // Quarters of 2026: Q1 100 + 200, Q2 50.
    const result = revenuePerSeller(
      [
        order("a", "s", "2026-01-02T00:00:00Z", "100"),
        order("b", "s", "2026-03-31T23:59:59Z", "200"),
        order("c", "s", "2026-04-01T00:00:00Z", "50"),
      ],
      { range: range("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"), grain: "quarter" },
    );
    expect(result.grain).toBe("quarter");
    expect(result.buckets.map((b) => b.label)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    expect(realizedOf(result, "s")).toEqual(["300", "50", "0", "0"]);
  });
});

describe("revenuePerSeller: currencies (settled detail 14)", () => {
  it("refuses to mix currencies in the window", () => {
    const orders = [order("e", "a", "2026-01-02T00:00:00Z", "1"), order("u", "b", "2026-01-03T00:00:00Z", "1", "USD")];
    expect(() => revenuePerSeller(orders, { range: JAN_APR })).toThrow(
      expect.objectContaining({ code: "MIXED_CURRENCY" }),
    );
  });

  it("ignores the currency of records outside the window or the scope", () => {
    const orders = [
      order("e", "a", "2026-01-02T00:00:00Z", "1"),
      order("u1", "b", "2025-01-03T00:00:00Z", "1", "USD"), // before the range
      order("u2", "a", "2026-04-03T00:00:00Z", "1", "USD"), // after asOf
      order("u3", "c", "2026-01-03T00:00:00Z", "1", "USD"), // out of scope
    ];
    const result = revenuePerSeller(orders, {
      range: JAN_APR,
      asOf: new Date("2026-04-01T00:00:00Z"),
      scope: { level: "seller", sellerId: "a" },
    });
    expect(result.currency).toBe("EUR");
  });

  it("refuses a target in another currency", () => {
    expect(() =>
      revenuePerSeller([order("e", "a", "2026-01-02T00:00:00Z", "1")], {
        range: JAN_APR,
        targets: [sellerTarget("t", "a", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "10", "USD")],
      }),
    ).toThrow(expect.objectContaining({ code: "MIXED_CURRENCY" }));
  });

  it("converts with exchange rates", () => {
    const exchangeRates = createExchangeRates({
      reportingCurrency: "EUR",
      rates: [{ currency: "USD", rate: "0.5", validFrom: new Date("2025-01-01T00:00:00Z") }],
    });
    // 100 EUR + 100 USD x 0.5 = 150 EUR; target 400 USD x 0.5 = 200 EUR for January.
    const result = revenuePerSeller(
      [order("e", "a", "2026-01-02T00:00:00Z", "100"), order("u", "a", "2026-01-03T00:00:00Z", "100", "USD")],
      {
        range: range("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"),
        exchangeRates,
        targets: [sellerTarget("t", "a", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "400", "USD")],
      },
    );
    expect(result.currency).toBe("EUR");
    expect(realizedOf(result, "a")).toEqual(["150"]);
    expect(seriesOf(result, "a").points[0]?.attainment.value?.toString()).toBe("0.75");
  });

  it("reports the currency asked for", () => {
    expect(revenuePerSeller([], { range: JAN_APR, currency: "EUR" }).currency).toBe("EUR");
    expect(() =>
      revenuePerSeller([order("u", "a", "2026-01-03T00:00:00Z", "1", "USD")], { range: JAN_APR, currency: "EUR" }),
    ).toThrow(expect.objectContaining({ code: "MIXED_CURRENCY" }));
  });
});

describe("revenuePerSeller: explain", () => {
  it("lists the orders of each point", () => {
    const orders = [
      order("o1", "ana", "2026-01-10T00:00:00Z", "1"),
      order("o2", "bob", "2026-01-11T00:00:00Z", "1"),
      order("o3", "ana", "2026-01-12T00:00:00Z", "1"),
      order("o4", "ana", "2026-03-12T00:00:00Z", "1"),
    ];
    const result = revenuePerSeller(orders, { range: JAN_APR, explain: true });
    expect(seriesOf(result, "ana").points.map((p) => p.explain?.orderIds)).toEqual([["o1", "o3"], [], ["o4"], []]);
    expect(seriesOf(result, "bob").points.map((p) => p.explain?.orderIds)).toEqual([["o2"], [], [], []]);
    expect(lineOf(result, "ana").explain).toEqual({ orderIds: ["o1", "o3", "o4"], targetIds: [], activityIds: [] });
  });
});

describe("revenuePerSeller: option checks", () => {
  const base: RevenuePerSellerOptions = { range: JAN_APR };
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers as any
  const invalid = expect.objectContaining({ code: "INVALID_ARGUMENT" });

  it.each([
    ["trailingBuckets 0", { trailingBuckets: 0 }],
    ["trailingBuckets 1.5", { trailingBuckets: 1.5 }],
    ["negative thresholds.drop", { thresholds: { drop: "-0.1" } }],
    ["thresholds.drop not a decimal", { thresholds: { drop: "1e3" } }],
    ["negative thresholds.exceptional", { thresholds: { exceptional: -1 } }],
    ["thresholds not an object", { thresholds: "0.3" as never }],
    ["by neither seller nor customer", { by: "team" as never }],
    ["top without by customer", { top: 2 } as never],
    ["invalid asOf", { asOf: new Date("nope") }],
    ["unknown grain", { grain: "fortnight" as never }],
    ["unknown time zone", { timeZone: "Mars/Olympus" }],
    ["unknown day count", { dayCount: "lunar" as never }],
    ["empty range", { range: range("2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z") }],
  ])("rejects %s", (_name, patch) => {
    expect(() => revenuePerSeller([], { ...base, ...(patch as Partial<RevenuePerSellerOptions>) })).toThrow(invalid);
  });

  it("rejects missing options", () => {
    expect(() => revenuePerSeller([], undefined as never)).toThrow(invalid);
  });

  it("accepts zero thresholds", () => {
    // drop 0: below the mean; exceptional 0: above the mean.
    const result = revenuePerSeller(
      [...monthly("a", ["100", "100", "100", "99"]), ...monthly("b", ["100", "100", "100", "101"])],
      {
        range: JAN_APR,
        thresholds: { drop: 0, exceptional: "0" },
      },
    );
    expect(flagsOf(result, "a")[3]).toEqual(["drop"]);
    expect(flagsOf(result, "b")[3]).toEqual(["exceptional"]);
  });
});

describe("revenuePerSeller: JSON round trip", () => {
  it("reads a full result back equal", () => {
    const result = revenuePerSeller(
      [...monthly("ana", ["100", "-400", "0", "10"]), ...monthly("bob", ["1", "2", "3", "40"])],
      {
        range: JAN_APR,
        asOf: new Date("2026-04-20T12:00:00Z"),
        sellers: [seller("zoe", "north")],
        targets: [sellerTarget("t", "ana", "2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z", "590")],
        activities: [activity("x", "bob", "2026-02-01T00:00:00Z")],
        explain: true,
      },
    );
    const text = JSON.stringify(result);
    const back = resultFromJSON(RevenuePerSellerResultSchema, text);
    expect(back).toEqual(result);
    expect(JSON.stringify(back)).toBe(text);
    expect(back.asOf).toBeInstanceOf(Date);
    expect(back.sellers[0]?.points[0]?.realized.toString()).toBe(result.sellers[0]?.points[0]?.realized.toString());
  });

  it("reads a result without explain or activities back equal, explain key absent", () => {
    const result = revenuePerSeller(monthly("ana", ["5", "6"]), { range: JAN_APR });
    const back = resultFromJSON(RevenuePerSellerResultSchema, JSON.stringify(result));
    expect(back).toEqual(result);
    expect("explain" in (back.sellers[0]?.points[0] as object)).toBe(false);
    expect(JSON.stringify(back)).toBe(JSON.stringify(result));
  });

  it("rejects JSON of another shape", () => {
    expect(() => resultFromJSON(RevenuePerSellerResultSchema, JSON.stringify({ indicator: "pipeline" }))).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
  });
});
