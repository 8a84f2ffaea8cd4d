/**
 * The rows of a plan's query (`planSql.ts`) folded into the `Cells` that `executePlan` gives in
 * memory: group keys in the same order (listed keys, then the others by first appearance in table
 * order), amounts through the computation's currency guard, exact sums, lists in table order.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { InvalidArgumentError, MissingExchangeRateError, SqlNotSupportedError } from "../errors/index.js";
import type { CurrencyGuard } from "../money/currencyGuard.js";
import { Dec, unsignedZero, ZERO } from "../money/dec.js";
import type { Cells, CellValues } from "../table/kernel/executePlan.js";
import type { AggregationPlan, Measure } from "../table/kernel/plan.js";
import { hasMoney, SQL_CELL, weightedOf, type SqlRates } from "./planSql.js";
import { sqlRatesOf } from "./_sqlRates.js";
import { statsOfDecimals } from "../table/kernel/decimalStats.js";
import { statsOfSpans } from "../table/kernel/spanStats.js";
import { reachedOfPairs, type ReachPair } from "../table/kernel/reachedRanks.js";

/** A row as a driver gives it: column name to value. */
export type SqlRow = Readonly<Record<string, unknown>>;

/** One result row, read. */
interface Part {
  readonly bucket: number;
  readonly keys: readonly (string | null)[];
  readonly currency: string | null;
  readonly weight: string | null;
  readonly firstId: string | null;
  /** With exchange rates: the index of the rate in force (`-1`: none), the first row's instant of conversion. */
  readonly rate: number | null;
  readonly firstAt: number | null;
  readonly first: number;
  readonly rows: readonly number[];
  readonly times: readonly (number | null)[];
  readonly measures: readonly unknown[];
}

/** A driver's value as text (`null` for SQL `NULL`); numbers and bigints as their decimal text. */
function textOf(value: unknown, column: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  throw new InvalidArgumentError(`the SQL rows' column ${column} holds a ${typeof value}, not text`);
}

function numberOf(value: unknown, column: string): number {
  const text = textOf(value, column);
  const n = text === null ? Number.NaN : Number(text);
  if (!Number.isSafeInteger(n)) throw new InvalidArgumentError(`the SQL rows' column ${column} is not a whole number`);
  return n;
}

/** A JSON list column (text, or already parsed by the driver); `NULL` is the empty list. */
function listOf(value: unknown, column: string): unknown[] {
  if (value === null || value === undefined) return [];
  const parsed: unknown = typeof value === "string" ? JSON.parse(value) : value;
  if (!Array.isArray(parsed)) throw new InvalidArgumentError(`the SQL rows' column ${column} is not a JSON list`);
  return parsed;
}

function timeOf(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

function decimalOf(value: unknown): Decimal | null {
  const text = textOf(value, "of decimal values");
  return text === null ? null : new Dec(text);
}

/** A `"rank:key"` text of a `reached` measure (the key may hold colons; the rank does not). */
function reachPairOf(text: string): ReachPair {
  const colon = text.indexOf(":");
  return [text.slice(colon + 1), Number(text.slice(0, colon))];
}

function readPart(row: SqlRow, plan: AggregationPlan): Part {
  const measures = Object.values(plan.measures).map((measure, i) => {
    const column = SQL_CELL.measure(i);
    const value = row[column];
    switch (measure.kind) {
      case "distinct":
      case "ids":
        return listOf(value, column).map((v) => textOf(v, column));
      case "timeValues":
        return listOf(value, column).map(timeOf);
      case "decimalValues":
      case "decimalStats":
        return listOf(value, column).map(decimalOf);
      case "codeValues":
        return listOf(value, column).map((v) => textOf(v, column));
      case "spanStats":
        return listOf(value, column).map((v) => {
          const text = textOf(v, column);
          return text === null ? null : BigInt(text);
        });
      case "reached":
        return listOf(value, column).map((v) => reachPairOf(textOf(v, column) as string));
      default:
        return textOf(value, column);
    }
  });
  return {
    bucket: numberOf(row[SQL_CELL.bucket], SQL_CELL.bucket),
    keys: (plan.groupBy ?? []).map((_, j) => textOf(row[SQL_CELL.key(j)], SQL_CELL.key(j))),
    currency: textOf(row[SQL_CELL.currency], SQL_CELL.currency),
    weight: textOf(row[SQL_CELL.weight], SQL_CELL.weight),
    firstId: textOf(row[SQL_CELL.firstId], SQL_CELL.firstId),
    rate: row[SQL_CELL.rate] === undefined ? null : numberOf(row[SQL_CELL.rate], SQL_CELL.rate),
    firstAt: timeOf(row[SQL_CELL.firstAt]),
    first: numberOf(row[SQL_CELL.first], SQL_CELL.first),
    rows: listOf(row[SQL_CELL.rows], SQL_CELL.rows).map((v) => Number(v)),
    times: listOf(row[SQL_CELL.times], SQL_CELL.times).map(timeOf),
    measures,
  };
}

/** Adds exact sums; an empty or zero total is an unsigned zero, as in memory. */
function total(values: readonly Decimal[]): Decimal {
  let sum: Decimal = ZERO;
  for (const value of values) sum = sum.plus(value);
  return unsignedZero(sum);
}

/** The values of a list measure over several parts, in table order (by `_row`). */
function inTableOrder(parts: readonly Part[], i: number): { row: number; value: unknown; time: number | null }[] {
  const entries = parts.flatMap((part) =>
    (part.measures[i] as readonly unknown[]).map((value, n) => ({
      row: part.rows[n] as number,
      value,
      time: part.times[n] ?? null,
    })),
  );
  return entries.sort((a, b) => a.row - b.row);
}

/** A part's amounts in the computation's currency: times the rate in force, when converting. */
type Converter = (part: Part, amount: Decimal) => Decimal;

function measureOf(measure: Measure, parts: readonly Part[], i: number, convert: Converter): unknown {
  switch (measure.kind) {
    case "count":
      return parts.reduce((n, part) => n + Number(part.measures[i] as string), 0);
    case "sum":
      return total(
        parts.map((part) => (part.measures[i] === null ? ZERO : convert(part, new Dec(part.measures[i] as string)))),
      );
    case "decimalSum":
      return total(parts.map((part) => (part.measures[i] === null ? ZERO : new Dec(part.measures[i] as string))));
    case "weightedSum":
      return total(
        parts.map((part) =>
          part.measures[i] === null
            ? ZERO
            : convert(part, new Dec(part.measures[i] as string)).times(part.weight as string),
        ),
      );
    case "distinct":
      return new Set(parts.flatMap((part) => part.measures[i] as readonly string[])).size;
    case "min":
    case "max": {
      const times = parts
        .map((part) => part.measures[i])
        .filter((t): t is string => t !== null)
        .map(Number);
      if (times.length === 0) return null;
      return measure.kind === "min" ? Math.min(...times) : Math.max(...times);
    }
    case "ids": {
      const ids = inTableOrder(parts, i) as { row: number; value: string; time: number | null }[];
      if (measure.order === "time")
        ids.sort(
          (a, b) => (a.time as number) - (b.time as number) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
        );
      return ids.map((entry) => entry.value);
    }
    case "timeValues":
    case "decimalValues":
    case "codeValues":
      return inTableOrder(parts, i).map((entry) => entry.value);
    case "decimalTally":
      // planToSql refuses the measure: no query result holds it.
      throw new SqlNotSupportedError("a plan", "the decimalTally measure has no SQL form");
    case "decimalStats":
      return statsOfDecimals(
        parts
          .flatMap((part) => part.measures[i] as readonly (Decimal | null)[])
          .filter((v): v is Decimal => v !== null),
      );
    case "spanStats":
      return statsOfSpans(
        parts.flatMap((part) => part.measures[i] as readonly (bigint | null)[]),
        measure.floorAtZero === true,
      );
    case "reached":
      return reachedOfPairs(
        measure.ranks.length,
        parts.flatMap((part) => part.measures[i] as readonly ReachPair[]),
      );
  }
}

/**
 * Checks the currencies of a plan's amounts with `guard`, in table order of their first row: the
 * first sets the computation's currency when none is set yet, another one is refused
 * (`MixedCurrencyError`), as the in-memory executor does for amounts met in table order.
 */
function checkCurrencies(parts: readonly Part[], guard: CurrencyGuard, rates: SqlRates | null): Converter {
  const firstOf = new Map<string, number>();
  for (const part of parts) {
    const currency = part.currency as string;
    const seen = firstOf.get(currency);
    if (seen === undefined || part.first < seen) firstOf.set(currency, part.first);
  }
  const order = [...firstOf].sort((a, b) => a[1] - b[1]).map(([currency]) => currency);
  if (rates === null) {
    for (const currency of order) guard.convert(ZERO, currency, new Date(0));
    return (_part, amount) => amount;
  }
  // Converting: the first row (table order) whose currency has no rate in force is refused.
  const missing = parts
    .filter((part) => part.currency !== rates.reportingCurrency && (part.rate ?? -1) < 0)
    .sort((a, b) => a.first - b.first)[0];
  if (missing !== undefined)
    throw new MissingExchangeRateError(
      missing.currency as string,
      rates.reportingCurrency,
      new Date(missing.firstAt ?? 0),
    );
  return (part, amount) => {
    if (part.currency === rates.reportingCurrency) return amount;
    const rate = rates.series.get(part.currency as string)?.rates[part.rate as number];
    if (rate === undefined) throw new InvalidArgumentError("the SQL rows' rate index is not one of the rates");
    return new Dec(amount).times(rate);
  };
}

/**
 * The cells of `plan` from the rows of its query, with the computation's `guard`.
 *
 * @throws MixedCurrencyError when the amounts mix currencies without exchange rates
 * @throws MissingExchangeRateError when converting and an amount's currency has no rate in force
 * @throws SqlNotSupportedError when converting with rates not built by `createExchangeRates`
 * @throws InvalidArgumentError for rows not of the plan's query, or a weighted row with no weight
 */
export function cellsFromSqlRows<M extends Readonly<Record<string, Measure>>>(
  plan: AggregationPlan<M>,
  rows: readonly SqlRow[],
  guard: CurrencyGuard,
): Cells<M> {
  const given: unknown = rows;
  if (!Array.isArray(given)) throw new InvalidArgumentError("the SQL rows must be an array");
  const parts = rows.map((row) => readPart(row, plan));
  const convert = hasMoney(plan) ? checkCurrencies(parts, guard, sqlRatesOf(guard)) : (_: Part, a: Decimal) => a;
  const weighted = weightedOf(plan);
  if (weighted !== null) {
    const missing = parts.filter((part) => part.weight === null).sort((a, b) => a.first - b.first)[0];
    if (missing !== undefined)
      throw new InvalidArgumentError(
        `row ${JSON.stringify(missing.firstId)} has no ${weighted.weight} and no fallback weight`,
      );
  }
  const bucketCount = plan.buckets === undefined ? 1 : plan.buckets.length;
  const groupBy = plan.groupBy ?? [];
  const keys = groupBy.map((spec, j) => {
    const firstOf = new Map<string | null, number>();
    for (const part of parts) {
      const key = part.keys[j] as string | null;
      const seen = firstOf.get(key);
      if (seen === undefined || part.first < seen) firstOf.set(key, part.first);
    }
    const listed = [...new Set(spec.keys ?? [])];
    const met = [...firstOf]
      .filter(([key]) => !listed.includes(key))
      .sort((a, b) => a[1] - b[1])
      .map(([key]) => key);
    return [...listed, ...met];
  });
  const byCell = new Map<string, Part[]>();
  for (const part of parts) {
    const id = JSON.stringify([part.bucket, ...part.keys]);
    const list = byCell.get(id);
    if (list === undefined) byCell.set(id, [part]);
    else list.push(part);
  }
  const measures = Object.entries(plan.measures);
  const valuesOf = (cellParts: readonly Part[]): CellValues<M> =>
    Object.fromEntries(
      measures.map(([name, measure], i) => [name, measureOf(measure, cellParts, i, convert)]),
    ) as CellValues<M>;
  const partsOf = (bucket: number, wanted: readonly (string | null)[]): readonly Part[] =>
    byCell.get(JSON.stringify([bucket, ...wanted])) ?? [];
  const checkKeys = (wanted: readonly (string | null)[]): void => {
    if (wanted.length !== groupBy.length)
      throw new InvalidArgumentError(`the plan has ${groupBy.length} group key(s), ${wanted.length} given`);
  };
  return {
    bucketCount,
    keys,
    get(bucket, ...wanted) {
      if (!Number.isInteger(bucket) || bucket < 0 || bucket >= bucketCount)
        throw new InvalidArgumentError(`bucket ${bucket} is not one of the plan's ${bucketCount}`);
      checkKeys(wanted);
      return valuesOf(partsOf(bucket, wanted));
    },
    total(...wanted) {
      checkKeys(wanted);
      return valuesOf(Array.from({ length: bucketCount }, (_, b) => partsOf(b, wanted)).flat());
    },
  };
}
