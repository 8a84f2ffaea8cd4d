/**
 * `partialPlan`: the state of one plan over one piece of a table, which merges with the states of
 * the other pieces into exactly the cells of the whole (see `partialState.ts`).
 *
 * @internal
 * @module
 */
import { InvalidArgumentError, MixedCurrencyError } from "../../errors/index.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import type { ExchangeRates } from "../../money/exchangeRates.js";
import type { Decimal } from "decimal.js";
import { NO_CODE } from "../dictionary.js";
import { checkShape } from "./executePlan.js";
import { layOutCells, type CellLayout } from "./groups.js";
import { fusedScan, isFusable } from "./fusedScan.js";
import { measureStore, type MeasureStore, type Scan } from "./measures.js";
import type { DecimalStatsStore } from "./decimalStats.js";
import type { SpanStatsStore } from "./spanStats.js";
import type { DecimalTallyStore } from "./decimalTally.js";
import { flatOfPairs, type ReachedStore } from "./reachedRanks.js";
import { mergeCells } from "./mergePartials.js";
import type { AggregationPlan, AmountColumnName, Measure } from "./plan.js";
import { columnOf, planColumnsOf, type AnyColumns, type PlanColumns } from "./planColumns.js";
import { selectRows, type Selection } from "./selection.js";
import {
  PARTIAL_FORMAT,
  type PartialCell,
  type PartialCurrency,
  type PartialKey,
  type PartialState,
  type PartialValue,
  type RowPosition,
} from "./partialState.js";

/** How a piece is computed. */
export interface PartialOptions {
  /**
   * The piece's place in the whole table (a non-negative integer: a chunk's index, a month's
   * number): the whole's row order is the pieces' in `part` order, each in its own table order.
   */
  readonly part: number;
  /** Exchange rates: amounts are converted in the piece, at each row's instant, as in the whole. */
  readonly exchangeRates?: ExchangeRates;
}

const AMOUNT_KINDS: ReadonlySet<Measure["kind"]> = new Set(["sum", "weightedSum"]);
// A decimalStats measure keeps its values row by row, as decimalValues does: a median merges exactly only so.
const LIST_KINDS: ReadonlySet<Measure["kind"]> = new Set([
  "ids",
  "timeValues",
  "decimalValues",
  "decimalStats",
  "decimalTally",
  "codeValues",
  "spanStats",
]);

/** Does the plan read amounts (and so check their currencies)? */
export function readsAmounts(plan: AggregationPlan): boolean {
  return Object.values(plan.measures).some((measure) => AMOUNT_KINDS.has(measure.kind));
}

/**
 * The currencies of the rows whose amounts the plan reads, each with the first row it was met in,
 * per visit unit (a key of the first group column and a relabel rank when the plan visits by
 * groups, else one unit): enough to replay the whole's currency check in its visit order.
 */
function currenciesOf(
  plan: AggregationPlan,
  columns: PlanColumns,
  selection: Selection,
  layout: CellLayout,
  part: number,
): PartialCurrency[] {
  const money = columnOf(
    columns.amounts,
    (Object.values(plan.measures).find((m) => AMOUNT_KINDS.has(m.kind)) as { readonly column: AmountColumnName })
      .column,
    "amount",
    columns.kind,
  );
  const first = plan.visit === "groups" ? plan.groupBy?.[0] : undefined;
  const ranks = new Map<string, number>();
  for (const [value] of first?.relabel ?? []) if (!ranks.has(value)) ranks.set(value, ranks.size);
  const firstCodes = first === undefined ? null : columnOf(columns.coded, first.column, "coded", columns.kind);
  const seen = new Map<string, PartialCurrency>();
  for (let i = 0; i < selection.count; i++) {
    const row = selection.rows[i] as number;
    const currency = money.currencies[money.currencyCodes[row] as number] as string;
    let key: string | null = null;
    let rank = 0;
    if (firstCodes !== null) {
      const keyIndexes = (layout.keysOfCell as (cell: number) => readonly number[] | null)(
        layout.cellOfRow[i] as number,
      );
      key = (layout.keys[0] as readonly (string | null)[])[keyIndexes?.[1] as number] ?? null;
      const code = firstCodes.codes[row] as number;
      rank = code === NO_CODE ? 0 : (ranks.get(firstCodes.values[code] as string) ?? 0);
    }
    const unit = JSON.stringify([currency, key, rank]);
    if (!seen.has(unit)) seen.set(unit, [currency, key, rank, part, row]);
  }
  return [...seen.values()];
}

/** A measure's value over one code-space cell, as JSON. */
function jsonOf(measure: Measure, value: unknown): PartialValue {
  switch (measure.kind) {
    case "sum":
    case "weightedSum":
    case "decimalSum":
      return (value as Decimal).toFixed();
    case "decimalValues":
      return (value as readonly (Decimal | null)[]).map((v) => (v === null ? null : v.toFixed()));
    default:
      return value as PartialValue;
  }
}

/**
 * The partial state of `plan` over one piece of a table: the same selection, cells and measures as
 * `executePlan`, kept in a form that merges. Amounts are converted in the piece when exchange
 * rates are given; otherwise the currencies met are recorded and checked when the state is
 * finished, against the computation's guard, in the whole's visit order.
 *
 * Interpretation: a row without a weight (a plan error) and a missing exchange rate are reported
 * when the piece that holds them is computed, naming that piece's first such row.
 *
 * @param plan - what to aggregate
 * @param table - one piece of the table
 * @param options - the piece's `part` and the exchange rates, if any
 * @returns the piece's state (plain JSON)
 * @throws InvalidArgumentError for a malformed plan or part, as `executePlan`
 */
export function partialPlan(plan: AggregationPlan, table: AnyColumns, options: PartialOptions): PartialState {
  const part = options.part;
  if (!Number.isSafeInteger(part) || part < 0)
    throw new InvalidArgumentError(`a piece's part must be a non-negative integer, not ${String(part)}`);
  if (table.kind !== plan.table)
    throw new InvalidArgumentError(`a plan over ${plan.table} cannot read a table of ${table.kind}`);
  checkShape(plan);
  const columns = planColumnsOf(table);
  const fused = fusedPartial(plan, columns, part, options.exchangeRates);
  if (fused !== null) return fused;
  const selection = selectRows(plan, columns, null);
  const layout = layOutCells(plan, selection, columns);
  const times = columnOf(columns.times, plan.time, "time", columns.kind);
  const at = plan.convertAt ?? plan.time;
  const convertAt = typeof at === "number" ? at : columnOf(columns.times, at, "time", columns.kind);
  const rates = options.exchangeRates;
  const amounts = readsAmounts(plan);
  const currencies = amounts && rates === undefined ? currenciesOf(plan, columns, selection, layout, part) : [];
  const met = new Set(currencies.map(([currency]) => currency));
  const mixed = met.size > 1;
  // One currency per piece (the whole refuses two without rates): it is the guard's, so nothing throws here.
  const guard =
    rates === undefined
      ? new CurrencyGuard(met.size === 1 ? { currency: [...met][0] as string } : {})
      : new CurrencyGuard({ exchangeRates: rates });
  const scan: Scan = { columns, selection, layout, convertAt, guard, times };
  const measures = Object.values(plan.measures);
  const stores = measures.map((measure) => {
    if (mixed && AMOUNT_KINDS.has(measure.kind)) return null;
    if (measure.kind === "distinct") return null;
    return measureStore(scan, measure.kind === "ids" ? { kind: "ids", order: "table" } : measure);
  });
  // Each code-space cell's rows, in table order (a cell's list values and positions).
  const rowsOfCell = new Map<number, number[]>();
  for (let i = 0; i < selection.count; i++) {
    const cell = layout.cellOfRow[i] as number;
    let rows = rowsOfCell.get(cell);
    if (rows === undefined) rowsOfCell.set(cell, (rows = []));
    rows.push(selection.rows[i] as number);
  }
  const lists = measures.some((measure) => LIST_KINDS.has(measure.kind));
  const byTime = measures.some((measure) => measure.kind === "ids" && measure.order === "time");
  const keyOf = layout.keysOfCell as (cell: number) => readonly number[] | null;
  const firstRows = layout.keys.map(() => new Map<number, number>());
  const cells = new Map<string, PartialCell>();
  for (const [cell, rows] of rowsOfCell) {
    const indexes = keyOf(cell) as readonly number[];
    const keys = layout.keys.map((columnKeys, j) => columnKeys[indexes[j + 1] as number] as string | null);
    indexes.slice(1).forEach((index, j) => {
      const firsts = firstRows[j] as Map<number, number>;
      const row = rows[0] as number;
      if ((firsts.get(index) ?? Infinity) > row) firsts.set(index, row);
    });
    const values = measures.map((measure, m): PartialValue => {
      const store = stores[m];
      if (store === undefined || store === null) {
        if (measure.kind !== "distinct") return null;
        const coded = columnOf(columns.coded, measure.column, "coded", columns.kind);
        const set = new Set<string>();
        for (const row of rows) {
          const code = coded.codes[row] as number;
          if (code !== NO_CODE) set.add(coded.values[code] as string);
        }
        return [...set].sort();
      }
      if (measure.kind === "decimalStats") return (store as DecimalStatsStore).listOf([cell]);
      if (measure.kind === "spanStats") return (store as SpanStatsStore).listOf([cell]);
      if (measure.kind === "decimalTally") return (store as DecimalTallyStore).listOf([cell]);
      // Each key with its furthest rank: merged by key, so a key met in two pieces counts once.
      if (measure.kind === "reached") return flatOfPairs((store as ReachedStore).pairsOf([cell]));
      return jsonOf(measure, store.valueOf([cell]));
    });
    const found: PartialCell = {
      bucket: indexes[0] as number,
      keys,
      values,
      ...(lists ? { rows: rows.map((row): RowPosition => [part, row]) } : {}),
      ...(byTime ? { times: rows.map((row) => times[row] as number) } : {}),
    };
    const id = JSON.stringify([found.bucket, keys]);
    const other = cells.get(id);
    // A key that gathers several codes (a team of sellers) has one cell per code: one cell per key here.
    cells.set(id, other === undefined ? found : mergeCells(plan, other, found));
  }
  const keys = layout.keys.map((columnKeys, j): PartialKey[] =>
    columnKeys.flatMap((key, index): PartialKey[] => {
      const row = (firstRows[j] as Map<number, number>).get(index);
      return row === undefined ? [] : [[key, part, row]];
    }),
  );
  return stateOf(plan, part, columns.size, rates, mixed, keys, currencies, [...cells.values()]);
}

/** A piece's state from its parts. */
function stateOf(
  plan: AggregationPlan,
  part: number,
  rowCount: number,
  rates: ExchangeRates | undefined,
  mixed: boolean,
  keys: readonly (readonly PartialKey[])[],
  currencies: readonly PartialCurrency[],
  cells: readonly PartialCell[],
): PartialState {
  return {
    format: PARTIAL_FORMAT,
    plan: JSON.parse(JSON.stringify(plan)) as AggregationPlan,
    parts: [part],
    rowCount,
    converted: rates === undefined ? null : rates.reportingCurrency,
    mixed,
    keys,
    currencies,
    cells,
  };
}

/**
 * The piece's state through the one-pass scan (`fusedScan.ts`), for the plans it takes (counts,
 * sums, one weighted sum, one extreme instant; no relabel; table order): the same cost as
 * `executePlan`. `null` for the other plans, and for a piece whose amounts mix currencies without
 * rates (the passes record which currencies, for the whole's error). A piece's keys and its one
 * currency are placed by their order in the piece (key index, row 0): between pieces, the part
 * decides.
 */
function fusedPartial(
  plan: AggregationPlan,
  columns: PlanColumns,
  part: number,
  rates: ExchangeRates | undefined,
): PartialState | null {
  let rowsName = "rows";
  while (Object.hasOwn(plan.measures, rowsName)) rowsName += "'";
  const counted: AggregationPlan = { ...plan, measures: { ...plan.measures, [rowsName]: { kind: "count" } } };
  if (!isFusable(counted, columns)) return null;
  const guard = new CurrencyGuard(rates === undefined ? {} : { exchangeRates: rates });
  let scanned: ReturnType<typeof fusedScan>;
  try {
    scanned = fusedScan(counted, columns, guard);
  } catch (error) {
    if (error instanceof MixedCurrencyError && rates === undefined) return null;
    throw error;
  }
  const { layout, stores } = scanned;
  const rowCounts = stores.get(rowsName) as MeasureStore;
  const measures = Object.entries(plan.measures);
  const keyOf = layout.keysOfCell as (cell: number) => readonly number[] | null;
  const met = layout.keys.map(() => new Set<number>());
  const cells: PartialCell[] = [];
  for (let cell = 0; cell < layout.cellCount; cell++) {
    if ((rowCounts.valueOf([cell]) as number) === 0) continue;
    const indexes = keyOf(cell) as readonly number[];
    indexes.slice(1).forEach((index, j) => (met[j] as Set<number>).add(index));
    cells.push({
      bucket: indexes[0] as number,
      keys: layout.keys.map((columnKeys, j) => columnKeys[indexes[j + 1] as number] as string | null),
      values: measures.map(([name, measure]) => jsonOf(measure, (stores.get(name) as MeasureStore).valueOf([cell]))),
    });
  }
  const keys = layout.keys.map((columnKeys, j): PartialKey[] =>
    columnKeys.flatMap((key, index): PartialKey[] => ((met[j] as Set<number>).has(index) ? [[key, part, index]] : [])),
  );
  const currency = guard.currency;
  const currencies: PartialCurrency[] =
    rates === undefined && readsAmounts(plan) && currency !== null ? [[currency, null, 0, part, 0]] : [];
  return stateOf(plan, part, columns.size, rates, false, keys, currencies, cells);
}
