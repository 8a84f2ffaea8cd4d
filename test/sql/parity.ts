/**
 * The datasets and calls of the SQL parity suites: fast-check records built to be hard for SQL
 * (amounts past 2^53 units, negative and many-decimal amounts, instants on bucket edges of DST
 * zones, owners and customers named `__proto__`), and every headline indicator form called on
 * them, in memory and through `computeWithSql`.
 */
import fc from "fast-check";
import type { Decimal } from "decimal.js";
import { expect } from "vitest";
import { Dec } from "../../src/money/dec.js";
import type { Activity, ActivityTarget, Deal, Order, RevenueTarget, Seller } from "../../src/model/types.js";
import { splitRange } from "../../src/period/splitRange.js";
import type { Period } from "../../src/period/types.js";
import {
  activityRate,
  activityRateGrouped,
  activityRateSeries,
  lostDeals,
  lostDealsGrouped,
  pipeline,
  pipelineGrouped,
  pipelineSeries,
  revenuePerSeller,
  revenueVsTarget,
  revenueVsTargetGrouped,
  revenueVsTargetSeries,
} from "../../src/index.js";
import { computeWithSql, type SqlIndicatorCall } from "../../src/sql/computeWithSql.js";
import { createExchangeRates } from "../../src/money/exchangeRates.js";
import { SqlNotSupportedError } from "../../src/errors/index.js";
import { insertRecordsSql } from "../../src/sql/sqlTables.js";
import { planToSql } from "../../src/sql/planSql.js";
import { cellsFromSqlRows } from "../../src/sql/sqlCells.js";
import { CurrencyGuard } from "../../src/money/currencyGuard.js";
import { executePlan } from "../../src/table/kernel/executePlan.js";
import type { AnyColumns } from "../../src/table/kernel/planColumns.js";
import { dealTable } from "../../src/table/dealTable.js";
import { recordingQueries, type TestEngine } from "./engines.js";

export const ZONES = ["Europe/Paris", "Australia/Lord_Howe"] as const;
const OWNERS = ["ann", "__proto__", "bob"];
const CUSTOMERS = ["c1", "__proto__", "constructor"];
const STAGES = ["lead", "proposal", "negotiation"];
const RANGE: Period = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") };

/** A dataset and the zone its periods are in. */
export interface Dataset {
  readonly zone: (typeof ZONES)[number];
  readonly orders: readonly Order[];
  readonly deals: readonly Deal[];
  readonly activities: readonly Activity[];
  readonly revenueTargets: readonly RevenueTarget[];
  readonly activityTargets: readonly ActivityTarget[];
}

/** Periods of the zone: the year (zone midnight to midnight), its months, a quarter, its weeks' edges. */
export function periodsOf(zone: string): { year: Period; months: Period[]; quarter: Period; edges: number[] } {
  const months = splitRange(RANGE, "month", { timeZone: zone }).map((b) => ({ start: b.start, end: b.end }));
  const first = months[0] as Period;
  const last = months[months.length - 1] as Period;
  const year = { start: first.start, end: last.end };
  const quarter = { start: (months[3] as Period).start, end: (months[5] as Period).end };
  const weeks = splitRange(quarter, "week", { timeZone: zone }).map((b) => b.start.getTime());
  const edges = [...months.map((m) => m.start.getTime()), ...weeks, year.end.getTime()];
  return { year, months, quarter, edges };
}

/** Amounts that are hard for SQL: past 2^53 units, negative, many decimals (DuckDB holds 10), zero. */
const amountArb: fc.Arbitrary<Decimal> = fc
  .oneof(
    fc.constantFrom("9007199254740993.25", "-9007199254740995.5", "0.0000000001", "-0.3333333333", "0", "1234567.891"),
    fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => `${n}.${String(Math.abs(n) % 97).padStart(2, "0")}`),
    fc
      .bigInt({ min: -(10n ** 24n), max: 10n ** 24n })
      .map((n) => `${n / 10n ** 6n}.${String(n < 0n ? -n : n).slice(-6)}`),
  )
  .map((text) => new Dec(text));

function instantArb(edges: readonly number[]): fc.Arbitrary<Date> {
  const lo = edges[0] as number;
  const hi = edges[edges.length - 1] as number;
  return fc
    .oneof(
      fc.constantFrom(...edges),
      fc.constantFrom(...edges).map((t) => t - 1),
      fc.integer({ min: lo - 86_400_000, max: hi + 86_400_000 }),
    )
    .map((t) => new Date(t));
}

/** A dataset in one zone. */
export function datasetArb(): fc.Arbitrary<Dataset> {
  return fc.constantFrom(...ZONES).chain((zone) => {
    const { edges, year, months } = periodsOf(zone);
    const instant = instantArb(edges);
    const owner = fc.constantFrom(...OWNERS);
    const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
    const orders = fc.array(
      fc.record({
        date: instant,
        amount: amountArb,
        sellerId: owner,
        customerId: fc.constantFrom(...CUSTOMERS),
        margin: optional(amountArb),
        hoursSold: optional(fc.constantFrom("0", "1.5", "7.25", "0.3333333333").map((h) => new Dec(h))),
      }),
      { maxLength: 14 },
    );
    const deals = fc.array(
      fc.record({
        ownerId: owner,
        customerId: optional(fc.constantFrom(...CUSTOMERS)),
        amount: amountArb,
        stage: fc.constantFrom(...STAGES),
        probability: optional(fc.constantFrom("0.1", "0.25", "0.3333333333", "1").map((p) => new Dec(p))),
        createdAt: instant,
        expectedCloseDate: optional(instant),
        status: fc.constantFrom("open", "won", "lost", "lost"),
        closeAfter: fc.integer({ min: 0, max: 200 * 86_400_000 }),
        lossReason: optional(fc.constantFrom("price", "timing", "__proto__")),
        competitor: optional(fc.constantFrom("acme", "globex")),
      }),
      { maxLength: 14 },
    );
    const activities = fc.array(
      fc.record({
        ownerId: owner,
        type: fc.constantFrom("call", "visit", "meeting"),
        date: instant,
        status: fc.constantFrom("done", "done", "planned", "cancelled"),
        customerId: optional(fc.constantFrom(...CUSTOMERS)),
        durationMinutes: optional(fc.constantFrom(0, 30, 45, 90)),
      }),
      { maxLength: 14 },
    );
    return fc.record({ orders, deals, activities }).map(({ orders: o, deals: d, activities: a }) => ({
      zone,
      orders: o.map((r, i) => ({ id: `o${i}`, currency: "EUR", ...r })),
      deals: d.map(({ closeAfter, status, lossReason, ...r }, i) => ({
        id: `d${i}`,
        currency: "EUR",
        ...r,
        status: status,
        ...(status === "open" ? {} : { closedAt: new Date(r.createdAt.getTime() + closeAfter) }),
        ...(status === "lost" && lossReason !== undefined ? { lossReason } : {}),
      })),
      activities: a.map((r, i) => ({ id: `a${i}`, ...r, status: r.status })),
      revenueTargets: [
        {
          id: "t-co",
          level: "company",
          start: year.start,
          end: year.end,
          amount: new Dec("1200000.5"),
          currency: "EUR",
        },
        ...OWNERS.map((o, i) => ({
          id: `t-${i}`,
          level: "seller" as const,
          scopeId: o,
          start: (months[2] as Period).start,
          end: (months[3] as Period).end,
          amount: new Dec("50000"),
          currency: "EUR",
        })),
      ] as RevenueTarget[],
      activityTargets: [
        { id: "at-1", level: "company", type: "call", start: year.start, end: year.end, count: new Dec(120) },
        { id: "at-2", level: "company", type: "visit", start: year.start, end: year.end, count: new Dec(48) },
      ] as ActivityTarget[],
    }));
  });
}

/** Loads a dataset into an engine's (empty) tables. */
export async function load(engine: TestEngine, data: Dataset): Promise<void> {
  await engine.truncate();
  const tables = [
    ["orders", data.orders],
    ["deals", data.deals],
    ["activities", data.activities],
    ["revenueTargets", data.revenueTargets],
    ["activityTargets", data.activityTargets],
  ] as const;
  for (const [table, records] of tables)
    for (const query of insertRecordsSql(engine.dialect, table as "orders", records as readonly Order[]))
      await engine.run(query.text, query.params);
}

/** Each headline form's call on a dataset: the SQL call and the in-memory computation. */
export function callsOf(data: Dataset): readonly (readonly [SqlIndicatorCall, () => unknown])[] {
  const { year, months, quarter } = periodsOf(data.zone);
  const timeZone = data.zone;
  const sellers: Seller[] = [
    { id: "ann", teamId: "north" },
    { id: "__proto__", teamId: "south" },
    { id: "bob", teamId: "north" },
  ];
  const march = months[2] as Period;
  const asOf = new Date((months[5] as Period).start.getTime() + 3 * 86_400_000);
  const stageProbabilities = new Map(STAGES.map((s, i) => [s, new Dec(["0.1", "0.4", "0.7"][i] as string)]));
  const rvt = { period: march, targets: data.revenueTargets, timeZone, explain: true } as const;
  const rps = { range: year, grain: "month", timeZone, targets: data.revenueTargets, sellers, asOf } as const;
  const pipe = { asOf, stageProbabilities, timeZone, explain: true } as const;
  const forecast = { period: quarter, targets: data.revenueTargets } as const;
  const lost = { range: year, grain: "quarter", timeZone, explain: true } as const;
  const act = { period: quarter, targets: data.activityTargets, timeZone, asOf } as const;
  return [
    [{ indicator: "revenueVsTarget", options: rvt }, () => revenueVsTarget(data.orders, rvt)],
    [
      { indicator: "revenueVsTargetGrouped", options: { ...rvt, groupBy: "team", sellers } },
      () => revenueVsTargetGrouped(data.orders, { ...rvt, groupBy: "team", sellers }),
    ],
    [
      { indicator: "revenueVsTargetGrouped", options: { ...rvt, groupBy: "customer", top: 2 } },
      () => revenueVsTargetGrouped(data.orders, { ...rvt, groupBy: "customer", top: 2 }),
    ],
    [
      {
        indicator: "revenueVsTargetSeries",
        options: { range: year, grain: "month", targets: data.revenueTargets, timeZone },
      },
      () => revenueVsTargetSeries(data.orders, { range: year, grain: "month", targets: data.revenueTargets, timeZone }),
    ],
    [
      { indicator: "revenuePerSeller", options: { ...rps, activities: true } },
      () => revenuePerSeller(data.orders, { ...rps, activities: data.activities }),
    ],
    [
      { indicator: "revenuePerSeller", options: { range: year, grain: "quarter", timeZone, by: "customer" } },
      () => revenuePerSeller(data.orders, { range: year, grain: "quarter", timeZone, by: "customer" }),
    ],
    [
      { indicator: "pipeline", options: { ...pipe, forecast } },
      () => pipeline(data.deals, { ...pipe, forecast: { ...forecast, orders: data.orders } }),
    ],
    [
      { indicator: "pipelineGrouped", options: { ...pipe, groupBy: "seller", sellers } },
      () => pipelineGrouped(data.deals, { ...pipe, groupBy: "seller", sellers }),
    ],
    [
      {
        indicator: "pipelineSeries",
        options: { ...pipe, range: quarter, grain: "month", targets: data.revenueTargets },
      },
      () =>
        pipelineSeries(data.deals, {
          ...pipe,
          range: quarter,
          grain: "month",
          targets: data.revenueTargets,
          orders: data.orders,
        }),
    ],
    [{ indicator: "lostDeals", options: lost }, () => lostDeals(data.deals, lost)],
    [
      { indicator: "lostDealsGrouped", options: { ...lost, groupBy: "seller" } },
      () => lostDealsGrouped(data.deals, { ...lost, groupBy: "seller" }),
    ],
    [{ indicator: "activityRate", options: act }, () => activityRate(data.activities, act)],
    [
      { indicator: "activityRateGrouped", options: { ...act, groupBy: "team", sellers } },
      () => activityRateGrouped(data.activities, { ...act, groupBy: "team", sellers }),
    ],
    [
      {
        indicator: "activityRateSeries",
        options: { range: quarter, grain: "week", targets: data.activityTargets, timeZone },
      },
      () =>
        activityRateSeries(data.activities, { range: quarter, grain: "week", targets: data.activityTargets, timeZone }),
    ],
  ];
}

/**
 * The dataset with amounts in three currencies (every third record in USD, every seventh in GBP),
 * and the calls that convert them to EUR with dated rates: USD from the year's start, changing in
 * July; GBP only from February (an earlier GBP amount has no rate: MissingExchangeRateError).
 */
export function convertingCallsOf(data: Dataset): {
  readonly data: Dataset;
  readonly calls: readonly (readonly [SqlIndicatorCall, () => unknown])[];
} {
  const { year, months, quarter } = periodsOf(data.zone);
  const currencyOf = (i: number): string => (i % 7 === 6 ? "GBP" : i % 3 === 1 ? "USD" : "EUR");
  const mixed: Dataset = {
    ...data,
    orders: data.orders.map((order, i) => ({ ...order, currency: currencyOf(i) })),
    deals: data.deals.map((deal, i) => ({ ...deal, currency: currencyOf(i + 1) })),
  };
  const exchangeRates = createExchangeRates({
    reportingCurrency: "EUR",
    rates: [
      { currency: "USD", rate: "0.92", validFrom: year.start },
      { currency: "USD", rate: "0.9333333333", validFrom: (months[6] as Period).start },
      { currency: "GBP", rate: "1.17", validFrom: (months[1] as Period).start },
    ],
  });
  const timeZone = data.zone;
  const asOf = new Date((months[5] as Period).start.getTime() + 3 * 86_400_000);
  const stageProbabilities = new Map(STAGES.map((s, i) => [s, new Dec(["0.1", "0.4", "0.7"][i] as string)]));
  const series = { range: year, grain: "month", targets: mixed.revenueTargets, timeZone, exchangeRates } as const;
  const pipe = { asOf, stageProbabilities, timeZone, exchangeRates } as const;
  const forecast = { period: quarter, targets: mixed.revenueTargets } as const;
  const lost = { range: year, grain: "quarter", timeZone, exchangeRates } as const;
  const rps = { range: year, grain: "month", timeZone, exchangeRates } as const;
  return {
    data: mixed,
    calls: [
      [{ indicator: "revenueVsTargetSeries", options: series }, () => revenueVsTargetSeries(mixed.orders, series)],
      [{ indicator: "revenuePerSeller", options: rps }, () => revenuePerSeller(mixed.orders, rps)],
      [
        { indicator: "pipeline", options: { ...pipe, forecast } },
        () => pipeline(mixed.deals, { ...pipe, forecast: { ...forecast, orders: mixed.orders } }),
      ],
      [
        { indicator: "pipelineGrouped", options: { ...pipe, groupBy: "customer", top: 2 } },
        () => pipelineGrouped(mixed.deals, { ...pipe, groupBy: "customer", top: 2 }),
      ],
      [{ indicator: "lostDeals", options: lost }, () => lostDeals(mixed.deals, lost)],
    ],
  };
}

/** A computation's value, or its error's name and message. */
export async function outcome(compute: () => unknown): Promise<unknown> {
  try {
    return { value: await compute() };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** Expects every call on `data` to give in `engine` exactly the in-memory result (or error). */
export async function expectParity(engine: TestEngine, data: Dataset): Promise<void> {
  await load(engine, data);
  for (const [call, inMemory] of callsOf(data)) {
    const expected = await outcome(inMemory);
    const actual = await outcome(() => computeWithSql(engine, call));
    // Exact: decimals equal as values and as their text (JSON writes a Decimal's toString).
    expect(actual, call.indicator).toEqual(expected);
    expect(JSON.stringify(actual), call.indicator).toBe(JSON.stringify(expected));
  }
  const converting = convertingCallsOf(data);
  await load(engine, converting.data);
  for (const [call, inMemory] of converting.calls) {
    const expected = await outcome(inMemory);
    const actual = await outcome(() => computeWithSql(engine, call));
    expect(actual, `${call.indicator} with exchange rates`).toEqual(expected);
    expect(JSON.stringify(actual), `${call.indicator} with exchange rates`).toBe(JSON.stringify(expected));
  }
}

/** Expects rates written by hand (known only through `rateOn`) refused before any query. */
export async function expectHandWrittenRatesRefused(engine: TestEngine): Promise<void> {
  const { engine: counting, queries } = recordingQueries(engine);
  const exchangeRates = { reportingCurrency: "EUR", rateOn: () => new Dec("0.92") };
  const error: unknown = await computeWithSql(counting, {
    indicator: "lostDeals",
    options: { range: RANGE, exchangeRates },
  }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SqlNotSupportedError);
  expect((error as SqlNotSupportedError).indicator).toBe("lostDeals");
  expect((error as SqlNotSupportedError).missing).toMatch(/not built by createExchangeRates/);
  expect(queries).toEqual([]);
}

/**
 * Expects a plan with the `reached` measure (each customer's furthest deal stage, per stage and
 * owner, amounts beside it so that currencies split the rows) to give in `engine` exactly the
 * in-memory cells.
 */
export async function expectReachedParity(engine: TestEngine, data: Dataset): Promise<void> {
  await load(engine, data);
  const plan = {
    table: "deals",
    time: "createdAt",
    window: { from: null, to: null },
    groupBy: [{ column: "owner" }],
    measures: {
      reached: { kind: "reached", key: "customer", column: "stage", ranks: [...STAGES].reverse() },
      deals: { kind: "count" },
    },
  } as const;
  const query = planToSql(plan, engine.dialect);
  const rows = await engine.query(query.text, query.params);
  const fromSql = cellsFromSqlRows(plan, rows, new CurrencyGuard({}));
  const inMemory = executePlan(plan, dealTable(data.deals) as unknown as AnyColumns);
  expect(fromSql.keys).toEqual(inMemory.keys);
  for (const owner of inMemory.keys[0] ?? []) expect(fromSql.total(owner)).toEqual(inMemory.total(owner));
  expect(fromSql.total("nobody")).toEqual(inMemory.total("nobody"));
}
