import { describe, expect, it } from "vitest";
import { Dec } from "../../money/dec.js";
import {
  isCrmKpiError,
  MissingExchangeRateError,
  MixedCurrencyError,
  ProrationForbiddenError,
} from "../../errors/index.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Order, RevenueTarget, Seller, TargetLevel } from "../../model/types.js";
import { toDecimal } from "../../money/decimal.js";
import { createExchangeRates } from "../../money/exchangeRates.js";
import type { Period } from "../../period/types.js";
import { revenueVsTarget, RevenueVsTargetResultSchema, type RevenueVsTargetOptions } from "./revenueVsTarget.js";

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
  level: TargetLevel,
  scopeId: string | undefined,
  start: string,
  end: string,
  amount: string,
  currency = "EUR",
): RevenueTarget {
  return { id, level, scopeId, start: d(start), end: d(end), amount: toDecimal(amount), currency };
}

const JAN: Period = { start: d("2026-01-01T00:00:00Z"), end: d("2026-02-01T00:00:00Z") };
const janTarget = (amount: string, id = "t-jan"): RevenueTarget =>
  target(id, "company", undefined, "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", amount);
const yearTarget = (amount: string, id = "t-2026"): RevenueTarget =>
  target(id, "company", undefined, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", amount);

const run = (
  orders: readonly Order[],
  targets: readonly RevenueTarget[],
  options: Partial<RevenueVsTargetOptions> = {},
) => revenueVsTarget(orders, { targets, period: JAN, ...options });

const s = (value: { toString(): string } | null): string | null => (value === null ? null : value.toString());

describe("revenueVsTarget: mid-period (pace 1 at 50 % attainment half way)", () => {
  // January has 31 days; asOf 2026-01-16T12:00Z is 15.5 days in: elapsed = 15.5 / 31 = 0.5.
  // realized = 10,000 + 5,500 = 15,500; target 31,000 -> attainment 0.5, remaining 15,500.
  // expectedToDate = 31,000 x 0.5 = 15,500 -> pace = 15,500 / 15,500 = 1 -> "good" on the pace basis.
  // projected = 15,500 / 0.5 = 31,000.
  const orders = [
    order("o1", "2026-01-05T09:00:00Z", "10000"),
    order("o2", "2026-01-12T15:30:00Z", "5500", { seller: "s2" }),
    order("o-later", "2026-01-20T00:00:00Z", "999"), // after asOf: not counted
    order("o-dec", "2025-12-31T23:59:59.999Z", "777"), // before the period
  ];
  const result = run(orders, [janTarget("31000")], { asOf: d("2026-01-16T12:00:00Z") });

  it("gives every field", () => {
    expect(result.indicator).toBe("revenue-vs-target");
    expect(result.unit).toBe("money");
    expect(result.currency).toBe("EUR");
    expect(result.scope).toEqual({ level: "company" });
    expect(result.period).toEqual({ ...JAN, timeZone: "UTC" });
    expect(result.asOf).toEqual(d("2026-01-16T12:00:00Z"));
    expect(s(result.realized)).toBe("15500");
    expect(s(result.target)).toBe("31000");
    expect(s(result.attainment.value)).toBe("0.5");
    expect(result.attainment.reason).toBeNull();
    expect(s(result.attainment.numerator)).toBe("15500");
    expect(s(result.attainment.denominator)).toBe("31000");
    expect(s(result.remaining)).toBe("15500");
    expect(s(result.elapsedFraction)).toBe("0.5");
    expect(s(result.expectedToDate)).toBe("15500");
    expect(s(result.pace.value)).toBe("1");
    expect(result.pace.reason).toBeNull();
    expect(s(result.pace.numerator)).toBe("15500");
    expect(s(result.pace.denominator)).toBe("15500");
    expect(s(result.projected.value)).toBe("31000");
    expect(result.projected.reason).toBeNull();
    expect(result.closed).toBe(false);
    expect(result.statusBasis).toBe("pace");
    expect(result.status).toBe("good");
    expect(result.statusReason).toBeNull();
    expect(s(result.thresholds.good)).toBe("1");
    expect(s(result.thresholds.watch)).toBe("0.8");
    expect(result.warnings).toEqual([]);
    expect("explain" in result).toBe(false);
  });

  it("lists the records behind the figures with explain: true", () => {
    const explained = run(orders, [janTarget("31000"), yearTarget("1", "t-other-year")], {
      asOf: d("2026-01-16T12:00:00Z"),
      explain: true,
    });
    expect(explained.explain).toEqual({ orders: ["o1", "o2"], targets: ["t-jan", "t-other-year"] });
  });

  it("computes a third of a period exactly (one final division)", () => {
    // Period of 3 days, asOf after 1 day: elapsed = 1/3. target 300 -> expected = 300 x 1/3 = 100 exactly.
    // realized 100 -> pace = 100 x 3 / (300 x 1) = 1 exactly; projected = 100 x 3 / 1 = 300 exactly.
    const period = { start: d("2026-01-01T00:00:00Z"), end: d("2026-01-04T00:00:00Z") };
    const r = revenueVsTarget([order("o1", "2026-01-01T10:00:00Z", "100")], {
      targets: [target("t", "company", undefined, "2026-01-01T00:00:00Z", "2026-01-04T00:00:00Z", "300")],
      period,
      asOf: d("2026-01-02T00:00:00Z"),
    });
    expect(r.elapsedFraction.equals(new Dec(1).div(3))).toBe(true);
    expect(s(r.expectedToDate)).toBe("100");
    expect(s(r.pace.value)).toBe("1");
    expect(s(r.projected.value)).toBe("300");
  });

  it("judges a slow pace mid-period as watch or alert", () => {
    // realized 13,950 at half way: pace = 13,950 / 15,500 = 0.9 -> watch; 7,750 -> pace 0.5 -> alert.
    const asOf = d("2026-01-16T12:00:00Z");
    expect(run([order("o1", "2026-01-02T00:00:00Z", "13950")], [janTarget("31000")], { asOf }).status).toBe("watch");
    const slow = run([order("o1", "2026-01-02T00:00:00Z", "7750")], [janTarget("31000")], { asOf });
    expect(s(slow.pace.value)).toBe("0.5");
    expect(slow.status).toBe("alert");
  });
});

describe("revenueVsTarget: proration of targets", () => {
  it("gives 31/365 of an annual target of 1,200,000 to January", () => {
    // 1,200,000 x 31 / 365 = 37,200,000 / 365 = 101,917.8082191780821917808219...
    const r = run([], [yearTarget("1200000")]);
    expect(r.target.equals(new Dec(37_200_000).div(365))).toBe(true);
    expect(r.target.toFixed(2)).toBe("101917.81");
    // Nothing sold: attainment 0, remaining = the whole target, closed -> alert on attainment.
    expect(s(r.attainment.value)).toBe("0");
    expect(r.remaining.equals(r.target)).toBe(true);
    expect(r.status).toBe("alert");
  });

  it("adds overlapping targets up (settled detail 2)", () => {
    // Annual 365,000 -> 1,000 a day -> 31,000 for January; plus a January push of 6,200: 37,200.
    const r = run([order("o1", "2026-01-10T00:00:00Z", "37200")], [yearTarget("365000"), janTarget("6200", "t-push")]);
    expect(s(r.target)).toBe("37200");
    expect(s(r.attainment.value)).toBe("1");
    expect(r.status).toBe("good");
  });

  it("ignores targets that do not overlap the period", () => {
    const feb = target("t-feb", "company", undefined, "2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z", "5000");
    const r = run([], [janTarget("100"), feb], { explain: true });
    expect(s(r.target)).toBe("100");
    expect(r.explain?.targets).toEqual(["t-jan"]);
  });

  it("makes a partly overlapping target an error when proration is forbidden", () => {
    expect(() => run([], [yearTarget("1200000")], { proration: false })).toThrow(ProrationForbiddenError);
    try {
      run([], [yearTarget("1200000")], { proration: false });
    } catch (error) {
      expect(isCrmKpiError(error) && error.code).toBe("PRORATION_FORBIDDEN");
      expect((error as ProrationForbiddenError).targetId).toBe("t-2026");
    }
    // A target inside the period, or one that does not overlap it, is fine.
    const feb = target("t-feb", "company", undefined, "2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z", "5000");
    expect(s(run([], [janTarget("31000"), feb], { proration: false }).target)).toBe("31000");
  });
});

describe("revenueVsTarget: scopes and targets (settled detail 1: no roll-up)", () => {
  const sellers: Seller[] = [
    { id: "s1", name: "Ana", teamId: "north" },
    { id: "s2", name: "Bo", teamId: "north" },
    { id: "s3", name: "Cy", teamId: "south" },
  ];
  const orders = [
    order("o1", "2026-01-05T00:00:00Z", "100", { seller: "s1" }),
    order("o2", "2026-01-06T00:00:00Z", "200", { seller: "s2" }),
    order("o3", "2026-01-07T00:00:00Z", "400", { seller: "s3" }),
  ];
  const sellerTargets = [
    target("ts1", "seller", "s1", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "1000"),
    target("ts2", "seller", "s2", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "2000"),
  ];

  it("does not roll seller targets up into the company", () => {
    // Company: realized 100 + 200 + 400 = 700, no company target -> no-target, and a warning says why.
    const r = run(orders, sellerTargets);
    expect(s(r.realized)).toBe("700");
    expect(s(r.target)).toBe("0");
    expect(r.attainment).toEqual({ value: null, reason: "no-target", numerator: r.realized, denominator: r.target });
    expect(r.status).toBeNull();
    expect(r.statusReason).toBe("no-target");
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.code).toBe("targets-below-scope");
    expect(r.warnings[0]?.message).toContain("2 target(s)");
  });

  it("uses only a seller's own targets for a seller scope", () => {
    // s1: realized 100, target 1,000 -> attainment 0.1.
    const r = run(orders, [...sellerTargets, janTarget("99999")], { scope: { level: "seller", sellerId: "s1" } });
    expect(s(r.realized)).toBe("100");
    expect(s(r.target)).toBe("1000");
    expect(s(r.attainment.value)).toBe("0.1");
    expect(r.scope).toEqual({ level: "seller", sellerId: "s1" });
    expect(r.warnings).toEqual([]);
  });

  it("uses only the team's own targets for a team scope", () => {
    // north = s1 + s2: realized 300; team target 600 -> attainment 0.5; seller targets (3,000) ignored.
    const teamTarget = target("tn", "team", "north", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "600");
    const r = run(orders, [...sellerTargets, teamTarget], { scope: { level: "team", teamId: "north" }, sellers });
    expect(s(r.realized)).toBe("300");
    expect(s(r.target)).toBe("600");
    expect(s(r.attainment.value)).toBe("0.5");
    expect(r.warnings).toEqual([]);
    // Without a team target the team has none, and the warning names the members' targets.
    const without = run(orders, sellerTargets, { scope: { level: "team", teamId: "north" }, sellers });
    expect(without.attainment.reason).toBe("no-target");
    expect(without.warnings[0]?.message).toContain("2 target(s)");
  });

  it("needs the roster for a team scope", () => {
    expect(() => run(orders, [], { scope: { level: "team", teamId: "north" } })).toThrow(/roster/);
  });

  it("works for a seller whose id is __proto__", () => {
    const odd = [
      order("p1", "2026-01-05T00:00:00Z", "250", { seller: "__proto__" }),
      order("p2", "2026-01-06T00:00:00Z", "90", { seller: "constructor" }),
    ];
    const t = target("tp", "seller", "__proto__", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "500");
    const r = run(odd, [t], { scope: { level: "seller", sellerId: "__proto__" }, explain: true });
    // realized 250 of target 500 -> 0.5 -> alert (closed, attainment basis).
    expect(s(r.realized)).toBe("250");
    expect(s(r.attainment.value)).toBe("0.5");
    expect(r.explain).toEqual({ orders: ["p1"], targets: ["tp"] });
    const back = resultFromJSON(RevenueVsTargetResultSchema, JSON.stringify(r));
    expect(back).toEqual(r);
    expect(back.scope).toEqual({ level: "seller", sellerId: "__proto__" });
  });
});

describe("revenueVsTarget: asOf and the to-date window (settled details 3 and 4)", () => {
  it("does not count a record dated exactly at asOf", () => {
    // asOf = 2026-01-11T00:00Z: o-at is excluded, o-before (1 ms earlier) counts. realized = 40.
    // elapsed = 10 / 31; expected = 3,100 x 10 / 31 = 1,000; pace = 40 / 1,000 = 0.04.
    const asOf = d("2026-01-11T00:00:00Z");
    const r = run(
      [order("o-at", "2026-01-11T00:00:00Z", "100"), order("o-before", "2026-01-10T23:59:59.999Z", "40")],
      [janTarget("3100")],
      {
        asOf,
        explain: true,
      },
    );
    expect(s(r.realized)).toBe("40");
    expect(r.explain?.orders).toEqual(["o-before"]);
    expect(r.elapsedFraction.equals(new Dec(10).div(31))).toBe(true);
    expect(s(r.expectedToDate)).toBe("1000");
    expect(s(r.pace.value)).toBe("0.04");
    // projected = 40 / (10/31) = 124.
    expect(s(r.projected.value)).toBe("124");
  });

  it("is not started when asOf is at or before the start", () => {
    for (const asOf of [d("2025-12-15T00:00:00Z"), JAN.start]) {
      const r = run([order("o1", "2026-01-05T00:00:00Z", "500")], [janTarget("31000")], { asOf });
      expect(s(r.realized)).toBe("0");
      expect(s(r.elapsedFraction)).toBe("0");
      expect(s(r.expectedToDate)).toBe("0");
      // attainment is over the whole period's target (settled detail 5): 0 / 31,000 = 0.
      expect(s(r.attainment.value)).toBe("0");
      expect(r.pace).toEqual({
        value: null,
        reason: "not-started",
        numerator: r.realized,
        denominator: r.expectedToDate,
      });
      expect(r.projected).toEqual({ value: null, reason: "not-started" });
      expect(r.closed).toBe(false);
      expect(r.statusBasis).toBe("pace");
      expect(r.status).toBeNull();
      expect(r.statusReason).toBe("not-started");
    }
  });

  it("prefers not-started to no-target before the start", () => {
    const r = run([], [], { asOf: d("2025-12-15T00:00:00Z") });
    expect(r.pace.reason).toBe("not-started");
    expect(r.attainment.reason).toBe("no-target");
    expect(r.statusReason).toBe("not-started");
  });

  it("is closed, on the attainment basis, when asOf is at or after the end", () => {
    // realized = 27,900 (o-after is after the end); 27,900 / 31,000 = 0.9 -> watch.
    for (const asOf of [JAN.end, d("2026-03-01T00:00:00Z")]) {
      const r = run(
        [order("o1", "2026-01-31T23:00:00Z", "27900"), order("o-after", "2026-02-01T00:00:00Z", "5000")],
        [janTarget("31000")],
        { asOf },
      );
      expect(r.closed).toBe(true);
      expect(r.statusBasis).toBe("attainment");
      expect(s(r.elapsedFraction)).toBe("1");
      expect(s(r.realized)).toBe("27900");
      expect(s(r.expectedToDate)).toBe("31000");
      expect(s(r.attainment.value)).toBe("0.9");
      expect(s(r.pace.value)).toBe("0.9");
      expect(s(r.projected.value)).toBe("27900");
      expect(r.status).toBe("watch");
      expect(r.asOf).toEqual(asOf);
    }
  });

  it("is closed without asOf", () => {
    const r = run([order("o1", "2026-01-31T23:59:59.999Z", "31000")], [janTarget("31000")]);
    expect(r.asOf).toBeNull();
    expect(r.closed).toBe(true);
    expect(r.statusBasis).toBe("attainment");
    expect(s(r.elapsedFraction)).toBe("1");
    expect(s(r.remaining)).toBe("0");
    expect(r.status).toBe("good");
  });

  it("counts business days when asked", () => {
    // January 2026 starts on a Thursday; its business days: 1-2, 5-9, 12-16, 19-23, 26-30 = 22.
    // asOf Saturday 2026-01-10T00:00Z: business days elapsed 1, 2, 5, 6, 7, 8, 9 = 7 -> 7/22.
    // 2026 has 52 weeks + 1 day (a Thursday): 261 business days, so an annual 261,000 gives 22,000 to January.
    // expected = 22,000 x 7/22 = 7,000; realized 3,500 -> pace 0.5 -> alert; projected = 3,500 x 22/7 = 11,000.
    const asOf = d("2026-01-10T00:00:00Z");
    const r = run([order("o1", "2026-01-08T00:00:00Z", "3500")], [yearTarget("261000")], {
      asOf,
      dayCount: "business",
    });
    expect(s(r.target)).toBe("22000");
    expect(r.elapsedFraction.equals(new Dec(7).div(22))).toBe(true);
    expect(s(r.expectedToDate)).toBe("7000");
    expect(s(r.pace.value)).toBe("0.5");
    expect(s(r.projected.value)).toBe("11000");
    expect(r.status).toBe("alert");
    // In calendar days (the default) the same asOf is 9/31 of January.
    expect(run([], [], { asOf }).elapsedFraction.equals(new Dec(9).div(31))).toBe(true);
  });

  it("measures a Europe/Paris DST month in local days (settled detail 17)", () => {
    // March 2026 in Paris: [2026-02-28T23:00Z, 2026-03-31T22:00Z), 31 local days; 29 March has 23 hours.
    // asOf = local noon on 29 March = 10:00Z: 28 whole days + 11/23 of the 29th -> (28 x 23 + 11) / (23 x 31) = 655/713.
    // target 713,000 -> expected 655,000; realized 655,000 -> pace exactly 1; projected = 655,000 x 713/655 = 713,000.
    const period = { start: d("2026-02-28T23:00:00Z"), end: d("2026-03-31T22:00:00Z") };
    const march = target("t-mar", "company", undefined, "2026-02-28T23:00:00Z", "2026-03-31T22:00:00Z", "713000");
    const orders = [
      order("o-local-march-1st", "2026-02-28T23:30:00Z", "655000"), // 00:30 on 1 March in Paris: counts
      order("o-local-feb-28th", "2026-02-28T22:30:00Z", "1"), // 23:30 on 28 February in Paris: does not
    ];
    const r = revenueVsTarget(orders, {
      targets: [march],
      period,
      asOf: d("2026-03-29T10:00:00Z"),
      timeZone: "Europe/Paris",
    });
    expect(r.elapsedFraction.equals(new Dec(655).div(713))).toBe(true);
    expect(s(r.realized)).toBe("655000");
    expect(s(r.expectedToDate)).toBe("655000");
    expect(s(r.pace.value)).toBe("1");
    expect(s(r.projected.value)).toBe("713000");
    // An annual Paris target of 365,000 gives March 31 local days = 31,000, though March is 743 hours long.
    const year = target("t-y", "company", undefined, "2025-12-31T23:00:00Z", "2026-12-31T23:00:00Z", "365000");
    expect(s(revenueVsTarget([], { targets: [year], period, timeZone: "Europe/Paris" }).target)).toBe("31000");
  });

  it("measures the 25-hour day of October in Europe/Paris", () => {
    // October 2026 in Paris: [2026-09-30T22:00Z, 2026-10-31T23:00Z), 31 local days; 25 October has 25 hours
    // (it starts at 2026-10-24T22:00Z). Local noon that day is 11:00Z (UTC+1): 13 of its 25 hours have passed.
    // elapsed = (24 + 13/25) / 31 = 613 / 775; target 775,000 -> expected 613,000.
    const period = { start: d("2026-09-30T22:00:00Z"), end: d("2026-10-31T23:00:00Z") };
    const october = target("t-oct", "company", undefined, "2026-09-30T22:00:00Z", "2026-10-31T23:00:00Z", "775000");
    const r = revenueVsTarget([order("o1", "2026-10-02T08:00:00Z", "613000")], {
      targets: [october],
      period,
      asOf: d("2026-10-25T11:00:00Z"),
      timeZone: "Europe/Paris",
    });
    expect(r.elapsedFraction.equals(new Dec(613).div(775))).toBe(true);
    expect(s(r.expectedToDate)).toBe("613000");
    expect(s(r.pace.value)).toBe("1");
  });
});

describe("revenueVsTarget: target 0, credit notes, thresholds", () => {
  it("has no attainment, pace or status with a target of 0 (reason no-target)", () => {
    const asOf = d("2026-01-16T12:00:00Z");
    const r = run([order("o1", "2026-01-02T00:00:00Z", "500")], [janTarget("0", "t-zero")], { asOf, explain: true });
    expect(s(r.target)).toBe("0");
    expect(r.attainment.value).toBeNull();
    expect(r.attainment.reason).toBe("no-target");
    expect(r.pace.value).toBeNull();
    expect(r.pace.reason).toBe("no-target");
    // projected does not need a target: 500 / 0.5 = 1,000.
    expect(s(r.projected.value)).toBe("1000");
    expect(s(r.remaining)).toBe("0");
    expect(r.status).toBeNull();
    expect(r.statusReason).toBe("no-target");
    expect(r.explain?.targets).toEqual(["t-zero"]);
    // No target at all: the same, closed (attainment basis).
    const none = run([order("o1", "2026-01-02T00:00:00Z", "500")], []);
    expect(none.statusBasis).toBe("attainment");
    expect(none.statusReason).toBe("no-target");
  });

  it("sums credit notes as they are and never has a negative remaining", () => {
    // 1,500 - 300 = 1,200 against 1,000: attainment 1.2, remaining max(1,000 - 1,200, 0) = 0.
    const r = run(
      [order("o1", "2026-01-02T00:00:00Z", "1500"), order("cn1", "2026-01-03T00:00:00Z", "-300")],
      [janTarget("1000")],
    );
    expect(s(r.realized)).toBe("1200");
    expect(s(r.attainment.value)).toBe("1.2");
    expect(s(r.remaining)).toBe("0");
    // Only a credit note: realized -50, attainment -0.05, remaining 1,050.
    const negative = run([order("cn2", "2026-01-03T00:00:00Z", "-50")], [janTarget("1000")]);
    expect(s(negative.attainment.value)).toBe("-0.05");
    expect(s(negative.remaining)).toBe("1050");
  });

  it("uses the caller's thresholds", () => {
    // attainment 0.9: good with good = 0.9; with good 0.95 / watch 0.92 -> alert.
    const orders = [order("o1", "2026-01-02T00:00:00Z", "900")];
    const r = run(orders, [janTarget("1000")], { thresholds: { good: "0.9", watch: 0.5 } });
    expect(r.status).toBe("good");
    expect(s(r.thresholds.good)).toBe("0.9");
    expect(s(r.thresholds.watch)).toBe("0.5");
    expect(run(orders, [janTarget("1000")], { thresholds: { good: "0.95", watch: "0.92" } }).status).toBe("alert");
    // Only good given: watch keeps its default 0.8.
    expect(run(orders, [janTarget("1000")], { thresholds: { good: "1.5" } }).status).toBe("watch");
  });
});

describe("revenueVsTarget: currencies (settled detail 14)", () => {
  it("refuses to mix currencies and names both", () => {
    const mixed = [
      order("o1", "2026-01-02T00:00:00Z", "1"),
      order("o2", "2026-01-03T00:00:00Z", "1", { currency: "USD" }),
    ];
    expect(() => run(mixed, [])).toThrow(MixedCurrencyError);
    try {
      run(mixed, []);
    } catch (error) {
      expect((error as MixedCurrencyError).currencies).toEqual(["EUR", "USD"]);
      expect((error as Error).message).toMatch(/EUR, USD/);
    }
    // An order and a used target in different currencies are mixed too.
    expect(() =>
      run(
        [order("o1", "2026-01-02T00:00:00Z", "1")],
        [janTarget("1"), { ...janTarget("1", "t-usd"), currency: "USD" }],
      ),
    ).toThrow(MixedCurrencyError);
    // A caller's currency must match.
    expect(() => run([order("o1", "2026-01-02T00:00:00Z", "1")], [], { currency: "USD" })).toThrow(MixedCurrencyError);
  });

  it("only checks the records it sums and the targets it uses", () => {
    const orders = [
      order("o1", "2026-01-02T00:00:00Z", "10"),
      order("o-usd-feb", "2026-02-02T00:00:00Z", "5", { currency: "USD" }), // outside the window
      order("o-usd-s9", "2026-01-02T00:00:00Z", "5", { currency: "USD", seller: "s9" }), // outside the scope
    ];
    const febUsd = {
      ...target("t-feb", "company", undefined, "2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z", "5"),
      currency: "USD",
    };
    const r = run(orders, [janTarget("20"), febUsd], { scope: { level: "seller", sellerId: "s1" } });
    expect(r.currency).toBe("EUR");
    expect(s(r.realized)).toBe("10");
  });

  it("reports the asked currency, or null, when nothing is summed", () => {
    expect(run([], []).currency).toBeNull();
    expect(run([], [], { currency: "CHF" }).currency).toBe("CHF");
  });

  it("converts with exchange rates: orders at their date, targets at their start", () => {
    // USD -> EUR: 0.9 from 2025-12-01, 0.8 from 2026-01-15.
    // o1: 1,000 USD on 10 Jan x 0.9 = 900; o2: 1,000 USD on 20 Jan x 0.8 = 800; o3: 300 EUR. realized = 2,000.
    // target 2,500 USD starting 1 Jan x 0.9 = 2,250 EUR. attainment = 2,000 / 2,250 = 8/9 -> watch (closed).
    const exchangeRates = createExchangeRates({
      reportingCurrency: "EUR",
      rates: [
        { currency: "USD", rate: "0.9", validFrom: d("2025-12-01T00:00:00Z") },
        { currency: "USD", rate: "0.8", validFrom: d("2026-01-15T00:00:00Z") },
      ],
    });
    const orders = [
      order("o1", "2026-01-10T00:00:00Z", "1000", { currency: "USD" }),
      order("o2", "2026-01-20T00:00:00Z", "1000", { currency: "USD" }),
      order("o3", "2026-01-21T00:00:00Z", "300"),
    ];
    const r = run(orders, [{ ...janTarget("2500"), currency: "USD" }], { exchangeRates });
    expect(r.currency).toBe("EUR");
    expect(s(r.realized)).toBe("2000");
    expect(s(r.target)).toBe("2250");
    expect(r.attainment.value?.equals(new Dec(8).div(9))).toBe(true);
    expect(r.status).toBe("watch");
    // No rate in force at a target's start: an error that says so.
    const late = createExchangeRates({
      reportingCurrency: "EUR",
      rates: [{ currency: "USD", rate: "0.8", validFrom: d("2026-01-15T00:00:00Z") }],
    });
    expect(() => run([], [{ ...janTarget("2500"), currency: "USD" }], { exchangeRates: late })).toThrow(
      MissingExchangeRateError,
    );
  });
});

describe("revenueVsTarget: option checks", () => {
  const bad: [string, Partial<RevenueVsTargetOptions>][] = [
    ["empty period", { period: { start: JAN.start, end: JAN.start } }],
    ["invalid period date", { period: { start: new Date("nope"), end: JAN.end } }],
    ["invalid asOf", { asOf: new Date("nope") }],
    ["watch above good", { thresholds: { good: "0.8", watch: "0.9" } }],
    ["unknown zone", { timeZone: "Mars/Olympus" }],
    ["fiscal month", { fiscalYearStartMonth: 13 }],
    ["day count", { dayCount: "weekly" as never }],
    ["proration flag", { proration: "no" as never }],
    ["explain flag", { explain: 1 as never }],
    ["scope", { scope: { level: "galaxy" } as never }],
  ];
  it.each(bad)("rejects %s with InvalidArgumentError", (_name, options) => {
    expect(() => run([], [], options)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });

  it("rejects a threshold that is not a decimal", () => {
    expect(() => run([], [], { thresholds: { good: "1e3" } })).toThrow(
      expect.objectContaining({ code: "INVALID_MONEY" }),
    );
  });
});

describe("RevenueVsTargetResultSchema", () => {
  it("reads results back from JSON (values, nulls, explain, asOf null)", () => {
    const cases = [
      run([order("o1", "2026-01-05T00:00:00Z", "15500")], [janTarget("31000")], {
        asOf: d("2026-01-16T12:00:00Z"),
        explain: true,
      }),
      run([order("o1", "2026-01-05T00:00:00Z", "15500")], [], { asOf: d("2025-12-16T12:00:00Z") }),
      run([], [yearTarget("1200000")]),
      run([order("o1", "2026-01-05T00:00:00Z", "0.000000001")], [yearTarget("123456789012345678901234567890")]),
    ];
    for (const result of cases) {
      const back = resultFromJSON(RevenueVsTargetResultSchema, JSON.stringify(result));
      expect(back).toEqual(result);
      expect(back.target.equals(result.target)).toBe(true);
      expect("explain" in back).toBe("explain" in result);
    }
  });

  it("rejects JSON of another shape", () => {
    const text = JSON.stringify({ ...run([], []), realized: "1,5" });
    expect(() => resultFromJSON(RevenueVsTargetResultSchema, text)).toThrow(/realized/);
  });
});
