/**
 * The executor's one-pass path for the plans most indicators run: window, owners, up to two
 * "value in a set" predicates, up to two group columns without relabel, counts and exact sums,
 * rows met in table order, a dense cell space. One loop over the table selects each row, places it
 * and adds it to its cell, instead of a pass per step; it gives the same cells as the passes (the
 * kernel's property holds both to the reference executor).
 *
 * @internal
 * @module
 */
import type { CurrencyGuard } from "../../money/currencyGuard.js";
import { ScaledSums } from "../../money/scaledSums.js";
import { NO_CODE } from "../dictionary.js";
import type { MoneyColumns } from "../_columns.js";
import { bucketSlotsOf, denseLayout, DENSE_LIMIT, groupColumnOf, type CellLayout, type GroupColumn } from "./groups.js";
import { AmountReader, countsStore, sumsStore, type MeasureStore } from "./measures.js";
import type { AggregationPlan, InPredicate } from "./plan.js";
import { columnOf, type PlanColumns } from "./planColumns.js";
import { codeMask } from "./selection.js";

/** Whether `plan` takes the one-pass path. */
export function isFusable(plan: AggregationPlan, columns: PlanColumns): boolean {
  const groupBy = plan.groupBy ?? [];
  const where = plan.where ?? [];
  if (groupBy.length > 2 || groupBy.some((key) => key.relabel !== undefined)) return false;
  if (where.length > 2 || where.some((predicate) => predicate.kind !== "in")) return false;
  if (plan.visit === "groups" && groupBy.length > 0) return false;
  if (!Object.values(plan.measures).every((measure) => measure.kind === "count" || measure.kind === "sum"))
    return false;
  let space = plan.buckets === undefined ? 1 : plan.buckets.length;
  for (const key of groupBy) space *= (columns.coded.get(key.column)?.values.length ?? 0) + 1;
  return space <= DENSE_LIMIT;
}

/** A coded column's codes and the mask of the codes a predicate keeps (last slot: absent). */
interface CodeTest {
  readonly codes: Uint32Array | Uint8Array;
  readonly mask: Uint8Array;
}

function codeTestOf(predicate: InPredicate, columns: PlanColumns): CodeTest {
  const column = columnOf(columns.coded, predicate.column, "coded", columns.kind);
  return { codes: column.codes, mask: codeMask(column, new Set(predicate.values)) };
}

/** Passes a row's code through a test (`null`: no test). */
function passes(test: CodeTest | null, row: number): boolean {
  if (test === null) return true;
  const code = test.codes[row] as number;
  return test.mask[code === NO_CODE ? test.mask.length - 1 : code] === 1;
}

/** The slot of a row's code in a group column, noting the column's first row of that slot. */
function slotOf(group: GroupColumn, row: number): number {
  const code = group.codes[row] as number;
  const slot = code === NO_CODE ? group.width - 1 : code;
  if ((group.firstSeen[slot] as number) < 0) group.firstSeen[slot] = row;
  return slot;
}

/**
 * Runs a fusable plan (see {@link isFusable}) in one pass over the table: the layout and the
 * stores of its measures, by measure name.
 */
export function fusedScan(
  plan: AggregationPlan,
  columns: PlanColumns,
  guard: CurrencyGuard,
): { layout: CellLayout; stores: Map<string, MeasureStore> } {
  const { kind, size } = columns;
  const times = columnOf(columns.times, plan.time, "time", kind);
  const owner = columnOf(columns.coded, "owner", "coded", kind);
  const ownerCodes = owner.codes;
  const ownerMask = plan.owners === undefined ? null : codeMask(owner, new Set(plan.owners));
  const [testA = null, testB = null] = (plan.where ?? []).map((predicate) =>
    codeTestOf(predicate as InPredicate, columns),
  );
  const groups = (plan.groupBy ?? []).map((spec) => groupColumnOf(spec, columns));
  const [groupA = null, groupB = null] = groups;
  const strideA = groupB === null ? 1 : groupB.width;
  const groupSpace = groups.reduce((space, group) => space * group.width, 1);
  const slots = bucketSlotsOf(plan);
  const bucketCount = slots === null ? 1 : (plan.buckets as readonly number[]).length;
  const cellCount = bucketCount * groupSpace;
  const from = plan.window.from ?? Number.NEGATIVE_INFINITY;
  const to = plan.window.to ?? Number.POSITIVE_INFINITY;
  const measures = Object.entries(plan.measures);
  const counting = measures.some(([, measure]) => measure.kind === "count");
  const counts = new Float64Array(counting ? cellCount : 0);
  const summing = measures.some(([, measure]) => measure.kind === "sum");
  const sums = new ScaledSums(summing ? cellCount : 0);
  const money: MoneyColumns | null = summing ? columnOf(columns.amounts, "amount", "amount", kind) : null;
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
  const currencyCodes = money === null ? new Uint32Array(0) : money.currencyCodes;
  const scaledAmounts = money === null ? new Float64Array(0) : money.scaledAmounts;
  let plain = reader === null ? -1 : reader.plain;
  for (let row = 0; row < size; row++) {
    const time = times[row] as number;
    // NaN (an absent instant) fails the comparison.
    if (!(time >= from && time < to)) continue;
    if (ownerMask !== null && ownerMask[ownerCodes[row] as number] !== 1) continue; // an absent owner (NO_CODE) reads past the mask
    if (!passes(testA, row) || !passes(testB, row)) continue;
    let cell = slots === null ? 0 : slots.bucketOf(time) * groupSpace;
    if (groupA !== null) cell += slotOf(groupA, row) * strideA;
    if (groupB !== null) cell += slotOf(groupB, row);
    if (counting) counts[cell] = (counts[cell] as number) + 1;
    if (reader !== null && !(currencyCodes[row] === plain && sums.add(cell, scaledAmounts[row] as number))) {
      reader.addSlow(sums, cell, row);
      plain = reader.plain;
    }
  }
  const stores = new Map<string, MeasureStore>(
    measures.map(([name, measure]) => [name, measure.kind === "count" ? countsStore(counts) : sumsStore(sums)]),
  );
  return { layout: denseLayout(bucketCount, groups, new Int32Array(0), null), stores };
}
