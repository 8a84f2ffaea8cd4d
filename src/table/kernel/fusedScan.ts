/**
 * The executor's one-pass path for the plans most indicators run: window, owners, a few "value in
 * a set", instant and presence predicates, up to two group columns without relabel, counts, exact
 * sums, a weighted sum, the earliest or latest instant, rows met in table order, a dense cell
 * space. One loop over the table selects each row, places it and adds it to its cell, instead of a
 * pass per step; it gives the same cells as the passes (the kernel's property holds both to the
 * reference executor).
 *
 * The loop ({@link scanRows}) reads typed arrays and instances of the classes below only, never the
 * plan: V8's optimised code for it then depends on no object an indicator makes and drops (see
 * `PlanCells.liveShapes`).
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../../errors/index.js";
import type { CurrencyGuard } from "../../money/currencyGuard.js";
import { ScaledSums } from "../../money/scaledSums.js";
import type { BucketSlots } from "../bucketIndex.js";
import { NO_CODE } from "../dictionary.js";
import type { MoneyColumns } from "../_columns.js";
import { bucketSlotsOf, denseLayout, DENSE_LIMIT, groupColumnOf, type CellLayout } from "./groups.js";
import { AmountReader, countsStore, extremesStore, sumsStore, type MeasureStore } from "./measures.js";
import type {
  AggregationPlan,
  AmountColumnName,
  Measure,
  PresentPredicate,
  TimeColumnName,
  TimePredicate,
  WeightedSumMeasure,
} from "./plan.js";
import { addWeighted, RowWeights, rowWeightsOf, weightedStore } from "./fusedWeights.js";
import { columnOf, type CodedColumn, type PlanColumns } from "./planColumns.js";
import { codeMask } from "./selection.js";

/** The most predicates of each kind the loop tests (code tests: "in" and presence of a coded column). */
const MAX_CODE_TESTS = 3;
const MAX_TIME_TESTS = 2;
const MAX_PRESENT_TESTS = 2;

/** A plan's predicates as the loop tests them. */
interface Tests {
  readonly codes: CodeTest[];
  readonly times: TimeTest[];
  readonly presents: PresentTest[];
}

/** Whether a present predicate reads a coded column (tested as a code mask). */
function isCodedPresent(predicate: PresentPredicate, columns: PlanColumns): boolean {
  const name = predicate.column as never;
  return !columns.times.has(name) && !columns.decimals.has(name) && !columns.amounts.has(name);
}

/** How many tests of each kind `plan` needs. */
function testCounts(plan: AggregationPlan, columns: PlanColumns): { codes: number; times: number; presents: number } {
  const counts = { codes: 0, times: 0, presents: 0 };
  for (const predicate of plan.where ?? []) {
    if (predicate.kind === "in" || (predicate.kind === "present" && isCodedPresent(predicate, columns))) counts.codes++;
    else if (predicate.kind === "time") counts.times++;
    else counts.presents++;
  }
  return counts;
}

/**
 * Whether the measures fit the loop: counts, sums of one amount column, at most one weighted sum of
 * that column placed after a sum of it (so that, as in the passes, a row without a weight is
 * reported only once every amount has met the currency check), at most one earliest or latest
 * instant.
 */
function fusableMeasures(measures: readonly Measure[]): boolean {
  const summed = new Set<AmountColumnName>();
  let weighted = 0;
  let extremes = 0;
  for (const measure of measures) {
    switch (measure.kind) {
      case "count":
        break;
      case "sum":
        summed.add(measure.column);
        break;
      case "weightedSum":
        if (!summed.has(measure.column) || ++weighted > 1) return false;
        break;
      case "min":
      case "max":
        if (++extremes > 1) return false;
        break;
      default:
        return false;
    }
  }
  return summed.size <= 1;
}

/** Whether `plan` takes the one-pass path. */
export function isFusable(plan: AggregationPlan, columns: PlanColumns): boolean {
  const groupBy = plan.groupBy ?? [];
  if (groupBy.length > 2 || groupBy.some((key) => key.relabel !== undefined)) return false;
  const tests = testCounts(plan, columns);
  if (tests.codes > MAX_CODE_TESTS || tests.times > MAX_TIME_TESTS || tests.presents > MAX_PRESENT_TESTS) return false;
  if (plan.visit === "groups" && groupBy.length > 0) return false;
  if (!fusableMeasures(Object.values(plan.measures))) return false;
  let space = plan.buckets === undefined ? 1 : plan.buckets.length;
  for (const key of groupBy) space *= (columns.coded.get(key.column)?.values.length ?? 0) + 1;
  return space <= DENSE_LIMIT;
}

/** A coded column's codes and the mask of the codes a predicate keeps (last slot: absent). */
export class CodeTest {
  constructor(
    readonly codes: Uint32Array | Uint8Array,
    readonly mask: Uint8Array,
  ) {}

  passes(row: number): boolean {
    const code = this.codes[row] as number;
    const mask = this.mask;
    return mask[code === NO_CODE ? mask.length - 1 : code] === 1;
  }
}

const TIME_OPS: readonly TimePredicate["op"][] = ["<", "<=", ">=", ">"];

/** An instant column compared with a value (`op`: an index into {@link TIME_OPS}). */
export class TimeTest {
  constructor(
    readonly times: Float64Array,
    readonly op: number,
    readonly value: number,
    readonly orAbsent: boolean,
  ) {}

  passes(row: number): boolean {
    const time = this.times[row] as number;
    if (time !== time) return this.orAbsent;
    const value = this.value;
    const op = this.op;
    return op === 0 ? time < value : op === 1 ? time <= value : op === 2 ? time >= value : time > value;
  }
}

/** Presence of a value in a float column (`NaN` absent, unless the row is in `exact`). */
export class PresentTest {
  constructor(
    readonly values: Float64Array,
    readonly exact: ReadonlyMap<number, unknown>,
    readonly present: boolean,
  ) {}

  passes(row: number): boolean {
    const value = this.values[row] as number;
    return (value === value || this.exact.has(row)) === this.present;
  }
}

const NO_EXACT: ReadonlyMap<number, unknown> = new Map();

function codedPresentTest(column: CodedColumn, present: boolean): CodeTest {
  const mask = new Uint8Array(column.values.length + 1).fill(present ? 1 : 0);
  mask[column.values.length] = present ? 0 : 1;
  return new CodeTest(column.codes, mask);
}

function testsOf(plan: AggregationPlan, columns: PlanColumns): Tests {
  const { kind } = columns;
  const tests: Tests = { codes: [], times: [], presents: [] };
  for (const predicate of plan.where ?? []) {
    if (predicate.kind === "in") {
      const column = columnOf(columns.coded, predicate.column, "coded", kind);
      tests.codes.push(new CodeTest(column.codes, codeMask(column, new Set(predicate.values))));
    } else if (predicate.kind === "time") {
      const times = columnOf(columns.times, predicate.column, "time", kind);
      tests.times.push(
        new TimeTest(times, TIME_OPS.indexOf(predicate.op), predicate.value, predicate.orAbsent === true),
      );
    } else if (isCodedPresent(predicate, columns)) {
      const column = columnOf(columns.coded, predicate.column as never, "coded", kind);
      tests.codes.push(codedPresentTest(column, predicate.present));
    } else {
      // A time, decimal or amount column: a float column whose absent values are NaN (and not exact).
      const time = columns.times.get(predicate.column as never);
      const decimal = columns.decimals.get(predicate.column as never);
      const amount = columns.amounts.get(predicate.column as never);
      if (time !== undefined) tests.presents.push(new PresentTest(time, NO_EXACT, predicate.present));
      else if (decimal !== undefined)
        tests.presents.push(new PresentTest(decimal.scaled, decimal.exact, predicate.present));
      else if (amount !== undefined)
        tests.presents.push(new PresentTest(amount.scaledAmounts, amount.exactAmounts, predicate.present));
      else columnOf(columns.coded, predicate.column as never, "coded", kind); // names the missing column
    }
  }
  return tests;
}

/** Everything the loop reads: typed arrays and kernel classes only (see the module's summary). */
export class FusedScan {
  constructor(
    readonly size: number,
    readonly times: Float64Array,
    readonly from: number,
    readonly to: number,
    readonly ownerCodes: Uint32Array | Uint8Array,
    /** Accepted owner codes; empty: every owner. */
    readonly ownerMask: Uint8Array,
    readonly codeA: CodeTest | null,
    readonly codeB: CodeTest | null,
    readonly codeC: CodeTest | null,
    readonly timeA: TimeTest | null,
    readonly timeB: TimeTest | null,
    readonly presentA: PresentTest | null,
    readonly presentB: PresentTest | null,
    readonly slots: BucketSlots | null,
    readonly groupSpace: number,
    /** Group columns' codes, slot counts and first rows by slot (empty codes: no such column). */
    readonly codesA: Uint32Array | Uint8Array,
    readonly widthA: number,
    readonly firstA: Int32Array,
    readonly codesB: Uint32Array | Uint8Array,
    readonly widthB: number,
    readonly firstB: Int32Array,
    /** Counts by cell (empty: no count). */
    readonly counts: Float64Array,
    readonly sums: ScaledSums | null,
    readonly reader: AmountReader | null,
    readonly weights: RowWeights | null,
    readonly weighted: ScaledSums | null,
    /** The instant column of the extreme measure and the best instant by cell (empty: none). */
    readonly extremeTimes: Float64Array,
    readonly best: Float64Array,
    readonly latest: boolean,
  ) {}
}

/** The slot of a row's code in a group column, noting the column's first row of that slot. */
function slotOf(codes: Uint32Array | Uint8Array, width: number, first: Int32Array, row: number): number {
  const code = codes[row] as number;
  const slot = code === NO_CODE ? width - 1 : code;
  if ((first[slot] as number) < 0) first[slot] = row;
  return slot;
}

/** The loop: selects, places and measures each row of the table. */
function scanRows(scan: FusedScan): void {
  const { size, times, from, to, ownerCodes, ownerMask, codeA, codeB, codeC, timeA, timeB, presentA, presentB } = scan;
  const { slots, groupSpace, codesA, widthA, firstA, codesB, widthB, firstB } = scan;
  const { counts, sums, reader, weighted, extremeTimes, best, latest } = scan;
  const scoped = ownerMask.length > 0;
  const grouped = codesA.length > 0;
  const twoGroups = codesB.length > 0;
  const counting = counts.length > 0;
  const extreme = best.length > 0;
  const strideA = twoGroups ? widthB : 1;
  const currencyCodes = reader === null ? new Uint32Array(0) : reader.money.currencyCodes;
  const scaledAmounts = reader === null ? new Float64Array(0) : reader.money.scaledAmounts;
  let plain = reader === null ? -1 : reader.plain;
  for (let row = 0; row < size; row++) {
    const time = times[row] as number;
    // NaN (an absent instant) fails the comparison.
    if (!(time >= from && time < to)) continue;
    // An absent owner (NO_CODE) reads past the mask.
    if (scoped && ownerMask[ownerCodes[row] as number] !== 1) continue;
    if (codeA !== null && !codeA.passes(row)) continue;
    if (codeB !== null && !codeB.passes(row)) continue;
    if (codeC !== null && !codeC.passes(row)) continue;
    if (timeA !== null && !timeA.passes(row)) continue;
    if (timeB !== null && !timeB.passes(row)) continue;
    if (presentA !== null && !presentA.passes(row)) continue;
    if (presentB !== null && !presentB.passes(row)) continue;
    let cell = slots === null ? 0 : slots.bucketOf(time) * groupSpace;
    if (grouped) cell += slotOf(codesA, widthA, firstA, row) * strideA;
    if (twoGroups) cell += slotOf(codesB, widthB, firstB, row);
    if (counting) counts[cell] = (counts[cell] as number) + 1;
    if (reader !== null) {
      if (!(currencyCodes[row] === plain && (sums as ScaledSums).add(cell, scaledAmounts[row] as number))) {
        reader.addSlow(sums as ScaledSums, cell, row);
        plain = reader.plain;
      }
      if (weighted !== null) {
        addWeighted(scan.weights as RowWeights, weighted, reader, cell, row);
        plain = reader.plain;
      }
    }
    if (extreme) {
      const at = extremeTimes[row] as number;
      if (at === at) {
        const current = best[cell] as number;
        if (current !== current || (latest ? at > current : at < current)) best[cell] = at;
      }
    }
  }
}

const EMPTY_CODES = new Uint8Array(0);
const EMPTY_FIRST = new Int32Array(0);

/**
 * Runs a fusable plan (see {@link isFusable}) in one pass over the table: the layout and the
 * stores of its measures, by measure name.
 *
 * @throws InvalidArgumentError for a weighted row with no weight (after the loop, as the passes do)
 */
export function fusedScan(
  plan: AggregationPlan,
  columns: PlanColumns,
  guard: CurrencyGuard,
): { layout: CellLayout; stores: Map<string, MeasureStore> } {
  const { kind, size } = columns;
  const times = columnOf(columns.times, plan.time, "time", kind);
  const owner = columnOf(columns.coded, "owner", "coded", kind);
  const ownerMask = plan.owners === undefined ? new Uint8Array(0) : codeMask(owner, new Set(plan.owners));
  const tests = testsOf(plan, columns);
  const groups = (plan.groupBy ?? []).map((spec) => groupColumnOf(spec, columns));
  const [groupA, groupB] = groups;
  const groupSpace = groups.reduce((space, group) => space * group.width, 1);
  const slots = bucketSlotsOf(plan);
  const bucketCount = slots === null ? 1 : (plan.buckets as readonly number[]).length;
  const cellCount = bucketCount * groupSpace;
  const measures = Object.entries(plan.measures);
  const counting = measures.some(([, measure]) => measure.kind === "count");
  const summed = measures.find(([, measure]) => measure.kind === "sum")?.[1] as
    { column: AmountColumnName } | undefined;
  const weightedMeasure = measures.find(([, measure]) => measure.kind === "weightedSum")?.[1] as
    WeightedSumMeasure | undefined;
  const extremeMeasure = measures.find(([, measure]) => measure.kind === "min" || measure.kind === "max")?.[1] as
    { kind: "min" | "max"; column: TimeColumnName } | undefined;
  const money: MoneyColumns | null =
    summed === undefined ? null : columnOf(columns.amounts, summed.column, "amount", kind);
  const reader =
    money === null
      ? null
      : new AmountReader(
          money,
          guard,
          typeof plan.convertAt === "number"
            ? plan.convertAt
            : columnOf(columns.times, plan.convertAt ?? plan.time, "time", kind),
        );
  const sums = money === null ? null : new ScaledSums(cellCount);
  const weights = weightedMeasure === undefined ? null : rowWeightsOf(weightedMeasure, columns);
  const weighted = weights === null ? null : new ScaledSums(cellCount);
  const extremeTimes =
    extremeMeasure === undefined ? new Float64Array(0) : columnOf(columns.times, extremeMeasure.column, "time", kind);
  const best = new Float64Array(extremeMeasure === undefined ? 0 : cellCount).fill(Number.NaN);
  const counts = new Float64Array(counting ? cellCount : 0);
  const scan = new FusedScan(
    size,
    times,
    plan.window.from ?? Number.NEGATIVE_INFINITY,
    plan.window.to ?? Number.POSITIVE_INFINITY,
    owner.codes,
    ownerMask,
    tests.codes[0] ?? null,
    tests.codes[1] ?? null,
    tests.codes[2] ?? null,
    tests.times[0] ?? null,
    tests.times[1] ?? null,
    tests.presents[0] ?? null,
    tests.presents[1] ?? null,
    slots,
    groupSpace,
    groupA?.codes ?? EMPTY_CODES,
    groupA?.width ?? 0,
    groupA?.firstSeen ?? EMPTY_FIRST,
    groupB?.codes ?? EMPTY_CODES,
    groupB?.width ?? 0,
    groupB?.firstSeen ?? EMPTY_FIRST,
    counts,
    sums,
    reader,
    weights,
    weighted,
    extremeTimes,
    best,
    extremeMeasure?.kind === "max",
  );
  scanRows(scan);
  if (weights !== null && weights.missing >= 0)
    throw new InvalidArgumentError(
      `row ${JSON.stringify(columns.ids[weights.missing])} has no ${(weightedMeasure as WeightedSumMeasure).weight} and no fallback weight`,
    );
  const storeOf = (measure: Measure): MeasureStore => {
    switch (measure.kind) {
      case "count":
        return countsStore(counts);
      case "sum":
        return sumsStore(sums as ScaledSums);
      case "weightedSum":
        return weightedStore(weighted as ScaledSums);
      default:
        return extremesStore(best, measure.kind === "max" ? "max" : "min");
    }
  };
  const stores = new Map<string, MeasureStore>(measures.map(([name, measure]) => [name, storeOf(measure)]));
  return { layout: denseLayout(bucketCount, groups, new Int32Array(0), null), stores };
}

/**
 * Small instances of the classes the loop reads (see `PlanCells.liveShapes`), their numbers in
 * the representations real scans give them (window bounds and instants as doubles).
 */
export function fusedLiveShapes(): readonly object[] {
  const codes = new Uint8Array(1);
  const values = new Float64Array(1);
  const times = new TimeTest(values, 0, 1.5e12, false);
  const weights = new RowWeights(values, new Map(), codes, values, new Map());
  // prettier-ignore
  const scan = new FusedScan(
    1, values, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, codes, codes, null, null, null, times, null, null,
    null, null, 1, codes, 1, EMPTY_FIRST, codes, 1, EMPTY_FIRST, values, null, null, weights, null, values, values, true,
  );
  return [new CodeTest(codes, codes), times, new PresentTest(values, NO_EXACT, true), weights, scan];
}
