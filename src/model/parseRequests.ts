import type { CustomerRequest } from "./salesFlowTypes.js";
import { createRequestSchema, RequestSchema } from "./requestSchema.js";
import { parseRows, type ParseOptions, type ParseResult } from "./parseRows.js";
import { schemaForOptions } from "./_schemaForOptions.js";

/**
 * Parses raw customer request rows (tenders, specifications, inbound requests; JSON values or CSV
 * cells) into {@link CustomerRequest} records and row errors, with {@link RequestSchema}'s rules
 * (see {@link createRequestSchema}: `processedAt` exactly for processed requests; responses and
 * processing not before `receivedAt`; `firstResponseAt` not after `respondedAt`) and
 * {@link parseRows}' guarantees: `records.length + errors.length === inputCount`, one error per
 * rejected row listing all its problems, duplicate ids rejected (the later row, naming the earlier
 * one), unknown keys ignored unless `unknownKeys: "reject"`. In CSV cells, an empty string means
 * absent.
 *
 * @param rows - the raw rows
 * @param options - {@link ParseOptions}: `timeZone`, `dateFormat`, `mode`, `unknownKeys`, `firstLine`
 * @returns the valid records, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields (a CSV with its own headers)
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed (unknown time zone...)
 * @example
 * ```ts
 * parseRequests([{ id: "r-1", kind: "tender", customerId: "c-1", ownerId: "s-1", receivedAt: "2026-03-02T09:00:00Z",
 *   respondedAt: "2026-03-01T09:00:00Z", status: "open" }]);
 * //=> { records: [], inputCount: 1, errors: [{ index: 0, id: "r-1", path: ["respondedAt"],
 * //     message: "respondedAt (2026-03-01T09:00:00.000Z) is before receivedAt (2026-03-02T09:00:00.000Z)", issues: [...] }] }
 * ```
 * @category Model
 */
export function parseRequests(rows: readonly unknown[], options?: ParseOptions): ParseResult<CustomerRequest> {
  return parseRows(schemaForOptions(options, RequestSchema, createRequestSchema), rows, options);
}
