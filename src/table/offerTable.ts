import type { Offer } from "../model/salesFlowTypes.js";
import { parseOffers } from "../model/parseOffers.js";
import type { ParseOptions } from "../model/parseRows.js";
import { recordColumnsOf } from "./recordTable.js";
import type { TableParseResult } from "./types.js";

/**
 * Offers (devis, propositions) stored by column, built once by {@link offerTable} or {@link parseOfferTable}.
 * Pass it wherever an array of offers is accepted: the indicators read every input as columns,
 * and an array is converted on each call. Its layout is private, so it can change without
 * breaking callers.
 * @category Tables
 */
export interface OfferTable {
  /** What the table holds. */
  readonly kind: "offers";
  /** Number of offers. */
  readonly size: number;
}

/**
 * Builds the columnar table of a list of offers (devis, propositions), once, for repeated indicator calls over
 * the same records. The figures are the same as from the array (the indicators' property tests
 * hold both inputs equal).
 *
 * Formula: row `i` of every column is `offers[i]`'s field, in the records' order.
 *
 * @param offers - valid records (from `parseOffers`); the table is a snapshot of their values
 * @returns the table
 * @throws {@link InvalidArgumentError} when `offers` is not an array of valid records
 * @example
 * ```ts
 * const offers: Offer[] = [{ id: "q-1", ownerId: "ana", customerId: "acme", issuedAt: new Date("2026-03-02T00:00:00Z"),
 *   amount: toDecimal("12000"), currency: "EUR", status: "pending" }];
 * offerTable(offers).size; //=> 1
 * ```
 * @category Tables
 */
export function offerTable(offers: readonly Offer[]): OfferTable {
  // The columns of a record table of this kind are this table (its layout stays private).
  return recordColumnsOf(offers, "offers", "offers") as unknown as OfferTable;
}

/**
 * Parses raw offers (devis, propositions) rows straight into a {@link OfferTable}: the same rules, the same
 * rejected rows and the same table as `offerTable(parseOffers(rows, options).records)`.
 *
 * Formula: for each row, in order: valid (by the schema's rules, first occurrence of its id) -> a
 * row of the table; invalid -> a row error.
 *
 * @param rows - raw rows (JSON objects, CSV records)
 * @param options - `timeZone`, `decimalComma`, `thousandsSeparator`, `dateFormat`, `mode`, `unknownKeys`, `firstLine`, as for `parseOffers`
 * @returns the table of the valid rows, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields (a CSV with its own headers)
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed
 * @example
 * ```ts
 * const { table, errors } = parseOfferTable([
 *   { id: "q-1", ownerId: "ana", customerId: "acme", issuedAt: "2026-03-02", amount: "12000", currency: "EUR", status: "pending" },
 *   { id: "q-2", ownerId: "ben", customerId: "acme", issuedAt: "2026-03-05", amount: "800", currency: "EUR", status: "accepted" },
 * ]);
 * table.size; //=> 1
 * errors[0]?.message; //=> "required: an offer with status accepted needs decidedAt"
 * ```
 * @category Tables
 */
export function parseOfferTable(rows: readonly unknown[], options?: ParseOptions): TableParseResult<OfferTable> {
  const { records, errors, inputCount } = parseOffers(rows, options);
  return { table: offerTable(records), errors, inputCount };
}
