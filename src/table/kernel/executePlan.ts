/**
 * The executor: runs an {@link AggregationPlan} over a table and returns its cells, by bucket and
 * group key. Every indicator's scan of a table goes through it.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import type { TableKind } from "../_columns.js";
import type { AnyColumns } from "./planColumns.js";
import { columnOf, planColumnsOf } from "./planColumns.js";
import { answerOf } from "./answers.js";
import type { DecimalStats } from "./decimalStats.js";
import type { SpanStats } from "./spanStats.js";
import type { DecimalTallyEntry } from "./decimalTally.js";
import { fusedLiveShapes, fusedScan, isFusable } from "./fusedScan.js";
import { denseLayout, layOutCells, type CellLayout } from "./groups.js";
import { liveShapes, measureStore, type MeasureStore } from "./measures.js";
import type {
  AggregationPlan,
  CodeValuesMeasure,
  CountMeasure,
  DistinctMeasure,
  DecimalSumMeasure,
  DecimalValuesMeasure,
  DecimalStatsMeasure,
  SpanStatsMeasure,
  DecimalTallyMeasure,
  ExtremeMeasure,
  IdsMeasure,
  Measure,
  ReachedMeasure,
  SumMeasure,
  TimeValuesMeasure,
  WeightedSumMeasure,
} from "./plan.js";
import { selectRows, type WindowCache } from "./selection.js";

/** The value a measure gives a cell. */
export type MeasureValue<T extends Measure> = T extends CountMeasure | DistinctMeasure
  ? number
  : T extends SumMeasure | WeightedSumMeasure | DecimalSumMeasure
    ? Decimal
    : T extends ExtremeMeasure
      ? number | null
      : T extends IdsMeasure
        ? readonly string[]
        : T extends TimeValuesMeasure
          ? readonly (number | null)[]
          : T extends DecimalValuesMeasure
            ? readonly (Decimal | null)[]
            : T extends DecimalStatsMeasure
              ? DecimalStats
              : T extends CodeValuesMeasure
                ? readonly (string | null)[]
                : T extends SpanStatsMeasure
                  ? SpanStats
                  : T extends DecimalTallyMeasure
                    ? readonly DecimalTallyEntry[]
                    : T extends ReachedMeasure
                      ? readonly number[]
                      : never;

/** The values of one cell, by measure name. */
export type CellValues<M extends Readonly<Record<string, Measure>>> = { readonly [K in keyof M]: MeasureValue<M[K]> };

/** The result of a plan: its cells by bucket and group key. */
export interface Cells<M extends Readonly<Record<string, Measure>>> {
  /** Number of buckets (1 when the plan has none). */
  readonly bucketCount: number;
  /** Per group column, its keys in order: the plan's listed keys, then the others met, in order of first appearance. */
  readonly keys: readonly (readonly (string | null)[])[];
  /** The cell of bucket `bucket` and one key per group column (a key never met gives the empty cell). */
  get(bucket: number, ...keys: readonly (string | null)[]): CellValues<M>;
  /** The cells of one key per group column, merged over every bucket. */
  total(...keys: readonly (string | null)[]): CellValues<M>;
}

class PlanCells<M extends Readonly<Record<string, Measure>>> implements Cells<M> {
  /**
   * One small instance of each object shape the executor's loops read, alive as long as the
   * class. V8's optimised code depends on the hidden classes of the objects it reads, and a hidden
   * class lives only while some object has it: after a call, its objects die, and the next full
   * garbage collection would collect their hidden classes and throw the loops' optimised code away
   * (`--trace-deopt`: "marking dependent code ... for deoptimization, reason: weak objects"), so
   * the next call would run unoptimised. Measured in `npm run bench` ("after a full GC").
   */
  static readonly liveShapes: readonly object[] = [
    ...liveShapes(),
    ...fusedLiveShapes(),
    new PlanCells(denseLayout(1, [], new Int32Array(0), null), []),
  ];

  readonly bucketCount: number;
  readonly keys: readonly (readonly (string | null)[])[];

  constructor(
    private readonly layout: CellLayout,
    private readonly stores: readonly (readonly [string, MeasureStore])[],
  ) {
    this.bucketCount = layout.bucketCount;
    this.keys = layout.keys;
  }

  private cellsOf(buckets: readonly number[], keys: readonly (string | null)[]): number[] {
    const layout = this.layout;
    if (keys.length !== layout.keys.length)
      throw new InvalidArgumentError(`the plan has ${layout.keys.length} group key(s), ${keys.length} given`);
    const indexes: number[] = [];
    for (let j = 0; j < keys.length; j++) {
      const index = (layout.keyIndex[j] as ReadonlyMap<string | null, number>).get(keys[j] as string | null);
      if (index === undefined) return [];
      indexes.push(index);
    }
    return buckets.flatMap((bucket) => layout.cellsOf(bucket, indexes));
  }

  private valuesOf(cells: readonly number[]): CellValues<M> {
    // Built by the runtime, not by stores in this method: the records' hidden classes (one per set
    // of measure names) die with the results, and its optimised code then depends on none of them.
    return Object.fromEntries(this.stores.map(([name, store]) => [name, store.valueOf(cells)])) as CellValues<M>;
  }

  get(bucket: number, ...keys: readonly (string | null)[]): CellValues<M> {
    if (!Number.isInteger(bucket) || bucket < 0 || bucket >= this.bucketCount)
      throw new InvalidArgumentError(`bucket ${bucket} is not one of the plan's ${this.bucketCount}`);
    return this.valuesOf(this.cellsOf([bucket], keys));
  }

  total(...keys: readonly (string | null)[]): CellValues<M> {
    return this.valuesOf(
      this.cellsOf(
        Array.from({ length: this.bucketCount }, (_, bucket) => bucket),
        keys,
      ),
    );
  }
}

/** Rejects a plan whose window or buckets are not well formed. */
export function checkShape(plan: AggregationPlan): void {
  const { from, to } = plan.window;
  if (from !== null && to !== null && !(from <= to))
    throw new InvalidArgumentError("a plan's window must end at or after its start");
  const buckets = plan.buckets;
  if (buckets === undefined) return;
  if (buckets.length === 0 || buckets[0] !== from)
    throw new InvalidArgumentError("a plan's first bucket must start at its window's start");
  for (let b = 1; b < buckets.length; b++) {
    if (!((buckets[b] as number) > (buckets[b - 1] as number)))
      throw new InvalidArgumentError("a plan's buckets must start in increasing order");
  }
}

/**
 * Runs `plan` over `table`: selects the rows (window, owners, predicates, in table order), places
 * each in its cell (bucket and keys), then accumulates every measure by cell, in the plan's
 * measure order. The plans most indicators run (counts and sums, simple predicates and keys) do
 * all of it in one pass over the table (`fusedScan.ts`). Amounts meet `guard` (which converts them, or throws `MixedCurrencyError` or
 * `MissingExchangeRateError`) in the plan's visit order, measure after measure.
 *
 * @param plan - what to aggregate
 * @param table - the columns of a table of the plan's kind
 * @param guard - the computation's currency guard (default: one that takes the first currency met)
 * @param windows - the rows in window of the computation's earlier plans, to reuse (see {@link WindowCache})
 * @returns the cells
 * @throws InvalidArgumentError for a malformed plan (a column the table lacks, buckets out of
 *   order...) or a weighted row with no weight
 */
export function executePlan<M extends Readonly<Record<string, Measure>>>(
  plan: AggregationPlan<M>,
  table: AnyColumns,
  guard: CurrencyGuard = new CurrencyGuard({}),
  windows: WindowCache | null = null,
): Cells<M> {
  if (table.kind !== plan.table)
    throw new InvalidArgumentError(`a plan over ${plan.table} cannot read a table of ${table.kind}`);
  checkShape(plan);
  // A table of partial states answers the plan from the states its pieces gave.
  const answer = answerOf(table);
  if (answer !== undefined) return answer(plan, guard) as Cells<M>;
  const columns = planColumnsOf(table);
  if (isFusable(plan, columns)) {
    const { layout, stores } = fusedScan(plan, columns, guard);
    return new PlanCells<M>(layout, [...stores]);
  }
  const selection = selectRows(plan, columns, windows);
  const layout = layOutCells(plan, selection, columns);
  const times = columnOf(columns.times, plan.time, "time", columns.kind);
  const at = plan.convertAt ?? plan.time;
  const convertAt = typeof at === "number" ? at : columnOf(columns.times, at, "time", columns.kind);
  const scan = { columns, selection, layout, convertAt, guard, times };
  const stores = Object.entries(plan.measures).map(([name, measure]) => [name, measureStore(scan, measure)] as const);
  return new PlanCells<M>(layout, stores);
}

/** Runs plans over the tables of one computation: how an indicator reads its records. */
export type PlanRunner = <M extends Readonly<Record<string, Measure>>>(
  plan: AggregationPlan<M>,
  guard?: CurrencyGuard,
) => Cells<M>;

/** The tables a computation reads, by kind. */
export type PlanTables = { readonly [K in TableKind]?: AnyColumns };

/**
 * A {@link PlanRunner} over columnar tables, through {@link executePlan}. Indicators take a runner
 * rather than tables so that their tests can give them the record-by-record reference executor.
 * The runner serves one computation: it keeps the window's rows of its plans for the next ones.
 *
 * @throws InvalidArgumentError (when a plan runs) for a plan over a table kind not given
 */
export function tableRunner(tables: PlanTables): PlanRunner {
  const windows: WindowCache = new Map();
  return (plan, guard) => {
    const table = tables[plan.table];
    if (table === undefined) throw new InvalidArgumentError(`no ${plan.table} were given to read`);
    return executePlan(plan, table, guard, windows);
  };
}
