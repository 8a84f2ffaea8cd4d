import type { Offer } from "./salesFlowTypes.js";
import { createOfferSchema, OfferSchema } from "./offerSchema.js";
import { parseRows, type ParseOptions, type ParseResult } from "./parseRows.js";
import { schemaForOptions } from "./_schemaForOptions.js";

/**
 * Parses raw offer rows (devis, propositions; JSON values or CSV cells) into {@link Offer} records
 * and row errors, with {@link OfferSchema}'s rules (see {@link createOfferSchema}: `decidedAt`
 * exactly for decided offers and not before `issuedAt`, `orderId` only on accepted ones) and
 * {@link parseRows}' guarantees: `records.length + errors.length === inputCount`, one error per
 * rejected row listing all its problems, duplicate ids rejected (the later row, naming the earlier
 * one), unknown keys ignored unless `unknownKeys: "reject"`. In CSV cells, an empty string means
 * absent: fine in an optional field, an error ("required") in a required one.
 *
 * @param rows - the raw rows
 * @param options - {@link ParseOptions}: `timeZone`, `decimalComma`, `thousandsSeparator`, `dateFormat`, `mode`, `unknownKeys`, `firstLine`
 * @returns the valid records, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields (a CSV with its own headers)
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed (unknown time zone...)
 * @example
 * ```ts
 * parseOffers([{ id: "q-1", ownerId: "s-1", customerId: "c-1", issuedAt: "2026-03-10", amount: "5000", currency: "EUR",
 *   status: "accepted", decidedAt: "2026-03-01" }]);
 * //=> { records: [], inputCount: 1, errors: [{ index: 0, id: "q-1", path: ["decidedAt"],
 * //     message: "decidedAt (2026-03-01T00:00:00.000Z) is before issuedAt (2026-03-10T00:00:00.000Z)", issues: [...] }] }
 * ```
 * @category Model
 */
export function parseOffers(rows: readonly unknown[], options?: ParseOptions): ParseResult<Offer> {
  return parseRows(schemaForOptions(options, OfferSchema, createOfferSchema), rows, options);
}
