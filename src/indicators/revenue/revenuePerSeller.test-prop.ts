import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { Decimal } from "decimal.js";
import { Dec, ZERO } from "../../money/dec.js";
import type { Activity, Order, RevenueTarget, Seller } from "../../model/types.js";
import { createExchangeRates } from "../../money/exchangeRates.js";
import type { Grain } from "../../period/types.js";
import { activityTable } from "../../table/activityTable.js";
import { orderTable } from "../../table/orderTable.js";
import { activityColumnsOf, orderColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { referenceRunner } from "../../../test/kernel/referenceExecutor.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import { revenuePerCustomerFigures } from "./_revenuePerCustomerFigures.js";
import { revenuePerSellerFigures } from "./_revenuePerSellerFigures.js";
import { checkRevenuePerSellerOptions } from "./_revenuePerSellerOptions.js";
import { revenuePerSeller, type RevenuePerSellerOptions, type RevenuePerSellerResult } from "./revenuePerSeller.js";

const SELLERS = ["ana", "bob", "__proto__", "constructor", "toString"] as const;
const RANGE = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") };
const START = RANGE.start.getTime();
const END = RANGE.end.getTime();
const DAY = 86_400_000;

/** Amounts in cents, credit notes included, as exact decimals. */
const amountArb = fc.integer({ min: -50_000, max: 200_000 }).map((cents) => new Dec(cents).div(100));
const sellerArb = fc.constantFrom(...SELLERS);
/** Instants inside the range. */
const insideArb = fc.integer({ min: START, max: END - 1 });

function orderArb(dateArb: fc.Arbitrary<number>, currency = "EUR"): fc.Arbitrary<Order> {
  return fc
    .record({ n: fc.nat(), sellerId: sellerArb, t: dateArb, amount: amountArb })
    .map(({ n, sellerId, t, amount }) => ({
      id: `o-${n}`,
      sellerId,
      date: new Date(t),
      amount,
      currency,
      customerId: "c",
    }));
}

const ordersArb = fc.array(orderArb(insideArb), { maxLength: 40 });

const targetArb: fc.Arbitrary<RevenueTarget> = fc
  .record({
    n: fc.nat(),
    sellerId: sellerArb,
    startDay: fc.integer({ min: -60, max: 150 }),
    days: fc.integer({ min: 1, max: 200 }),
    amount: fc.integer({ min: 0, max: 100_000 }),
  })
  .map(({ n, sellerId, startDay, days, amount }) => ({
    id: `t-${n}`,
    level: "seller",
    scopeId: sellerId,
    start: new Date(START + startDay * DAY),
    end: new Date(START + (startDay + days) * DAY),
    amount: new Dec(amount),
    currency: "EUR",
  }));

const activityArb: fc.Arbitrary<Activity> = fc
  .record({
    n: fc.nat(),
    ownerId: sellerArb,
    t: insideArb,
    status: fc.constantFrom("done", "done", "planned", "cancelled"),
  })
  .map(({ n, ownerId, t, status }) => ({ id: `a-${n}`, ownerId, type: "call", date: new Date(t), status }));

const optionsArb: fc.Arbitrary<RevenuePerSellerOptions & { readonly activities?: readonly Activity[] }> = fc
  .record(
    {
      grain: fc.constantFrom<Grain>("month", "week", "quarter"),
      trailingBuckets: fc.integer({ min: 1, max: 4 }),
      asOf: insideArb.map((t) => new Date(t)),
      targets: fc.array(targetArb, { maxLength: 6 }),
      activities: fc.array(activityArb, { maxLength: 20 }),
      sellers: fc.subarray([...SELLERS]).map((ids): Seller[] => ids.map((id) => ({ id, name: id }))),
    },
    { requiredKeys: ["grain", "trailingBuckets"] },
  )
  .map((options) => ({ ...options, range: RANGE }));

function json(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** The result with its series and lines keyed by seller, so seller order does not matter. */
function bySeller(result: RevenuePerSellerResult): unknown {
  const { sellers, effortVsResult, ...rest } = result;
  const sortById = <T extends { sellerId: string }>(list: readonly T[]): T[] =>
    [...list].sort((a, b) => (a.sellerId < b.sellerId ? -1 : a.sellerId > b.sellerId ? 1 : 0));
  return json({ ...rest, sellers: sortById(sellers), effortVsResult: sortById(effortVsResult) });
}

function shuffled<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list
    .map((item, i) => ({ item, key: keys[i % Math.max(keys.length, 1)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((entry) => entry.item);
}

describe("revenuePerSeller properties", () => {
  test.prop([ordersArb, optionsArb], { numRuns: 100 })(
    "the sellers' realized add up to all orders of each bucket",
    (orders, options) => {
      const result = revenuePerSeller(orders, options);
      const cut = Math.min(END, options.asOf?.getTime() ?? END);
      result.buckets.forEach((bucket, i) => {
        const expected = orders
          .filter((o) => o.date >= bucket.start && o.date < bucket.end && o.date.getTime() < cut)
          .reduce<Decimal>((sum, o) => sum.plus(o.amount), ZERO);
        const got = result.sellers.reduce<Decimal>((sum, s) => sum.plus(s.points[i]?.realized ?? ZERO), ZERO);
        expect(got.toString()).toBe(expected.toString());
      });
      const grand = result.sellers.reduce<Decimal>((sum, s) => sum.plus(s.total), ZERO);
      const all = orders.filter((o) => o.date.getTime() < cut).reduce<Decimal>((sum, o) => sum.plus(o.amount), ZERO);
      expect(grand.toString()).toBe(all.toString());
    },
  );

  test.prop([ordersArb, optionsArb, fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 50 })], {
    numRuns: 100,
  })("input order changes nothing (but the order of sellers first met in the records)", (orders, options, keys) => {
    const base = revenuePerSeller(orders, options);
    const moved = revenuePerSeller(shuffled(orders, keys), {
      ...options,
      ...(options.targets === undefined ? {} : { targets: shuffled(options.targets, keys) }),
      ...(options.activities === undefined ? {} : { activities: shuffled(options.activities, keys) }),
    });
    expect(bySeller(moved)).toEqual(bySeller(base));
    // With every seller in the roster the order is fixed too.
    const roster = SELLERS.map((id) => ({ id, name: id }));
    expect(json(revenuePerSeller(shuffled(orders, keys), { ...options, sellers: roster }))).toEqual(
      json(revenuePerSeller(orders, { ...options, sellers: roster })),
    );
  });

  test.prop([ordersArb, optionsArb, fc.constantFrom("0.01", "0.5", "3", "1000", "2.75")], { numRuns: 100 })(
    "scaling every amount by k > 0 scales the money and leaves the flags and quadrants alone",
    (orders, options, kText) => {
      const k = new Dec(kText);
      const base = revenuePerSeller(orders, options);
      const scaled = revenuePerSeller(
        orders.map((o) => ({ ...o, amount: o.amount.times(k) })),
        {
          ...options,
          ...(options.targets === undefined
            ? {}
            : { targets: options.targets.map((t) => ({ ...t, amount: t.amount.times(k) })) }),
        },
      );
      expect(scaled.sellers.map((s) => s.sellerId)).toEqual(base.sellers.map((s) => s.sellerId));
      base.sellers.forEach((series, si) => {
        const other = scaled.sellers[si];
        expect(other?.total.toString()).toBe(series.total.times(k).toString());
        series.points.forEach((point, pi) => {
          const p = other?.points[pi];
          expect(p?.realized.toString()).toBe(point.realized.times(k).toString());
          // A prorated target is divided once, at the 60th digit: equal up to that rounding.
          const expectedTarget = point.target.times(k);
          expect(p?.target.minus(expectedTarget).abs().lte(expectedTarget.abs().times("1e-55"))).toBe(true);
          expect(p?.flags).toEqual(point.flags);
          expect(p?.changeFromPrevious.value?.toString()).toBe(point.changeFromPrevious.value?.times(k).toString());
          expect(p?.trailingMean.reason).toBe(point.trailingMean.reason);
          expect(p?.relativeChangeFromTrailingMean.reason).toBe(point.relativeChangeFromTrailingMean.reason);
          expect(p?.attainment.reason).toBe(point.attainment.reason);
        });
      });
      expect(scaled.effortVsResult.map((l) => [l.quadrant, l.underTarget])).toEqual(
        base.effortVsResult.map((l) => [l.quadrant, l.underTarget]),
      );
      expect(scaled.medians.resultBasis).toBe(base.medians.resultBasis);
    },
  );

  test.prop(
    [
      ordersArb,
      optionsArb,
      fc.array(
        fc.oneof(
          orderArb(fc.integer({ min: START - 400 * DAY, max: START - 1 }), "USD"),
          orderArb(fc.integer({ min: END, max: END + 400 * DAY }), "USD"),
        ),
        { minLength: 1, maxLength: 10 },
      ),
      fc.boolean(),
    ],
    { numRuns: 100 },
  )(
    "records outside the range (or at or after asOf) change nothing, not even the currency check",
    (orders, options, outside, afterAsOf) => {
      const asOf = options.asOf;
      const extra =
        afterAsOf && asOf !== undefined
          ? [
              ...outside,
              ...outside.map((o, i) => ({
                ...o,
                id: `late-${i}`,
                date: new Date(asOf.getTime() + (o.date.getTime() % DAY)),
              })),
            ]
          : outside;
      const base = revenuePerSeller(orders, options);
      const more = revenuePerSeller([...extra, ...orders, ...extra], options);
      expect(json(more)).toEqual(json(base));
    },
  );

  test.prop([ordersArb, optionsArb], { numRuns: 100 })(
    "flags follow a direct reading of the definition",
    (orders, options) => {
      const result = revenuePerSeller(orders, options);
      const n = options.trailingBuckets ?? 3;
      const asOf = options.asOf?.getTime() ?? Number.POSITIVE_INFINITY;
      for (const series of result.sellers) {
        series.points.forEach((point, i) => {
          const bucket = result.buckets[i];
          if (bucket === undefined) throw new Error("bucket");
          const expected: string[] = [];
          if (bucket.start.getTime() >= asOf) {
            expected.push("not-started");
          } else {
            if (i < n) expected.push("insufficient-history");
            else {
              const history = series.points.slice(i - n, i).map((p) => p.realized);
              const mean = history.reduce<Decimal>((s, v) => s.plus(v), ZERO).div(n);
              if (mean.lte(0)) expected.push("no-baseline");
              else {
                // Compared with the mean rounded at 60 digits: only exact ties could differ, and
                // the amounts here have 2 decimals, far from the rounding digit.
                if (point.realized.lt(mean.times(new Dec(1).minus("0.3")))) expected.push("drop");
                if (point.realized.gt(mean.times(new Dec(1).plus("0.5")))) expected.push("exceptional");
              }
            }
            if (bucket.end.getTime() > asOf) expected.push("partial");
          }
          expect(point.flags).toEqual(expected);
        });
      }
    },
  );
});

function outcome(run: () => unknown): unknown {
  try {
    return { result: run() };
  } catch (error) {
    return { error: (error as Error).constructor.name, message: (error as Error).message };
  }
}

describe("revenuePerSeller on the kernel", () => {
  const USD_RATES = createExchangeRates({
    reportingCurrency: "EUR",
    rates: [{ currency: "USD", rate: "0.9", validFrom: new Date("2025-01-01T00:00:00Z") }],
  });
  /** Orders in several currencies, some with more than four decimals (no fast form), some outside the range. */
  const mixedOrdersArb = fc.array(
    fc.oneof(
      { weight: 6, arbitrary: orderArb(insideArb) },
      { weight: 1, arbitrary: orderArb(insideArb, "USD") },
      { weight: 1, arbitrary: orderArb(insideArb).map((o) => ({ ...o, amount: o.amount.plus("0.000001") })) },
      { weight: 1, arbitrary: orderArb(fc.integer({ min: START - 60 * DAY, max: END + 60 * DAY }), "GBP") },
    ),
    { maxLength: 40 },
  );
  const scopeArb = fc.constantFrom<Partial<RevenuePerSellerOptions>>(
    {},
    { scope: { level: "seller", sellerId: "__proto__" } },
    { scope: { level: "seller", sellerId: "nobody" } },
    {
      scope: { level: "team", teamId: "t1" },
      sellers: [
        { id: "bob", name: "bob", teamId: "t1" },
        { id: "__proto__", name: "p", teamId: "t1" },
        { id: "ana", name: "ana", teamId: "t2" },
      ],
    },
  );
  const moneyArb = fc.constantFrom<Partial<RevenuePerSellerOptions>>(
    {},
    { currency: "EUR" },
    { currency: "USD" },
    { exchangeRates: USD_RATES },
  );

  test.prop([mixedOrdersArb, optionsArb, scopeArb, moneyArb, fc.boolean()], { numRuns: 150 })(
    "the columnar executor and the reference executor give the same result, or the same error",
    (orders, options, scope, money, explain) => {
      const all = { ...options, ...scope, ...money, explain };
      const activities = options.activities;
      const onTables = tableRunner({
        orders: orderColumnsOf(orderTable(orders), "orders"),
        ...(activities === undefined ? {} : { activities: activityColumnsOf(activityTable(activities), "activities") }),
      });
      const onRecords = referenceRunner({ orders, ...(activities === undefined ? {} : { activities }) });
      const [fromTables, fromRecords] = [onTables, onRecords].map((runner) =>
        outcome(() => revenuePerSellerFigures(runner, checkRevenuePerSellerOptions(all).input, new CurrencyGuard(all))),
      );
      expect(fromTables).toEqual(fromRecords);
    },
  );

  // Customers include `__proto__` and orders without a customer (records built by hand).
  const customerArb = fc.constantFrom<string | undefined>("c1", "c2", "c3", "__proto__", undefined);
  const customerOrdersArb = mixedOrdersArb.chain((orders) =>
    fc.array(customerArb, { minLength: orders.length, maxLength: orders.length }).map((customers) =>
      orders.map((o, i) => {
        const { customerId: _dropped, ...rest } = o;
        const customer = customers[i];
        return (customer === undefined ? rest : { ...rest, customerId: customer }) as Order;
      }),
    ),
  );
  test.prop([customerOrdersArb, optionsArb, scopeArb, moneyArb, fc.boolean(), fc.constantFrom(undefined, 1, 2)], {
    numRuns: 150,
  })(
    "by customer: the columnar executor and the reference executor give the same result, or the same error",
    (orders, options, scope, money, explain, top) => {
      const { activities: _activities, targets: _targets, ...rest } = options;
      const all = {
        ...rest,
        ...scope,
        ...money,
        explain,
        by: "customer" as const,
        ...(top === undefined ? {} : { top }),
      };
      const onTables = tableRunner({ orders: orderColumnsOf(orderTable(orders), "orders") });
      const onRecords = referenceRunner({ orders });
      const [fromTables, fromRecords] = [onTables, onRecords].map((runner) =>
        outcome(() =>
          revenuePerCustomerFigures(runner, checkRevenuePerSellerOptions(all).input, new CurrencyGuard(all)),
        ),
      );
      expect(fromTables).toEqual(fromRecords);
    },
  );
});
