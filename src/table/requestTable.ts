import type { CustomerRequest } from "../model/salesFlowTypes.js";
import { parseRequests } from "../model/parseRequests.js";
import type { ParseOptions } from "../model/parseRows.js";
import { recordColumnsOf } from "./recordTable.js";
import type { TableParseResult } from "./types.js";

/**
 * Customer requests (tenders, specifications, inbound requests) stored by column, built once by {@link requestTable} or {@link parseRequestTable}.
 * Pass it wherever an array of requests is accepted: the indicators read every input as columns,
 * and an array is converted on each call. Its layout is private, so it can change without
 * breaking callers.
 * @category Tables
 */
export interface RequestTable {
  /** What the table holds. */
  readonly kind: "requests";
  /** Number of requests. */
  readonly size: number;
}

/**
 * Builds the columnar table of a list of customer requests (tenders, specifications, inbound requests), once, for repeated indicator calls over
 * the same records. The figures are the same as from the array (the indicators' property tests
 * hold both inputs equal).
 *
 * Formula: row `i` of every column is `requests[i]`'s field, in the records' order.
 *
 * @param requests - valid records (from `parseRequests`); the table is a snapshot of their values
 * @returns the table
 * @throws {@link InvalidArgumentError} when `requests` is not an array of valid records
 * @example
 * ```ts
 * const requests: CustomerRequest[] = [{ id: "r-1", kind: "tender", customerId: "acme", ownerId: "ana",
 *   receivedAt: new Date("2026-03-02T09:00:00Z"), status: "open" }];
 * requestTable(requests).size; //=> 1
 * ```
 * @category Tables
 */
export function requestTable(requests: readonly CustomerRequest[]): RequestTable {
  // The columns of a record table of this kind are this table (its layout stays private).
  return recordColumnsOf(requests, "requests", "requests") as unknown as RequestTable;
}

/**
 * Parses raw customer requests (tenders, specifications, inbound requests) rows straight into a {@link RequestTable}: the same rules, the same
 * rejected rows and the same table as `requestTable(parseRequests(rows, options).records)`.
 *
 * Formula: for each row, in order: valid (by the schema's rules, first occurrence of its id) -> a
 * row of the table; invalid -> a row error.
 *
 * @param rows - raw rows (JSON objects, CSV records)
 * @param options - `timeZone`, `decimalComma`, `thousandsSeparator`, `dateFormat`, `mode`, `unknownKeys`, `firstLine`, as for `parseRequests`
 * @returns the table of the valid rows, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields (a CSV with its own headers)
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed
 * @example
 * ```ts
 * const { table, errors } = parseRequestTable([
 *   { id: "r-1", kind: "tender", customerId: "acme", ownerId: "ana", receivedAt: "2026-03-02", status: "open" },
 *   { id: "r-2", kind: "request", customerId: "acme", ownerId: "ben", receivedAt: "2026-03-05", status: "processed" },
 * ]);
 * table.size; //=> 1
 * errors[0]?.message; //=> "required: a processed request needs processedAt"
 * ```
 * @category Tables
 */
export function parseRequestTable(rows: readonly unknown[], options?: ParseOptions): TableParseResult<RequestTable> {
  const { records, errors, inputCount } = parseRequests(rows, options);
  return { table: requestTable(records), errors, inputCount };
}
