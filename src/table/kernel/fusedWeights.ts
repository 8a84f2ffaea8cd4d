/**
 * Weighted sums on the executor's one-pass path (`fusedScan.ts`): each row's weight (its own, else
 * its fallback column's value's) and the sums of amount x weight by cell, exact, with one
 * multiplication per row in the common case.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { Dec, unsignedZero, ZERO } from "../../money/dec.js";
import { ExactSum, SCALE_FACTOR, scaledInteger } from "../../money/exactSum.js";
import type { ScaledSums } from "../../money/scaledSums.js";
import { NO_CODE } from "../dictionary.js";
import type { AmountReader, MeasureStore } from "./measures.js";
import type { WeightedSumMeasure } from "./plan.js";
import { columnOf, type PlanColumns } from "./planColumns.js";

/** No weight: the row has neither its own nor a fallback one. */
export const NO_WEIGHT = -1;
/** A weight with more than four decimals: in `exact` (own) or `fallbackExact` (by code). */
export const EXACT_WEIGHT = -2;

/**
 * Each row's weight for a weighted sum: its own (x 10^4) when it has one, else its fallback
 * column's value's. {@link scaledOf} gives a scaled weight, {@link NO_WEIGHT} or {@link EXACT_WEIGHT}.
 */
export class RowWeights {
  /** The first row met without a weight, -1 while none. */
  missing = -1;

  constructor(
    readonly scaled: Float64Array,
    readonly exact: ReadonlyMap<number, Decimal>,
    /** The fallback column's codes (empty without a fallback). */
    readonly fallbackCodes: Uint32Array | Uint8Array,
    /** Each fallback code's scaled weight; NO_WEIGHT or EXACT_WEIGHT otherwise (last slot: absent). */
    readonly fallbackScaled: Float64Array,
    readonly fallbackExact: ReadonlyMap<number, Decimal>,
  ) {}

  scaledOf(row: number): number {
    const own = this.scaled[row] as number;
    if (own === own) return own;
    if (this.exact.has(row)) return EXACT_WEIGHT;
    const codes = this.fallbackCodes;
    if (codes.length === 0) return NO_WEIGHT;
    const code = codes[row] as number;
    const fallback = this.fallbackScaled;
    return fallback[code === NO_CODE ? fallback.length - 1 : code] as number;
  }

  /** The weight of a row that has one, as a `Decimal`. */
  decimalOf(row: number): Decimal {
    const scaled = this.scaledOf(row);
    if (scaled !== EXACT_WEIGHT) return new Dec(scaled).div(SCALE_FACTOR);
    const own = this.exact.get(row);
    return own ?? (this.fallbackExact.get(this.fallbackCodes[row] as number) as Decimal);
  }
}

export function rowWeightsOf(measure: WeightedSumMeasure, columns: PlanColumns): RowWeights {
  const weights = columnOf(columns.decimals, measure.weight, "decimal", columns.kind);
  const fallback = measure.fallback;
  if (fallback === undefined)
    return new RowWeights(weights.scaled, weights.exact, new Uint8Array(0), new Float64Array(0), new Map());
  const column = columnOf(columns.coded, fallback.column, "coded", columns.kind);
  const byValue = new Map<string, string>();
  for (const [value, weight] of fallback.values) if (!byValue.has(value)) byValue.set(value, weight);
  const fallbackScaled = new Float64Array(column.values.length + 1).fill(NO_WEIGHT);
  const fallbackExact = new Map<number, Decimal>();
  column.values.forEach((value, code) => {
    const text = byValue.get(value);
    if (text === undefined) return;
    const weight = new Dec(text);
    const scaled = scaledInteger(weight);
    if (scaled === undefined) {
      fallbackScaled[code] = EXACT_WEIGHT;
      fallbackExact.set(code, weight);
    } else fallbackScaled[code] = scaled;
  });
  return new RowWeights(weights.scaled, weights.exact, column.codes, fallbackScaled, fallbackExact);
}

/**
 * Sums of amount x weight by cell, held x 10^4 in a {@link ScaledSums} (a product of two scaled
 * integers is the weighted amount x 10^8): exact, and one multiplication per row.
 */
export function weightedStore(sums: ScaledSums): MeasureStore {
  return {
    valueOf: (cells) => {
      const total = new ExactSum();
      for (const cell of cells) total.merge(sums.sumOf(cell));
      const value = total.value().div(SCALE_FACTOR);
      return unsignedZero(value.isZero() ? ZERO : value);
    },
  };
}

/** Adds a row's amount x weight to `cell` (see {@link weightedStore}). */
export function addWeighted(
  weights: RowWeights,
  weighted: ScaledSums,
  reader: AmountReader,
  cell: number,
  row: number,
): void {
  const weight = weights.scaledOf(row);
  if (weight === NO_WEIGHT) {
    if (weights.missing < 0) weights.missing = row;
    return;
  }
  const money = reader.money;
  if (weight !== EXACT_WEIGHT && money.currencyCodes[row] === reader.plain) {
    const product = (money.scaledAmounts[row] as number) * weight;
    // NaN (an amount without a scaled form) fails both comparisons; past 2^53 a product may be rounded.
    if (product <= Number.MAX_SAFE_INTEGER && product >= -Number.MAX_SAFE_INTEGER && weighted.add(cell, product))
      return;
  }
  weighted.exactOf(cell).add(reader.decimal(row).times(weights.decimalOf(row)).times(SCALE_FACTOR));
}
