/**
 * A deal table of some rows of another: what `lostDealsGrouped` hands to `lostDeals` for each
 * group, as `lostDeals(group.records)` did with a group's records.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { NO_CODE } from "../_lib/dictionary.js";
import { branded, type DealColumns } from "./_columns.js";

/**
 * Re-encodes a dictionary column for a subset of rows: the values those rows use, in order of
 * first appearance, so that a small group of a table with many distinct values (free-text loss
 * reasons) does not carry, and size its arrays by, the whole dictionary. The scratch array is kept
 * between subsets and reset after each.
 */
export class Recoder {
  private readonly local: Int32Array;

  constructor(private readonly values: readonly string[]) {
    this.local = new Int32Array(values.length).fill(-1);
  }

  /** The rows' codes of `column`, re-encoded, and the dictionary of the new codes. */
  recode(column: Uint32Array, rows: readonly number[]): { codes: Uint32Array; values: string[] } {
    const codes = new Uint32Array(rows.length);
    const values: string[] = [];
    const met: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      const code = column[rows[i] as number] as number;
      if (code === NO_CODE) {
        codes[i] = NO_CODE;
        continue;
      }
      let local = this.local[code] as number;
      if (local < 0) {
        local = values.length;
        this.local[code] = local;
        values.push(this.values[code] as string);
        met.push(code);
      }
      codes[i] = local;
    }
    for (const code of met) this.local[code] = -1;
    return { codes, values };
  }
}

/**
 * Builds the tables of several subsets of one deal table's rows (the groups of a grouped
 * indicator).
 */
export class DealRows {
  private readonly reasons: Recoder;
  private readonly competitors: Recoder;

  constructor(private readonly table: DealColumns) {
    this.reasons = new Recoder(table.lossReasons);
    this.competitors = new Recoder(table.competitors);
  }

  /**
   * The table of `rows`, in the order given: every column gathered; loss reasons and competitors
   * re-encoded to the values these rows use, the other dictionaries shared (their codes keep their
   * meaning, and values no row uses are never reported).
   */
  of(rows: readonly number[]): DealColumns {
    return dealTableRows(this.table, rows, this.reasons.recode(this.table.lossReasonCodes, rows), this.competitors.recode(this.table.competitorCodes, rows));
  }
}

function dealTableRows(
  table: DealColumns,
  rows: readonly number[],
  reasons: { codes: Uint32Array; values: string[] },
  competitors: { codes: Uint32Array; values: string[] },
): DealColumns {
  const size = rows.length;
  const ids = new Array<string>(size);
  const ownerCodes = new Uint32Array(size);
  const statusCodes = new Uint8Array(size);
  const createdTimes = new Float64Array(size);
  const closedTimes = new Float64Array(size);
  const expectedCloseTimes = new Float64Array(size);
  const stageCodes = new Uint32Array(size);
  const scaledProbabilities = new Float64Array(size);
  const exactProbabilities = new Map<number, Decimal>();
  const scaledAmounts = new Float64Array(size);
  const exactAmounts = new Map<number, Decimal>();
  const currencyCodes = new Uint32Array(size);
  for (let i = 0; i < size; i++) {
    const row = rows[i] as number;
    ids[i] = table.ids[row] as string;
    ownerCodes[i] = table.ownerCodes[row] as number;
    statusCodes[i] = table.statusCodes[row] as number;
    createdTimes[i] = table.createdTimes[row] as number;
    closedTimes[i] = table.closedTimes[row] as number;
    expectedCloseTimes[i] = table.expectedCloseTimes[row] as number;
    stageCodes[i] = table.stageCodes[row] as number;
    scaledProbabilities[i] = table.scaledProbabilities[row] as number;
    const probability = table.exactProbabilities.get(row);
    if (probability !== undefined) exactProbabilities.set(i, probability);
    scaledAmounts[i] = table.scaledAmounts[row] as number;
    const amount = table.exactAmounts.get(row);
    if (amount !== undefined) exactAmounts.set(i, amount);
    currencyCodes[i] = table.currencyCodes[row] as number;
  }
  return branded({
    kind: "deals",
    size,
    ids,
    ownerCodes,
    owners: table.owners,
    statusCodes,
    createdTimes,
    closedTimes,
    expectedCloseTimes,
    stageCodes,
    stages: table.stages,
    scaledProbabilities,
    exactProbabilities,
    lossReasonCodes: reasons.codes,
    lossReasons: reasons.values,
    competitorCodes: competitors.codes,
    competitors: competitors.values,
    scaledAmounts,
    exactAmounts,
    currencyCodes,
    currencies: table.currencies,
  });
}
