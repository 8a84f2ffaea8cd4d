import type { Deal } from "../model/types.js";
import { dealColumnsOf } from "./_columns.js";
import type { DealTable } from "./types.js";

export type { DealTable } from "./types.js";

/**
 * Builds the columnar table of a list of deals, once, for repeated indicator calls over the same
 * deals (the pipeline and lost deals both read them). The figures are the same as from the array
 * (each indicator's property tests hold both inputs equal).
 *
 * Formula: row `i` of every column is `deals[i]`'s field, in the deals' order.
 *
 * @param deals - valid deals (from `parseDeals`); the table is a snapshot of their values
 * @returns the table
 * @throws never for valid deals (indicators trust records, spec section 1)
 * @example
 * ```ts
 * const { deals, asOf, stageProbabilities } = generateSampleDataset();
 * const table = dealTable(deals);
 * table.size; //=> 600
 * JSON.stringify(pipeline(table, { asOf, stageProbabilities })) === JSON.stringify(pipeline(deals, { asOf, stageProbabilities })); //=> true
 * ```
 * @category Tables
 */
export function dealTable(deals: readonly Deal[]): DealTable {
  return dealColumnsOf(deals, "deals");
}
