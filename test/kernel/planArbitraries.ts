/**
 * The arbitraries of the kernel's properties (random tables of every kind and random plans over
 * them: amounts past 2^53 units, negative and many-decimal amounts, empty windows, records on
 * bucket edges, DST zones, owners and values named __proto__), and a dump of every cell of a
 * result, shared by the executor's and the partial states' properties.
 *
 * @module
 */
import { fc } from "@fast-check/vitest";
import type { Decimal } from "decimal.js";
import { createExchangeRates } from "../../src/money/exchangeRates.js";
import { CurrencyGuard } from "../../src/money/currencyGuard.js";
import { Dec } from "../../src/money/dec.js";
import type { Activity, Deal, Order } from "../../src/model/types.js";
import { splitRange } from "../../src/period/splitRange.js";
import type { Grain } from "../../src/period/types.js";
import { activityTable } from "../../src/table/activityTable.js";
import { dealTable } from "../../src/table/dealTable.js";
import { orderTable } from "../../src/table/orderTable.js";
import type { AnyColumns } from "../../src/table/kernel/planColumns.js";
import type { Cells } from "../../src/table/kernel/executePlan.js";
import type {
  AggregationPlan,
  AmountColumnName,
  CodedColumnName,
  DecimalColumnName,
  GroupKey,
  Measure,
  Predicate,
  TimeColumnName,
} from "../../src/table/kernel/plan.js";
import type { TableKind } from "../../src/table/_columns.js";
import { RECORD_TABLE_COLUMNS, recordColumns } from "../../src/table/recordTable.js";
import { PLAN_COLUMNS } from "../../src/table/kernel/plan.js";

export const NAMES = ["a", "b", "__proto__", "constructor"] as const;
export const ZONES = ["UTC", "Europe/Paris", "Australia/Lord_Howe", "America/New_York"] as const;
export const GRAINS: readonly Grain[] = ["day", "week", "month", "quarter"];
export const T0 = Date.UTC(2026, 0, 1);
export const SPAN = 200 * 86_400_000;

/** Instants at random milliseconds, and at midnights of the zones above (where bucket edges fall). */
export const instant = fc.oneof(
  fc.integer({ min: T0 - 5 * 86_400_000, max: T0 + SPAN }),
  fc
    .tuple(fc.integer({ min: -5, max: 200 }), fc.constantFrom(0, -60, -120, 300, 240, -630, -660))
    .map(([day, offset]) => T0 + day * 86_400_000 + offset * 60_000),
);
export const date = instant.map((t) => new Date(t));
export const amount: fc.Arbitrary<Decimal> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((cents) => new Dec(cents).div(100)),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map((units) => new Dec(units.toString()).div(10_000)),
  fc
    .tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 5, max: 12 }))
    .map(([n, places]) => new Dec(n).div(new Dec(10).pow(places))),
);
export const probability: fc.Arbitrary<Decimal> = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map((p) => new Dec(p).div(100)),
  fc.integer({ min: 0, max: 999_999 }).map((p) => new Dec(p).div(1_000_000)),
);
export const name = fc.constantFrom(...NAMES);
export const currency = fc.constantFrom("EUR", "EUR", "EUR", "USD");
export const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

export const order: fc.Arbitrary<Omit<Order, "id">> = fc.record({
  date,
  amount,
  currency,
  sellerId: name,
  customerId: name,
});
export const deal: fc.Arbitrary<Omit<Deal, "id">> = fc
  .record({
    ownerId: name,
    customerId: opt(name),
    amount,
    currency,
    stage: name,
    probability: opt(probability),
    createdAt: date,
    expectedCloseDate: opt(date),
    status: fc.constantFrom("open", "won", "lost"),
    closedAt: date,
    lossReason: opt(name),
    competitor: opt(name),
  })
  .map(({ status, closedAt, lossReason, competitor, ...rest }) =>
    status === "open"
      ? { ...rest, status }
      : { ...rest, status, closedAt, ...(status === "lost" ? { lossReason, competitor } : {}) },
  );
export const activity: fc.Arbitrary<Omit<Activity, "id">> = fc.record({
  ownerId: name,
  customerId: opt(name),
  type: name,
  date,
  status: fc.constantFrom("done", "planned", "cancelled"),
});

export function withIds<T>(records: readonly T[], prefix: string): (T & { id: string })[] {
  // Ids out of table order too, so that "by time then id" sorts differ from table order.
  return records.map((record, i) => ({ ...record, id: `${prefix}${(i * 7) % 11}-${i}` }));
}

// Records of the generic record tables (recordTable.ts): one kind with several instants and no
// amount, one with decimals and no owner, one with an amount, one with a boolean.
export const request = fc.record({
  ownerId: name,
  customerId: opt(name),
  kind: fc.constantFrom("tender", "specification", "request"),
  status: fc.constantFrom("open", "processed", "declined"),
  receivedAt: date,
  firstResponseAt: opt(date),
  respondedAt: opt(date),
  processedAt: opt(date),
  dueAt: opt(date),
});
export const survey = fc.record({ customerId: name, date, score: amount, scaleMin: opt(amount), scaleMax: amount });
export const penalty = fc.record({
  customerId: name,
  date,
  amount,
  currency,
  orderId: opt(name),
  deliveryId: opt(name),
});
export const delivery = fc.record({
  orderId: name,
  customerId: name,
  promisedAt: date,
  requestedAt: opt(date),
  deliveredAt: opt(date),
  conforming: fc.boolean(),
  nonConformityReason: opt(name),
});

export type KernelRecord = { readonly id: string };
export type TableCase = { readonly kind: TableKind; readonly records: readonly KernelRecord[] };

export const tableArb: fc.Arbitrary<TableCase> = fc.oneof(
  fc.array(order, { maxLength: 30 }).map((r) => ({ kind: "orders" as const, records: withIds(r, "o") })),
  fc.array(deal, { maxLength: 30 }).map((r) => ({ kind: "deals" as const, records: withIds(r, "d") })),
  fc.array(activity, { maxLength: 30 }).map((r) => ({ kind: "activities" as const, records: withIds(r, "a") })),
  fc.array(request, { maxLength: 30 }).map((r) => ({ kind: "requests" as const, records: withIds(r, "r") })),
  fc.array(survey, { maxLength: 30 }).map((r) => ({ kind: "surveys" as const, records: withIds(r, "s") })),
  fc.array(penalty, { maxLength: 30 }).map((r) => ({ kind: "penalties" as const, records: withIds(r, "p") })),
  fc.array(delivery, { maxLength: 30 }).map((r) => ({ kind: "deliveries" as const, records: withIds(r, "v") })),
);

export const VALUES: Readonly<Partial<Record<CodedColumnName, readonly (string | null)[]>>> = {
  status: ["open", "won", "lost", "done", "planned", "cancelled", "processed", "declined"],
  currency: ["EUR", "USD"],
  kind: ["tender", "specification", "request"],
  conforming: ["true", "false"],
  id: ["o0-0", "d7-1", "r0-0", "r7-1", "s3-2"],
};

/** The columns plans may read in a table kind. */
export function columnsOfKind(kind: TableKind): {
  readonly time: readonly TimeColumnName[];
  readonly coded: readonly CodedColumnName[];
  readonly decimal: readonly DecimalColumnName[];
  readonly amount: readonly AmountColumnName[];
} {
  const columns =
    kind === "orders" || kind === "deals" || kind === "activities" ? PLAN_COLUMNS[kind] : RECORD_TABLE_COLUMNS[kind];
  return { ...columns, coded: [...columns.coded, "id"] };
}

/** "Value in a set" predicates over the coded columns of a table kind. */
export function inPredicateArb(kind: TableKind): fc.Arbitrary<Predicate> {
  return fc
    .constantFrom<CodedColumnName>(...columnsOfKind(kind).coded)
    .chain((column) =>
      fc
        .subarray([...(VALUES[column] ?? NAMES), null] as (string | null)[])
        .map((values): Predicate => ({ kind: "in", column, values })),
    );
}

export function planArb(kind: TableKind): fc.Arbitrary<AggregationPlan> {
  const columns = columnsOfKind(kind);
  const time = fc.constantFrom<TimeColumnName>(...columns.time);
  const coded = fc.constantFrom<CodedColumnName>(...columns.coded);
  const valuesOf = (column: CodedColumnName): fc.Arbitrary<(string | null)[]> =>
    fc.subarray([...(VALUES[column] ?? NAMES), null] as (string | null)[]);
  const predicate: fc.Arbitrary<Predicate> = fc.oneof(
    coded.chain((column) => valuesOf(column).map((values): Predicate => ({ kind: "in", column, values }))),
    fc.record({
      kind: fc.constant("time" as const),
      column: time,
      op: fc.constantFrom("<", "<=", ">=", ">") as fc.Arbitrary<"<">,
      value: instant,
      orAbsent: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant("present" as const),
      column: fc.constantFrom(...columns.time, ...columns.coded, ...columns.decimal),
      present: fc.boolean(),
    }) as fc.Arbitrary<Predicate>,
  );
  const groupKey: fc.Arbitrary<GroupKey> = coded.chain((column) =>
    fc.record(
      {
        column: fc.constant(column),
        keys: fc.subarray([...(VALUES[column] ?? NAMES), null] as (string | null)[]),
        relabel: fc.array(fc.tuple(name, fc.constantFrom("t1", "t2", "__proto__")), { maxLength: 4 }),
      },
      { requiredKeys: ["column"] },
    ),
  );
  const measures = fc.dictionary(
    fc.constantFrom("m1", "m2", "m3"),
    fc.oneof(
      fc.constant<Measure>({ kind: "count" }),
      ...(columns.amount.length > 0 ? [fc.constant<Measure>({ kind: "sum", column: "amount" })] : []),
      ...(columns.decimal.length > 0
        ? [
            fc.constantFrom(...columns.decimal).map((column): Measure => ({ kind: "decimalSum", column })),
            fc.constantFrom(...columns.decimal).map((column): Measure => ({ kind: "decimalValues", column })),
            fc.constantFrom(...columns.decimal).map((column): Measure => ({ kind: "decimalStats", column })),
            fc
              .subarray([...columns.decimal], { minLength: 1 })
              .map((picked): Measure => ({ kind: "decimalTally", columns: picked })),
          ]
        : []),
      time.map((column): Measure => ({ kind: "timeValues", column })),
      fc
        .record({ from: time, to: fc.oneof(time, instant), floorAtZero: fc.boolean() })
        .map(({ from, to, floorAtZero }): Measure => ({ kind: "spanStats", from, to, floorAtZero })),
      ...(kind === "deals"
        ? [
            fc.constant<Measure>({
              kind: "weightedSum",
              column: "amount",
              weight: "probability",
              fallback: {
                column: "stage",
                values: NAMES.map((n, i) => [n, ["0.1", "0.35", "0.123456", "0"][i] as string]),
              },
            }),
          ]
        : []),
      coded.map((column): Measure => ({ kind: "distinct", column })),
      coded.map((column): Measure => ({ kind: "codeValues", column })),
      fc.tuple(coded, coded).chain(([key, column]) =>
        fc
          .array(fc.constantFrom(...(VALUES[column] ?? NAMES).filter((v): v is string => v !== null)), {
            maxLength: 4,
          })
          .map((ranks): Measure => ({ kind: "reached", key, column, ranks })),
      ),
      fc.record({ kind: fc.constantFrom("min", "max"), column: time }) as fc.Arbitrary<Measure>,
      fc.constantFrom("table", "time").map((order): Measure => ({ kind: "ids", order })),
    ),
    { minKeys: 1, maxKeys: 3 },
  );
  const window = fc.oneof(
    fc.record({ from: fc.constant(T0), to: fc.constant(T0 + SPAN) }),
    fc.tuple(instant, instant).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
    fc
      .record({ from: fc.option(instant), to: fc.option(instant) })
      .map(({ from, to }) => (from !== null && to !== null && from > to ? { from: to, to: from } : { from, to })),
  );
  return fc
    .record({
      time,
      window,
      grain: fc.option(fc.record({ grain: fc.constantFrom(...GRAINS), zone: fc.constantFrom(...ZONES) })),
      owners: opt(fc.subarray([...NAMES, "nobody"])),
      where: fc.array(predicate, { maxLength: 2 }),
      groupBy: fc.array(groupKey, { maxLength: 2 }),
      measures,
      convertAt: fc.option(instant),
      visit: fc.constantFrom<"table" | "groups">("table", "groups"),
      cut: fc.option(instant),
    })
    .map(({ time, window: range, grain, owners, where, groupBy, measures, convertAt, visit, cut }) => {
      let buckets: number[] | undefined;
      let window = range;
      // Bucket starts from splitRange, as indicators make them (DST zones, uneven months).
      if (
        grain !== null &&
        window.from !== null &&
        window.to !== null &&
        window.from < window.to &&
        window.to - window.from < 400 * 86_400_000
      ) {
        const split = splitRange({ start: new Date(window.from), end: new Date(window.to) }, grain.grain, {
          timeZone: grain.zone,
        });
        buckets = split.map((bucket) => bucket.start.getTime());
        // A series cut at asOf: the window ends before the last buckets start.
        if (cut !== null && cut > window.from && cut < window.to) window = { from: window.from, to: cut };
      }
      // Sums convert at the time column, which must then be present on every summed row.
      const at = convertAt ?? undefined;
      return {
        table: kind,
        time,
        window,
        ...(buckets === undefined ? {} : { buckets }),
        ...(owners === undefined ? {} : { owners }),
        where,
        groupBy,
        measures,
        ...(at === undefined ? {} : { convertAt: at }),
        visit,
      };
    });
}

export function tableOf(kind: TableKind, records: readonly KernelRecord[]): AnyColumns {
  if (kind === "orders") return orderTable(records as Order[]) as unknown as AnyColumns;
  if (kind === "deals") return dealTable(records as Deal[]) as unknown as AnyColumns;
  if (kind === "activities") return activityTable(records as Activity[]) as unknown as AnyColumns;
  return recordColumns(kind, records);
}

/** Every cell of a result (each bucket x each key combination, and the totals), with decimals as text. */
export function dump(cells: Cells<Readonly<Record<string, Measure>>>): unknown {
  const combos = cells.keys.reduce<(string | null)[][]>(
    (acc, keys) => acc.flatMap((combo) => keys.map((key) => [...combo, key])),
    [[]],
  );
  // Decimals as text: equal values with different internal digits compare equal.
  const text = (v: unknown): unknown => (typeof v === "object" && v !== null ? (v as Decimal).toString() : v);
  const show = (values: object): unknown =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v.map(text) : text(v)]));
  return {
    keys: cells.keys,
    cells: combos.flatMap((combo) => [
      ...Array.from({ length: cells.bucketCount }, (_, bucket) => ({
        bucket,
        combo,
        values: show(cells.get(bucket, ...combo)),
      })),
      { bucket: "total", combo, values: show(cells.total(...combo)) },
    ]),
  };
}

export function outcome(run: () => Cells<Readonly<Record<string, Measure>>>): unknown {
  try {
    return dump(run());
  } catch (error) {
    return { error: (error as Error).name, message: (error as Error).message };
  }
}

export const rates = createExchangeRates({
  reportingCurrency: "EUR",
  rates: [{ currency: "USD", rate: "0.9137", validFrom: new Date(T0 - 400 * 86_400_000) }],
});
export const guardOptions = fc.constantFrom<() => CurrencyGuard>(
  () => new CurrencyGuard({}),
  () => new CurrencyGuard({ currency: "EUR" }),
  () => new CurrencyGuard({ exchangeRates: rates }),
);
