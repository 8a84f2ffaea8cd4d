/**
 * The reference executor: the meaning of an aggregation plan, written record by record with plain
 * `Decimal` and `Date` values and no typed array, short enough to check by eye. The properties hold
 * `executePlan` (the fast executor over tables) equal to it, the way simple-statistics keeps
 * `sum_simple` beside `sum`.
 */
import type { Decimal } from "decimal.js";
import { CurrencyGuard } from "../../src/money/currencyGuard.js";
import { tallyOfTuples } from "../../src/table/kernel/decimalTally.js";
import { Dec, median, ZERO } from "../../src/money/dec.js";
import type { Activity, Deal, Order } from "../../src/model/types.js";
import type { TableKind } from "../../src/table/_columns.js";
import type { Cells, CellValues, PlanRunner } from "../../src/table/kernel/executePlan.js";
import type { AggregationPlan, Measure, Predicate } from "../../src/table/kernel/plan.js";

/** Any record a plan reads: orders, deals, activities, and the extended catalogue's records. */
type AnyRecord = { readonly id: string };
type Field = Date | Decimal | string | boolean | undefined;

/** A record's value of a plan column (`owner` is its `sellerId` or `ownerId`, `customer` its `customerId`). */
function field(record: AnyRecord, column: string): Field {
  const r = record as unknown as Record<string, Field>;
  switch (column) {
    case "owner":
      return r.sellerId ?? r.ownerId;
    case "customer":
      return r.customerId;
    default: {
      // A duration in minutes is a JavaScript number in the record, a decimal column in the table.
      const value = r[column] as Field | number;
      return typeof value === "number" ? new Dec(value) : value;
    }
  }
}

function time(record: AnyRecord, column: string): number | null {
  const value = field(record, column) as Date | undefined;
  return value === undefined ? null : value.getTime();
}

function text(record: AnyRecord, column: string): string | null {
  const value = field(record, column);
  return typeof value === "boolean" ? String(value) : ((value as string | undefined) ?? null);
}

function passes(record: AnyRecord, predicate: Predicate): boolean {
  switch (predicate.kind) {
    case "in":
      return predicate.values.includes(text(record, predicate.column));
    case "time": {
      const t = time(record, predicate.column);
      if (t === null) return predicate.orAbsent === true;
      const v = predicate.value;
      return predicate.op === "<" ? t < v : predicate.op === "<=" ? t <= v : predicate.op === ">=" ? t >= v : t > v;
    }
    case "present":
      return (field(record, predicate.column) !== undefined) === predicate.present;
  }
}

/** Runs `plan` over `records` (its table's records, in table order) with `guard`. */
export function referenceExecute<M extends Readonly<Record<string, Measure>>>(
  plan: AggregationPlan<M>,
  records: readonly AnyRecord[],
  guard: CurrencyGuard,
): Cells<M> {
  const from = plan.window.from ?? -Infinity;
  const to = plan.window.to ?? Infinity;
  const groupBy = plan.groupBy ?? [];
  const labelOf = groupBy.map((spec) => (spec.relabel === undefined ? null : new Map([...spec.relabel].reverse())));
  const rankOf = groupBy.map(
    (spec) => new Map([...(spec.relabel ?? [])].reverse().map(([value], i, all) => [value, all.length - 1 - i])),
  );

  // 1. The records kept, in table order, with their bucket and their group values.
  const kept: { record: AnyRecord; index: number; bucket: number; values: (string | null)[] }[] = [];
  records.forEach((record, index) => {
    const t = time(record, plan.time);
    if (t === null || t < from || t >= to) return;
    if (plan.owners !== undefined && !plan.owners.includes(text(record, "owner") as string)) return;
    if (!(plan.where ?? []).every((predicate) => passes(record, predicate))) return;
    const values: (string | null)[] = [];
    for (const [j, spec] of groupBy.entries()) {
      const value = text(record, spec.column);
      const labels = labelOf[j];
      if (labels == null) values.push(value);
      else if (value !== null && labels.has(value)) values.push(labels.get(value) as string);
      else return; // a relabelled value without a label: left out
    }
    const starts = plan.buckets ?? [from];
    let bucket = 0;
    while (bucket + 1 < starts.length && (starts[bucket + 1] as number) <= t) bucket++;
    kept.push({ record, index, bucket, values });
  });

  // 2. Each column's keys: those listed, then the others in order of first appearance.
  const keys = groupBy.map((spec, j) => {
    const list = [...new Set(spec.keys ?? [])];
    for (const row of kept)
      if (!list.includes(row.values[j] as string | null)) list.push(row.values[j] as string | null);
    return list;
  });

  // 3. The order amounts meet the guard.
  const visit = [...kept];
  if (plan.visit === "groups" && groupBy.length > 0) {
    const rank = (row: (typeof kept)[number]): number =>
      rankOf[0]?.get(text(row.record, (groupBy[0] as { column: string }).column) as string) ?? 0;
    visit.sort(
      (a, b) =>
        keys[0]!.indexOf(a.values[0] ?? null) - keys[0]!.indexOf(b.values[0] ?? null) ||
        rank(a) - rank(b) ||
        a.index - b.index,
    );
  }
  const convertDate = (record: AnyRecord): Date => {
    const at = plan.convertAt ?? plan.time;
    return typeof at === "number" ? new Date(at) : (field(record, at) as Date);
  };

  // 4. Each measure, record by record, measure after measure.
  const perRow = new Map<AnyRecord, Record<string, unknown>>();
  for (const row of kept) perRow.set(row.record, {});
  for (const [name, measure] of Object.entries(plan.measures)) {
    if (measure.kind === "sum") {
      for (const { record } of visit) {
        (perRow.get(record) as Record<string, unknown>)[name] = guard.convert(
          field(record, measure.column) as Decimal,
          field(record, "currency") as string,
          convertDate(record),
        );
      }
    } else if (measure.kind === "weightedSum") {
      const fallback = new Map([...(measure.fallback?.values ?? [])].reverse());
      const weights = kept.map(({ record }) => {
        const own = field(record, measure.weight) as Decimal | undefined;
        const stage = measure.fallback === undefined ? null : text(record, measure.fallback.column);
        const weight =
          own ?? (stage === null || !fallback.has(stage) ? undefined : new Dec(fallback.get(stage) as string));
        if (weight === undefined) throw new Error(`row ${record.id} has no weight`);
        return weight;
      });
      const weightOf = new Map(kept.map(({ record }, i) => [record, weights[i] as Decimal]));
      for (const { record } of visit) {
        const r = record as Deal;
        (perRow.get(record) as Record<string, unknown>)[name] = new Dec(
          guard.convert(field(record, measure.column) as Decimal, r.currency, convertDate(record)),
        ).times(weightOf.get(record) as Decimal);
      }
    }
  }

  function valuesOf(rows: readonly (typeof kept)[number][]): CellValues<M> {
    const values: Record<string, unknown> = {};
    for (const [name, measure] of Object.entries(plan.measures)) {
      switch (measure.kind) {
        case "count":
          values[name] = rows.length;
          break;
        case "sum":
        case "weightedSum": {
          const total = rows.reduce(
            (sum: Decimal, row) => sum.plus((perRow.get(row.record) as Record<string, Decimal>)[name] as Decimal),
            ZERO,
          );
          values[name] = total.isZero() ? ZERO : total;
          break;
        }
        case "distinct":
          values[name] = new Set(
            rows.map((row) => text(row.record, measure.column)).filter((value) => value !== null),
          ).size;
          break;
        case "min":
        case "max": {
          const times = rows.map((row) => time(row.record, measure.column)).filter((t): t is number => t !== null);
          values[name] = times.length === 0 ? null : measure.kind === "min" ? Math.min(...times) : Math.max(...times);
          break;
        }
        case "decimalSum": {
          const total = rows.reduce(
            (sum: Decimal, row) => sum.plus((field(row.record, measure.column) as Decimal | undefined) ?? ZERO),
            ZERO,
          );
          values[name] = total.isZero() ? ZERO : total;
          break;
        }
        case "timeValues":
          values[name] = rows.map((row) => time(row.record, measure.column));
          break;
        case "decimalValues":
          values[name] = rows.map((row) => (field(row.record, measure.column) as Decimal | undefined) ?? null);
          break;
        case "decimalStats": {
          const present = rows
            .map((row) => field(row.record, measure.column) as Decimal | undefined)
            .filter((value): value is Decimal => value !== undefined);
          const sum = present.reduce((total: Decimal, value) => total.plus(value), ZERO);
          values[name] = { count: present.length, sum: sum.isZero() ? ZERO : sum, median: median(present) };
          break;
        }
        case "decimalTally":
          values[name] = tallyOfTuples(
            rows.map((row) =>
              measure.columns.map((column) => (field(row.record, column) as Decimal | undefined) ?? null),
            ),
          );
          break;
        case "codeValues":
          values[name] = rows.map((row) => text(row.record, measure.column));
          break;
        case "spanStats": {
          // Record by record: each row's span in bigint ms, sorted; the middles are read off the sorted list.
          const spans: bigint[] = [];
          let positive = 0;
          for (const row of rows) {
            const start = time(row.record, measure.from);
            const end = typeof measure.to === "number" ? measure.to : time(row.record, measure.to);
            if (start === null || end === null) continue;
            const span = BigInt(end) - BigInt(start);
            if (span > 0n) positive++;
            spans.push(measure.floorAtZero === true && span < 0n ? 0n : span);
          }
          spans.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          const n = spans.length;
          values[name] = {
            count: n,
            positive,
            sum: spans.reduce((total, span) => total + span, 0n),
            lowMiddle: n === 0 ? null : spans[Math.floor((n - 1) / 2)],
            highMiddle: n === 0 ? null : spans[Math.floor(n / 2)],
          };
          break;
        }
        case "reached":
          // Reaching rank k: a row whose value is one of ranks[k..] (SQL's reading, not the kernel's furthest rank).
          values[name] = measure.ranks.map(
            (_, k) =>
              new Set(
                rows
                  .filter((row) => measure.ranks.slice(k).includes(text(row.record, measure.column) as string))
                  .map((row) => text(row.record, measure.key))
                  .filter((key) => key !== null),
              ).size,
          );
          break;
        case "ids": {
          const sorted = [...rows].sort((a, b) =>
            measure.order === "time"
              ? (time(a.record, plan.time) as number) - (time(b.record, plan.time) as number) ||
                (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0)
              : a.index - b.index,
          );
          values[name] = sorted.map((row) => row.record.id);
          break;
        }
      }
    }
    return values as CellValues<M>;
  }

  const inCell = (bucket: number | null, wanted: readonly (string | null)[]) =>
    kept.filter((row) => (bucket === null || row.bucket === bucket) && wanted.every((key, j) => row.values[j] === key));
  return {
    bucketCount: (plan.buckets ?? [from]).length,
    keys,
    get: (bucket, ...wanted) => valuesOf(inCell(bucket, wanted)),
    total: (...wanted) => valuesOf(inCell(null, wanted)),
  };
}

/** A plan runner over records, through {@link referenceExecute}: the twin of `tableRunner`. */
export function referenceRunner(
  records: {
    readonly orders?: readonly Order[];
    readonly deals?: readonly Deal[];
    readonly activities?: readonly Activity[];
  } & { readonly [K in TableKind]?: readonly AnyRecord[] },
): PlanRunner {
  return (plan, guard) => {
    const list = records[plan.table];
    if (list === undefined) throw new Error(`no ${plan.table} were given to read`);
    return referenceExecute(plan, list, guard ?? new CurrencyGuard({}));
  };
}
