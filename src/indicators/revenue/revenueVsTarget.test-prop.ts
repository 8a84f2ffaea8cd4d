import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { describe, expect } from "vitest";
import { Dec } from "../../money/dec.js";
import type { Order, RevenueTarget } from "../../model/types.js";
import { checkPeriod } from "../../period/checkPeriod.js";
import { parseInstant } from "../../period/parseInstant.js";
import { splitRange } from "../../period/splitRange.js";
import { tableRunner, type PlanRunner } from "../../table/kernel/executePlan.js";
import { orderColumnsOf } from "../../table/_columns.js";
import type { DayCount, Grain } from "../../period/types.js";
import { referenceRunner } from "../../../test/kernel/referenceExecutor.js";
import { prepare } from "./_revenueVsTargetCore.js";
import { revenueVsTargetByCustomerOf } from "./_revenueVsTargetCustomers.js";
import { revenueVsTargetGroupedOf, revenueVsTargetOf, revenueVsTargetSeriesOf } from "./_revenueVsTargetFigures.js";
import { revenueVsTarget, type RevenueVsTargetOptions, type RevenueVsTargetResult } from "./revenueVsTarget.js";
import { revenueVsTargetGrouped } from "./revenueVsTargetGrouped.js";
import { revenueVsTargetSeries } from "./revenueVsTargetSeries.js";

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 1);
const SELLERS = ["s1", "s2", "s3", "__proto__", "constructor"] as const;
const RUNS = { numRuns: 100 };

interface OrderSpec {
  readonly seller: string;
  readonly at: number;
  readonly cents: number;
}
interface TargetSpec {
  readonly seller: string | null;
  readonly startDay: number;
  readonly days: number;
  readonly cents: number;
}
interface Case {
  readonly orders: readonly OrderSpec[];
  readonly targets: readonly TargetSpec[];
  readonly startDay: number;
  readonly days: number;
  readonly asOf: number | null;
  readonly timeZone: string;
  readonly dayCount: DayCount;
}

const orderSpec: fc.Arbitrary<OrderSpec> = fc.record({
  seller: fc.constantFrom(...SELLERS),
  at: fc.integer({ min: BASE - 40 * DAY, max: BASE + 220 * DAY }),
  cents: fc.integer({ min: -1_000_000, max: 100_000_000 }),
});
const targetSpec: fc.Arbitrary<TargetSpec> = fc.record({
  seller: fc.option(fc.constantFrom(...SELLERS), { nil: null }),
  startDay: fc.integer({ min: -60, max: 150 }),
  days: fc.integer({ min: 7, max: 400 }),
  cents: fc.integer({ min: 0, max: 1_000_000_000 }),
});
const caseArb: fc.Arbitrary<Case> = fc.record({
  orders: fc.array(orderSpec, { maxLength: 25 }),
  targets: fc.array(targetSpec, { maxLength: 4 }),
  startDay: fc.integer({ min: 0, max: 60 }),
  days: fc.integer({ min: 7, max: 120 }),
  asOf: fc.option(fc.integer({ min: -10 * DAY, max: 135 * DAY }), { nil: null }),
  timeZone: fc.constantFrom("UTC", "Europe/Paris"),
  dayCount: fc.constantFrom<DayCount>("calendar", "business"),
});

const cents = (n: number): Decimal => new Dec(n).div(100);

function buildOrders(specs: readonly OrderSpec[], currency = "EUR"): Order[] {
  return specs.map((o, i) => ({
    id: `o${i}`,
    date: new Date(o.at),
    amount: cents(o.cents),
    currency,
    sellerId: o.seller,
    customerId: "c",
  }));
}

function buildTargets(specs: readonly TargetSpec[]): RevenueTarget[] {
  return specs.map((t, i) => ({
    id: `t${i}`,
    level: t.seller === null ? "company" : "seller",
    scopeId: t.seller ?? undefined,
    start: new Date(BASE + t.startDay * DAY),
    end: new Date(BASE + (t.startDay + t.days) * DAY),
    amount: cents(t.cents),
    currency: "EUR",
  }));
}

function optionsOf(c: Case): Omit<RevenueVsTargetOptions, "targets"> {
  const start = BASE + c.startDay * DAY;
  const period = { start: new Date(start), end: new Date(start + c.days * DAY) };
  return {
    period,
    timeZone: c.timeZone,
    dayCount: c.dayCount,
    ...(c.asOf === null ? {} : { asOf: new Date(start + c.asOf) }),
  };
}

/** The realized window `[start, min(end, asOf))` of a case, in epoch ms. */
function windowOf(c: Case): { from: number; to: number } {
  const o = optionsOf(c);
  const from = o.period.start.getTime();
  const end = o.period.end.getTime();
  return { from, to: o.asOf === undefined ? end : Math.min(end, o.asOf.getTime()) };
}

/** Equal up to a relative 1e-45 (quotients round at the 60th significant digit). */
function near(a: Decimal, b: Decimal): boolean {
  if (a.equals(b)) return true;
  return a.minus(b).abs().lte(Decimal.max(a.abs(), b.abs()).times("1e-45"));
}

/** Deep equality where decimals may differ only in the last few of their 60 digits. */
function expectNear(actual: unknown, expected: unknown, path = "result"): void {
  if (Decimal.isDecimal(actual) && Decimal.isDecimal(expected)) {
    expect(near(actual, expected), `${path}: ${String(actual)} vs ${String(expected)}`).toBe(true);
    return;
  }
  if (actual instanceof Date || expected instanceof Date) {
    expect(actual, path).toEqual(expected);
    return;
  }
  if (typeof actual === "object" && actual !== null && typeof expected === "object" && expected !== null) {
    expect(Object.keys(actual).sort(), path).toEqual(Object.keys(expected).sort());
    for (const key of Object.keys(expected)) {
      expectNear(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
    }
    return;
  }
  expect(actual, path).toEqual(expected);
}

const withoutExplain = (r: RevenueVsTargetResult): RevenueVsTargetResult => {
  const { explain: _explain, ...rest } = r;
  return rest;
};

const shuffled = <T>(items: readonly T[]): fc.Arbitrary<T[]> =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

describe("revenueVsTarget properties", () => {
  test.prop([caseArb], RUNS)("per-seller realized sums equal the company realized", (c) => {
    const orders = buildOrders(c.orders);
    const targets = buildTargets(c.targets);
    const options = optionsOf(c);
    const company = revenueVsTarget(orders, { ...options, targets });
    const grouped = revenueVsTargetGrouped(orders, {
      targets,
      ...options,
      groupBy: "seller",
      sellers: [{ id: "s1", name: "A" }],
    });
    const sum = grouped.groups.reduce((acc, g) => acc.plus(g.result.realized), new Dec(0));
    expect(sum.equals(company.realized)).toBe(true);
    // and the company realized is the plain sum over the window
    const { from, to } = windowOf(c);
    const direct = orders
      .filter((o) => o.date.getTime() >= from && o.date.getTime() < to)
      .reduce((acc, o) => acc.plus(o.amount), new Dec(0));
    expect(company.realized.equals(direct)).toBe(true);
  });

  test.prop(
    [
      caseArb.chain((c) =>
        fc.tuple(fc.constant(c), shuffled(buildOrders(c.orders)), shuffled(buildTargets(c.targets))),
      ),
    ],
    RUNS,
  )("input order changes nothing", ([c, orders, targets]) => {
    const options = { ...optionsOf(c), explain: true };
    const a = revenueVsTarget(buildOrders(c.orders), { ...options, targets: buildTargets(c.targets) });
    const b = revenueVsTarget(orders, { ...options, targets });
    expectNear(withoutExplain(b), withoutExplain(a));
    expect([...(b.explain?.orders ?? [])].sort()).toEqual([...(a.explain?.orders ?? [])].sort());
    expect([...(b.explain?.targets ?? [])].sort()).toEqual([...(a.explain?.targets ?? [])].sort());
  });

  test.prop([caseArb, fc.constantFrom("2", "3", "10", "0.5", "1.25", "1000")], RUNS)(
    "scaling every amount by k scales money by k and leaves attainment and pace unchanged",
    (c, kText) => {
      const k = new Dec(kText);
      const options = optionsOf(c);
      const base = revenueVsTarget(buildOrders(c.orders), { ...options, targets: buildTargets(c.targets) });
      const scaledOrders = buildOrders(c.orders).map((o) => ({ ...o, amount: o.amount.times(k) }));
      const scaledTargets = buildTargets(c.targets).map((t) => ({ ...t, amount: t.amount.times(k) }));
      const scaled = revenueVsTarget(scaledOrders, { ...options, targets: scaledTargets });
      expectNear(scaled.realized, base.realized.times(k));
      expectNear(scaled.target, base.target.times(k));
      expectNear(scaled.remaining, base.remaining.times(k));
      expectNear(scaled.expectedToDate, base.expectedToDate.times(k));
      expectNear(scaled.projected.value ?? "null", base.projected.value?.times(k) ?? "null");
      expectNear(scaled.attainment.value ?? "null", base.attainment.value ?? "null");
      expectNear(scaled.pace.value ?? "null", base.pace.value ?? "null");
      expect(scaled.attainment.reason).toBe(base.attainment.reason);
      expect(scaled.pace.reason).toBe(base.pace.reason);
      expect(scaled.statusReason).toBe(base.statusReason);
      expect(scaled.elapsedFraction.equals(base.elapsedFraction)).toBe(true);
    },
  );

  test.prop(
    [caseArb, fc.integer({ min: 1, max: 100_000_000 }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })],
    RUNS,
  )("attainment and pace never fall when revenue rises", (c, extraCents, where) => {
    const { from, to } = windowOf(c);
    fc.pre(to > from);
    const orders = buildOrders(c.orders);
    const targets = buildTargets(c.targets);
    const options = optionsOf(c);
    const before = revenueVsTarget(orders, { ...options, targets });
    const extra: Order = {
      id: "extra",
      date: new Date(from + Math.floor(where * (to - from))),
      amount: cents(extraCents),
      currency: "EUR",
      sellerId: "s2",
      customerId: "c",
    };
    const after = revenueVsTarget([...orders, extra], { ...options, targets });
    expect(after.realized.greaterThan(before.realized)).toBe(true);
    expect(after.remaining.lessThanOrEqualTo(before.remaining)).toBe(true);
    if (before.attainment.value !== null)
      expect(after.attainment.value?.greaterThanOrEqualTo(before.attainment.value)).toBe(true);
    if (before.pace.value !== null) expect(after.pace.value?.greaterThanOrEqualTo(before.pace.value)).toBe(true);
  });

  test.prop([caseArb, fc.array(orderSpec, { maxLength: 10 })], RUNS)(
    "records outside the window or the scope change nothing, whatever their currency",
    (c, noise) => {
      const { from, to } = windowOf(c);
      const options = { ...optionsOf(c), scope: { level: "seller", sellerId: "s1" } as const };
      const outside = buildOrders(
        noise.filter((o) => o.seller !== "s1" || o.at < from || o.at >= to),
        "USD",
      ).map((o) => ({ ...o, id: `n-${o.id}` }));
      const orders = buildOrders(c.orders);
      const targets = buildTargets(c.targets);
      const base = revenueVsTarget(orders, { ...options, targets });
      const noisy = revenueVsTarget([...outside, ...orders, ...outside], { ...options, targets });
      expect(noisy).toEqual(base);
    },
  );

  test.prop(
    [
      caseArb,
      fc.integer({ min: 1, max: 100_000_000 }),
      fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      fc.nat(),
    ],
    RUNS,
  )("an order and its credit note cancel out", (c, amountCents, where, position) => {
    const { from, to } = windowOf(c);
    fc.pre(to > from);
    const orders = buildOrders(c.orders);
    const targets = buildTargets(c.targets);
    const options = { ...optionsOf(c), currency: "EUR" };
    const date = new Date(from + Math.floor(where * (to - from)));
    const sale: Order = {
      id: "sale",
      date,
      amount: cents(amountCents),
      currency: "EUR",
      sellerId: "s3",
      customerId: "c",
    };
    const credit: Order = { ...sale, id: "credit", amount: cents(-amountCents) };
    const mixed = [...orders];
    mixed.splice(position % (mixed.length + 1), 0, sale);
    mixed.push(credit);
    // Only the order count sees the two records.
    const after = revenueVsTarget(mixed, { ...options, targets });
    const before = revenueVsTarget(orders, { ...options, targets });
    expect(after.orderCount).toBe(before.orderCount + 2);
    expect({ ...after, orderCount: before.orderCount }).toEqual(before);
  });

  test.prop([caseArb, fc.array(fc.integer({ min: -12 * 60, max: 14 * 60 }), { minLength: 26, maxLength: 26 })], RUNS)(
    "the same instant written with different offsets gives the same result",
    (c, offsets) => {
      const options = optionsOf(c);
      const pad = (n: number): string => String(n).padStart(2, "0");
      const written = (time: number, offsetMinutes: number): Date => {
        const wall = new Date(time + offsetMinutes * 60_000).toISOString().slice(0, 23);
        const abs = Math.abs(offsetMinutes);
        const sign = offsetMinutes < 0 ? "-" : "+";
        return parseInstant(`${wall}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`);
      };
      const utc = buildOrders(c.orders).map((o) => ({
        ...o,
        date: parseInstant(new Date(o.date.getTime()).toISOString()),
      }));
      const offset = buildOrders(c.orders).map((o, i) => ({ ...o, date: written(o.date.getTime(), offsets[i] ?? 0) }));
      const asOfOffset = options.asOf === undefined ? {} : { asOf: written(options.asOf.getTime(), offsets[25] ?? 0) };
      const targets = buildTargets(c.targets);
      expect(revenueVsTarget(offset, { targets, ...options, ...asOfOffset })).toEqual(
        revenueVsTarget(utc, { ...options, targets }),
      );
    },
  );

  test.prop([caseArb], RUNS)("every result keeps its invariants", (c) => {
    const r = revenueVsTarget(buildOrders(c.orders), { ...optionsOf(c), targets: buildTargets(c.targets) });
    expect(r.elapsedFraction.greaterThanOrEqualTo(0) && r.elapsedFraction.lessThanOrEqualTo(1)).toBe(true);
    expect(r.remaining.isNegative()).toBe(false);
    expect(r.statusBasis).toBe(r.closed ? "attainment" : "pace");
    const basis = r.closed ? r.attainment : r.pace;
    if (basis.value === null) {
      expect(r.status).toBeNull();
      expect(r.statusReason).toBe(basis.reason);
    } else {
      const expected = basis.value.gte(1) ? "good" : basis.value.gte("0.8") ? "watch" : "alert";
      expect(r.status).toBe(expected);
      expect(r.statusReason).toBeNull();
    }
    expect(r.attainment.value === null).toBe(r.target.isZero());
    if (r.projected.value !== null && !r.elapsedFraction.isZero())
      expect(near(r.projected.value.times(r.elapsedFraction), r.realized)).toBe(true);
    expect("explain" in r).toBe(false);
  });
});

describe("revenueVsTargetSeries properties", () => {
  test.prop(
    [
      caseArb,
      fc.constantFrom<Grain>("day", "week", "month", "quarter", "semester", "year"),
      fc.integer({ min: 1, max: 12 }),
    ],
    RUNS,
  )(
    "bucket realized sums equal the total realized, and the total is revenueVsTarget over the range",
    (c, grain, fiscalYearStartMonth) => {
      const { period, ...rest } = optionsOf(c);
      const orders = buildOrders(c.orders);
      const targets = buildTargets(c.targets);
      const series = revenueVsTargetSeries(orders, { targets, ...rest, range: period, grain, fiscalYearStartMonth });
      const sum = series.buckets.reduce((acc, b) => acc.plus(b.realized), new Dec(0));
      expect(sum.equals(series.total.realized)).toBe(true);
      expect(series.buckets[0]?.period.start).toEqual(period.start);
      expect(series.buckets.at(-1)?.period.end).toEqual(period.end);
      const targetSum = series.buckets.reduce((acc, b) => acc.plus(b.target), new Dec(0));
      expect(near(targetSum, series.total.target)).toBe(true);
      expect(series.total).toEqual(revenueVsTarget(orders, { targets, ...rest, period, fiscalYearStartMonth }));
    },
  );
});

/** The result of `run`, or the error it throws (compared by class and message). */
function outcome(run: () => unknown): unknown {
  try {
    return { result: run() };
  } catch (error) {
    return { error: (error as Error).constructor.name, message: (error as Error).message };
  }
}

describe("revenue vs target on the kernel and on the reference executor", () => {
  const currencyOf = fc.constantFrom("EUR", "EUR", "EUR", "USD");
  const mixed: fc.Arbitrary<[Case, readonly string[]]> = caseArb.chain((c) =>
    fc.tuple(fc.constant(c), fc.array(currencyOf, { minLength: c.orders.length, maxLength: c.orders.length })),
  );
  const ordersOf = (c: Case, currencies: readonly string[]): Order[] =>
    buildOrders(c.orders).map((o, i) => ({
      ...o,
      currency: currencies[i] ?? "EUR",
      amount: i % 7 === 3 ? o.amount.plus("0.000001") : o.amount,
    }));
  const scopes = fc.constantFrom(
    undefined,
    { level: "seller", sellerId: "s1" } as const,
    { level: "seller", sellerId: "__proto__" } as const,
    { level: "team", teamId: "t1" } as const,
  );
  const sellers = [
    { id: "s1", name: "A", teamId: "t1" },
    { id: "__proto__", name: "P", teamId: "t1" },
    { id: "s2", name: "B", teamId: "t2" },
    { id: "s9", name: "N", teamId: "t2" },
  ];
  /** The outcome of `compute` on a table of `orders` through the kernel, and on `orders` through the reference executor. */
  const onBoth = (orders: readonly Order[], compute: (run: PlanRunner) => unknown): [unknown, unknown] => [
    outcome(() => compute(tableRunner({ orders: orderColumnsOf(orders, "orders") }))),
    outcome(() => compute(referenceRunner({ orders }))),
  ];

  test.prop([mixed, scopes, fc.boolean()], RUNS)(
    "revenueVsTargetOf: the same result, or the same error",
    ([c, currencies], scope, explain) => {
      const orders = ordersOf(c, currencies);
      const targets = buildTargets(c.targets);
      const options = { ...optionsOf(c), targets, explain, sellers, ...(scope === undefined ? {} : { scope }) };
      const [kernel, reference] = onBoth(orders, (run) =>
        revenueVsTargetOf(run, targets, prepare(options), checkPeriod(options.period, "period")),
      );
      expect(kernel).toEqual(reference);
    },
  );

  test.prop([mixed, scopes, fc.boolean(), fc.constantFrom<Grain>("day", "week", "month", "quarter")], RUNS)(
    "revenueVsTargetSeriesOf: the same result, or the same error",
    ([c, currencies], scope, explain, grain) => {
      const orders = ordersOf(c, currencies);
      const targets = buildTargets(c.targets);
      const { period: range, ...rest } = optionsOf(c);
      const options = { ...rest, targets, explain, sellers, ...(scope === undefined ? {} : { scope }) };
      const [kernel, reference] = onBoth(orders, (run) => {
        const settings = prepare(options);
        return revenueVsTargetSeriesOf(run, targets, settings, range, splitRange(range, grain, settings.calendar));
      });
      expect(kernel).toEqual(reference);
    },
  );

  test.prop(
    [
      mixed,
      fc.constantFrom(
        undefined,
        { level: "seller", sellerId: "s2" } as const,
        { level: "team", teamId: "t2" } as const,
      ),
      fc.boolean(),
      fc.constantFrom<"seller" | "team">("seller", "team"),
    ],
    RUNS,
  )("revenueVsTargetGroupedOf: the same result, or the same error", ([c, currencies], scope, explain, groupBy) => {
    const orders = ordersOf(c, currencies);
    const targets = buildTargets(c.targets);
    const options = { ...optionsOf(c), targets, explain, sellers, ...(scope === undefined ? {} : { scope }) };
    const [kernel, reference] = onBoth(orders, (run) =>
      revenueVsTargetGroupedOf(run, targets, prepare(options), options.period, groupBy, sellers),
    );
    expect(kernel).toEqual(reference);
  });

  // Customers include `__proto__` and orders without a customer (records built by hand).
  const customerOf = fc.constantFrom<string | undefined>("c1", "c2", "c3", "__proto__", undefined);
  const withCustomers: fc.Arbitrary<[Case, readonly string[], readonly (string | undefined)[]]> = mixed.chain(
    ([c, currencies]) =>
      fc.tuple(
        fc.constant(c),
        fc.constant(currencies),
        fc.array(customerOf, { minLength: c.orders.length, maxLength: c.orders.length }),
      ),
  );
  test.prop([withCustomers, scopes, fc.boolean(), fc.constantFrom(undefined, 1, 2, 3)], RUNS)(
    "revenueVsTargetByCustomerOf: the same result, or the same error",
    ([c, currencies, customers], scope, explain, top) => {
      const orders = ordersOf(c, currencies).map((o, i) => {
        const { customerId: _dropped, ...rest } = o;
        const customer = customers[i];
        return (customer === undefined ? rest : { ...rest, customerId: customer }) as Order;
      });
      const options = {
        ...optionsOf(c),
        targets: buildTargets(c.targets),
        explain,
        sellers,
        ...(scope === undefined ? {} : { scope }),
      };
      const [kernel, reference] = onBoth(orders, (run) =>
        revenueVsTargetByCustomerOf(run, prepare(options), options.period, top),
      );
      expect(kernel).toEqual(reference);
    },
  );
});
