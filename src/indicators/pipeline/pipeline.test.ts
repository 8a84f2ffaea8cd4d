import { describe, expect, it } from "vitest";
import type { Decimal } from "decimal.js";
import { Dec } from "../../money/dec.js";
import {
  InvalidArgumentError,
  MixedCurrencyError,
  ProrationForbiddenError,
  UnknownStageError,
} from "../../errors/index.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Deal, Order, RevenueTarget } from "../../model/types.js";
import { toDecimal } from "../../money/decimal.js";
import { createExchangeRates } from "../../money/exchangeRates.js";
import { pipeline, PipelineResultSchema, type PipelineAmounts, type PipelineOptions } from "./pipeline.js";
import { stageProbabilityMap } from "./stageProbabilities.js";

// Every expected value below is worked out by hand; the arithmetic is in the comments.

const STAGES = { qualification: "0.2", proposal: "0.5", negotiation: "0.8" } as const;

interface DealInput {
  readonly amount?: string;
  readonly currency?: string;
  readonly ownerId?: string;
  readonly stage?: string;
  readonly probability?: string;
  readonly createdAt?: string;
  readonly close?: string;
  readonly closedAt?: string;
  readonly status?: Deal["status"];
}

function deal(id: string, input: DealInput = {}): Deal {
  const closedAt = input.closedAt === undefined ? undefined : new Date(input.closedAt);
  return {
    id,
    ownerId: input.ownerId ?? "s1",
    amount: toDecimal(input.amount ?? "1000"),
    currency: input.currency ?? "EUR",
    stage: input.stage ?? "proposal",
    ...(input.probability === undefined ? {} : { probability: toDecimal(input.probability) }),
    createdAt: new Date(input.createdAt ?? "2026-01-01T00:00:00Z"),
    ...(input.close === undefined ? {} : { expectedCloseDate: new Date(input.close) }),
    status: input.status ?? (closedAt === undefined ? "open" : "won"),
    ...(closedAt === undefined ? {} : { closedAt }),
  };
}

function order(id: string, date: string, amount: string, sellerId = "s1", currency = "EUR"): Order {
  return { id, date: new Date(date), amount: toDecimal(amount), currency, sellerId, customerId: "c1" };
}

function target(
  id: string,
  start: string,
  end: string,
  amount: string,
  level: RevenueTarget["level"] = "company",
  scopeId?: string,
  currency = "EUR",
): RevenueTarget {
  return {
    id,
    level,
    ...(scopeId === undefined ? {} : { scopeId }),
    start: new Date(start),
    end: new Date(end),
    amount: toDecimal(amount),
    currency,
  };
}

function dec(value: string | number): Decimal {
  return new Dec(value);
}

/** Compact view of amounts for comparisons. */
function view(a: PipelineAmounts): [number, string, string] {
  return [a.dealCount, a.unweighted.toString(), a.weighted.toString()];
}

const ASOF = new Date("2026-03-15T12:00:00Z");

/** The UnknownStageError `run` throws (fails the test when it throws nothing else). */
function caught(run: () => unknown): UnknownStageError {
  try {
    run();
  } catch (error) {
    if (error instanceof UnknownStageError) return error;
    throw error;
  }
  throw new Error("expected an UnknownStageError");
}

function options(extra: Partial<PipelineOptions> = {}): PipelineOptions {
  return { asOf: ASOF, stageProbabilities: STAGES, ...extra };
}

describe("pipeline: buckets, overdue, undated, totals", () => {
  const deals = [
    deal("a", { amount: "1000", stage: "proposal", close: "2026-03-20T00:00:00Z" }), // 1000 x 0.5 = 500, March
    deal("b", { amount: "2000", stage: "qualification", close: "2026-04-10T00:00:00Z" }), // 2000 x 0.2 = 400, April
    deal("c", { amount: "500", stage: "proposal" }), // undated: 500 x 0.5 = 250
    deal("d", { amount: "800", stage: "negotiation", close: "2026-03-01T00:00:00Z" }), // overdue: 800 x 0.8 = 640
    deal("e", { amount: "300", stage: "proposal", probability: "0.1", close: "2026-06-05T00:00:00Z" }), // 300 x 0.1 = 30, June
    deal("f", { amount: "9999", stage: "no-such-stage", closedAt: "2026-03-10T00:00:00Z" }), // closed before asOf: out, no stage error
    deal("g", { amount: "9999", stage: "no-such-stage", createdAt: "2026-03-16T00:00:00Z" }), // not yet created: out
  ];
  const result = pipeline(deals, options({ explain: true }));

  it("has the result header", () => {
    expect(result.indicator).toBe("pipeline");
    expect(result.unit).toBe("money");
    expect(result.currency).toBe("EUR");
    expect(result.asOf).toEqual(ASOF);
    expect(result.grain).toBe("month");
    expect(result.scope).toEqual({ level: "company" });
    expect(result.forecast).toBeNull();
    expect(result.warnings).toEqual([]);
  });

  it("buckets the open deals by month of expected close, empty months included", () => {
    // March (asOf's month) to June (the last with a deal); May is empty.
    expect(result.buckets.map((b) => [b.label, b.start.toISOString(), b.end.toISOString(), ...view(b)])).toEqual([
      ["2026-03", "2026-03-01T00:00:00.000Z", "2026-04-01T00:00:00.000Z", 1, "1000", "500"],
      ["2026-04", "2026-04-01T00:00:00.000Z", "2026-05-01T00:00:00.000Z", 1, "2000", "400"],
      ["2026-05", "2026-05-01T00:00:00.000Z", "2026-06-01T00:00:00.000Z", 0, "0", "0"],
      ["2026-06", "2026-06-01T00:00:00.000Z", "2026-07-01T00:00:00.000Z", 1, "300", "30"],
    ]);
  });

  it("puts past-due deals in overdue and dateless ones in undated", () => {
    expect(view(result.overdue)).toEqual([1, "800", "640"]);
    expect(view(result.undated)).toEqual([1, "500", "250"]);
  });

  it("totals every open deal: buckets + overdue + undated", () => {
    // unweighted 1000 + 2000 + 500 + 800 + 300 = 4600; weighted 500 + 400 + 250 + 640 + 30 = 1820
    expect(view(result.totals)).toEqual([5, "4600", "1820"]);
  });

  it("explains with the deal ids", () => {
    expect(result.totals.explain?.dealIds).toEqual(["a", "b", "c", "d", "e"]);
    expect(result.buckets.map((b) => b.explain?.dealIds)).toEqual([["a"], ["b"], [], ["e"]]);
    expect(result.overdue.explain?.dealIds).toEqual(["d"]);
    expect(result.undated.explain?.dealIds).toEqual(["c"]);
  });

  it("leaves the explain key out by default", () => {
    const plain = pipeline(deals, options());
    expect("explain" in plain.totals).toBe(false);
    expect("explain" in plain.overdue).toBe(false);
    expect("explain" in plain.undated).toBe(false);
    expect(plain.buckets.some((b) => "explain" in b)).toBe(false);
  });

  it("has no bucket when no open deal is dated on or after asOf's day", () => {
    const r = pipeline([deal("x", { close: "2026-01-10T00:00:00Z" }), deal("y")], options());
    expect(r.buckets).toEqual([]);
    // 1000 x 0.5 each
    expect(view(r.overdue)).toEqual([1, "1000", "500"]);
    expect(view(r.undated)).toEqual([1, "1000", "500"]);
    expect(view(r.totals)).toEqual([2, "2000", "1000"]);
  });

  it("gives zeros and a null currency for no deal", () => {
    const r = pipeline([], options());
    expect(view(r.totals)).toEqual([0, "0", "0"]);
    expect(r.currency).toBeNull();
    expect(pipeline([], options({ currency: "EUR" })).currency).toBe("EUR");
  });

  it("sums negative amounts as they are", () => {
    // 1000 x 0.5 + (-200) x 0.5 = 400
    const r = pipeline(
      [deal("a", { close: "2026-03-20" }), deal("b", { amount: "-200", close: "2026-03-21" })],
      options(),
    );
    expect(view(r.totals)).toEqual([2, "800", "400"]);
  });
});

describe("pipeline: openness comes from dates (settled detail 6)", () => {
  it("a deal closed exactly at asOf is not open", () => {
    const r = pipeline([deal("a", { closedAt: ASOF.toISOString() })], options());
    expect(r.totals.dealCount).toBe(0);
  });

  it("a deal created exactly at asOf is open", () => {
    const r = pipeline([deal("a", { createdAt: ASOF.toISOString(), close: "2026-03-31" })], options());
    expect(view(r.totals)).toEqual([1, "1000", "500"]);
  });

  it("a deal closed after asOf was still open at asOf, whatever its status says", () => {
    // won on 2026-04-02, read at 2026-03-15: open then
    const r = pipeline(
      [deal("a", { closedAt: "2026-04-02T09:00:00Z", status: "won", close: "2026-04-01" })],
      options(),
    );
    expect(view(r.totals)).toEqual([1, "1000", "500"]);
    expect(r.buckets.map((b) => b.label)).toEqual(["2026-03", "2026-04"]);
  });

  it("a deal closed one millisecond before asOf is not open", () => {
    const r = pipeline([deal("a", { closedAt: "2026-03-15T11:59:59.999Z", status: "lost" })], options());
    expect(r.totals.dealCount).toBe(0);
  });
});

describe("pipeline: probabilities (settled detail 7)", () => {
  it("an explicit probability of 0 overrides the stage map", () => {
    // negotiation would give 0.8; the deal's own 0 wins: weighted 0, still counted unweighted
    const r = pipeline([deal("a", { stage: "negotiation", probability: "0", close: "2026-03-20" })], options());
    expect(view(r.totals)).toEqual([1, "1000", "0"]);
  });

  it("an explicit probability of 1 overrides the stage map too", () => {
    const r = pipeline([deal("a", { stage: "qualification", probability: "1", close: "2026-03-20" })], options());
    expect(view(r.totals)).toEqual([1, "1000", "1000"]);
  });

  it("an open deal whose stage is not in the map throws, naming the stage", () => {
    const run = (): unknown => pipeline([deal("a", { stage: "demo" })], options());
    expect(run).toThrow(UnknownStageError);
    expect(run).toThrow(/stage "demo" \(1 deal\)/);
    try {
      run();
    } catch (error) {
      expect((error as UnknownStageError).stage).toBe("demo");
      expect((error as UnknownStageError).code).toBe("UNKNOWN_STAGE");
    }
  });

  it("lists every unknown stage, sorted by code point, with the open deals that need it", () => {
    const deals = [
      deal("a", { stage: "demo" }),
      deal("b", { stage: "__proto__" }),
      deal("c", { stage: "demo", close: "2026-03-20" }),
      deal("d", { stage: "Audit" }),
      deal("e", { stage: "demo", probability: "0.5" }), // has its own probability: not counted
      deal("f", { stage: "__proto__", closedAt: "2026-03-01T00:00:00Z" }), // closed: not counted
      deal("g", { stage: "proposal" }), // known
      deal("h", { stage: "__proto__", ownerId: "s2" }),
    ];
    const error = caught(() => pipeline(deals, options()));
    // "A" (U+0041) < "_" (U+005F) < "d" (U+0064)
    expect(error.stages).toEqual([
      { stage: "Audit", dealCount: 1 },
      { stage: "__proto__", dealCount: 2 },
      { stage: "demo", dealCount: 2 },
    ]);
    expect(error.stage).toBe("Audit");
    expect(error.message).toBe(
      '[crm-kpi] 3 stages have no probability: "Audit" (1 deal), "__proto__" (2 deals), "demo" (2 deals); give those deals a probability or add the stages to the stage map',
    );
    // a seller scope counts only its own deals: s2's "__proto__" deal is out
    const mine = caught(() => pipeline(deals, options({ scope: { level: "seller", sellerId: "s2" } })));
    expect(mine.stages).toEqual([{ stage: "__proto__", dealCount: 1 }]);
  });

  it("reports unknown stages before a currency error", () => {
    const run = (): unknown =>
      pipeline([deal("a", { currency: "USD", close: "2026-03-20" }), deal("b", { stage: "demo" })], options());
    expect(run).toThrow(UnknownStageError);
  });

  it("closed, not yet created, explicitly weighted and out-of-scope deals never need the map", () => {
    const deals = [
      deal("closed", { stage: "demo", closedAt: "2026-02-01T00:00:00Z", status: "lost" }),
      deal("future", { stage: "demo", createdAt: "2026-04-01T00:00:00Z" }),
      deal("explicit", { stage: "demo", probability: "0.3", close: "2026-03-20" }),
      deal("other", { stage: "demo", ownerId: "s2" }),
    ];
    const r = pipeline(deals, options({ scope: { level: "seller", sellerId: "s1" } }));
    // only "explicit": 1000 x 0.3 = 300
    expect(view(r.totals)).toEqual([1, "1000", "300"]);
  });

  it("reads a Map stage map", () => {
    const r = pipeline(
      [deal("a", { stage: "x", close: "2026-03-20" })],
      options({ stageProbabilities: new Map([["x", dec("0.25")]]) }),
    );
    // 1000 x 0.25 = 250
    expect(view(r.totals)).toEqual([1, "1000", "250"]);
  });

  it("reads a plain-object stage map through its own keys only", () => {
    // "__proto__" as an own key (JSON.parse makes one), and "constructor" is not inherited
    const stages = JSON.parse('{"__proto__": "0.4", "proposal": 0.5}') as Record<string, string>;
    const r = pipeline(
      [deal("a", { stage: "__proto__", close: "2026-03-20" })],
      options({ stageProbabilities: stages }),
    );
    // 1000 x 0.4 = 400
    expect(view(r.totals)).toEqual([1, "1000", "400"]);
    expect(() => pipeline([deal("b", { stage: "constructor" })], options({ stageProbabilities: stages }))).toThrow(
      UnknownStageError,
    );
    expect(() => pipeline([deal("b", { stage: "toString" })], options({ stageProbabilities: {} }))).toThrow(
      UnknownStageError,
    );
  });

  it("rejects probabilities outside [0, 1] or not decimals", () => {
    expect(() => pipeline([], options({ stageProbabilities: { won: "1.5" } }))).toThrow(InvalidArgumentError);
    expect(() => pipeline([], options({ stageProbabilities: { won: -0.1 } }))).toThrow(/\[0, 1\]/);
    expect(() => pipeline([], options({ stageProbabilities: { won: "abc" } }))).toThrow(InvalidArgumentError);
    expect(() => pipeline([], options({ stageProbabilities: new Map([["won", "1e-1"]]) }))).toThrow(
      InvalidArgumentError,
    );
    expect(() => pipeline([], options({ stageProbabilities: undefined as unknown as Record<string, string> }))).toThrow(
      InvalidArgumentError,
    );
    expect(
      stageProbabilityMap({ a: "0", b: 1, c: dec("0.5") })
        .get("c")
        ?.toString(),
    ).toBe("0.5");
  });
});

describe("pipeline: expected close dates are days (settled detail 8)", () => {
  const asOf = new Date("2026-03-15T18:00:00Z");

  it("a deal due today is not overdue, a deal due yesterday is", () => {
    const deals = [
      deal("today-start", { close: "2026-03-15T00:00:00Z" }), // asOf's day, before asOf's time
      deal("today-late", { close: "2026-03-15T23:59:59.999Z" }),
      deal("yesterday", { close: "2026-03-14T23:59:59.999Z" }),
    ];
    const r = pipeline(deals, options({ asOf, explain: true }));
    expect(r.overdue.explain?.dealIds).toEqual(["yesterday"]);
    expect(r.buckets.map((b) => [b.label, b.explain?.dealIds])).toEqual([["2026-03", ["today-start", "today-late"]]]);
  });

  it("reads days and months in the reporting zone (Europe/Paris)", () => {
    // asOf 2026-03-31T22:30Z is 2026-04-01 00:30 in Paris (CEST, UTC+2 since 29 March).
    const parisAsOf = new Date("2026-03-31T22:30:00Z");
    const deals = [
      deal("apr1", { close: "2026-03-31T22:00:00Z" }), // 2026-04-01 00:00 Paris: due today, not overdue
      deal("mar31", { close: "2026-03-31T21:59:59Z" }), // 2026-03-31 23:59:59 Paris: overdue
      deal("may1", { close: "2026-04-30T22:00:00Z" }), // 2026-05-01 00:00 Paris: May
    ];
    const paris = pipeline(deals, options({ asOf: parisAsOf, timeZone: "Europe/Paris", explain: true }));
    expect(paris.overdue.explain?.dealIds).toEqual(["mar31"]);
    expect(paris.buckets.map((b) => [b.label, b.start.toISOString(), b.end.toISOString(), b.explain?.dealIds])).toEqual(
      [
        ["2026-04", "2026-03-31T22:00:00.000Z", "2026-04-30T22:00:00.000Z", ["apr1"]],
        ["2026-05", "2026-04-30T22:00:00.000Z", "2026-05-31T22:00:00.000Z", ["may1"]],
      ],
    );
    // The same instants in UTC: asOf is on 31 March; all three are due on or after it.
    const utc = pipeline(deals, options({ asOf: parisAsOf, explain: true }));
    expect(utc.overdue.dealCount).toBe(0);
    expect(utc.buckets.map((b) => [b.label, b.explain?.dealIds])).toEqual([
      ["2026-03", ["apr1", "mar31"]],
      ["2026-04", ["may1"]],
    ]);
  });

  it("reduces an expected close date-time to its local day across the autumn DST change", () => {
    // Paris leaves CEST on 2026-10-25. asOf 2026-10-25T23:30Z is 2026-10-26 00:30 CET (UTC+1).
    const asOfAutumn = new Date("2026-10-25T23:30:00Z");
    const deals = [
      deal("oct26", { close: "2026-10-25T23:00:00Z" }), // 26 Oct 00:00 CET: today
      deal("oct25", { close: "2026-10-25T22:59:00Z" }), // 25 Oct 23:59 CET: overdue
    ];
    const r = pipeline(deals, options({ asOf: asOfAutumn, timeZone: "Europe/Paris", explain: true }));
    expect(r.overdue.explain?.dealIds).toEqual(["oct25"]);
    expect(r.buckets.map((b) => [b.label, b.start.toISOString(), b.end.toISOString()])).toEqual([
      ["2026-10", "2026-09-30T22:00:00.000Z", "2026-10-31T23:00:00.000Z"],
    ]);
  });
});

describe("pipeline: quarter and year grains with a fiscal year starting in April", () => {
  const deals = [
    deal("q4", { close: "2026-03-20" }), // FY2025/26-Q4 (Jan-Mar 2026)
    deal("q1", { close: "2026-04-02", probability: "0.1" }), // FY2026/27-Q1 (Apr-Jun 2026)
    deal("q3", { close: "2026-11-30", stage: "negotiation" }), // FY2026/27-Q3 (Oct-Dec 2026)
  ];

  it("quarters", () => {
    const r = pipeline(deals, options({ grain: "quarter", fiscalYearStartMonth: 4 }));
    expect(r.grain).toBe("quarter");
    expect(r.buckets.map((b) => [b.label, b.start.toISOString(), b.end.toISOString(), ...view(b)])).toEqual([
      ["FY2025/26-Q4", "2026-01-01T00:00:00.000Z", "2026-04-01T00:00:00.000Z", 1, "1000", "500"], // 1000 x 0.5
      ["FY2026/27-Q1", "2026-04-01T00:00:00.000Z", "2026-07-01T00:00:00.000Z", 1, "1000", "100"], // 1000 x 0.1
      ["FY2026/27-Q2", "2026-07-01T00:00:00.000Z", "2026-10-01T00:00:00.000Z", 0, "0", "0"],
      ["FY2026/27-Q3", "2026-10-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z", 1, "1000", "800"], // 1000 x 0.8
    ]);
  });

  it("years", () => {
    const r = pipeline(deals, options({ grain: "year", fiscalYearStartMonth: 4 }));
    expect(r.buckets.map((b) => [b.label, b.start.toISOString(), b.end.toISOString(), ...view(b)])).toEqual([
      ["FY2025/26", "2025-04-01T00:00:00.000Z", "2026-04-01T00:00:00.000Z", 1, "1000", "500"],
      ["FY2026/27", "2026-04-01T00:00:00.000Z", "2027-04-01T00:00:00.000Z", 2, "2000", "900"], // 100 + 800
    ]);
  });

  it("calendar quarters by default", () => {
    const r = pipeline(deals, options({ grain: "quarter" }));
    expect(r.buckets.map((b) => [b.label, b.dealCount])).toEqual([
      ["2026-Q1", 1],
      ["2026-Q2", 1],
      ["2026-Q3", 0],
      ["2026-Q4", 1],
    ]);
  });

  it("rejects other grains", () => {
    expect(() => pipeline([], options({ grain: "week" as "month" }))).toThrow(InvalidArgumentError);
  });
});

describe("pipeline: forecast (settled detail 9)", () => {
  // Q2 2026 in UTC, read on 10 May at noon.
  const period = { start: new Date("2026-04-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") };
  const asOf = new Date("2026-05-10T12:00:00Z");
  const orders = [
    order("o1", "2026-03-31T23:59:59Z", "100"), // before the period: out
    order("o2", "2026-04-01T00:00:00Z", "1000"), // at start: in
    order("o3", "2026-05-10T11:59:59Z", "500"), // just before asOf: in
    order("o4", "2026-05-10T12:00:00Z", "700"), // exactly at asOf: out (half-open)
    order("o5", "2026-05-20T00:00:00Z", "200"), // after asOf: out
    order("o6", "2026-04-15T00:00:00Z", "50", "s2"), // another seller: in at company scope
  ];
  const targets = [
    target("t1", "2026-04-01T00:00:00Z", "2026-07-01T00:00:00Z", "8000"), // whole Q2: 8000
    target("t2", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", "3650"), // 2026: 3650 x 91 / 365 = 910
    target("t3", "2026-04-01T00:00:00Z", "2026-07-01T00:00:00Z", "9999", "seller", "s1"), // not the company's own
    target("t4", "2026-07-01T00:00:00Z", "2026-10-01T00:00:00Z", "5000"), // Q3: no overlap
  ];
  const deals = [
    deal("w1", { amount: "2000", close: "2026-05-10" }), // due today (its day starts before asOf): in, 2000 x 0.5 = 1000
    deal("w2", { amount: "4000", probability: "0.25", close: "2026-06-30" }), // in, 4000 x 0.25 = 1000
    deal("w3", { amount: "1000", probability: "1", close: "2026-07-01" }), // at end: out
    deal("w4", { amount: "3000", close: "2026-05-09" }), // overdue: out
    deal("w5", { amount: "600" }), // undated: out
    deal("w6", { amount: "100", ownerId: "s2", probability: "0.5", close: "2026-04-20" }), // before asOf's day: overdue, out
  ];
  const result = pipeline(deals, options({ asOf, forecast: { period, orders, targets }, explain: true }));
  const forecast = result.forecast;

  it("computes realized, window sums, forecast and target", () => {
    expect(forecast).not.toBeNull();
    if (forecast === null) return;
    expect(forecast.period).toEqual({ ...period, timeZone: "UTC" });
    expect(forecast.window).toEqual({ start: asOf, end: period.end });
    // realized: o2 + o3 + o6 = 1000 + 500 + 50 = 1550
    expect(forecast.realized.toString()).toBe("1550");
    // window: w1 + w2 = 2000 + 4000 unweighted, 1000 + 1000 weighted
    expect(forecast.dealCountInWindow).toBe(2);
    expect(forecast.unweightedInWindow.toString()).toBe("6000");
    expect(forecast.weightedInWindow.toString()).toBe("2000");
    // forecast = 1550 + 2000 = 3550
    expect(forecast.forecast.toString()).toBe("3550");
    // target = 8000 + 910 = 8910
    expect(forecast.target.toString()).toBe("8910");
    // forecastAttainment = 3550 / 8910
    expect(forecast.forecastAttainment).toEqual({
      value: dec(3550).div(8910),
      reason: null,
      numerator: dec(3550),
      denominator: dec(8910),
    });
    // remaining = 8910 - 1550 = 7360; coverage = 6000 / 7360
    expect(forecast.remainingTarget.toString()).toBe("7360");
    expect(forecast.coverage).toEqual({
      value: dec(6000).div(7360),
      reason: null,
      numerator: dec(6000),
      denominator: dec(7360),
    });
    expect(result.warnings).toEqual([]);
  });

  it("counts the orders realized and the deals in the window, as many as their ids", () => {
    // o2, o3, o6 realized; w1, w2 in the window
    expect(forecast?.orderCount).toBe(3);
    expect(forecast?.dealCountInWindow).toBe(2);
    expect(forecast?.explain?.orderIds).toHaveLength(forecast?.orderCount ?? -1);
    expect(forecast?.explain?.dealIds).toHaveLength(forecast?.dealCountInWindow ?? -1);
    for (const part of [result.totals, result.overdue, result.undated, ...result.buckets])
      expect(part.explain?.dealIds).toHaveLength(part.dealCount);
  });

  it("explains with order, deal and target ids", () => {
    expect(forecast?.explain).toEqual({ orderIds: ["o2", "o3", "o6"], dealIds: ["w1", "w2"], targetIds: ["t2", "t1"] });
    expect(
      "explain" in (pipeline(deals, options({ asOf, forecast: { period, orders, targets } })).forecast ?? {}),
    ).toBe(false);
  });

  it("uses the seller's own orders and targets in a seller scope", () => {
    const r = pipeline(
      deals,
      options({ asOf, forecast: { period, orders, targets }, scope: { level: "seller", sellerId: "s1" } }),
    );
    // realized o2 + o3 = 1500; window unchanged (w6 belongs to s2 and is overdue anyway); target t3 = 9999
    expect(r.forecast?.realized.toString()).toBe("1500");
    expect(r.forecast?.target.toString()).toBe("9999");
    // forecast 1500 + 2000 = 3500; remaining 9999 - 1500 = 8499
    expect(r.forecast?.forecast.toString()).toBe("3500");
    expect(r.forecast?.remainingTarget.toString()).toBe("8499");
    expect(r.forecast?.coverage.value?.equals(dec(6000).div(8499))).toBe(true);
  });

  it("coverage and attainment are null with no-target when there is no target", () => {
    const r = pipeline(deals, options({ asOf, forecast: { period, orders, targets: [] } }));
    expect(r.forecast?.target.toString()).toBe("0");
    expect(r.forecast?.forecastAttainment).toEqual({
      value: null,
      reason: "no-target",
      numerator: dec(3550),
      denominator: dec(0),
    });
    expect(r.forecast?.remainingTarget.toString()).toBe("0");
    expect(r.forecast?.coverage).toEqual({
      value: null,
      reason: "no-target",
      numerator: dec(6000),
      denominator: dec(0),
    });
  });

  it("coverage is no-target even when negative revenue leaves something remaining", () => {
    // realized -300 (a credit note), target 0: remaining max(0 - (-300), 0) = 300, but there is no target
    const r = pipeline(
      [],
      options({ asOf, forecast: { period, orders: [order("cn", "2026-04-10", "-300")], targets: [] } }),
    );
    expect(r.forecast?.remainingTarget.toString()).toBe("300");
    expect(r.forecast?.coverage.reason).toBe("no-target");
    expect(r.forecast?.coverage.value).toBeNull();
  });

  it("coverage is null with no-remaining-target once the target is reached", () => {
    // target 1000, realized 1550: remaining max(1000 - 1550, 0) = 0; attainment (1550 + 2000) / 1000 = 3.55
    const small = [target("t", "2026-04-01T00:00:00Z", "2026-07-01T00:00:00Z", "1000")];
    const r = pipeline(deals, options({ asOf, forecast: { period, orders, targets: small } }));
    expect(r.forecast?.remainingTarget.toString()).toBe("0");
    expect(r.forecast?.coverage).toEqual({
      value: null,
      reason: "no-remaining-target",
      numerator: dec(6000),
      denominator: dec(0),
    });
    expect(r.forecast?.forecastAttainment.value?.toString()).toBe("3.55");
    // exactly reached: target 1550, remaining 0
    const exact = [target("t", "2026-04-01T00:00:00Z", "2026-07-01T00:00:00Z", "1550")];
    expect(
      pipeline(deals, options({ asOf, forecast: { period, orders, targets: exact } })).forecast?.coverage.reason,
    ).toBe("no-remaining-target");
  });

  it("before the period starts: nothing realized, the window is the whole period", () => {
    const early = new Date("2026-03-15T12:00:00Z");
    const r = pipeline(deals, options({ asOf: early, forecast: { period, orders, targets } }));
    expect(r.forecast?.window).toEqual(period);
    expect(r.forecast?.realized.toString()).toBe("0");
    // w1 (05-10), w2 (06-30), w4 (05-09), w6 (04-20) are in Q2: 2000 + 4000 + 3000 + 100 = 9100
    // weighted 1000 + 1000 + 1500 + 50 = 3550
    expect(r.forecast?.dealCountInWindow).toBe(4);
    expect(r.forecast?.unweightedInWindow.toString()).toBe("9100");
    expect(r.forecast?.weightedInWindow.toString()).toBe("3550");
  });

  it("after the period ends: the window is empty and the forecast is what was realized", () => {
    const late = new Date("2026-07-05T00:00:00Z");
    const r = pipeline(deals, options({ asOf: late, forecast: { period, orders, targets } }));
    expect(r.forecast?.window).toBeNull();
    // all of o2, o3, o4, o5, o6 are in [start, end): 1000 + 500 + 700 + 200 + 50 = 2450
    expect(r.forecast?.realized.toString()).toBe("2450");
    expect(r.forecast?.dealCountInWindow).toBe(0);
    expect(r.forecast?.forecast.toString()).toBe("2450");
    expect(r.warnings).toEqual([
      {
        code: "forecast-period-over",
        message: "the forecast period is over at asOf: the forecast is the realized revenue alone",
      },
    ]);
  });

  it("a period starting mid-day excludes deals due on that day; one ending mid-day includes them", () => {
    const custom = { start: new Date("2026-05-20T12:00:00Z"), end: new Date("2026-06-30T12:00:00Z") };
    const r = pipeline(
      [
        deal("d20", { close: "2026-05-20" }),
        deal("d20late", { close: "2026-05-20T15:00:00Z" }),
        deal("d21", { close: "2026-05-21" }),
        deal("d30", { close: "2026-06-30" }),
        deal("d30late", { close: "2026-06-30T15:00:00Z" }),
        deal("d31", { close: "2026-07-01" }),
      ],
      options({ asOf, forecast: { period: custom, orders: [], targets: [] }, explain: true }),
    );
    // 20 May starts at 00:00, before the period's start at 12:00: d20 and d20late (15:00, reduced to
    // its day) are out; 30 June starts at 00:00, before the end at 12:00: d30 and d30late are in.
    expect(r.forecast?.explain?.dealIds).toEqual(["d21", "d30", "d30late"]);
  });

  it("forbids partial targets when proration is off", () => {
    expect(() => pipeline(deals, options({ asOf, forecast: { period, orders, targets }, proration: false }))).toThrow(
      ProrationForbiddenError,
    );
  });

  it("rejects an invalid forecast period", () => {
    expect(() =>
      pipeline(
        deals,
        options({ asOf, forecast: { period: { start: period.end, end: period.start }, orders, targets } }),
      ),
    ).toThrow(InvalidArgumentError);
  });

  it("prorates in business days on request", () => {
    // Target over 2026-06-01 (Mon) .. 2026-06-15 (Mon): 10 business days; Q2 holds all of it: 1000
    // Target over 2026-06-29 (Mon) .. 2026-07-06 (Mon): 5 business days, 2 of them in Q2: 500 x 2 / 5 = 200
    const t = [
      target("a", "2026-06-01T00:00:00Z", "2026-06-15T00:00:00Z", "1000"),
      target("b", "2026-06-29T00:00:00Z", "2026-07-06T00:00:00Z", "500"),
    ];
    const r = pipeline([], options({ asOf, forecast: { period, orders: [], targets: t }, dayCount: "business" }));
    expect(r.forecast?.target.toString()).toBe("1200");
  });
});

describe("pipeline: currencies", () => {
  it("refuses to mix currencies without exchange rates", () => {
    expect(() =>
      pipeline([deal("a", { close: "2026-03-20" }), deal("b", { currency: "USD", close: "2026-03-20" })], options()),
    ).toThrow(MixedCurrencyError);
  });

  it("checks only the amounts it sums (settled detail 14)", () => {
    // the USD deal is closed, the USD target does not overlap the period: neither is used
    const period = { start: new Date("2026-04-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") };
    const r = pipeline(
      [deal("a", { close: "2026-03-20" }), deal("b", { currency: "USD", closedAt: "2026-02-01T00:00:00Z" })],
      options({
        forecast: {
          period,
          orders: [],
          targets: [target("t", "2026-07-01T00:00:00Z", "2026-10-01T00:00:00Z", "1", "company", undefined, "USD")],
        },
      }),
    );
    expect(r.currency).toBe("EUR");
    expect(() =>
      pipeline(
        [deal("a")],
        options({
          forecast: {
            period,
            orders: [],
            targets: [target("t", "2026-04-01T00:00:00Z", "2026-07-01T00:00:00Z", "1", "company", undefined, "USD")],
          },
        }),
      ),
    ).toThrow(MixedCurrencyError);
  });

  it("converts open deals at the rate in force at asOf, orders at their date, targets at their start", () => {
    const rates = createExchangeRates({
      reportingCurrency: "EUR",
      rates: [
        { currency: "USD", rate: "0.9", validFrom: new Date("2026-01-01T00:00:00Z") },
        { currency: "USD", rate: "0.8", validFrom: new Date("2026-05-01T00:00:00Z") },
      ],
    });
    const asOf = new Date("2026-05-10T12:00:00Z");
    const period = { start: new Date("2026-04-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") };
    const r = pipeline(
      // created in January (rate 0.9) but read on 10 May: rate 0.8 -> 1000 x 0.8 = 800, weighted 400
      [deal("a", { currency: "USD", close: "2026-06-01" }), deal("b", { amount: "100", close: "2026-06-01" })],
      options({
        asOf,
        exchangeRates: rates,
        forecast: {
          period,
          orders: [order("o", "2026-04-15T00:00:00Z", "1000", "s1", "USD")], // 15 April: 1000 x 0.9 = 900
          targets: [target("t", "2026-04-01T00:00:00Z", "2026-07-01T00:00:00Z", "10000", "company", undefined, "USD")], // 1 April: 9000
        },
      }),
    );
    expect(r.currency).toBe("EUR");
    // unweighted 800 + 100 = 900; weighted 400 + 50 = 450
    expect(view(r.totals)).toEqual([2, "900", "450"]);
    expect(r.forecast?.realized.toString()).toBe("900");
    expect(r.forecast?.target.toString()).toBe("9000");
    // forecast 900 + 450 = 1350; remaining 9000 - 900 = 8100
    expect(r.forecast?.forecast.toString()).toBe("1350");
    expect(r.forecast?.remainingTarget.toString()).toBe("8100");
  });

  it("reports the currency asked for", () => {
    expect(() => pipeline([deal("a")], options({ currency: "USD" }))).toThrow(MixedCurrencyError);
  });
});

describe("pipeline: scopes and user ids", () => {
  const deals = [
    deal("a", { ownerId: "s1", close: "2026-03-20" }),
    deal("b", { ownerId: "__proto__", amount: "400", close: "2026-03-20" }),
    deal("c", { ownerId: "constructor", amount: "200", close: "2026-03-20" }),
  ];

  it("a seller scope keeps that seller's deals, __proto__ included", () => {
    const r = pipeline(deals, options({ scope: { level: "seller", sellerId: "__proto__" } }));
    expect(r.scope).toEqual({ level: "seller", sellerId: "__proto__" });
    // 400 x 0.5 = 200
    expect(view(r.totals)).toEqual([1, "400", "200"]);
  });

  it("a team scope uses the roster", () => {
    const sellers = [
      { id: "s1", name: "Ana", teamId: "north" },
      { id: "__proto__", name: "Proto", teamId: "north" },
      { id: "constructor", name: "Con", teamId: "south" },
    ];
    const r = pipeline(deals, options({ scope: { level: "team", teamId: "north" }, sellers }));
    // a + b: 1000 + 400 = 1400, weighted 700
    expect(view(r.totals)).toEqual([2, "1400", "700"]);
    expect(() => pipeline(deals, options({ scope: { level: "team", teamId: "north" } }))).toThrow(InvalidArgumentError);
  });
});

describe("pipeline: option checks", () => {
  it("rejects an invalid asOf, zone or fiscal month", () => {
    expect(() => pipeline([], options({ asOf: new Date("nope") }))).toThrow(InvalidArgumentError);
    expect(() => pipeline([], options({ timeZone: "Mars/Olympus" }))).toThrow(InvalidArgumentError);
    expect(() => pipeline([], options({ fiscalYearStartMonth: 13 }))).toThrow(InvalidArgumentError);
    expect(() => pipeline([], options({ dayCount: "lunar" as "calendar" }))).toThrow(InvalidArgumentError);
  });
});

describe("PipelineResultSchema", () => {
  it("reads a full result back from JSON", () => {
    const period = { start: new Date("2026-04-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") };
    const result = pipeline(
      [
        deal("a", { close: "2026-03-20" }),
        deal("b", { amount: "0.1", probability: "0.3333", close: "2026-05-20" }),
        deal("c"),
        deal("d", { close: "2026-01-01" }),
      ],
      options({
        explain: true,
        forecast: {
          period,
          orders: [order("o", "2026-03-01", "5")],
          targets: [target("t", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", "1000")],
        },
      }),
    );
    const back = resultFromJSON(PipelineResultSchema, JSON.stringify(result));
    expect(back).toEqual(result);
    expect(back.totals.weighted.equals(result.totals.weighted)).toBe(true);
  });

  it("reads back null figures, a null window and a seller scope", () => {
    const period = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") };
    const result = pipeline(
      [],
      options({ forecast: { period, orders: [], targets: [] }, scope: { level: "seller", sellerId: "s1" } }),
    );
    expect(result.forecast?.window).toBeNull();
    expect(resultFromJSON(PipelineResultSchema, JSON.stringify(result))).toEqual(result);
  });

  it("reads back a result without forecast", () => {
    const result = pipeline([deal("a")], options());
    const back = resultFromJSON(PipelineResultSchema, JSON.stringify(result));
    expect(back).toEqual(result);
    expect("explain" in back.totals).toBe(false);
  });

  it("rejects JSON of another shape", () => {
    expect(() => resultFromJSON(PipelineResultSchema, '{"indicator":"lost-deals"}')).toThrow(InvalidArgumentError);
  });
});
